/** Accelerator specifications: AICHIP.* */
import type { Entity, Fact, Metric } from "../data/catalog";
import type { Atlas } from "./atlas";
import { cellFigure, describeFigure, isOneSidedBound, numberOf, selectFact, shownNumber, where, type Selector } from "./facts";
import { adding, failure, failWith, reportGives, same, type Text } from "./messages";
import { andThen, fail, ok, type Result } from "./result";

const CHIP_TYPES = ["chip", "product"] as const;

/** Chip metrics a product that is no accelerator may have too (a phone's or a headset's release). */
const RELEASE_METRICS: ReadonlySet<string> = new Set(["release_year", "release_label"]);

/** Claims against a baseline read only with their wording (the variant): AICHIP.SOURCES shows them, not a spec list. */
const CLAIM_METRICS = new Set(["claim_vs_baseline", "pct_of_baseline", "claim_text"]);

export interface ChipSpec {
  chip: Entity;
  metric: Metric;
  fact: Fact;
  /** What the cell shows: a number in the metric's unit, or the report's text. */
  value: number | string;
}

/** The metrics a name that says HBM ("HBM", "HBM bandwidth") may denote: the memory's capacity and bandwidth. */
const HBM_METRICS: ReadonlySet<string> = new Set(["memory", "memory_bandwidth"]);

/**
 * Where the metric name said HBM (`saysHbm`: Atlas.namesHbm, or meaningNamesHbm) and asks for a chip's
 * memory figure, and the report gives that chip's memory as another type (MTIA v2's LPDDR5, MTT S4000's
 * GDDR6): a missing figure saying so, with the metric to ask for instead. Undefined otherwise, and where the
 * report does not say the type (the figure is then the memory's, as the name denotes). For AICHIP.SPEC,
 * AICHIP.COMPARE and ATLAS.VALUE.
 */
export function notHbm<T>(atlas: Atlas, entity: Entity, metric: Metric, saysHbm: boolean): Result<T> | undefined {
  if (!saysHbm || !HBM_METRICS.has(metric.id)) return undefined;
  const types = atlas.facts(entity.id, "memory_type").filter((f) => f.text !== undefined);
  if (types.length === 0 || types.some((f) => /hbm/i.test(f.text as string))) return undefined;
  const name = atlas.displayName(entity);
  return failWith("missingFact", "notHbm", {
    label: same(name),
    gives: [...new Set(types.map((f) => f.text as string))],
    where: `line ${types[0].line}`,
    name: atlas.metricLabel(metric),
    detail: metric.en.toLowerCase(),
  });
}

/** Whether an entity is a chip with specifications, per catalogue: built on first use, then a Set lookup per call. */
const isSpecified = new WeakMap<Atlas, (e: Entity) => boolean>();

function specifiedTest(atlas: Atlas): (e: Entity) => boolean {
  let specified = isSpecified.get(atlas);
  if (!specified) {
    const ids = new Set(specifiedChips(atlas).map((e) => e.id));
    isSpecified.set(atlas, (specified = (e: Entity) => ids.has(e.id)));
  }
  return specified;
}

export function resolveChip(atlas: Atlas, name: string): Result<Entity> {
  const resolved = atlas.resolveEntity(name, "chip", CHIP_TYPES, specifiedTest(atlas));
  if (resolved.ok) return resolved;
  // A company name: list its chips instead of only guessing at spellings. (Only a name that denotes a
  // company resolves as one: no suggestions are sought for it.)
  const company = atlas.entityOf(name);
  if (company !== undefined && company.type === "company") {
    // Its accelerators: what the report gives specifications for beyond a release date (not its phones,
    // glasses or AI models, whose release year is filed with the chip metrics).
    const specified = specifiedTest(atlas);
    const chips = atlas.catalog.entities.filter(
      (e) => e.vendor === company.id && specified(e) && atlas.metricsOf(e.id).some((m) => atlas.metrics.get(m)?.family === "chip" && !RELEASE_METRICS.has(m)),
    );
    if (chips.length > 0) {
      const names = chips.slice(0, 8).map((c) => atlas.displayName(c));
      return { ok: false, failure: failure("unknownName", "companyNotChip", name, [], { gives: [...names, ...(chips.length > 8 ? ["..."] : [])] }) };
    }
  }
  return resolved;
}

export function chipSpec(atlas: Atlas, chipName: string, metricName: string, variant?: string): Result<ChipSpec> {
  const resolved = resolveChip(atlas, chipName);
  if (!resolved.ok) return resolved;
  return specFor(atlas, resolved.value, chipName, metricName, variant);
}

/** chipSpec once the chip is resolved (`chipName` as typed, for the variant it names). */
function specFor(atlas: Atlas, chip: Entity, chipName: string, metricName: string, variant?: string): Result<ChipSpec> {
  const metric = atlas.resolveMetric(metricName, () => `metric for ${atlas.displayName(chip)}`, specMetric(atlas, chip));
  if (!metric.ok) {
    // A row label of AICHIP.METRICS typed back ("8-card server compute, 910B OAM"): that metric of that variant.
    const labelled = variant ? undefined : atlas.variantLabel(chip.id, metricName);
    if (labelled !== undefined) {
      const named = specFor(atlas, chip, labelled[1], labelled[0]);
      if (named.ok) return named;
    }
    return withAvailable(metric, atlas, chip);
  }
  return notHbm<ChipSpec>(atlas, chip, metric.value, atlas.namesHbm(metricName)) ?? specOf(atlas, chip, metric.value, variant || undefined, atlas.nameVariant(chip.id, chipName));
}

/**
 * A name read by its meaning (Atlas.meaningOf) as resolveChip and nameVariant read it: the chip with
 * specifications it denotes and the variant it names, or undefined where resolveChip would fail (its
 * failure, with suggestions, is then worded from the name by the path that takes names).
 */
function chipOfMeaning(atlas: Atlas, meaning: unknown): NamedChip | undefined {
  return typeof meaning === "number" ? keptChip(atlas, meaning) : workedChip(atlas, meaning);
}

/**
 * `work` kept by number (a meaning, or two packed into one) for the one atlas of a runtime (another atlas
 * starts afresh), undefined kept too: a grid asks for each chip, and each chip's side, many times.
 */
function keptByNumber<V>(work: (atlas: Atlas, n: number) => V | undefined): (atlas: Atlas, n: number) => V | undefined {
  let owner: Atlas | undefined;
  let kept = new Map<number, V | null>();
  return (atlas, n) => {
    if (atlas !== owner) {
      owner = atlas;
      kept = new Map();
    }
    let v = kept.get(n);
    if (v === undefined) kept.set(n, (v = work(atlas, n) ?? null));
    return v ?? undefined;
  };
}

/** A chip with specifications and the variant its name names. */
interface NamedChip {
  chip: Entity;
  named: string | undefined;
}

const keptChip = keptByNumber((atlas, meaning) => workedChip(atlas, meaning));

function workedChip(atlas: Atlas, meaning: unknown): NamedChip | undefined {
  const id = atlas.meaningEntity(meaning);
  const chip = id === undefined ? undefined : atlas.entities.get(id);
  // resolveChip's test: one of CHIP_TYPES, with specifications.
  if (chip === undefined || !(CHIP_TYPES as readonly string[]).includes(chip.type) || !specifiedTest(atlas)(chip)) return undefined;
  return { chip, named: atlas.meaningVariant(meaning) };
}

/**
 * The metrics chipSpec reads for a chip: any the report gives for it (its price too, as ATLAS.VALUE knows
 * it) and every chip metric, so that a chip lacking one hears "no figure", not "unknown metric".
 */
function specMetric(atlas: Atlas, chip: Entity): (m: Metric) => boolean {
  const has = atlas.metricsOf(chip.id);
  return (m) => m.family === "chip" || has.includes(m.id);
}

/**
 * specFor for a chip read by its meaning and a metric name's meaning (the metric ids it denotes, and
 * whether it says HBM), with the variant argument as specFor reads it (trimmed, undefined when blank):
 * undefined where none of those ids is a metric specFor reads for that chip (specFor then words it).
 */
function specOfMeaning(atlas: Atlas, named: NamedChip, metricMeaning: unknown, variant?: string): Result<ChipSpec> | undefined {
  const metric = firstSpecMetric(atlas, named.chip, atlas.meaningMetrics(metricMeaning));
  if (metric === undefined) return undefined;
  return notHbm<ChipSpec>(atlas, named.chip, metric, atlas.meaningNamesHbm(metricMeaning)) ?? specOf(atlas, named.chip, metric, variant, named.named);
}

/** atlas.firstMetric(ids, specMetric(atlas, chip)) written out: the chip's own metrics are read only for a metric outside the chip family. */
function firstSpecMetric(atlas: Atlas, chip: Entity, ids: readonly string[]): Metric | undefined {
  for (let i = 0; i < ids.length; i++) {
    const metric = atlas.metrics.get(ids[i]);
    if (metric !== undefined && (metric.family === "chip" || atlas.metricsOf(chip.id).includes(metric.id))) return metric;
  }
  return undefined;
}

/**
 * chipSpec(chip, metric, variant) from what the two names mean (Atlas.meaningOf), the variant as specFor reads it: the
 * same answer, without resolving the names again. Undefined where either does not resolve (chipSpec then
 * words the failure from the names as typed).
 */
export function specByMeaning(atlas: Atlas, chipMeaning: unknown, metricMeaning: unknown, variant?: string): Result<ChipSpec> | undefined {
  const named = chipOfMeaning(atlas, chipMeaning);
  return named === undefined ? undefined : specOfMeaning(atlas, named, metricMeaning, variant);
}

/** A figure printed under a column naming two precisions: [the column's words, lower case; the column; the fact]. */
type SharedColumnFact = [string[], string, Fact];

/**
 * What every failure about a chip's missing figure may end with, worked out once per chip: "The report
 * gives: FP16, TDP." (not the claims against a baseline; undefined when it gives nothing), and its figures
 * printed under a column that names two precisions without saying which the figure is ("BF16/FP16
 * Dense/Sparse", L172-173), which the data files under one metric, flagged precision_unstated, the column
 * named in the fact's note.
 */
function chipWords(atlas: Atlas, chip: Entity): { given: Text | undefined; shared: SharedColumnFact[] } {
  return atlas.answerOnce(chipWords, chip, "", () => {
    const ids = atlas.metricsOf(chip.id).filter((m) => atlas.metrics.get(m)?.family === "chip" || !CLAIM_METRICS.has(m));
    const shared: SharedColumnFact[] = [];
    for (const id of atlas.metricsOf(chip.id)) {
      for (const f of atlas.facts(chip.id, id)) {
        const column = f.flags?.includes("precision_unstated") ? /Column "([^"]+)"/.exec(f.note ?? "")?.[1] : undefined;
        if (column !== undefined && (f.value !== undefined || f.low !== undefined)) shared.push([column.split(/[\s/]+/).map((w) => w.toLowerCase()), column, f]);
      }
    }
    return { given: ids.length === 0 ? undefined : reportGives(ids.map((id) => atlas.metricLabel(atlas.metrics.get(id) as Metric))), shared };
  });
}

/** "The report gives: FP16, TDP." for a chip, as failures end, or undefined when it gives nothing. */
const givenSentence = (atlas: Atlas, chip: Entity): Text | undefined => chipWords(atlas, chip).given;

/**
 * Where a chip has no figure for a metric but the report prints one under a column naming that precision
 * with another (a TPUv5E "FP16" is in the "BF16/FP16" column, filed as BF16): says so, with the figure, its
 * line and the formula that reads it, without answering it as this metric (the report does not say which
 * precision it is). Undefined when there is none.
 */
function sharedColumnSentence(atlas: Atlas, chip: Entity, metric: Metric, shared: readonly SharedColumnFact[]): Text | undefined {
  const found = shared.find(([words, , f]) => f.metric !== metric.id && words.includes(metric.id));
  if (found === undefined) return undefined;
  const [, column, fact] = found;
  const filed = atlas.metrics.get(fact.metric) as Metric;
  const name = atlas.formulaName(chip).replace(/"/g, '""');
  // The formula that answers this very figure: the spec when it is the default, else the list of every figure.
  const formula = !fact.conflict || fact.preferred ? `=AICHIP.SPEC("${name}","${fact.metric}")` : `=AICHIP.SOURCES("${name}","${fact.metric}")`;
  const figure = describeFigure(fact);
  return {
    en: `Its "${column}" column gives ${figure} (line ${fact.line}) without saying which precision, filed as ${filed.en}: ${formula}.`,
    zh: `报告“${column}”一栏给出 ${figure}（第 ${fact.line} 行），未说明是哪种精度，记为 ${filed.zh}：${formula}。`,
  };
}

/**
 * A chip's spec once its name and metric are resolved: the answer depends only on the resolved chip and
 * metric, the variant argument and the variant the name names, never on how the names were spelled, and
 * the catalogue never changes while a runtime lives. So it is worked out once per such key and kept
 * (bounded): a new spelling of a pair already asked for costs its resolution only.
 */
function specOf(atlas: Atlas, chip: Entity, metric: Metric, variant: string | undefined, nameVariant: string | undefined): Result<ChipSpec> {
  const facts = atlas.facts(chip.id, metric.id);
  // Without figures the answer is the same whatever the variant argument: one entry serves them all.
  const asked = facts.length === 0 ? undefined : variant;
  const plain = asked === undefined && nameVariant === undefined;
  const key = plain ? metric.id : `${metric.id}\u0000${asked ?? ""}\u0000${nameVariant ?? "\u0001"}`;
  const answers = atlas.answersFor<Result<ChipSpec>>(workedSpec, chip);
  let answer = answers.get(key);
  if (answer === undefined) {
    // Asked without a variant: the fact the build found the answer to be, where it did (specDefaultFacts).
    const fact = plain && facts.length > 0 ? atlas.preparedDefault("specDefaults", facts) : undefined;
    answer = fact !== undefined ? ok({ chip, metric, fact, value: figureOf(fact) }) : workedSpec(atlas, chip, metric, facts, variant, nameVariant);
    if (answers.size < 2000) answers.set(key, answer);
  }
  return answer;
}

/** The figure a spec answers with where it is the fact as it stands (specDefaultFacts): its text, or its number as a cell holds it. */
const figureOf = (fact: Fact): number | string => (fact.value === undefined ? (fact.text as string) : shownNumber(fact, fact.value));

/**
 * The fact AICHIP.SPEC answers with for each chip with specifications and each metric it has figures for,
 * asked without a variant, where the answer is that fact's figure as it stands (figureOf): what the build
 * ships in Catalog.prepared.specDefaults. Worked out by workedSpec itself, so the two agree by construction.
 */
export function specDefaultFacts(atlas: Atlas): Fact[] {
  const out: Fact[] = [];
  for (const chip of specifiedChips(atlas)) {
    for (const id of atlas.metricsOf(chip.id)) {
      const metric = atlas.metrics.get(id);
      if (metric === undefined || !specMetric(atlas, chip)(metric)) continue;
      const r = workedSpec(atlas, chip, metric, atlas.facts(chip.id, id), undefined, undefined);
      if (!r.ok) continue;
      const { fact, value } = r.value;
      const asItStands = fact.value !== undefined || (fact.text !== undefined && fact.low === undefined);
      if (asItStands && value === figureOf(fact)) out.push(fact);
    }
  }
  return out;
}

function workedSpec(atlas: Atlas, chip: Entity, metric: Metric, facts: Fact[], variant: string | undefined, nameVariant: string | undefined): Result<ChipSpec> {
  const label = `${nameVariant ?? atlas.displayName(chip)} ${metric.en}`;
  if (facts.length === 0) {
    // The "gives" sentence goes in as the message's further sentence at once (what adding() would make of it),
    // after where a column naming two precisions holds a figure that may be this one.
    const words = chipWords(atlas, chip);
    const given = words.given;
    const shared = words.shared.length === 0 ? undefined : sharedColumnSentence(atlas, chip, metric, words.shared);
    const more = shared === undefined ? given : given === undefined ? shared : { en: `${shared.en} ${given.en}`, zh: `${shared.zh}${given.zh}` };
    return { ok: false, failure: failure("missingFact", "noFigure", "", [], { label: { en: label, zh: `${nameVariant ?? atlas.displayName(chip)} ${metric.zh}` }, more }) };
  }
  // A spec has no period: the figures given without one answer; dated ones are ATLAS.VALUE's (a price by year).
  const periods = [...new Set(facts.map((f) => f.period).filter((p): p is string => p !== undefined))];
  const undated = facts.filter((f) => f.period === undefined);
  if (undated.length === 0 && periods.length > 1) {
    return failWith("missingFact", "specByPeriod", { label: same(label), gives: periods, detail: `ATLAS.VALUE("${atlas.formulaName(chip)}","${metric.id}",period)` });
  }
  const selector: Selector = { variant, nameVariant };
  return andThen(selectFact(undated.length > 0 ? undated : facts, selector, label), (fact) => {
    if (fact.text !== undefined && fact.value === undefined && fact.low === undefined) return ok({ chip, metric, fact, value: fact.text });
    if (metric.kind === "text") return failWith("missingFact", "notANumber", { label: same(label), detail: describeFigure(fact), where: `line ${fact.line}` });
    return andThen(numberOf(fact, selector, label), (value) => ok({ chip, metric, fact, value }));
  });
}

function withAvailable<T>(result: Result<T>, atlas: Atlas, chip: Entity): Result<T> {
  if (result.ok) return result;
  const sentence = givenSentence(atlas, chip);
  return sentence === undefined ? result : { ok: false, failure: adding(result.failure, sentence) };
}

/** Chips the report gives specifications for, in catalogue order. */
export function specifiedChips(atlas: Atlas): Entity[] {
  return atlas.catalog.entities.filter((e) => (e.type === "chip" || e.type === "product") && atlas.metricsOf(e.id).some((m) => atlas.metrics.get(m)?.family === "chip"));
}

const CATEGORY_NAMES: Record<string, string> = { gpu: "GPU", npu: "NPU", asic: "ASIC", cpu: "CPU", dcu: "DCU", soc: "SoC" };

/** The accelerator categories the catalogue uses, as analysts write them. */
export function chipCategories(atlas: Atlas): string[] {
  return [
    ...new Set(
      listedChips(atlas)
        .map((e) => e.category)
        .filter((c): c is string => c !== undefined),
    ),
  ].map((c) => CATEGORY_NAMES[c] ?? c.toUpperCase());
}

/** Chips with specifications, all of them or those of one vendor ("NVIDIA", "华为") or category ("GPU", "ASIC"). */
/**
 * What AICHIP.LIST lists: accelerators and processors (entities of type chip), not systems such as
 * CloudMatrix 384, cars, glasses or phones, which stay reachable through ATLAS.VALUE and AICHIP.SPEC.
 */
export function listedChips(atlas: Atlas): Entity[] {
  return specifiedChips(atlas).filter((e) => e.type === "chip");
}

export function chipList(atlas: Atlas, filter?: string): Result<Entity[]> {
  const chips = listedChips(atlas);
  if (!filter) return ok(chips);
  const category = filter.normalize("NFKC").trim().toLowerCase();
  if (chips.some((c) => c.category === category)) return ok(chips.filter((c) => c.category === category));
  const vendors = new Set(chips.map((c) => c.vendor).filter((v): v is string => v !== undefined));
  const vendor = atlas.resolveEntity(filter, "chip vendor or category", ["company", "group", "organisation"], (e) => vendors.has(e.id));
  if (vendor.ok) return ok(chips.filter((c) => c.vendor === vendor.value.id));
  return { ok: false, failure: adding(vendor.failure, { en: `Categories: ${chipCategories(atlas).join(", ")}.`, zh: `类别：${chipCategories(atlas).join("、")}。` }) };
}

export { cellFigure };

export interface ChipMetricRow {
  metric: Metric;
  fact: Fact;
  /**
   * The printed variant of the product the figure is of, where the chip was named as the product and the
   * report gives this metric only for a variant (910B's 8-card figures are 910B OAM's, L1577): shown with it.
   */
  ofVariant?: string;
}

/**
 * Every specification the report gives for a chip: the default figure of each metric, in catalogue order.
 * A name that names one of the chip's variants ("910B OAM", "A100 80GB PCIe") lists that variant's figures
 * only, as AICHIP.SPEC answers for it (never the product's own under the variant's name).
 */
export function chipMetrics(atlas: Atlas, chipName: string): Result<ChipMetricRow[]> {
  return andThen(resolveChip(atlas, chipName), (chip) => {
    const rows: ChipMetricRow[] = [];
    const nameVariant = atlas.nameVariant(chip.id, chipName);
    for (const id of atlas.metricsOf(chip.id)) {
      const metric = atlas.metrics.get(id);
      if (!metric || metric.family !== "chip" || CLAIM_METRICS.has(id)) continue;
      const fact = selectFact(atlas.facts(chip.id, id), { nameVariant }, metric.en);
      if (!fact.ok) continue;
      const v = fact.value.variant;
      const ofVariant = nameVariant === undefined && v !== undefined && atlas.nameVariant(chip.id, v) === v ? v : undefined;
      rows.push(ofVariant === undefined ? { metric, fact: fact.value } : { metric, fact: fact.value, ofVariant });
    }
    return ok(rows);
  });
}

export interface ChipRatio {
  value: number;
  a: ChipSpec;
  b: ChipSpec;
}

/** A COMPARE variant argument: one for both chips, or one per chip separated by ";" ("dense;sparse"). */
function splitVariant(variant: string | undefined): [string | undefined, string | undefined] {
  if (!variant || !variant.includes(";")) return [variant, variant];
  const [a, b] = variant.split(";").map((s) => s.trim() || undefined);
  return [a, b];
}

const acceptAny = () => true;

/**
 * What a chip has for a metric, in words ("H100 has dense 800 TFLOPS; sparse 1979 TFLOPS (H100 SXM)"),
 * and the variant to ask for it by ("sparse" where it has only sparse figures, else ""). It depends on the
 * chip and metric only: worded once per pair (a comparison grid asks for each many times).
 */
function whatItHas(atlas: Atlas, chip: Entity, metricId: string): [string, string] {
  return atlas.answerOnce(sayWhatItHas, chip, metricId, () => {
    // (A chip with no figure at all has nothing to ask for: not "sparse".)
    const facts = atlas.facts(chip.id, metricId);
    const onlySparse = facts.length > 0 && facts.every((f) => f.sparsity === "sparse");
    return [sayWhatItHas(atlas, chip, metricId), onlySparse ? "sparse" : ""];
  });
}

function sayWhatItHas(atlas: Atlas, chip: Entity, metricId: string): string {
  const facts = atlas.facts(chip.id, metricId).filter((f) => !f.conflict || f.preferred);
  if (facts.length === 0) return `${atlas.displayName(chip)} has no figure`;
  // Each figure once: the report may print the same one on several lines ("700 W" four times).
  const figures = new Set(facts.map((f) => `${describeFigure(f)}${f.sparsity || f.variant ? ` (${[f.sparsity, f.variant].filter(Boolean).join(", ")})` : ""}`));
  return `${atlas.displayName(chip)} has ${[...figures].join("; ")}`;
}

/**
 * chip_a's figure divided by chip_b's, for one number metric. A variant applies to both chips, or
 * "a;b" gives one per chip ("dense;sparse"). A ratio of a dense figure over a sparse one is refused
 * unless the user asked for exactly that.
 */
export function chipCompare(atlas: Atlas, chipA: string, chipB: string, metricName: string, variant?: string): Result<ChipRatio> {
  const [va, vb] = splitVariant(variant);
  // Each name resolved once. Both chips first: a name that resolves to nothing is what to fix first,
  // before what either chip lacks; the metric (as any metric) only for a message about a missing figure.
  const a = resolveChip(atlas, chipA);
  if (!a.ok) return a;
  const b = resolveChip(atlas, chipB);
  if (!b.ok) return b;
  // (specFor always answers, so compared does.)
  return compared(
    atlas,
    a.value,
    b.value,
    () => specFor(atlas, a.value, chipA, metricName, va),
    () => specFor(atlas, b.value, chipB, metricName, vb),
    () => {
      const metric = atlas.resolveMetric(metricName, "metric", acceptAny);
      return metric.ok ? metric.value : undefined;
    },
    variant,
  ) as Result<ChipRatio>;
}

/**
 * chipCompare(a, b, metric) without a variant argument, from what the three names mean (Atlas.meaningOf):
 * the same answer, without resolving the names again. Undefined where a name does not resolve as
 * chipCompare needs it (chipCompare then words the failure from the names as typed).
 */
export function compareByMeaning(atlas: Atlas, aMeaning: unknown, bMeaning: unknown, metricMeaning: unknown): Result<ChipRatio> | undefined {
  const a = sideOf(atlas, aMeaning, metricMeaning);
  if (a === undefined) return undefined;
  const b = sideOf(atlas, bMeaning, metricMeaning);
  if (b === undefined) return undefined;
  // compared's steps with each chip's part worked out once per (chip, metric) meaning: a's spec, then b's
  // only once a's answered; a missing figure explained with what each chip has for the metric as any metric.
  const ra = a.spec;
  if (ra === undefined) return undefined;
  const ea = isMissing(ra) ? sidesMissing(atlas, ra, a, b, metricMeaning) : ra;
  if (!ea.ok) return ea;
  const rb = b.spec;
  if (rb === undefined) return undefined;
  const eb = isMissing(rb) ? sidesMissing(atlas, rb, a, b, metricMeaning) : rb;
  return eb.ok ? ratioOf(atlas, ea.value, eb.value, undefined) : eb;
}

/** compareByMeaning's missing figure: refused as a year (yearRefused) or explained (missingExplained), with what each side has. */
function sidesMissing(atlas: Atlas, r: Result<ChipSpec>, a: Side, b: Side, metricMeaning: unknown): Result<ChipSpec> {
  const hasA = hasOf(atlas, a, metricMeaning);
  const hasB = hasOf(atlas, b, metricMeaning);
  return a.anyMetric && hasA && hasB ? (yearRefused(a.anyMetric, hasA, hasB) ?? missingExplained(r, hasA, hasB)) : r;
}

/**
 * One chip's part of a comparison by meaning, for one metric name's meaning: the chip, its spec as
 * specOfMeaning answers it (undefined where that metric name does not resolve for the chip), and what it
 * has for the metric named as any metric (hasOf, worded on first need). A comparison grid asks for each
 * part many times (every chip against each baseline): it is worked out once and kept by the two meanings.
 */
interface Side {
  chip: Entity;
  spec: Result<ChipSpec> | undefined;
  /** whatItHas for the metric as any metric; null: the metric name is no metric (not worded yet: absent). */
  has?: [string, string] | null;
  /** The metric named, as any metric (set with `has`). */
  anyMetric?: Metric | null;
}

/** Sides by chip meaning x 2^20 + metric meaning (meanings are small counts), for the one atlas of a runtime. */
const SIDE_SPAN = 1 << 20;
const keptSide = keptByNumber((atlas, n) => workedSide(atlas, Math.floor(n / SIDE_SPAN), n % SIDE_SPAN));

/** A chip meaning's side for a metric meaning, or undefined where chipOfMeaning finds no chip with specifications. */
function sideOf(atlas: Atlas, chipMeaning: unknown, metricMeaning: unknown): Side | undefined {
  if (typeof chipMeaning !== "number" || typeof metricMeaning !== "number" || chipMeaning >= SIDE_SPAN || metricMeaning >= SIDE_SPAN)
    return workedSide(atlas, chipMeaning, metricMeaning);
  return keptSide(atlas, chipMeaning * SIDE_SPAN + metricMeaning);
}

function workedSide(atlas: Atlas, chipMeaning: unknown, metricMeaning: unknown): Side | undefined {
  const named = chipOfMeaning(atlas, chipMeaning);
  return named === undefined ? undefined : { chip: named.chip, spec: specOfMeaning(atlas, named, metricMeaning) };
}

/** What a side's chip has for the metric a metric meaning names as any metric (chipCompare's resolveMetric(name, "metric", acceptAny)). */
function hasOf(atlas: Atlas, side: Side, metricMeaning: unknown): [string, string] | undefined {
  if (side.has === undefined) {
    const metric = atlas.firstMetric(atlas.meaningMetrics(metricMeaning), acceptAny);
    side.anyMetric = metric ?? null;
    side.has = metric === undefined ? null : whatItHas(atlas, side.chip, metric.id);
  }
  return side.has ?? undefined;
}

/** A missing figure a variant per chip may answer (not a chip without HBM: another metric answers that, as its message says). */
const isMissing = (r: Result<ChipSpec>): boolean => !r.ok && r.failure.code === "missingFact" && r.failure.key !== "notHbm";

/**
 * A spec's missing figure (isMissing) worded for a comparison: the failure, what each chip has for the
 * metric named as any metric, and a "a;b" variant to ask for; the failure as it is where that names no metric.
 */
function missingExplained(r: Result<ChipSpec>, hasA: [string, string] | undefined, hasB: [string, string] | undefined): Result<ChipSpec> {
  if (r.ok || hasA === undefined || hasB === undefined) return r;
  const example = `${hasA[1]};${hasB[1]}`;
  return fail("missingFact", `${r.failure.message} ${hasA[0]}; ${hasB[0]}. Compare what you mean with one variant per chip, "a;b"${example !== ";" ? `, e.g. "${example}"` : ""}.`);
}

/**
 * chip a's spec over chip b's (each worked out only when the one before it answered), a missing figure
 * explained with what each chip has for the metric (`anyMetric`: the metric named, as any metric).
 * Undefined where a spec is.
 */
function compared(
  atlas: Atlas,
  a: Entity,
  b: Entity,
  specA: () => Result<ChipSpec> | undefined,
  specB: () => Result<ChipSpec> | undefined,
  anyMetric: () => Metric | undefined,
  variant: string | undefined,
): Result<ChipRatio> | undefined {
  // What each chip has for the metric as any metric, worded only for a missing figure.
  const explain = (r: Result<ChipSpec>): Result<ChipSpec> => {
    if (!isMissing(r)) return r;
    const metric = anyMetric();
    if (metric === undefined) return r;
    const hasA = whatItHas(atlas, a, metric.id);
    const hasB = whatItHas(atlas, b, metric.id);
    return yearRefused(metric, hasA, hasB) ?? missingExplained(r, hasA, hasB);
  };
  const ra = specA();
  if (ra === undefined) return undefined;
  const ea = explain(ra);
  if (!ea.ok) return ea;
  const rb = specB();
  if (rb === undefined) return undefined;
  const eb = explain(rb);
  return eb.ok ? ratioOf(atlas, ea.value, eb.value, variant) : eb;
}

/**
 * A comparison of a year metric where a chip lacks the year: refused as ratioOf refuses two years (no
 * variant per chip can make a ratio of years mean something), with what each chip has. Undefined for any
 * other metric.
 */
function yearRefused(metric: Metric, hasA: [string, string], hasB: [string, string]): Result<never> | undefined {
  return metric.unit === "year" ? failWith("badArgument", "compareYear", { label: { en: metric.en, zh: metric.zh }, detail: `${hasA[0]}; ${hasB[0]}` }) : undefined;
}

/** chip_a's spec over chip_b's, both numbers of the same sparsity unless asked for per chip. */
function ratioOf(atlas: Atlas, a: ChipSpec, b: ChipSpec, variant: string | undefined): Result<ChipRatio> {
  if (typeof a.value !== "number" || typeof b.value !== "number") {
    return failWith("badArgument", "compareText", { label: { en: a.metric.en, zh: a.metric.zh }, detail: `"${a.value}" vs "${b.value}"` });
  }
  // A year is a date, not an amount: 2022 / 2020 = 1.001 says nothing about the two chips.
  if (a.metric.unit === "year") {
    return failWith("badArgument", "compareYear", {
      label: { en: a.metric.en, zh: a.metric.zh },
      detail: `${atlas.displayName(a.chip)} ${a.value}, ${atlas.displayName(b.chip)} ${b.value}`,
    });
  }
  // "<1.6" beside "1.6+" (L1538-1539) is not 1: a ratio of one-sided bounds says nothing about the two chips.
  const bounds = [a, b].filter((s) => isOneSidedBound(s.fact));
  if (bounds.length > 0) {
    return failWith("missingFact", "compareBound", {
      label: {
        en: `${bounds.map((s) => atlas.displayName(s.chip)).join(" and ")} ${a.metric.en}`,
        zh: `${bounds.map((s) => atlas.displayName(s.chip)).join("、")}的${a.metric.zh}`,
      },
      detail: bounds.map((s) => `${atlas.displayName(s.chip)} "${s.fact.raw}", ${where(s.fact)}`).join("; "),
      gives: bounds.map((s) => atlas.displayName(s.chip)),
    });
  }
  const sa = a.fact.sparsity;
  const sb = b.fact.sparsity;
  const mixed = (sa === "sparse") !== (sb === "sparse");
  const askedPerChip = variant !== undefined && variant.includes(";");
  if (mixed && !askedPerChip) {
    return fail(
      "missingFact",
      `${atlas.displayName(a.chip)} ${a.metric.en} is ${sa ?? "of unstated sparsity"} and ${atlas.displayName(b.chip)}'s is ${sb ?? "of unstated sparsity"}: a dense/sparse ratio is asked for explicitly, as "dense;sparse".`,
    );
  }
  if (b.value === 0)
    return failWith("impossible", "isValue", { label: { en: `${atlas.displayName(b.chip)} ${a.metric.en}`, zh: `${atlas.displayName(b.chip)} ${a.metric.zh}` }, detail: "0" });
  return ok({ value: a.value / b.value, a, b });
}

export interface ServerSizing {
  servers: number;
  perCardTflops: number;
  fact: Fact;
  /** The report's own "千P算力8卡机台数", where it prints one (for 8-card servers). */
  stated?: Fact;
}

/**
 * ceil(target × 1000 / (cards × per-card TFLOPS)), 1 PFLOPS = 1000 TFLOPS: AICHIP.SERVERS's count, and the one
 * AICHIP.SOURCES shows beside the report's own. The epsilon absorbs binary noise in an exact quotient
 * (156.00000000000003); any positive target needs a server.
 */
export const serversFor = (targetPflops: number, cards: number, perCardTflops: number): number => Math.max(1, Math.ceil((targetPflops * 1000) / (cards * perCardTflops) - 1e-9));

/**
 * Servers needed for `targetPflops` of FP16 dense compute: ceil(target × 1000 / (cards × per-card TFLOPS)),
 * decimal prefixes (1 PFLOPS = 1000 TFLOPS). The report's own column uses 1 P = 1024 T inconsistently (Q34),
 * so its figures are shown beside ours by AICHIP.SOURCES(chip, "servers_per_1000p"), never substituted.
 */
export function chipServers(atlas: Atlas, chipName: string, targetPflops: number, cardsPerServer: number | null, variant?: string): Result<ServerSizing> {
  const cards = cardsPerServer ?? 8;
  if (!(targetPflops > 0) || !Number.isFinite(targetPflops))
    return failWith("badArgument", "expected", {
      name: "target_pflops",
      expected: { en: "a positive number of PFLOPS, such as 1000", zh: "正数（PFLOPS），如 1000" },
      got: String(targetPflops),
    });
  if (!Number.isInteger(cards) || cards < 1 || cards > 1024)
    return failWith("badArgument", "expected", {
      name: "cards_per_server",
      expected: { en: "a whole number from 1 to 1024, such as 8", zh: "1 到 1024 的整数，如 8" },
      got: String(cards),
    });
  return andThen(resolveChip(atlas, chipName), (chip) => {
    const all = atlas.facts(chip.id, "fp16");
    const label = `${atlas.displayName(chip)} FP16`;
    const notSparse = all.filter((f) => f.sparsity !== "sparse");
    if (all.length > 0 && notSparse.length === 0) {
      // As for AICHIP.SPEC (facts.ts): where the sparsity was inferred (H100's 1979 at L1558, Q07), say so.
      const f = all[0];
      if (f.flags?.includes("inferred_precision"))
        return failWith("missingFact", "onlySparseServersInferred", { label: same(label), detail: `${describeFigure(f)} (${where(f)})` });
      return failWith("missingFact", "onlySparseServers", { label: same(label) });
    }
    // The chip as resolved above (chipSpec would resolve the name a second time).
    return andThen(specFor(atlas, chip, chipName, "fp16", variant), (spec) => {
      if (typeof spec.value !== "number") return failWith("missingFact", "notNumberInReport", { label: same(label) });
      if (spec.fact.sparsity === "sparse") return failWith("missingFact", "variantSparseServers", { label: same(label) });
      if (spec.value <= 0) return failWith("impossible", "isValue", { label: same(label), detail: String(spec.value) });
      const servers = serversFor(targetPflops, cards, spec.value);
      if (!Number.isSafeInteger(servers)) return failWith("impossible", "tooManyServers", {});
      const stated = cards === 8 ? atlas.facts(chip.id, "servers_per_1000p")[0] : undefined;
      return ok({ servers, perCardTflops: spec.value, fact: spec.fact, stated });
    });
  });
}
