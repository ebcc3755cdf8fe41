/** The cell audit: the active cell's formula explained, with its sources and the report's other values. */
import { Badge, Body1, Button, Caption1, Card, Subtitle2, makeStyles, tokens } from "@fluentui/react-components";
import { ArrowClockwise20Regular, DocumentSearch20Regular } from "@fluentui/react-icons";
import { ReportViewer } from "./ReportViewer";
import { stripMarkup } from "../data/normalize";
import type { Atlas } from "../domain/atlas";
import { useEffect, useState } from "react";
import type { CellLookup } from "../formula/atlas";
import type { ActiveCell, Workbook } from "../office/workbook";
import { auditFormula, auditReadsCells, type AuditFigure, type SourceRef } from "./audit";
import { showResult } from "./formats";
import { useT } from "./i18n";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  formula: { fontFamily: tokens.fontFamilyMonospace, wordBreak: "break-all" },
  value: { fontFamily: tokens.fontFamilyMonospace, fontSize: tokens.fontSizeBase500 },
  quote: {
    margin: 0,
    paddingLeft: tokens.spacingHorizontalM,
    borderLeft: `3px solid ${tokens.colorBrandStroke1}`,
    color: tokens.colorNeutralForeground2,
    whiteSpace: "pre-wrap",
    wordBreak: "break-word",
  },
  meta: { color: tokens.colorNeutralForeground3 },
  row: { display: "flex", gap: tokens.spacingHorizontalS, alignItems: "center", flexWrap: "wrap" },
  list: { listStyleType: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  head: { display: "flex", justifyContent: "space-between", alignItems: "center" },
});

function Source({ source }: { source: SourceRef }) {
  const styles = useStyles();
  const { t, lang } = useT();
  return (
    <div>
      <Caption1 className={styles.meta}>
        §{source.dataset.section} {source.section ? (lang === "zh" ? source.section.zh : source.section.en) : ""} · {t.slide}: <span translate="no">{source.heading}</span> ·{" "}
        {t.lineNo(source.line)}
      </Caption1>
      <br />
      <Caption1 className={styles.meta} translate="no">
        {lang === "zh" ? source.dataset.title.zh : source.dataset.title.en}
      </Caption1>
      {source.sentence && (
        <blockquote className={styles.quote} aria-label={t.reportSays}>
          <Caption1 translate="no">{stripMarkup(source.sentence)}</Caption1>
        </blockquote>
      )}
      {source.tableRow && (
        <Caption1>
          {t.tableRow}: <span translate="no">{source.tableRow.join(" | ")}</span>
        </Caption1>
      )}
      {source.citation && (
        <>
          <br />
          <Caption1 className={styles.meta} translate="no">
            {source.citation}
          </Caption1>
        </>
      )}
    </div>
  );
}

function Figure({ figure }: { figure: AuditFigure }) {
  const styles = useStyles();
  const { t } = useT();
  const [reading, setReading] = useState(false);
  return (
    <Card size="small">
      <span className={styles.row}>
        <Body1 className={styles.formula} translate="no">
          {figure.figure}
        </Body1>
        {figure.fact.variant && (
          <Badge appearance="outline" translate="no">
            {figure.fact.variant}
          </Badge>
        )}
        {figure.preferred && <Badge appearance="tint">{t.preferred}</Badge>}
        {figure.chosen && <Badge appearance="filled">{t.chosen}</Badge>}
      </span>
      {figure.fact.note && <Caption1 translate="no">{figure.fact.note}</Caption1>}
      <Source source={figure.source} />
      <div>
        <Button size="small" appearance="subtle" icon={<DocumentSearch20Regular />} aria-expanded={reading} onClick={() => setReading(!reading)}>
          {t.openAtLine(figure.source.line)}
        </Button>
      </div>
      {reading && <ReportViewer source={figure.source} figure={figure.fact.raw} />}
    </Card>
  );
}

/** Figures one under another, each with its source. */
function Figures({ figures, label }: { figures: AuditFigure[]; label?: string }) {
  const styles = useStyles();
  return (
    <ul className={styles.list} aria-label={label}>
      {figures.map((f) => (
        <li key={f.fact.index}>
          <Figure figure={f} />
        </li>
      ))}
    </ul>
  );
}

export function AuditView({ atlas, workbook, active, onRefresh }: { atlas: Atlas; workbook: Workbook; active: ActiveCell | undefined; onRefresh: () => void }) {
  const styles = useStyles();
  const { t, lang } = useT();
  // A formula whose arguments are cells (=IFERROR(AICHIP.SPEC($A5,B$3),"n/a")) is explained with their values.
  const [read, setRead] = useState<{ of: ActiveCell; valueAt: CellLookup }>();
  useEffect(() => {
    if (!active || !auditReadsCells(active.formula)) return;
    let live = true;
    workbook.scan().then(
      (scan) => live && setRead({ of: active, valueAt: scan.valueAt }),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [workbook, active]);
  const cells = active && read?.of === active ? { sheet: active.sheet, valueAt: read.valueAt } : undefined;
  const audit = active ? auditFormula(atlas, active.formula, active.text, lang, cells) : { kind: "empty" as const };
  return (
    <section className={styles.root} aria-label={t.tabAudit}>
      <div className={styles.head}>
        <Body1>
          {t.activeCell}: <strong>{active ? `${active.sheet ? active.sheet + "!" : ""}${active.address}` : "–"}</strong>
        </Body1>
        <Button appearance="subtle" icon={<ArrowClockwise20Regular />} onClick={onRefresh}>
          {t.refresh}
        </Button>
      </div>
      {audit.kind === "empty" && <Body1>{t.auditEmpty}</Body1>}
      {audit.kind === "notOurs" && (
        <>
          <code className={styles.formula}>{audit.formula}</code>
          <Body1>{t.auditNotOurs}</Body1>
        </>
      )}
      {audit.kind !== "empty" && audit.kind !== "notOurs" && (
        <>
          <code className={styles.formula} aria-label={t.formula}>
            {audit.formula}
          </code>
          {audit.kind === "error" ? (
            <Body1 role="alert" translate="no">
              {audit.message}
            </Body1>
          ) : (
            <>
              <div>
                <Subtitle2 as="h3" block>
                  {t.computes}
                </Subtitle2>
                <Body1 as="p" block>
                  {audit.what}
                </Body1>
              </div>
              <div>
                <Subtitle2 as="h3" block>
                  {t.value}
                </Subtitle2>
                <div className={styles.value} aria-label={t.value}>
                  {showResult(audit.value)}
                </div>
              </div>
            </>
          )}
          {audit.kind === "fact" && (
            <>
              <Subtitle2 as="h3" block>
                {t.source}
              </Subtitle2>
              <Figure figure={audit.figure} />
              <Subtitle2 as="h3" block>
                {t.otherValues}
              </Subtitle2>
              {audit.conflict && (
                <Caption1>
                  <span translate="no">{audit.conflict.summary}</span> · {t.rule}: <span translate="no">{audit.conflict.rule}</span>
                </Caption1>
              )}
              {audit.others.length === 0 ? <Body1>{t.noOtherValues}</Body1> : <Figures figures={audit.others} label={t.otherValues} />}
            </>
          )}
          {audit.kind === "derived" && (
            <>
              <Subtitle2 as="h3" block>
                {t.method}
              </Subtitle2>
              <Body1 className={styles.formula} translate="no">
                {audit.method}
              </Body1>
              <Subtitle2 as="h3" block>
                {t.inputs}
              </Subtitle2>
              <Figures figures={audit.inputs} />
              {audit.stated && (
                <>
                  <Subtitle2 as="h3" block>
                    {t.stated}
                  </Subtitle2>
                  <Figure figure={audit.stated} />
                </>
              )}
            </>
          )}
          {audit.kind === "facts" && (
            <>
              <Subtitle2 as="h3" block>
                {t.source}
              </Subtitle2>
              <Figures figures={audit.figures} label={t.source} />
            </>
          )}
          {audit.kind === "dataset" && (
            <>
              <Subtitle2 as="h3" block>
                {t.source}
              </Subtitle2>
              <Card size="small">
                <Source source={audit.source} />
              </Card>
            </>
          )}
          {audit.kind === "list" && (
            <>
              <Subtitle2 as="h3" block>
                {t.lists} · {t.members(audit.count)}
              </Subtitle2>
              <ul className={styles.list}>
                {audit.lists.map(({ list, source }) => (
                  <li key={list.id}>
                    <Card size="small">
                      <Body1 translate="no">{list.printed}</Body1>
                      <Source source={source} />
                    </Card>
                  </li>
                ))}
              </ul>
            </>
          )}
        </>
      )}
    </section>
  );
}
