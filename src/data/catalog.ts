/**
 * The compiled catalogue: what the build writes and the bundle ships. Produced only by compile.ts
 * from the validated files under data/; everything the add-in answers comes from here.
 */
import type { FACT_FLAGS, NULL_REASONS, QUALIFIERS, PRECISIONS, ENTITY_TYPES } from "./schema";

export type ThemeId = "overseas" | "domestic" | "devices" | "picks" | "meta";
export type EntityType = (typeof ENTITY_TYPES)[number];
export type Qualifier = keyof typeof QUALIFIERS;
export type NullReason = keyof typeof NULL_REASONS;
export type FactFlag = keyof typeof FACT_FLAGS;
export type Precision = (typeof PRECISIONS)[number];

export interface Bilingual {
  zh: string;
  en: string;
}
export interface Citation {
  text: string;
  line: number;
}

export interface Unit {
  id: string;
  dimension: string;
  factor: number;
  zh?: string;
  en: string;
}

export interface Metric {
  id: string;
  zh: string;
  en: string;
  aliases: string[];
  unit?: string;
  kind: "number" | "text";
  family: "chip" | "capex" | "finance" | "market" | "model" | "stock" | "product" | "other";
  description?: string;
}

export interface Entity {
  id: string;
  type: EntityType;
  zh?: string;
  en?: string;
  aliases: string[];
  ticker?: string;
  vendor?: string;
  category?: string;
  members?: string[];
  note?: string;
}

export interface Fact {
  /** Position in Catalog.facts: a stable handle inside one build. */
  index: number;
  dataset: string;
  entity: string;
  metric: string;
  line: number;
  raw: string;
  /** In the metric's canonical unit (converted from `unitAsEntered` by the build). */
  value?: number;
  low?: number;
  high?: number;
  text?: string;
  /** The metric's canonical unit, for numbers. */
  unit?: string;
  /** The unit the data file gave, before conversion. */
  unitAsEntered?: string;
  qualifier?: Qualifier;
  nullReason?: NullReason;
  period?: string;
  periodAsPrinted?: string;
  variant?: string;
  precision?: Precision;
  sparsity?: "dense" | "sparse";
  scale?: number;
  conflict?: string;
  preferred?: boolean;
  flags?: FactFlag[];
  note?: string;
}

export interface ListMember {
  name: string;
  entity: string;
  line: number;
  note?: string;
}

export interface List {
  id: string;
  dataset: string;
  subject: string;
  kind: "suppliers" | "makers" | "vendors" | "picks" | "members" | "customers";
  printed: string;
  line: number;
  members: ListMember[];
  openEnded?: boolean;
  note?: string;
}

export interface Column {
  key: string;
  zh: string;
  en: string;
  unit?: string;
  format?: string;
  inferred?: boolean;
}

export interface Table {
  columns: Column[];
  rows: { line: number; cells: string[] }[];
}

export interface Conflict {
  id: string;
  dataset: string;
  quirk?: string;
  summary: string;
  rule: string;
}

export interface Dataset {
  id: string;
  file: string;
  groups: string[];
  theme: ThemeId;
  section: string;
  title: Bilingual;
  heading: Citation;
  caption?: Citation;
  citation?: Citation;
  attribution?: Citation;
  description?: Bilingual;
  notes?: string[];
  table?: Table;
  /** Indexes into Catalog.facts / ids of Catalog.lists. */
  factIndexes: number[];
  listIds: string[];
}

export interface Section {
  id: string;
  zh: string;
  en: string;
}
export interface Theme {
  id: ThemeId;
  number: string;
  zh: string;
  en: string;
  sections: Section[];
}

export interface Catalog {
  version: string;
  date: string;
  /** sha256 of the compiled content: changes whenever any value changes. */
  contentHash: string;
  report: { file: string; sha256: string; lines: number };
  themes: Theme[];
  units: Unit[];
  metrics: Metric[];
  entities: Entity[];
  datasets: Dataset[];
  facts: Fact[];
  lists: List[];
  conflicts: Conflict[];
  /** The text of every report line the data cites, for the cell audit. */
  lines: Record<string, string>;
  /** Name indexes and default facts worked out by the build (the bundle's catalogue only; absent: the Atlas works them out). */
  prepared?: PreparedIndexes;
}

/**
 * Two name indexes of the Atlas, as the build works them out from the same catalogue (Atlas.preparedIndexes):
 * variants that name their product, [lookup key, entity id, variant], and products after a vendor's name,
 * [lookup key, entity id]. Building them took ~4 ms of a fresh runtime's first call (a metric name's
 * meaning needs both); read from here, a fraction of that at first use. With them, the default facts of
 * AICHIP.SPEC and ATLAS.VALUE (src/domain/prepared.ts).
 */
export interface PreparedIndexes {
  variants: [string, string, string][];
  vendorPrefixed: [string, string][];
  /**
   * The fact each chip's spec answers with when asked without a variant, for the (chip, metric) pairs whose
   * answer is that fact's figure as it stands (its number, or its text): the fact indexes in ascending
   * order, each written as its difference from the one before. Working the choice out (which of several
   * figures the written rule picks) was most of a new AICHIP.SPEC question's cost. Absent: worked out.
   */
  specDefaults?: number[];
  /** The same for ATLAS.VALUE asked without a period or variant: the fact it answers with, as it stands. */
  valueDefaults?: number[];
}

/**
 * The catalogue as the bundle ships it: without what the runtime restores exactly and cheaply, about 6%
 * of the gzipped bundle and as much of what JSON.parse builds at load:
 *   - a fact's `index` (its position);
 *   - a fact's `unitAsEntered` where it equals `unit` (the common case);
 *   - a number's `unit` where it is its metric's unit (every number has a unit: the schema requires it);
 *   - a fact's `dataset` where exactly one dataset lists it, and that one (every fact, today);
 *   - a dataset's `factIndexes` where they are consecutive, as `factRange: [first, count]`;
 *   - a fact's `entity` and `metric` as their positions in `entities` and `metrics` (4 KB gzipped, and
 *     3,400 strings fewer for JSON.parse to make).
 * `expandCatalog` undoes it; expanding a full catalogue changes nothing.
 */
export function compactCatalog(catalog: Catalog): Catalog {
  const metricUnits = new Map(catalog.metrics.map((m) => [m.id, m.unit]));
  const entityAt = new Map(catalog.entities.map((e, i) => [e.id, i]));
  const metricAt = new Map(catalog.metrics.map((m, i) => [m.id, i]));
  const listedBy = new Map<number, string[]>();
  for (const d of catalog.datasets) for (const i of d.factIndexes) listedBy.set(i, [...(listedBy.get(i) ?? []), d.id]);
  const facts = catalog.facts.map((f, i) => {
    const rest: Partial<Fact> = { ...f };
    delete rest.index;
    if (rest.unitAsEntered !== undefined && rest.unitAsEntered === rest.unit) delete rest.unitAsEntered;
    if (isNumber(f) && f.unit !== undefined && f.unit === metricUnits.get(f.metric)) delete rest.unit;
    else if (isNumber(f) && f.unit === undefined && metricUnits.get(f.metric) !== undefined) throw new Error(`fact ${i} (line ${f.line}) is a number without a unit`);
    const by = listedBy.get(i);
    if (by !== undefined && by.length === 1 && by[0] === f.dataset) delete rest.dataset;
    const entity = entityAt.get(f.entity);
    const metric = metricAt.get(f.metric);
    if (entity !== undefined) (rest as { entity: string | number }).entity = entity;
    if (metric !== undefined) (rest as { metric: string | number }).metric = metric;
    return rest as Fact;
  });
  const datasets = catalog.datasets.map((d) => {
    const consecutive = d.factIndexes.length > 0 && d.factIndexes.every((x, k) => x === d.factIndexes[0] + k);
    if (!consecutive) return d;
    const rest: Partial<Dataset> & { factRange?: [number, number] } = { ...d, factRange: [d.factIndexes[0], d.factIndexes.length] };
    delete rest.factIndexes;
    return rest as Dataset;
  });
  return { ...catalog, facts, datasets };
}

const isNumber = (f: Partial<Fact>) => f.value !== undefined || f.low !== undefined;

/**
 * What a function needs only when it shows a table, a dataset's notes or a report line: parsed on first
 * use, not at load. The report lines and these dataset fields are a third of the catalogue's JSON, and
 * JSON.parse at load was a quarter of the add-in's cold start.
 */
const LAZY_DATASET_KEYS = ["title", "heading", "caption", "citation", "attribution", "description", "notes", "table"] as const;
type LazyDatasetKey = (typeof LAZY_DATASET_KEYS)[number];

interface LazyTexts {
  lines: Catalog["lines"];
  datasets: Partial<Pick<Dataset, LazyDatasetKey>>[];
}

/**
 * The catalogue as the bundle embeds it: `core`, the compact catalogue (compactCatalog) without the report
 * lines and the datasets' texts, each dataset saying which texts it has (`lazy`, a bit per
 * LAZY_DATASET_KEYS); and `texts`, those texts, as JSON parsed on first use. expandCatalog(JSON.parse(core),
 * texts) is the compiled catalogue with its units harmonised (harmoniseUnits: done here, not at load).
 * A table row whose cells are its report line split at tabs (most rows: the report prints tables
 * tab-separated) ships without them, as `{ line }`: the line is shipped anyway, and the cells were 11 KB
 * of the gzipped bundle.
 */
export function shippedCatalog(catalog: Catalog): { core: string; texts: string } {
  const harmonised = structuredClone(catalog);
  harmoniseUnits(harmonised);
  const compact = compactCatalog(harmonised);
  const texts: LazyTexts = { lines: compact.lines, datasets: [] };
  const datasets = compact.datasets.map((d) => {
    const rest: Record<string, unknown> = { ...d };
    const lazy: Record<string, unknown> = {};
    let mask = 0;
    LAZY_DATASET_KEYS.forEach((k, bit) => {
      if (d[k] === undefined) return;
      lazy[k] = d[k];
      delete rest[k];
      mask |= 1 << bit;
    });
    if (d.table) lazy.table = { ...d.table, rows: d.table.rows.map((r) => (splitsTo(compact.lines[r.line], r.cells) ? { line: r.line } : r)) };
    texts.datasets.push(lazy);
    rest.lazy = mask;
    return rest;
  });
  const core: Record<string, unknown> = { ...compact, datasets, harmonised: true };
  delete core.lines;
  return { core: JSON.stringify(core), texts: JSON.stringify({ ...texts, lines: linesByGap(texts.lines) }) };
}

/**
 * The bundle carries the catalogue's JSON as the block comment of an empty function, read back with
 * Function.prototype.toString, which gives a function's source text exactly (ECMAScript 2019). The engine
 * skips a comment about three times as fast as it scans a string literal, and this text is 600,000
 * characters: as literals, it was a fifth of the add-in's cold start. JSON holds a star followed by a slash
 * (which would end the comment) only inside strings, where escaping the slash means the same.
 */
export function asComment(json: string): string {
  return `function(){/*${json.replace(/\*\//g, "*\\/")}*/}`;
}

/** The JSON asComment wrapped, from the function's source text. */
export function fromComment(source: string): string {
  return source.slice(source.indexOf("/*") + 2, source.lastIndexOf("*/"));
}

/**
 * A property read on first use, then an ordinary data property: one accessor pair for every object that has
 * the property (`read` is given the object), not closures per object (~400 dataset texts at load).
 */
function lazyAccessor(key: string, read: (target: object) => unknown): PropertyDescriptor {
  const settle = (target: object, value: unknown) => Object.defineProperty(target, key, { value, writable: true, enumerable: true, configurable: true });
  return {
    enumerable: true,
    configurable: true,
    get(this: object) {
      const value = read(this);
      settle(this, value);
      return value;
    },
    set(this: object, value: unknown) {
      settle(this, value);
    },
  };
}

/** Whether `cells` are the report line `line` split at its tabs. */
function splitsTo(line: string | undefined, cells: string[]): boolean {
  if (line === undefined) return false;
  const split = line.split("\t");
  return split.length === cells.length && split.every((c, i) => c === cells[i]);
}

/**
 * The report lines as [gap, text, gap, text, ...], each gap the distance from the line before (from 0): the
 * line numbers as keys were 1.6 KB of the gzipped bundle. As they are where a number is not a plain key.
 */
function linesByGap(lines: Catalog["lines"]): (number | string)[] | Catalog["lines"] {
  const keys = Object.keys(lines);
  const numbers = keys.map(Number);
  if (!numbers.every((n, i) => String(n) === keys[i] && Number.isInteger(n) && n >= 0)) return lines;
  return numbers.flatMap((n, i) => [n - (i === 0 ? 0 : numbers[i - 1]), lines[n]]);
}

/** The texts shippedCatalog wrote, with the report lines and each table row's cells as the compiled catalogue has them. */
function parseTexts(json: string): LazyTexts {
  const texts = JSON.parse(json) as LazyTexts;
  const shipped = texts.lines as unknown;
  if (Array.isArray(shipped)) {
    const lines: Catalog["lines"] = {};
    for (let i = 0, n = 0; i + 1 < shipped.length; i += 2) lines[(n += shipped[i] as number)] = shipped[i + 1] as string;
    texts.lines = lines;
  }
  for (const d of texts.datasets) for (const r of d.table?.rows ?? []) if (r.cells === undefined) r.cells = texts.lines[r.line].split("\t");
  return texts;
}

/** Restores the texts shippedCatalog left out, as properties parsed on first use. */
function attachTexts(catalog: Catalog, json: string | (() => string)): void {
  let texts: LazyTexts | undefined;
  const load = () => (texts ??= parseTexts(typeof json === "string" ? json : json()));
  Object.defineProperty(catalog, "lines", lazyAccessor("lines", () => load().lines));
  const position = new Map<object, number>();
  const accessors = LAZY_DATASET_KEYS.map((k) => lazyAccessor(k, (d) => load().datasets[position.get(d) as number][k]));
  catalog.datasets.forEach((d, i) => {
    const mask = (d as { lazy?: number }).lazy ?? 0;
    delete (d as { lazy?: number }).lazy;
    position.set(d, i);
    for (let bit = 0; bit < accessors.length; bit++) if (mask & (1 << bit)) Object.defineProperty(d, LAZY_DATASET_KEYS[bit], accessors[bit]);
  });
}

/**
 * The compiled catalogue from what the bundle ships: the compact form (compactCatalog) expanded in place,
 * and with `texts` (shippedCatalog), the lazy texts attached: their JSON, or a function that gives it on
 * first use. A bundled module may carry its texts as a `texts` property. Expanding a full catalogue
 * changes nothing.
 */
export function expandCatalog(catalog: Catalog, texts?: string | (() => string)): Catalog {
  const carried = (catalog as { texts?: unknown }).texts;
  if (typeof carried === "string" || typeof carried === "function") {
    delete (catalog as { texts?: unknown }).texts;
    texts ??= carried as string | (() => string);
  }
  if (texts !== undefined) attachTexts(catalog, texts);
  if ((catalog as { harmonised?: boolean }).harmonised === true) {
    delete (catalog as { harmonised?: boolean }).harmonised;
    HARMONISED.add(catalog);
  }
  const facts = catalog.facts;
  let metricUnits: Map<string, string | undefined> | undefined;
  for (let i = 0; i < facts.length; i++) {
    const f = facts[i];
    if (f.index === undefined) f.index = i;
    if (typeof f.entity === "number") f.entity = catalog.entities[f.entity].id;
    if (typeof f.metric === "number") f.metric = catalog.metrics[f.metric].id;
    // Every number carries a unit (the schema requires it), and the build records the unit it was entered in.
    if (f.value === undefined && f.low === undefined) continue;
    if (f.unit === undefined) f.unit = (metricUnits ??= new Map(catalog.metrics.map((m) => [m.id, m.unit]))).get(f.metric);
    if (f.unit !== undefined && f.unitAsEntered === undefined) f.unitAsEntered = f.unit;
  }
  for (const d of catalog.datasets) {
    const range = (d as { factRange?: [number, number] }).factRange;
    if (range !== undefined) {
      const indexes: number[] = [];
      for (let k = 0; k < range[1]; k++) indexes.push(range[0] + k);
      d.factIndexes = indexes;
      delete (d as { factRange?: [number, number] }).factRange;
    }
    for (const i of d.factIndexes) if (facts[i] && facts[i].dataset === undefined) facts[i].dataset = d.id;
  }
  return catalog;
}

/**
 * A metric without one canonical unit (a price may be in USD or CNY) keeps each figure's unit, except
 * that figures of one dimension answer in one unit: the one most of them use (H20's "1.2万美元" is 12000
 * USD like the B30's "6500美元"). In place and idempotent: the value stays "in `unit`", `unitAsEntered`
 * keeps what was printed, as the build writes every other conversion. The bundle's catalogue is shipped
 * harmonised (shippedCatalog): expanding it marks it so, and the Atlas does not go over it again at load.
 */
export function harmoniseUnits(catalog: Catalog): void {
  if (HARMONISED.has(catalog)) return;
  HARMONISED.add(catalog);
  const units = new Map(catalog.units.map((u) => [u.id, u]));
  const counts = new Map<string, Map<string, number>>();
  const keyOf = (f: Fact) => `${f.metric}|${units.get(f.unit ?? "")?.dimension}`;
  const metricUnits = new Map(catalog.metrics.map((m) => [m.id, m.unit]));
  const free = catalog.facts.filter((f) => f.unit !== undefined && units.has(f.unit) && metricUnits.get(f.metric) === undefined);
  for (const f of free) {
    const c = counts.get(keyOf(f)) ?? new Map<string, number>();
    c.set(f.unit as string, (c.get(f.unit as string) ?? 0) + 1);
    counts.set(keyOf(f), c);
  }
  for (const f of free) {
    const c = counts.get(keyOf(f));
    if (!c || c.size < 2) continue;
    const target = [...c].sort((a, b) => b[1] - a[1] || (units.get(a[0])?.factor ?? 0) - (units.get(b[0])?.factor ?? 0))[0][0];
    if (target === f.unit) continue;
    const factor = (units.get(f.unit as string)?.factor ?? 1) / (units.get(target)?.factor ?? 1);
    const conv = (v: number | undefined) => (v === undefined ? undefined : Number((v * factor).toPrecision(12)));
    Object.assign(f, { value: conv(f.value), low: conv(f.low), high: conv(f.high), unit: target });
    for (const k of ["value", "low", "high"] as const) if (f[k] === undefined) delete f[k];
  }
}

/** Catalogues whose units are harmonised: shipped so, or gone over once already. */
const HARMONISED = new WeakSet<Catalog>();
