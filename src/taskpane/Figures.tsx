/**
 * Figures as an entity page and search show them: metric, figure, unit, a mark where the report gives
 * other values, a one-click insert (the live formula that answers it, formatted as the report prints
 * it) and a one-click audit (where it is printed, the report at that line, the other values).
 */
import { Badge, Body1, Button, Caption1, Card, Tooltip, makeStyles, tokens } from "@fluentui/react-components";
import { ArrowEnter20Regular, DocumentSearch20Regular, Warning16Filled } from "@fluentui/react-icons";
import { useState } from "react";
import type { Fact } from "../data/catalog";
import type { Atlas } from "../domain/atlas";
import { cellFigure, figureLabel } from "../domain/facts";
import { printedFormat } from "../domain/formats";
import type { PageFigure } from "../domain/pages";
import { evaluateStandalone } from "../formula/atlas";
import { formulaForFact, formulaText } from "../functions/formulas";
import type { Workbook } from "../office/workbook";
import { sourceOf } from "./audit";
import { useT } from "./i18n";
import { ReportViewer } from "./ReportViewer";
import { useWrite } from "./WriteStatus";

const useStyles = makeStyles({
  list: { listStyleType: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column" },
  row: {
    display: "grid",
    gridTemplateColumns: "minmax(90px, 1fr) auto auto",
    alignItems: "center",
    columnGap: tokens.spacingHorizontalXS,
    padding: `2px 0`,
    borderBottom: `1px solid ${tokens.colorNeutralStroke3}`,
  },
  what: { display: "flex", flexDirection: "column", minWidth: 0 },
  // A number stays on one line; a text figure (a commentary, a process name) wraps within half the row.
  value: { fontVariantNumeric: "tabular-nums", fontWeight: tokens.fontWeightSemibold, textAlign: "right", maxWidth: "220px", overflowWrap: "anywhere" },
  sub: { color: tokens.colorNeutralForeground3 },
  actions: { display: "flex" },
  // The mark is a button (a keyboard reaches it, and its tooltip shows on focus as on hover) drawn as the bare icon.
  conflict: {
    color: tokens.colorPaletteDarkOrangeForeground1,
    verticalAlign: "middle",
    minWidth: "auto",
    height: "auto",
    padding: "0 2px",
    ":hover": { color: tokens.colorPaletteDarkOrangeForeground1 },
    ":hover:active": { color: tokens.colorPaletteDarkOrangeForeground1 },
  },
  audit: { gridColumn: "1 / -1", display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS, padding: `${tokens.spacingVerticalXS} 0` },
  others: { listStyleType: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
});

export function metricName(figure: PageFigure, lang: "en" | "zh"): string {
  return lang === "zh" ? figure.metric.zh : figure.metric.en;
}

/** What a one-click insert writes for a fact: the formula that answers it exactly, and its format. */
export function figureInsert(atlas: Atlas, fact: Fact): { formula: string; format?: string } | undefined {
  const formula = formulaForFact(atlas, fact) ?? sparseSpec(atlas, fact);
  if (!formula) return undefined;
  const value = cellFigure(fact);
  return { formula, ...(typeof value === "number" ? { format: printedFormat(fact, value) } : {}) };
}

/**
 * A chip figure the report gives only as a sparse one (H100 FP16: 1979, sparse): AICHIP.SPEC answers it
 * with "sparse" as the variant. Checked by evaluating it, like every live formula.
 */
function sparseSpec(atlas: Atlas, fact: Fact): string | undefined {
  const chip = atlas.entities.get(fact.entity);
  const metric = atlas.metrics.get(fact.metric);
  if (fact.sparsity !== "sparse" || !chip || !metric || metric.family !== "chip" || fact.value === undefined) return undefined;
  const formula = formulaText({ id: "AICHIP.SPEC", args: [atlas.formulaName(chip), atlas.metricLabel(metric), "sparse"] });
  const result = evaluateStandalone(atlas, formula);
  return result.ok && result.value === cellFigure(fact) ? formula : undefined;
}

/** The insert of one formula into the active cell, with the refuse / free place / replace choice. */
export function useFormulaInsert(workbook: Workbook, onWritten: () => void) {
  return useWrite<{ formula: string; format?: string; size?: { rows: number; cols: number } }>(
    (what, options) => workbook.insertFormula(what.formula, { ...options, ...(what.size ? { size: what.size } : {}), ...(what.format ? { format: what.format } : {}) }),
    onWritten,
  );
}

/** Where a fact is printed, the report at that line, and (for a page figure) the other values the report gives. */
export function FigureAudit({ atlas, fact, others }: { atlas: Atlas; fact: Fact; others: Fact[] }) {
  const styles = useStyles();
  const { t, lang } = useT();
  const [open, setOpen] = useState<Fact>(fact);
  const source = sourceOf(atlas, open.dataset, open.line);
  const formula = formulaForFact(atlas, fact);
  return (
    <div className={styles.audit}>
      {formula && (
        <Caption1>
          {t.formula}: <code translate="no">{formula}</code>
        </Caption1>
      )}
      <Caption1 className={styles.sub}>
        <span translate="no">{source.dataset.title.zh}</span> · <span translate="no">{source.dataset.title.en}</span>
      </Caption1>
      {open.note && <Caption1 translate="no">{open.note}</Caption1>}
      <ReportViewer key={`${open.index}`} source={source} figure={open.raw} />
      {others.length > 0 && (
        <>
          <Body1>{t.otherValues}</Body1>
          <ul className={styles.others} aria-label={t.otherValues}>
            {[fact, ...others].map((f) => (
              <li key={f.index}>
                <Card size="small" appearance={f.index === open.index ? "filled-alternative" : "outline"}>
                  <span>
                    <strong translate="no">{figureLabel(atlas, f, lang)}</strong>{" "}
                    {f.variant && (
                      <Badge appearance="outline" translate="no">
                        {f.variant}
                      </Badge>
                    )}{" "}
                    {f.index === fact.index && <Badge appearance="tint">{t.preferred}</Badge>}
                  </span>
                  <Button size="small" appearance="subtle" icon={<DocumentSearch20Regular />} onClick={() => setOpen(f)} aria-pressed={f.index === open.index}>
                    {t.openAtLine(f.line)}
                  </Button>
                </Card>
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}

/** A list of figures, each with insert and audit. */
export function FigureList({
  atlas,
  figures,
  workbook,
  onWritten,
  label,
  showEntity = false,
}: {
  atlas: Atlas;
  figures: PageFigure[];
  workbook: Workbook;
  onWritten: () => void;
  label: string;
  showEntity?: boolean;
}) {
  const styles = useStyles();
  const { t, lang } = useT();
  const [audited, setAudited] = useState<number>();
  const { insert, status } = useFormulaInsert(workbook, onWritten);
  return (
    <>
      {status}
      <ul className={styles.list} aria-label={label}>
        {figures.map((f) => {
          const write = figureInsert(atlas, f.fact);
          const name = `${showEntity ? `${atlas.displayName(f.entity)} ` : ""}${metricName(f, lang)}${f.period ? ` ${f.fact.periodAsPrinted ?? f.period}` : ""}`;
          return (
            <li key={f.fact.index} className={styles.row} aria-label={name}>
              <span className={styles.what}>
                <Body1>
                  {showEntity && <span translate="no">{atlas.displayName(f.entity)} · </span>}
                  {metricName(f, lang)}
                  {f.period && <span translate="no"> · {f.fact.periodAsPrinted ?? f.period}</span>}
                  {f.others.length > 0 && (
                    // The tooltip's text is the button's name; pressing it opens the audit, which lists the other values.
                    <Tooltip content={t.conflictMark(f.others.length)} relationship="label">
                      <Button
                        size="small"
                        appearance="transparent"
                        className={styles.conflict}
                        icon={<Warning16Filled />}
                        aria-expanded={audited === f.fact.index}
                        onClick={() => setAudited(audited === f.fact.index ? undefined : f.fact.index)}
                      />
                    </Tooltip>
                  )}
                </Body1>
                {(f.fact.variant || f.fact.sparsity) && (
                  <Caption1 className={styles.sub} translate="no">
                    {[f.fact.variant, f.fact.sparsity].filter(Boolean).join(", ")}
                  </Caption1>
                )}
              </span>
              <span className={styles.value} translate="no">
                {figureLabel(atlas, f.fact, lang)}
              </span>
              <span className={styles.actions}>
                <Button
                  size="small"
                  appearance="subtle"
                  icon={<ArrowEnter20Regular />}
                  aria-label={t.insertFigure(name)}
                  title={write ? write.formula : t.noFormula}
                  disabled={!write}
                  onClick={() => write && void insert(write)}
                />
                <Button
                  size="small"
                  appearance="subtle"
                  icon={<DocumentSearch20Regular />}
                  aria-label={t.auditFigure(name)}
                  aria-expanded={audited === f.fact.index}
                  onClick={() => setAudited(audited === f.fact.index ? undefined : f.fact.index)}
                />
              </span>
              {audited === f.fact.index && <FigureAudit atlas={atlas} fact={f.fact} others={f.others} />}
            </li>
          );
        })}
      </ul>
    </>
  );
}
