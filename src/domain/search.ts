/**
 * Search across figures, datasets, named things (chips, companies, components, models...) and the
 * report's own words, in Chinese or English. "H100 FP16", "910c fp16", "腾讯 capex 2024" answer with
 * the figure (the default the functions return); a metric or a word of the report ("HBM", "光模块",
 * "液冷") finds the datasets and facts that hold it; a misspelt name ("Tencnet") finds the nearest
 * names by the same did-you-mean the functions use. Indexes built once. Pure.
 */
import type { Dataset, Entity, Fact } from "../data/catalog";
import { lookupKey, stripMarkup } from "../data/normalize";
import { closestNames, type Atlas } from "./atlas";
import { entityFigures, type PageFigure } from "./pages";
import { parsePeriod } from "./periods";

export type SearchHit =
  | { kind: "figure"; figure: PageFigure; matched: string; score: number }
  | { kind: "dataset"; dataset: Dataset; matched: string; score: number }
  | { kind: "entity"; entity: Entity; matched: string; score: number; suggested?: boolean }
  | { kind: "fact"; fact: Fact; matched: string; score: number }
  | { kind: "line"; line: number; text: string; dataset?: Dataset; matched: string; score: number };

interface Entry {
  /** `weak`: a name that only mentions the thing (a column header): it matches, never as the exact name. */
  keys: { key: string; name: string; weak?: boolean }[];
  hit: { kind: "dataset"; dataset: Dataset } | { kind: "entity"; entity: Entity };
  /** Lower sorts first among equal scores: datasets, then chips, companies, components, models... */
  rank: number;
}

const TYPE_RANK: Record<string, number> = { chip: 1, company: 2, component: 3, model: 4, product: 5, segment: 6, group: 7, market: 8 };
const MAX_FACTS = 8;
const MAX_LINES = 6;
const MAX_FIGURES = 8;
const CJK = /[\u2e80-\u9fff\uf900-\ufaff]/u;
/**
 * A query is read up to this many characters: the longest name, metric and period together fit in far less,
 * and pasted text (a paragraph, 100k characters) would otherwise cost time quadratic in its words (every run
 * of words is tried as a name) and freeze the pane as it is typed.
 */
export const MAX_QUERY_CHARS = 200;

/** The query as searched: its first MAX_QUERY_CHARS characters (never half a surrogate pair). */
function bounded(query: string): string {
  if (query.length <= MAX_QUERY_CHARS) return query;
  const cut = query.slice(0, MAX_QUERY_CHARS);
  return /[\ud800-\udbff]$/.test(cut) ? cut.slice(0, -1) : cut;
}

/** Words of a query: split at spaces and where Chinese meets Latin or digits ("腾讯capex2024" -> 腾讯, capex2024). */
function tokens(query: string): string[] {
  return query
    .normalize("NFKC")
    .trim()
    .split(/\s+/)
    .flatMap((w) => w.split(/(?<=[\u2e80-\u9fff\uf900-\ufaff])(?=[^\u2e80-\u9fff\uf900-\ufaff])|(?<=[^\u2e80-\u9fff\uf900-\ufaff])(?=[\u2e80-\u9fff\uf900-\ufaff])/u))
    .filter((w) => w.length > 0);
}

const looksLikePeriod = (w: string) => /^(FY)?(\d{4}|[1-4][QH]\d{2,4}|\d{2,4}[QH][1-4]|[QH][1-4]\d{2,4})年?$/i.test(w);

export class SearchIndex {
  private readonly entries: Entry[] = [];
  private readonly datasetsByEntity = new Map<string, Set<string>>();
  private readonly datasetsByMetric = new Map<string, Set<string>>();
  private readonly names: { key: string; name: string; id: string }[] = [];
  private readonly factKeys: { key: string; fact: Fact }[] = [];
  private readonly lineKeys: { key: string; line: number; text: string }[] = [];
  private readonly datasetByLine = new Map<number, string>();

  constructor(private readonly atlas: Atlas) {
    const { catalog } = atlas;
    for (const d of catalog.datasets) {
      const columns = d.table ? d.table.columns.flatMap((c) => [c.zh, c.en]) : [];
      const names = [d.title.zh, d.title.en, d.id.replace(/_/g, " "), d.heading.text, d.caption?.text, d.section].filter((n): n is string => !!n);
      const mentions = [d.description?.en, d.description?.zh, ...columns].filter((n): n is string => !!n);
      const keys = [...names.map((name) => ({ key: lookupKey(name), name })), ...mentions.map((name) => ({ key: lookupKey(name), name, weak: true }))];
      this.entries.push({ keys, hit: { kind: "dataset", dataset: d }, rank: 0 });
    }
    for (const e of catalog.entities) {
      const names = [e.zh, e.en, e.ticker, ...e.aliases, e.id].filter((n): n is string => !!n);
      this.entries.push({ keys: names.map((name) => ({ key: lookupKey(name), name })), hit: { kind: "entity", entity: e }, rank: TYPE_RANK[e.type] ?? 9 });
      // Very short names ("TE") would be "near" any word that contains them: not offered as suggestions.
      for (const name of names) if (lookupKey(name).length >= 3) this.names.push({ key: lookupKey(name), name: name === e.id ? atlas.displayName(e) : name, id: e.id });
    }
    const mention = (map: Map<string, Set<string>>, id: string, dataset: string) => {
      const set = map.get(id) ?? new Set<string>();
      set.add(dataset);
      map.set(id, set);
    };
    for (const f of catalog.facts) {
      mention(this.datasetsByEntity, f.entity, f.dataset);
      mention(this.datasetsByMetric, f.metric, f.dataset);
      this.factKeys.push({ key: lookupKey(stripMarkup(`${f.raw} ${f.text ?? ""}`)), fact: f });
      if (!this.datasetByLine.has(f.line)) this.datasetByLine.set(f.line, f.dataset);
    }
    for (const l of catalog.lists) {
      mention(this.datasetsByEntity, l.subject, l.dataset);
      for (const m of l.members) mention(this.datasetsByEntity, m.entity, l.dataset);
    }
    for (const [line, text] of Object.entries(catalog.lines)) this.lineKeys.push({ key: lookupKey(stripMarkup(text)), line: Number(line), text: stripMarkup(text) });
    // A report line without a figure belongs to the dataset whose slide it follows.
    const headings = [...catalog.datasets].sort((a, b) => a.heading.line - b.heading.line);
    for (const { line } of this.lineKeys) {
      if (this.datasetByLine.has(line)) continue;
      const before = headings.filter((d) => d.heading.line <= line).pop();
      if (before) this.datasetByLine.set(line, before.id);
    }
  }

  /**
   * Hits for `query`, ranked: figures that answer it, then names and datasets (an exact name first,
   * then one that starts with the query, then one that contains it), datasets holding a metric it
   * names, facts and report lines whose text holds it; the nearest names when nothing matches.
   */
  search(typed: string, limit = 40): SearchHit[] {
    const query = bounded(typed);
    const words = tokens(query)
      .map(lookupKey)
      .filter((w) => w.length > 0);
    if (words.length === 0) return [];
    const whole = words.join("");
    const hits: { hit: SearchHit; rank: number }[] = [];
    // A figure answers first where it is the one asked for; several periods of it come after the datasets that hold them.
    const figures = this.figures(query);
    const periods = new Set(figures.map((f) => f.period));
    for (const figure of figures) hits.push({ hit: { kind: "figure", figure, matched: query, score: periods.size > 1 ? 1.5 : -1 }, rank: 0 });
    const seenDatasets = new Set<string>();
    for (const entry of this.entries) {
      let best: { score: number; name: string } | undefined;
      for (const { key, name, weak } of entry.keys) {
        if (!words.every((w) => key.includes(w))) continue;
        const score = weak ? 2 : key === whole ? 0 : key.startsWith(words[0]) ? 1 : 2;
        if (!best || score < best.score) best = { score, name };
      }
      if (best) {
        hits.push({ hit: { ...entry.hit, matched: best.name, score: best.score }, rank: entry.rank });
        if (entry.hit.kind === "dataset") seenDatasets.add(entry.hit.dataset.id);
      }
    }
    // A metric's name ("HBM", "资本开支"): the datasets that give figures for it.
    const metric = this.atlas.resolveMetric(query.trim(), "metric", () => true);
    if (metric.ok) {
      for (const id of this.datasetsByMetric.get(metric.value.id) ?? []) {
        if (seenDatasets.has(id)) continue;
        const dataset = this.atlas.datasets.get(id);
        if (dataset) hits.push({ hit: { kind: "dataset", dataset, matched: this.atlas.metricLabel(metric.value), score: 2.5 }, rank: 0 });
      }
    }
    const facts = this.factKeys.filter((f) => words.every((w) => f.key.includes(w))).slice(0, MAX_FACTS);
    for (const { fact } of facts) hits.push({ hit: { kind: "fact", fact, matched: stripMarkup(fact.raw), score: 3 }, rank: 0 });
    const factLines = new Set(facts.map((f) => f.fact.line));
    const lines = this.lineKeys.filter((l) => !factLines.has(l.line) && words.every((w) => l.key.includes(w))).slice(0, MAX_LINES);
    for (const l of lines) {
      const id = this.datasetByLine.get(l.line);
      hits.push({ hit: { kind: "line", line: l.line, text: l.text, ...(id ? { dataset: this.atlas.datasets.get(id) } : {}), matched: l.text, score: 4 }, rank: 0 });
    }
    // The datasets those facts and lines come from, where their titles did not match.
    for (const id of [...facts.map((f) => f.fact.dataset), ...lines.map((l) => this.datasetByLine.get(l.line))]) {
      const dataset = id === undefined || seenDatasets.has(id) ? undefined : this.atlas.datasets.get(id);
      if (!dataset) continue;
      seenDatasets.add(dataset.id);
      hits.push({ hit: { kind: "dataset", dataset, matched: query.trim(), score: 2.7 }, rank: 0 });
    }
    if (!hits.some((h) => h.hit.kind === "entity" || h.hit.kind === "dataset" || h.hit.kind === "figure")) {
      for (const e of this.suggestions(whole)) hits.push({ hit: { kind: "entity", entity: e, matched: query, score: 5, suggested: true }, rank: TYPE_RANK[e.type] ?? 9 });
    }
    hits.sort((a, b) => a.hit.score - b.hit.score || a.rank - b.rank || label(a.hit).localeCompare(label(b.hit)));
    return hits.slice(0, limit).map((h) => h.hit);
  }

  /**
   * The figures a query asks for: a name (the longest run of words that is one), a metric of it in the
   * remaining words, and optionally a period. Each answer is the default figure the functions return.
   */
  figures(typed: string): PageFigure[] {
    const query = bounded(typed);
    // A Chinese run may hold the name and the metric together ("腾讯资本开支"): split after the longest name it starts with.
    const words = tokens(query).flatMap((w) => {
      if (!CJK.test(w) || this.atlas.findEntity(w)) return [w];
      for (let n = w.length - 1; n >= 2; n--) if (this.atlas.findEntity(w.slice(0, n))) return [w.slice(0, n), w.slice(n)];
      return [w];
    });
    if (words.length < 2) return [];
    let entity: { e: Entity; from: number; to: number } | undefined;
    for (let from = 0; from < words.length; from++) {
      for (let to = words.length; to > from; to--) {
        if (entity && to - from <= entity.to - entity.from) break;
        const e = this.atlas.findEntity(words.slice(from, to).join(" "));
        if (e && this.atlas.metricsOf(e.id).length > 0) entity = { e, from, to };
      }
    }
    if (!entity) return [];
    const rest = [...words.slice(0, entity.from), ...words.slice(entity.to)];
    const periodWords = rest.filter(looksLikePeriod);
    const period = periodWords.length === 1 ? parsePeriod(periodWords[0].replace(/年$/, "")) : undefined;
    const metricText = rest.filter((w) => !periodWords.includes(w)).join(" ");
    if (metricText === "") return [];
    const given = this.atlas.metricsOf(entity.e.id);
    const metric = this.atlas.resolveMetric(metricText, "metric", (m) => given.includes(m.id));
    if (!metric.ok) return [];
    const all = entityFigures(this.atlas, entity.e).filter((f) => f.metric.id === metric.value.id);
    const wanted = period?.ok ? all.filter((f) => f.period === period.value) : all;
    // Latest period first where no period was asked for.
    return [...wanted].sort((a, b) => String(b.period ?? "").localeCompare(String(a.period ?? ""))).slice(0, MAX_FIGURES);
  }

  /** The nearest names to a misspelt one (the functions' did-you-mean), as entities. */
  private suggestions(key: string): Entity[] {
    if (key.length < 2 || (!CJK.test(key) && key.length < 3)) return [];
    const names = closestNames(key, this.names, 5);
    const ids = new Set(names.map((n) => this.names.find((x) => x.name === n)?.id).filter((id): id is string => id !== undefined));
    return [...ids].map((id) => this.atlas.entities.get(id) as Entity);
  }

  /** Datasets that give a figure about `entityId` or name it in a list, in catalogue order. */
  datasetsAbout(entityId: string): Dataset[] {
    const ids = this.datasetsByEntity.get(entityId);
    return ids ? this.atlas.catalog.datasets.filter((d) => ids.has(d.id)) : [];
  }
}

function label(hit: SearchHit): string {
  switch (hit.kind) {
    case "dataset":
      return hit.dataset.id;
    case "entity":
      return hit.entity.id;
    case "figure":
      return `${hit.figure.entity.id}|${hit.figure.metric.id}|${hit.figure.period ?? ""}`;
    case "fact":
      return String(hit.fact.index).padStart(6, "0");
    case "line":
      return String(hit.line).padStart(6, "0");
  }
}
