/** The report as it is organised (themes -> sections -> datasets), and search results (figures first where a query asks for one). */
import { Accordion, AccordionHeader, AccordionItem, AccordionPanel, Badge, Body1, Button, Caption1, makeStyles, tokens } from "@fluentui/react-components";
import { ArrowLeft20Regular } from "@fluentui/react-icons";
import type { Dataset, Entity } from "../data/catalog";
import type { Atlas } from "../domain/atlas";
import type { SearchHit } from "../domain/search";
import { FUNCTION_SPECS } from "../functions/registry";
import type { Workbook } from "../office/workbook";
import { FigureList } from "./Figures";
import { useT } from "./i18n";

const useStyles = makeStyles({
  list: { listStyleType: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column", gap: "2px" },
  item: {
    display: "flex",
    flexDirection: "column",
    alignItems: "flex-start",
    width: "100%",
    textAlign: "left",
    height: "auto",
    paddingTop: "6px",
    paddingBottom: "6px",
    justifyContent: "flex-start",
  },
  sub: { color: tokens.colorNeutralForeground3, fontWeight: tokens.fontWeightRegular },
  row: { display: "flex", gap: tokens.spacingHorizontalS, alignItems: "baseline", flexWrap: "wrap" },
  section: { fontWeight: tokens.fontWeightSemibold },
  figures: { padding: `${tokens.spacingVerticalXS} 0`, marginBottom: tokens.spacingVerticalS, borderBottom: `2px solid ${tokens.colorBrandStroke2}` },
});

/** Rows an insert writes: the printed table's, or one per figure and list name. */
export function rowCount(atlas: Atlas, d: Dataset): number {
  if (d.table) return d.table.rows.length;
  return d.factIndexes.length + d.listIds.reduce((n, id) => n + (atlas.lists.get(id)?.members.length ?? 0), 0);
}

export function shortSource(d: Dataset, lineNo: (n: number) => string = (n) => `line ${n}`): string {
  return d.citation ? d.citation.text.replace(/[，,。；;\s]+$/u, "") : `§${d.section}, ${lineNo(d.heading.line)}`;
}

/** Datasets one under another, each opening its page. */
export function DatasetList({ atlas, datasets, onOpen, className }: { atlas: Atlas; datasets: Dataset[]; onOpen: (d: Dataset) => void; className: string }) {
  return (
    <ul className={className}>
      {datasets.map((d) => (
        <li key={d.id}>
          <DatasetButton atlas={atlas} dataset={d} onOpen={onOpen} />
        </li>
      ))}
    </ul>
  );
}

/** The way back from a page to the list it was opened from. */
export function BackButton({ onBack }: { onBack: () => void }) {
  const { t } = useT();
  return (
    <div>
      <Button appearance="subtle" icon={<ArrowLeft20Regular />} onClick={onBack}>
        {t.back}
      </Button>
    </div>
  );
}

export function DatasetButton({ atlas, dataset, onOpen }: { atlas: Atlas; dataset: Dataset; onOpen: (d: Dataset) => void }) {
  const styles = useStyles();
  const { t, lang } = useT();
  return (
    <Button appearance="subtle" className={styles.item} onClick={() => onOpen(dataset)}>
      <span translate="no">{lang === "zh" ? dataset.title.zh : dataset.title.en}</span>
      <Caption1 className={styles.sub}>
        {t.rows(rowCount(atlas, dataset))} · <span translate="no">{shortSource(dataset, t.lineNo)}</span>
      </Caption1>
    </Button>
  );
}

export function ThemeTree({ atlas, onOpen }: { atlas: Atlas; onOpen: (d: Dataset) => void }) {
  const styles = useStyles();
  const { t, lang } = useT();
  return (
    <nav aria-label={t.themes}>
      <Accordion multiple collapsible>
        {atlas.catalog.themes.map((theme) => {
          const datasets = atlas.catalog.datasets.filter((d) => d.theme === theme.id);
          if (datasets.length === 0) return null;
          return (
            <AccordionItem key={theme.id} value={theme.id}>
              <AccordionHeader>
                <span className={styles.row}>
                  <span>
                    {theme.number} <span translate="no">{lang === "zh" ? theme.zh : theme.en}</span>
                  </span>
                  <Badge appearance="tint" size="small">
                    {datasets.length}
                  </Badge>
                </span>
              </AccordionHeader>
              <AccordionPanel>
                <Accordion multiple collapsible>
                  {theme.sections
                    .map((s) => ({ s, ds: datasets.filter((d) => d.section === s.id) }))
                    .filter(({ ds }) => ds.length > 0)
                    .map(({ s, ds }) => (
                      <AccordionItem key={s.id} value={s.id}>
                        <AccordionHeader size="small">
                          <span className={styles.section}>
                            {s.id} <span translate="no">{lang === "zh" ? s.zh : s.en}</span>
                          </span>
                          &nbsp;<Caption1 className={styles.sub}>({ds.length})</Caption1>
                        </AccordionHeader>
                        <AccordionPanel>
                          <DatasetList atlas={atlas} datasets={ds} onOpen={onOpen} className={styles.list} />
                        </AccordionPanel>
                      </AccordionItem>
                    ))}
                </Accordion>
              </AccordionPanel>
            </AccordionItem>
          );
        })}
      </Accordion>
    </nav>
  );
}

export function SearchResults({
  atlas,
  hits,
  workbook,
  onWritten,
  onDataset,
  onEntity,
}: {
  atlas: Atlas;
  hits: SearchHit[];
  workbook: Workbook;
  onWritten: () => void;
  onDataset: (d: Dataset) => void;
  onEntity: (e: Entity) => void;
}) {
  const styles = useStyles();
  const { t, lang } = useT();
  if (hits.length === 0) return <Body1 role="status">{t.noResults}</Body1>;
  const figures = hits.filter((h): h is Extract<SearchHit, { kind: "figure" }> => h.kind === "figure").map((h) => h.figure);
  const rest = hits.filter((h) => h.kind !== "figure");
  const answerFirst = hits[0]?.kind === "figure";
  const figureBlock = figures.length > 0 && (
    <div className={styles.figures}>
      <FigureList atlas={atlas} figures={figures} workbook={workbook} onWritten={onWritten} label={t.kindFigure} showEntity />
    </div>
  );
  return (
    <section aria-label={t.results(hits.length)}>
      <Caption1 role="status">{t.results(hits.length)}</Caption1>
      {answerFirst && figureBlock}
      <ul className={styles.list}>
        {rest.map((hit) => {
          switch (hit.kind) {
            case "dataset":
              return (
                <li key={`d:${hit.dataset.id}`}>
                  <Button appearance="subtle" className={styles.item} onClick={() => onDataset(hit.dataset)}>
                    <span className={styles.row}>
                      <Badge appearance="outline" size="small">
                        {t.kind.dataset}
                      </Badge>
                      <span translate="no">{lang === "zh" ? hit.dataset.title.zh : hit.dataset.title.en}</span>
                    </span>
                    <Caption1 className={styles.sub}>
                      {hit.dataset.citation ? `§${hit.dataset.section} · ` : ""}
                      {t.rows(rowCount(atlas, hit.dataset))} · <span translate="no">{shortSource(hit.dataset, t.lineNo)}</span>
                    </Caption1>
                  </Button>
                </li>
              );
            case "entity":
              return (
                <li key={`e:${hit.entity.id}`}>
                  <Button appearance="subtle" className={styles.item} onClick={() => onEntity(hit.entity)}>
                    <span className={styles.row}>
                      {hit.suggested && <span>{t.didYouMean}</span>}
                      <Badge appearance="tint" size="small">
                        {t.kind[hit.entity.type] ?? hit.entity.type}
                      </Badge>
                      <span translate="no">{entityTitle(hit.entity, lang)}</span>
                    </span>
                    <Caption1 className={styles.sub} translate="no">
                      {namesOf(hit.entity).join(" · ")}
                    </Caption1>
                  </Button>
                </li>
              );
            case "fact": {
              const dataset = atlas.datasets.get(hit.fact.dataset);
              const e = atlas.entities.get(hit.fact.entity);
              return (
                <li key={`f:${hit.fact.index}`}>
                  <Button appearance="subtle" className={styles.item} onClick={() => dataset && onDataset(dataset)}>
                    <span className={styles.row}>
                      <Badge appearance="outline" size="small" color="informative">
                        {t.kindFact}
                      </Badge>
                      <span translate="no">{e ? entityTitle(e, lang) : hit.fact.entity}</span>
                    </span>
                    <Caption1 className={styles.sub}>
                      <span translate="no">{hit.matched.slice(0, 90)}</span> · {t.lineNo(hit.fact.line)}
                    </Caption1>
                  </Button>
                </li>
              );
            }
            case "line":
              return (
                <li key={`l:${hit.line}`}>
                  <Button appearance="subtle" className={styles.item} onClick={() => hit.dataset && onDataset(hit.dataset)} disabled={!hit.dataset}>
                    <span className={styles.row}>
                      <Badge appearance="outline" size="small" color="important">
                        {t.kindLine}
                      </Badge>
                      <span>{t.lineNo(hit.line)}</span>
                    </span>
                    <Caption1 className={styles.sub} translate="no">
                      {hit.text.slice(0, 110)}
                    </Caption1>
                  </Button>
                </li>
              );
            default:
              return null;
          }
        })}
      </ul>
      {!answerFirst && figureBlock}
    </section>
  );
}

export function entityTitle(e: Entity, lang: "en" | "zh"): string {
  const first = lang === "zh" ? (e.zh ?? e.en) : (e.en ?? e.zh);
  return first ?? e.id;
}

export function namesOf(e: Entity): string[] {
  return [...new Set([e.zh, e.en, e.ticker, ...e.aliases].filter((n): n is string => !!n))].slice(0, 6);
}

/** The builder preset for a named thing: the first function whose spec answers questions about it. */
export function formulaFor(atlas: Atlas, e: Entity): { id: string; args: string[] } | undefined {
  for (const spec of FUNCTION_SPECS) {
    const args = spec.preset?.(atlas, e);
    if (args) return { id: spec.id, args };
  }
  return undefined;
}
