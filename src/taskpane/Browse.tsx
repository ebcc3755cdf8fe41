/** The report as it is organised (themes -> sections -> datasets), search results, and one named thing. */
import { Accordion, AccordionHeader, AccordionItem, AccordionPanel, Badge, Body1, Button, Caption1, Subtitle2, makeStyles, tokens } from "@fluentui/react-components";
import { ArrowLeft20Regular, Calculator20Regular } from "@fluentui/react-icons";
import type { Dataset, Entity } from "../data/catalog";
import type { Atlas } from "../domain/atlas";
import type { SearchHit, SearchIndex } from "../domain/search";
import { useT } from "./i18n";

const useStyles = makeStyles({
  list: { listStyleType: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column", gap: "2px" },
  item: { display: "flex", flexDirection: "column", alignItems: "flex-start", width: "100%", textAlign: "left", height: "auto", paddingTop: "6px", paddingBottom: "6px", justifyContent: "flex-start" },
  sub: { color: tokens.colorNeutralForeground3, fontWeight: tokens.fontWeightRegular },
  row: { display: "flex", gap: tokens.spacingHorizontalS, alignItems: "baseline", flexWrap: "wrap" },
  section: { fontWeight: tokens.fontWeightSemibold },
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
});

/** Rows an insert writes: the printed table's, or one per figure and list name. */
export function rowCount(atlas: Atlas, d: Dataset): number {
  if (d.table) return d.table.rows.length;
  return d.factIndexes.length + d.listIds.reduce((n, id) => n + (atlas.lists.get(id)?.members.length ?? 0), 0);
}

export function shortSource(d: Dataset): string {
  return d.citation ? d.citation.text.replace(/[，,。；;\s]+$/u, "") : `§${d.section}, line ${d.heading.line}`;
}

export function DatasetButton({ atlas, dataset, onOpen }: { atlas: Atlas; dataset: Dataset; onOpen: (d: Dataset) => void }) {
  const styles = useStyles();
  const { t, lang } = useT();
  return (
    <Button appearance="subtle" className={styles.item} onClick={() => onOpen(dataset)}>
      <span>{lang === "zh" ? dataset.title.zh : dataset.title.en}</span>
      <Caption1 className={styles.sub}>
        {t.rows(rowCount(atlas, dataset))} · {shortSource(dataset)}
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
                    {theme.number} {lang === "zh" ? theme.zh : theme.en}
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
                            {s.id} {lang === "zh" ? s.zh : s.en}
                          </span>
                          &nbsp;<Caption1 className={styles.sub}>({ds.length})</Caption1>
                        </AccordionHeader>
                        <AccordionPanel>
                          <ul className={styles.list}>
                            {ds.map((d) => (
                              <li key={d.id}>
                                <DatasetButton atlas={atlas} dataset={d} onOpen={onOpen} />
                              </li>
                            ))}
                          </ul>
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

export function SearchResults({ atlas, hits, onDataset, onEntity }: { atlas: Atlas; hits: SearchHit[]; onDataset: (d: Dataset) => void; onEntity: (e: Entity) => void }) {
  const styles = useStyles();
  const { t, lang } = useT();
  if (hits.length === 0) return <Body1 role="status">{t.noResults}</Body1>;
  return (
    <section aria-label={t.results(hits.length)}>
      <Caption1 role="status">{t.results(hits.length)}</Caption1>
      <ul className={styles.list}>
        {hits.map((hit) =>
          hit.kind === "dataset" ? (
            <li key={`d:${hit.dataset.id}`}>
              <Button appearance="subtle" className={styles.item} onClick={() => onDataset(hit.dataset)}>
                <span className={styles.row}>
                  <Badge appearance="outline" size="small">
                    {t.kind.dataset}
                  </Badge>
                  <span>{lang === "zh" ? hit.dataset.title.zh : hit.dataset.title.en}</span>
                </span>
                <Caption1 className={styles.sub}>
                  {hit.dataset.citation ? `§${hit.dataset.section} · ` : ""}
                  {t.rows(rowCount(atlas, hit.dataset))} · {shortSource(hit.dataset)}
                </Caption1>
              </Button>
            </li>
          ) : (
            <li key={`e:${hit.entity.id}`}>
              <Button appearance="subtle" className={styles.item} onClick={() => onEntity(hit.entity)}>
                <span className={styles.row}>
                  <Badge appearance="tint" size="small">
                    {t.kind[hit.entity.type] ?? hit.entity.type}
                  </Badge>
                  <span>{entityTitle(hit.entity, lang)}</span>
                </span>
                <Caption1 className={styles.sub}>{namesOf(hit.entity).join(" · ")}</Caption1>
              </Button>
            </li>
          ),
        )}
      </ul>
    </section>
  );
}

export function entityTitle(e: Entity, lang: "en" | "zh"): string {
  const first = lang === "zh" ? (e.zh ?? e.en) : (e.en ?? e.zh);
  return first ?? e.id;
}

function namesOf(e: Entity): string[] {
  return [...new Set([e.zh, e.en, e.ticker, ...e.aliases].filter((n): n is string => !!n))].slice(0, 6);
}

/** The builder preset for a named thing: the function that answers questions about it. */
export function formulaFor(atlas: Atlas, e: Entity): { id: string; args: string[] } | undefined {
  const metrics = atlas.metricsOf(e.id);
  const name = atlas.displayName(e);
  if ((e.type === "chip" || e.type === "product") && metrics.some((m) => atlas.metrics.get(m)?.family === "chip")) return { id: "AICHIP.SPEC", args: [name] };
  if (atlas.listsAbout(e.id).some((l) => l.kind !== "picks")) return { id: "SUPPLIERS", args: [e.en ?? e.zh ?? e.id] };
  if (atlas.facts(e.id, "capex").length > 0) return { id: "CAPEX.CAGR", args: [e.en ?? e.zh ?? e.id] };
  if (metrics.length > 0) return { id: "ATLAS.VALUE", args: [name] };
  return undefined;
}

export function EntityView({ atlas, search, entity, onBack, onDataset, onFormula }: { atlas: Atlas; search: SearchIndex; entity: Entity; onBack: () => void; onDataset: (d: Dataset) => void; onFormula: (preset: { id: string; args: string[] }) => void }) {
  const styles = useStyles();
  const { t, lang } = useT();
  const datasets = search.datasetsAbout(entity.id);
  const preset = formulaFor(atlas, entity);
  return (
    <section className={styles.root} aria-labelledby="entity-title">
      <div>
        <Button appearance="subtle" icon={<ArrowLeft20Regular />} onClick={onBack}>
          {t.back}
        </Button>
      </div>
      <span className={styles.row}>
        <Badge appearance="tint">{t.kind[entity.type] ?? entity.type}</Badge>
        <Subtitle2 as="h2" id="entity-title">
          {entityTitle(entity, lang)}
        </Subtitle2>
      </span>
      <Caption1>
        {t.names}: {namesOf(entity).join(" · ")}
      </Caption1>
      {entity.ticker && (
        <Caption1>
          {t.ticker}: {entity.ticker}
        </Caption1>
      )}
      {entity.note && <Caption1>{entity.note}</Caption1>}
      {preset && (
        <div>
          <Button icon={<Calculator20Regular />} onClick={() => onFormula(preset)}>
            {t.buildFormula}: {preset.id}
          </Button>
        </div>
      )}
      <Subtitle2 as="h3" block>{t.mentionedIn}</Subtitle2>
      <ul className={styles.list}>
        {datasets.map((d) => (
          <li key={d.id}>
            <DatasetButton atlas={atlas} dataset={d} onOpen={onDataset} />
          </li>
        ))}
      </ul>
    </section>
  );
}
