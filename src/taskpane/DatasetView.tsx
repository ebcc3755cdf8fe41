/** One dataset: what it is, where it comes from, a preview as printed, and the insert. */
import {
  Body1,
  Button,
  Caption1,
  Field,
  ProgressBar,
  Radio,
  RadioGroup,
  Subtitle2,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  makeStyles,
  mergeClasses,
  tokens,
} from "@fluentui/react-components";
import { TableAdd20Regular } from "@fluentui/react-icons";
import { useEffect, useMemo, useRef, useState } from "react";
import { seriesOf } from "../domain/pages";
import { seriesLongWrite, seriesWideWrite } from "./writes";
import { useRemembered } from "./remember";
import type { Dataset } from "../data/catalog";
import type { Atlas } from "../domain/atlas";
import { tableView } from "../domain/tableView";
import { formatValue } from "../office/format";
import type { Workbook, WriteOutcome } from "../office/workbook";
import { BackButton } from "./Browse";
import { useT } from "./i18n";
import { countFormulas, tableWrite, withFormulas, type InsertMode } from "./tables";
import { WriteStatus } from "./WriteStatus";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  meta: { display: "grid", gridTemplateColumns: "auto 1fr", columnGap: tokens.spacingHorizontalS, rowGap: "2px" },
  label: { color: tokens.colorNeutralForeground3 },
  scroll: { overflowX: "auto", border: `1px solid ${tokens.colorNeutralStroke2}`, borderRadius: tokens.borderRadiusMedium },
  table: { minWidth: "100%", width: "max-content", fontSize: tokens.fontSizeBase200 },
  header: { verticalAlign: "bottom", whiteSpace: "normal", minWidth: "64px", maxWidth: "200px" },
  en: { display: "block", color: tokens.colorNeutralForeground3, fontWeight: tokens.fontWeightRegular },
  number: { textAlign: "right", fontVariantNumeric: "tabular-nums" },
  live: { color: tokens.colorBrandForeground1 },
  // At 420 px a wide preview scrolls; the row label and the value stay in view.
  pinLeft: { position: "sticky", left: 0, zIndex: 1, backgroundColor: tokens.colorNeutralBackground1, boxShadow: `1px 0 0 ${tokens.colorNeutralStroke2}` },
  pinRight: { position: "sticky", right: 0, zIndex: 1, backgroundColor: tokens.colorNeutralBackground1, boxShadow: `-1px 0 0 ${tokens.colorNeutralStroke2}` },
  // A pinned column never takes more than part of the view, a third of a 320 px pane: its text wraps there, so it is
  // read whole (clipped, "Tencent · Capital expe…" said nothing), and the two pinned columns of a figures list never
  // overlap. Its title still gives the whole text on hover.
  pinned: { display: "block", maxWidth: "min(150px, 34vw)", whiteSpace: "normal", overflowWrap: "anywhere", paddingBlock: "2px" },
  caption: { color: tokens.colorNeutralForeground3 },
  title: { margin: 0 },
  actions: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS, alignItems: "center" },
  // At 320 px the choices wrap as whole labels onto the next line, not one word per line.
  choices: { flexWrap: "wrap", "& label": { whiteSpace: "nowrap" } },
});

export function DatasetView({ atlas, dataset, workbook, onBack, onWritten }: { atlas: Atlas; dataset: Dataset; workbook: Workbook; onBack: () => void; onWritten: () => void }) {
  const styles = useStyles();
  const { t, lang } = useT();
  const [mode, setMode] = useRemembered<InsertMode>("atlas.insertMode", "values", ["values", "formulas"]);
  const [progress, setProgress] = useState<number>();
  const [outcome, setOutcome] = useState<WriteOutcome>();
  const view = useMemo(() => tableView(atlas, dataset, lang), [atlas, dataset, lang]);
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), [dataset.id]);
  // A time series (capex by year, market sizes, SMIC by quarter) inserts wide by default: periods across, metrics down.
  const series = useMemo(
    () =>
      seriesOf(
        atlas,
        dataset.factIndexes.map((i) => atlas.catalog.facts[i]),
      ),
    [atlas, dataset],
  );
  const [layout, setLayout] = useRemembered<"wide" | "long" | "printed">("atlas.datasetLayout", "wide", ["wide", "long", "printed"]);
  const shape = series ? layout : "printed";
  const seriesTable = useMemo(
    // The dataset's own source line (the report's citation, section and lines) travels with the series.
    () =>
      series && shape !== "printed"
        ? { ...(shape === "wide" ? seriesWideWrite : seriesLongWrite)(atlas, `Atlas_${dataset.id}`, view.title, series, lang, mode === "formulas"), source: view.source }
        : undefined,
    [atlas, series, shape, dataset.id, view.title, lang, mode],
  );
  const live = useMemo(() => (mode === "formulas" ? withFormulas(atlas, view) : view), [atlas, view, mode]);
  const figures = view.rows.reduce((n, r) => n + r.cells.filter((c) => c.fact).length, 0);
  const theme = atlas.catalog.themes.find((th) => th.id === dataset.theme);
  const section = theme?.sections.find((s) => s.id === dataset.section);
  const pin = (c: number) =>
    view.kind === "figures" ? (view.columns[c]?.key === "value" ? styles.pinRight : c === 0 ? styles.pinLeft : undefined) : c === 0 ? styles.pinLeft : undefined;

  async function insert(options: { at?: { row: number; col: number }; overwrite?: boolean } = {}) {
    setOutcome(undefined);
    setProgress(0);
    try {
      const result = await workbook.insertTable(seriesTable ?? tableWrite(live), { ...options, onProgress: (f) => setProgress(f) });
      setOutcome(result);
      if (result.status === "written") onWritten();
    } finally {
      setProgress(undefined);
    }
  }

  return (
    <section className={styles.root} aria-labelledby="dataset-title">
      <BackButton onBack={onBack} />
      <h2 id="dataset-title" ref={heading} tabIndex={-1} className={styles.title}>
        <Subtitle2 translate="no">{lang === "zh" ? dataset.title.zh : dataset.title.en}</Subtitle2>
      </h2>
      <Caption1 className={styles.caption} translate="no">
        {lang === "zh" ? dataset.title.en : dataset.title.zh}
      </Caption1>
      <div className={styles.meta}>
        <Caption1 className={styles.label}>{t.section}</Caption1>
        <Caption1>
          §{dataset.section} {section ? (lang === "zh" ? section.zh : section.en) : ""}
        </Caption1>
        <Caption1 className={styles.label}>{t.slide}</Caption1>
        <Caption1>
          {dataset.heading.text} ({t.line} {dataset.heading.line})
        </Caption1>
        <Caption1 className={styles.label}>{t.rows(view.rows.length)}</Caption1>
        <Caption1>
          {view.columns.length} × {view.rows.length}
        </Caption1>
      </div>
      {dataset.description && <Body1 translate="no">{lang === "zh" ? dataset.description.zh : dataset.description.en}</Body1>}
      {dataset.caption && <Caption1 translate="no">{dataset.caption.text}</Caption1>}

      <RadioGroup layout="horizontal" className={styles.choices} value={mode} onChange={(_, d) => setMode(d.value as InsertMode)} aria-label={t.mode}>
        <Radio value="values" label={t.modeValues} />
        <Radio value="formulas" label={t.modeFormulas} />
      </RadioGroup>
      {series && (
        <RadioGroup layout="horizontal" className={styles.choices} value={shape} onChange={(_, d) => setLayout(d.value as "wide" | "long" | "printed")} aria-label={t.layout}>
          <Radio value="wide" label={t.layoutWide} />
          <Radio value="long" label={t.layoutLong} />
          <Radio value="printed" label={t.layoutPrinted} />
        </RadioGroup>
      )}
      {mode === "formulas" && !seriesTable && <Caption1>{t.formulaCount(countFormulas(live), figures)}</Caption1>}
      <div className={styles.actions}>
        <Button appearance="primary" icon={<TableAdd20Regular />} disabledFocusable={progress !== undefined} onClick={() => void insert()}>
          {t.insertTable}
        </Button>
      </div>
      {progress !== undefined && (
        <Field validationMessage={t.inserting} validationState="none">
          <ProgressBar value={progress} max={1} aria-label={t.inserting} />
        </Field>
      )}
      <WriteStatus outcome={outcome} retry={(options) => void insert(options)} onCancel={() => setOutcome(undefined)} />

      {seriesTable && (
        <div className={styles.scroll} translate="no">
          <Table size="extra-small" className={styles.table} aria-label={`${t.preview}: ${view.title}`}>
            <TableHeader>
              <TableRow>
                {seriesTable.headers.map((h, c) => (
                  <TableHeaderCell key={c} className={mergeClasses(styles.header, c === 0 && styles.pinLeft)} translate="no">
                    {h}
                  </TableHeaderCell>
                ))}
              </TableRow>
            </TableHeader>
            <TableBody>
              {seriesTable.rows.map((row, r) => (
                <TableRow key={r}>
                  {row.map((cell, c) => (
                    <TableCell key={c} className={mergeClasses(typeof cell.value === "number" && styles.number, c === 0 && styles.pinLeft)} title={cell.formula} translate="no">
                      {cell.formula ? (
                        <span className={styles.live}>ƒ {formatValue(cell.value, cell.format)}</span>
                      ) : c === 0 ? (
                        <span className={styles.pinned} title={String(cell.value)}>
                          {String(cell.value)}
                        </span>
                      ) : (
                        formatValue(cell.value, cell.format)
                      )}
                    </TableCell>
                  ))}
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </div>
      )}
      <div className={styles.scroll} hidden={seriesTable !== undefined} translate="no">
        <Table size="extra-small" className={styles.table} aria-label={`${t.preview}: ${view.title}`}>
          <TableHeader>
            <TableRow>
              {view.columns.map((c, i) => (
                <TableHeaderCell key={c.key} className={mergeClasses(styles.header, pin(i))}>
                  <span>{c.header}</span>
                  {lang === "zh" ? c.en !== c.zh && <span className={styles.en}>{c.en}</span> : c.en !== c.zh && <span className={styles.en}>{c.zh}</span>}
                </TableHeaderCell>
              ))}
            </TableRow>
          </TableHeader>
          <TableBody>
            {live.rows.map((row, r) => (
              <TableRow key={r}>
                {row.cells.map((cell, c) => (
                  <TableCell
                    key={c}
                    className={mergeClasses(typeof cell.value === "number" && styles.number, pin(c))}
                    title={cell.formula ?? (cell.fact ? `${t.line} ${cell.fact.line}` : undefined)}
                  >
                    {cell.formula ? (
                      <span className={mergeClasses(styles.live, pin(c) && styles.pinned)} title={pin(c) ? formatValue(cell.value, cell.format) : undefined}>
                        ƒ {formatValue(cell.value, cell.format)}
                      </span>
                    ) : pin(c) ? (
                      <span className={styles.pinned} title={cell.printed}>
                        {cell.printed}
                      </span>
                    ) : (
                      cell.printed
                    )}
                  </TableCell>
                ))}
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </div>
      <Caption1 className={styles.caption} translate="no">
        {seriesTable?.source ?? view.source}
      </Caption1>
      {dataset.notes && dataset.notes.length > 0 && (
        <details>
          <summary>
            <Caption1>{t.notes}</Caption1>
          </summary>
          <ul>
            {dataset.notes.map((n, i) => (
              <li key={i}>
                <Caption1 translate="no">{n}</Caption1>
              </li>
            ))}
          </ul>
        </details>
      )}
    </section>
  );
}
