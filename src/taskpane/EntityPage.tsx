/**
 * One named thing's page, showing its data: a chip's specification sheet, a component's suppliers as
 * printed, a company's capex (charted), the lists it appears in, its picks segment and stock move, a
 * model's scores, a market's sizes; every figure with a one-click insert and audit. All from the same
 * domain queries the functions answer from.
 */
import { Badge, Body1, Button, Caption1, Radio, RadioGroup, Subtitle2, makeStyles, tokens } from "@fluentui/react-components";
import { Calculator20Regular, ColumnTriple20Regular, TableAdd20Regular } from "@fluentui/react-icons";
import { useEffect, useMemo, useRef, useState } from "react";
import type { Dataset, Entity } from "../data/catalog";
import type { Atlas } from "../domain/atlas";
import { RATE_FORMAT } from "../domain/formats";
import { chipSheet, companyPage, componentSuppliers, entityFigures, marketSeries, type Series } from "../domain/pages";
import type { SearchIndex } from "../domain/search";
import { formatValue } from "../office/format";
import { quote } from "../functions/formulas";
import type { TableWrite, Workbook } from "../office/workbook";
import { BackButton, DatasetList, entityTitle, formulaFor, namesOf } from "./Browse";
import { Spinner } from "@fluentui/react-components";
import { lazy, Suspense } from "react";
import { FigureList, useFormulaInsert } from "./Figures";
import { useT } from "./i18n";
import { Section } from "./Section";
import { useRemembered } from "./remember";
import { useWrite } from "./WriteStatus";
import { chipSheetWrite, seriesLongWrite, seriesWideWrite } from "./writes";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  row: { display: "flex", gap: tokens.spacingHorizontalS, alignItems: "baseline", flexWrap: "wrap" },
  section: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS, paddingTop: tokens.spacingVerticalS, borderTop: `1px solid ${tokens.colorNeutralStroke2}` },
  list: { listStyleType: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column", gap: "2px" },
  suppliers: { margin: 0, paddingLeft: "28px", columns: "2 140px", columnGap: tokens.spacingHorizontalL },
  sub: { color: tokens.colorNeutralForeground3 },
  title: { margin: 0, ":focus-visible": { outline: `2px solid ${tokens.colorStrokeFocus2}` } },
});

type Layout = "wide" | "long";

// The chart library loads on first use, in its own chunk from the add-in's folder: the pane opens without it.
const TimeChart = lazy(() => import("./Charts").then((m) => ({ default: m.TimeChart })));
const ChipComparison = lazy(() => import("./Charts").then((m) => ({ default: m.ChipComparison })));

export function EntityPage({
  atlas,
  search,
  entity,
  workbook,
  onBack,
  onDataset,
  onFormula,
  onWritten,
}: {
  atlas: Atlas;
  search: SearchIndex;
  entity: Entity;
  workbook: Workbook;
  onBack: () => void;
  onDataset: (d: Dataset) => void;
  onFormula: (preset: { id: string; args: string[] }) => void;
  onWritten: () => void;
}) {
  const styles = useStyles();
  const { t, lang } = useT();
  const title = useRef<HTMLHeadingElement>(null);
  useEffect(() => title.current?.focus(), [entity.id]);
  const datasets = search.datasetsAbout(entity.id);
  const preset = formulaFor(atlas, entity);
  const sheet = useMemo(() => chipSheet(atlas, entity), [atlas, entity]);
  const suppliers = useMemo(() => componentSuppliers(atlas, entity), [atlas, entity]);
  const company = useMemo(() => companyPage(atlas, entity), [atlas, entity]);
  const market = useMemo(() => marketSeries(atlas, entity), [atlas, entity]);
  const shownElsewhere = useMemo(() => new Set([...sheet.map((r) => r.metric.id), ...(company.capex.annual.length + company.capex.quarterly.length > 0 ? ["capex"] : []), ...(market.length > 0 ? [market[0].fact.metric] : [])]), [sheet, company, market]);
  const figures = useMemo(() => entityFigures(atlas, entity, shownElsewhere), [atlas, entity, shownElsewhere]);
  const [frequency, setFrequency] = useState<"annual" | "quarterly">(company.capex.annual.length > 0 ? "annual" : "quarterly");
  const [layout, setLayout] = useRemembered<Layout>("atlas.seriesLayout", "wide", ["wide", "long"]);
  const table = useWrite<TableWrite>((what, options) => workbook.insertTable(what, options), onWritten);
  const column = useFormulaInsert(workbook, onWritten);
  // Shown in titles: the Chinese name in Chinese ("腾讯"), else the display name ("Tencent (腾讯)", "910C").
  const name = lang === "zh" ? entityTitle(entity, lang) : atlas.displayName(entity);
  const capex = frequency === "annual" ? company.capex.annual : company.capex.quarterly;

  const capexSeries: Series | undefined = capex.length > 0 ? { periods: capex.map((p) => p.period), rows: [{ entity, metric: atlas.metrics.get("capex") as NonNullable<ReturnType<typeof atlas.metrics.get>>, cells: capex.map((p) => p.fact) }] } : undefined;

  return (
    <section className={styles.root} aria-labelledby="entity-title">
      <BackButton onBack={onBack} />
      <span className={styles.row}>
        <Badge appearance="tint">{t.kind[entity.type] ?? entity.type}</Badge>
        <h2 id="entity-title" ref={title} tabIndex={-1} className={styles.title}>
          <Subtitle2 translate="no">{entityTitle(entity, lang)}</Subtitle2>
        </h2>
      </span>
      <Caption1>
        {t.names}: <span translate="no">{namesOf(entity).join(" · ")}</span>
      </Caption1>
      {entity.ticker && (
        <Caption1>
          {t.ticker}: <span translate="no">{entity.ticker}</span>
        </Caption1>
      )}
      {entity.note && (
        <Caption1 translate="no" className={styles.sub}>
          {entity.note}
        </Caption1>
      )}

      {sheet.length > 0 && (
        <Section className={styles.section} id="spec-sheet" title={t.specSheet}>
          <FigureList atlas={atlas} figures={sheet} workbook={workbook} onWritten={onWritten} label={t.specSheet} />
          <div>
            <Button icon={<TableAdd20Regular />} onClick={() => void table.insert(chipSheetWrite(atlas, name, sheet, lang))}>
              {t.insertSheet}
            </Button>
          </div>
          {table.status}
          <Suspense fallback={<Spinner size="tiny" />}>
            <ChipComparison atlas={atlas} workbook={workbook} onWritten={onWritten} initialMetric={sheet.some((r) => r.metric.id === "fp16") ? "fp16" : sheet[0].metric.id} highlight={entity} />
          </Suspense>
        </Section>
      )}

      {suppliers.length > 0 && (
        <Section className={styles.section} id="suppliers" title={<>{t.suppliers} · {t.members(suppliers.length)}</>}>
          <ol className={styles.suppliers} aria-label={t.suppliers} translate="no">
            {suppliers.map((s) => (
              <li key={s.entity.id}>
                <Body1>{s.printed}</Body1>
              </li>
            ))}
          </ol>
          <Caption1 className={styles.sub}>
            {t.lineNo(suppliers[0].list.line)} · <span translate="no">{suppliers[0].list.printed.slice(0, 80)}</span>
          </Caption1>
          <div>
            <Button icon={<ColumnTriple20Regular />} onClick={() => void column.insert({ formula: `=SUPPLIERS(${quote(atlas.formulaName(entity))})`, size: { rows: suppliers.length, cols: 1 } })}>
              {t.insertColumn}
            </Button>
          </div>
          {column.status}
        </Section>
      )}

      {capexSeries && (
        <Section className={styles.section} id="capex" title={t.capex}>
          {company.capex.annual.length > 0 && company.capex.quarterly.length > 0 && (
            <RadioGroup layout="horizontal" value={frequency} onChange={(_, d) => setFrequency(d.value as "annual" | "quarterly")} aria-label={t.capex}>
              <Radio value="annual" label={t.annual} />
              <Radio value="quarterly" label={t.quarterly} />
            </RadioGroup>
          )}
          <Suspense fallback={<Spinner size="tiny" />}>
          <TimeChart
            atlas={atlas}
            title={`${name} ${t.capex}${frequency === "quarterly" ? ` (${t.quarterly})` : ""}`}
            unit={capex[0].unit}
            points={capex.map((p) => ({ label: p.fact.periodAsPrinted && /^\d{4}$/.test(p.period) ? p.period : p.period, value: p.value, fact: p.fact }))}
            workbook={workbook}
            onWritten={onWritten}
            sheetName={`${entity.en ?? name} capex`}
          />
          </Suspense>
          <RadioGroup layout="horizontal" value={layout} onChange={(_, d) => setLayout(d.value as Layout)} aria-label={t.layout}>
            <Radio value="wide" label={t.layoutWide} />
            <Radio value="long" label={t.layoutLong} />
          </RadioGroup>
          <div>
            <Button icon={<TableAdd20Regular />} onClick={() => void table.insert((layout === "wide" ? seriesWideWrite : seriesLongWrite)(atlas, `Atlas_${entity.id}_capex`, `${name} ${t.capex}`, capexSeries, lang, true))}>
              {t.insertSeries}
            </Button>
          </div>
          {sheet.length === 0 && table.status}
        </Section>
      )}

      {market.length > 0 && (
        <Section className={styles.section} id="market" title={t.sizes}>
          <Suspense fallback={<Spinner size="tiny" />}>
            <TimeChart atlas={atlas} title={`${name}`} unit={market[0].unit} points={market.map((p) => ({ label: p.period, value: p.value, fact: p.fact }))} workbook={workbook} onWritten={onWritten} sheetName={`${entity.en ?? name} size`} />
          </Suspense>
        </Section>
      )}

      {company.lists.length > 0 && (
        <Section className={styles.section} id="appears-in" title={t.appearsIn}>
          <ul className={styles.list}>
            {company.lists.map(({ list, subject, printed }) => (
              <li key={list.id}>
                <Body1 translate="no">{entityTitle(subject, lang)}</Body1> <Caption1 className={styles.sub}>{t.kindList[list.kind] ?? list.kind} · {t.lineNo(list.line)} · <span translate="no">{printed}</span></Caption1>
              </li>
            ))}
          </ul>
        </Section>
      )}

      {company.picks.length > 0 && (
        <Section className={styles.section} id="picks" title={t.picksSegment}>
          <Body1 translate="no">{company.picks.map((s) => entityTitle(s, lang)).join(" · ")}</Body1>
        </Section>
      )}

      {company.stock && (
        <Section className={styles.section} id="stock" title={t.stockMove}>
          <Body1>
            <strong translate="no">{formatValue(company.stock.value, RATE_FORMAT)}</strong>{" "}
            <Caption1 className={styles.sub} translate="no">
              {company.stock.method}
            </Caption1>
          </Body1>
        </Section>
      )}

      {figures.length > 0 && (
        <Section className={styles.section} id="figures" title={<>{entity.type === "model" ? t.scores : t.figures} · {figures.length}</>}>
          <FigureList atlas={atlas} figures={figures} workbook={workbook} onWritten={onWritten} label={entity.type === "model" ? t.scores : t.figures} />
        </Section>
      )}

      {preset && (
        <div>
          <Button icon={<Calculator20Regular />} onClick={() => onFormula(preset)}>
            {t.buildFormula}:{"\u00a0"}
            <span translate="no">{preset.id}</span>
          </Button>
        </div>
      )}
      <Subtitle2 as="h3" block>
        {t.mentionedIn}
      </Subtitle2>
      <DatasetList atlas={atlas} datasets={datasets} onOpen={onDataset} className={styles.list} />
    </section>
  );
}
