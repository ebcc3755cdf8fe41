/**
 * Choosing the one figure a scalar function returns, among all the report gives for a fact, and how a
 * figure is shown. This is the ONE place that decides the default (data/README.md, "How a function
 * picks the figure"): AICHIP.SPEC, ATLAS.VALUE, CAPEX.*, MARKET.*, MODEL.SCORE, the "default" row of
 * AICHIP.SOURCES / ATLAS.SOURCE and the task pane's cell audit all read it from `selectFact`.
 */
import type { Fact } from "../data/catalog";
import { lookupKey } from "../data/normalize";
import type { Atlas } from "./atlas";
import { failWith, same, type Lang } from "./messages";
import { fail, ok, type Result } from "./result";
import { unitLabel } from "./units";

/** How a caller narrows the figures: a variant name, dense/sparse, or one end of a range. */
export interface Selector {
  /** What the user typed as the variant argument: a variant name, "dense"/"sparse", "low"/"high". */
  variant?: string;
  period?: string;
  /** A variant the user named through the entity's name ("910B OAM", "A100 80GB PCIe"): only its figures answer. */
  nameVariant?: string;
}

const SPARSITY_RANK = { dense: 0, undefined: 1, sparse: 2 } as const;
const LOW = new Set(["low", "min", "lower", "下限"]);
const HIGH = new Set(["high", "max", "upper", "上限"]);

/** Units whose figures are rates: shown as fractions everywhere (221% -> 2.21), as Excel holds a percentage. */
const RATE_UNITS: Record<string, string> = { "%": "fraction", pct: "fraction (percentage points)" };

export const isRate = (f: Pick<Fact, "unit">): boolean => f.unit !== undefined && f.unit in RATE_UNITS;

/** A number of `f` as a cell holds it: a rate becomes a fraction (22.59 % -> 0.2259), anything else as is. */
export function shownNumber(f: Pick<Fact, "unit">, n: number): number {
  return isRate(f) ? Number((n / 100).toPrecision(12)) : n;
}

/** The unit a cell's number is in, as a table's unit column says it ("fraction" for a rate). */
export function shownUnit(f: Pick<Fact, "unit">): string {
  return f.unit === undefined ? "" : (RATE_UNITS[f.unit] ?? f.unit);
}

/**
 * The figure as a user should read it: "752–800 TFLOPS", "约3000 TFLOPS", "not disclosed ('-')"; `unit` is how its
 * unit is written (the pane's Chinese writes 亿元 for "CNY 100m"), the unit's id unless given. A year is its own
 * label ("2022", not "2022 year").
 */
export function describeFigure(f: Fact, unit: string | undefined = f.unit): string {
  const shown = f.unit && unit && f.unit !== "year" ? (f.unit === "%" ? "%" : ` ${unit}`) : "";
  const q = f.qualifier ? `${f.qualifier} ` : "";
  if (f.value !== undefined) return `${q}${formatNumber(f.value)}${shown}`;
  if (f.low !== undefined && f.high !== undefined) return `${q}${formatNumber(f.low)}–${formatNumber(f.high)}${shown}`;
  if (f.text !== undefined) return f.text;
  return `${f.nullReason?.replace(/_/g, " ")} ("${f.raw}")`;
}

/** A figure as the pane shows it in `lang`: "264 亿元" in Chinese, "264 CNY 100m" in English. */
export function figureLabel(atlas: Atlas, f: Fact, lang: Lang): string {
  return describeFigure(f, f.unit === undefined ? undefined : unitLabel(atlas, f.unit, lang));
}

/** Qualifiers of a figure printed as a bound on one side ("<1.6", "1600+", "超过"), not an approximation (约, 近). */
const ONE_SIDED: ReadonlySet<string> = new Set(["<", "<=", ">", ">="]);

/** Whether the report prints `f` as a one-sided bound: a ratio or growth computed from it is no figure, or a bound too. */
export const isOneSidedBound = (f: Fact): boolean => f.qualifier !== undefined && ONE_SIDED.has(f.qualifier);

/** A figure as one cell shows it: the number (a rate as a fraction), or text for a range, a text spec or a missing value. */
export function cellFigure(f: Fact): number | string {
  return f.value !== undefined ? shownNumber(f, f.value) : f.text !== undefined ? f.text : describeFigure(f);
}

export function formatNumber(n: number): string {
  return Number.isInteger(n) ? String(n) : String(Number(n.toPrecision(10)));
}

/** "line 1683" or, with the variant, "line 1576, 910B OAM". */
export function where(f: Fact): string {
  return `line ${f.line}${f.variant ? `, ${f.variant}` : ""}${f.sparsity ? `, ${f.sparsity}` : ""}`;
}

/** A variant that only says "the whole" ("total"): the figure a user means without a variant. */
const WHOLE_VARIANTS = new Set(["total", "overall", "合计", "总计", "整体"]);
const isWhole = (f: Fact): boolean => f.variant === undefined || WHOLE_VARIANTS.has(lookupKey(f.variant));

/**
 * A variant that scopes a figure to a part (a region, a segment, a business, an "of which"): such a
 * figure answers only when its variant is asked for, never as the whole (NVIDIA's FY2025 revenue "mainland
 * China and Hong Kong" 170.1 is not NVIDIA's revenue).
 */
const SCOPE = /^by (region|application|segment|product|customer|business)\b|\b(mainland|hong kong|region|regional|segment|business|of which|excluding|ex-)\b|其中|地区|业务|分部/i;
export const isScoped = (f: Pick<Fact, "variant" | "value" | "low" | "unit">): boolean =>
  f.variant !== undefined && (f.value !== undefined || f.low !== undefined) && f.unit !== "rank" && SCOPE.test(f.variant);

/** Short names analysts type for variants the data spells out. */
const VARIANT_ABBREVIATIONS: ReadonlyMap<string, string> = new Map([
  ["t2v", "text-to-video"],
  ["i2v", "image-to-video"],
  ["文生视频", "text-to-video"],
  ["图生视频", "image-to-video"],
]);

/**
 * Chinese words for the places variants are named after, as the report writes them ("国内竞争格局", L2191): a
 * typed word matches a variant holding any of its readings.
 */
const VARIANT_WORDS: ReadonlyMap<string, readonly string[]> = new Map([
  ["中国", ["china"]],
  ["国内", ["china", "domestic", "中国"]],
  ["全球", ["global", "worldwide"]],
  ["海外", ["overseas"]],
]);

const words = (s: string): string[] =>
  s
    .normalize("NFKC")
    .toLowerCase()
    .split(/[^\p{L}\p{N}.+-]+|(?<=\p{Script=Han})(?=[^\p{Script=Han}])|(?<=[^\p{Script=Han}])(?=\p{Script=Han})/u)
    .map((w) => w.replace(/^[.+-]+|[.+-]+$/g, ""))
    .filter((w) => w !== "");

/**
 * The variants among `variants` that a typed name means: the one spelled the same (ignoring case, width,
 * spaces and punctuation), else every variant that contains all the typed words ("China" -> "by region:
 * 中国 China", "ResNet-50" -> "ResNet-50 training throughput vs NVIDIA H20 (single card)", "T2V" ->
 * "text-to-video"). One match is the answer; several mean the name is ambiguous.
 */
export function matchVariants(typed: string, variants: Iterable<string>): string[] {
  const all = [...new Set(variants)];
  const key = lookupKey(typed);
  // A Map, not an object: a variant typed as "constructor" or "toString" is a name like any other.
  const expanded = VARIANT_ABBREVIATIONS.get(key);
  const exact = all.filter((v) => lookupKey(v) === key || (expanded !== undefined && lookupKey(v) === lookupKey(expanded)));
  if (exact.length > 0) return exact;
  const wanted = words(expanded ?? typed);
  if (wanted.length === 0) return [];
  return all.filter((v) => {
    const have = new Set(words(v));
    const joined = lookupKey(v);
    return wanted.every(
      (w) => have.has(w) || (w.length >= 3 && joined.includes(lookupKey(w)) && /\p{Script=Han}/u.test(w)) || (VARIANT_WORDS.get(w) ?? []).some((r) => have.has(r)),
    );
  });
}

const quoteList = (names: string[]) => names.map((v) => `"${v}"`).join(", ");

/** The variant and sparsity names the facts carry, for messages. */
export function variantNames(facts: Fact[]): string[] {
  return [...new Set(facts.flatMap((f) => [f.variant, f.sparsity]).filter((v): v is string => v !== undefined))];
}

/** What the variant argument asks for. */
type Ask = { kind: "none" } | { kind: "sparsity"; sparsity: "dense" | "sparse" } | { kind: "end"; end: "low" | "high" } | { kind: "variant"; typed: string; end?: "low" | "high" };

function askOf(variant: string | undefined): Ask {
  const key = variant ? lookupKey(variant) : "";
  if (key === "") return { kind: "none" };
  if (key === "dense" || key === "稠密") return { kind: "sparsity", sparsity: "dense" };
  if (key === "sparse" || key === "稀疏") return { kind: "sparsity", sparsity: "sparse" };
  if (LOW.has(key)) return { kind: "end", end: "low" };
  if (HIGH.has(key)) return { kind: "end", end: "high" };
  // A variant and a range end together: "2024 booking price low", "2024 booking price, high".
  const m = /^(.+?)[\s,;，]+(low|high|min|max)$/i.exec((variant as string).trim());
  if (m) return { kind: "variant", typed: m[1], end: LOW.has(m[2].toLowerCase()) ? "low" : "high" };
  return { kind: "variant", typed: variant as string };
}

/** Whether a variant argument only picks an end of a range or a sparsity (so it applies to any chip). */
export const isGenericVariant = (variant: string | undefined): boolean => askOf(variant).kind !== "variant";

/**
 * THE selection rule. Among `facts` (all about one entity and metric), the figure a scalar function
 * answers with:
 * 1. only the period asked for; only the variant named through the entity's name, if any;
 * 2. a variant argument selects that variant's figures (a unique partial name is enough), "dense"/"sparse"
 *    that sparsity, "low"/"high" the range figures (a single figure is its own low and high);
 * 3. a conflict's losing figures never answer while its preferred figure is a candidate;
 * 4. without a variant, figures without one come first; where the report gives only variants and they
 *    disagree, the user names one;
 * 5. a figure given only as sparse answers only when "sparse" is asked for;
 * 6. then dense before unstated before sparse, the preferred figure first, then report order.
 */
export function selectFact(facts: Fact[], selector: Selector, label: string): Result<Fact> {
  // The choice depends only on the facts, the selector and the label (in messages): remembered, bounded.
  // A pool is known by identity (atlas.facts() arrays are shared) or, for a filtered copy, by its facts'
  // indexes within one catalogue (under its first fact, an object of that catalogue only).
  if (facts.length === 0 || facts.length > 64) return chooseFact(facts, selector, label);
  let choices = poolChoices.get(facts);
  if (!choices) {
    let indexes = "";
    for (const f of facts) indexes += `${f.index},`;
    let byIndexes = poolsByFirstFact.get(facts[0]);
    if (!byIndexes) poolsByFirstFact.set(facts[0], (byIndexes = new Map<string, Map<string, Result<Fact>>>()));
    choices = byIndexes.get(indexes);
    if (!choices) byIndexes.set(indexes, (choices = new Map<string, Result<Fact>>()));
    poolChoices.set(facts, choices);
  }
  const { variant, period, nameVariant } = selector;
  const key =
    variant === undefined && period === undefined && nameVariant === undefined
      ? label
      : `${label}\u0000${variant ?? "\u0001"}\u0000${period ?? "\u0001"}\u0000${nameVariant ?? "\u0001"}`;
  let picked = choices.get(key);
  if (picked === undefined) {
    if (choices.size >= 500) choices.clear();
    choices.set(key, (picked = chooseFact(facts, selector, label)));
  }
  return picked;
}

const poolChoices = new WeakMap<Fact[], Map<string, Result<Fact>>>();
const poolsByFirstFact = new WeakMap<Fact, Map<string, Map<string, Result<Fact>>>>();

function chooseFact(facts: Fact[], selector: Selector, label: string): Result<Fact> {
  let pool = selector.period === undefined ? facts : facts.filter((f) => f.period === selector.period);
  if (pool.length === 0) return failWith("missingFact", "noFigure", { label: same(label), period: selector.period });
  if (selector.nameVariant !== undefined) {
    const key = lookupKey(selector.nameVariant);
    const named = pool.filter((f) => f.variant !== undefined && lookupKey(f.variant) === key);
    if (named.length === 0) {
      const others = variantNames(pool);
      const plain = pool.some((f) => f.variant === undefined);
      return fail(
        "missingFact",
        `The report gives no ${label} for the variant "${selector.nameVariant}".${plain ? " It gives a figure without a variant: ask for the product by its own name." : ""}${others.length > 0 ? ` Variants it gives: ${quoteList(others)}.` : ""}`,
      );
    }
    pool = named;
  }
  const ask = askOf(selector.variant);
  if (ask.kind === "variant") {
    const variants = [...new Set(pool.map((f) => f.variant).filter((v): v is string => v !== undefined))];
    let matched = ask.end ? matchVariants(selector.variant as string, variants) : [];
    if (matched.length === 0) matched = matchVariants(ask.typed, variants);
    if (matched.length > 1) return failWith("missingFact", "variantFitsSeveral", { label: same(label), period: ask.typed, gives: matched });
    if (matched.length === 0) {
      const hint = variantNames(pool);
      return failWith("missingFact", "noVariant", { label: same(label), period: ask.typed, gives: hint });
    }
    pool = pool.filter((f) => f.variant === matched[0]);
  }
  if (ask.kind === "sparsity") {
    const wanted = pool.filter((f) => f.sparsity === ask.sparsity);
    if (wanted.length === 0) {
      const have = [...new Set(pool.map((f) => f.sparsity ?? "unstated sparsity"))];
      return failWith("missingFact", "noSparsity", { label: same(label), period: ask.sparsity, gives: have });
    }
    pool = wanted;
  }
  if (ask.kind === "end") {
    const ranges = pool.filter((f) => f.low !== undefined && f.high !== undefined);
    if (ranges.length > 0) pool = ranges;
  }
  pool = withoutLosers(pool);
  if (selector.nameVariant === undefined && ask.kind !== "variant") {
    const plain = pool.filter(isWhole);
    if (plain.length === 0 && pool.every(isScoped)) {
      const variants = [...new Set(pool.map((f) => f.variant as string))];
      return failWith("missingFact", "partOnly", { label: same(label), gives: variants });
    }
    if (plain.length === 0) {
      // Only variants, and they disagree: which one is the user's choice, not ours.
      const answers = new Set(pool.map((f) => JSON.stringify([f.value, f.low, f.high, f.text])));
      if (answers.size > 1) {
        const variants = [...new Set(pool.map((f) => f.variant as string))];
        return failWith("missingFact", "severalVariants", { label: same(label), gives: variants });
      }
    } else pool = plain;
  }
  if (ask.kind !== "sparsity") {
    // Never pass a sparse figure off as the figure: the user asks for "sparse" explicitly.
    const notSparse = pool.filter((f) => f.sparsity !== "sparse");
    if (notSparse.length === 0) {
      const f = pool[0];
      // Where the report does not print the sparsity (it was inferred from other figures: Q07, H100's
      // 1979 TFLOPS at L1558), the message says so, not that the report gives a sparse figure.
      const key = f.flags?.includes("inferred_precision") ? "sparseOnlyInferred" : "sparseOnly";
      return failWith("missingFact", key, { label: same(label), detail: `${describeFigure(f)} (${where(f)})` });
    }
    pool = notSparse;
  }
  return ok(ranked(pool)[0]);
}

/** The default figure among `facts` (no variant, no range end): what every function and the audit call "the" figure. */
export function defaultFact(facts: Fact[], period?: string): Fact | undefined {
  const r = selectFact(facts, { period }, "figure");
  return r.ok ? r.value : undefined;
}

/** Kept for callers written against the older name. */
export const pickFact = selectFact;

function withoutLosers(pool: Fact[]): Fact[] {
  // A conflict's losing figures never answer when its preferred figure is among the candidates, even where
  // the preferred one carries a variant (910B bandwidth: 1.6 TB/s of the OAM card beats the 400 GB/s misprint).
  const preferred = new Set(pool.filter((f) => f.conflict && f.preferred).map((f) => f.conflict));
  return pool.filter((f) => !f.conflict || f.preferred || !preferred.has(f.conflict));
}

function ranked(pool: Fact[]): Fact[] {
  const rank = (f: Fact) => [SPARSITY_RANK[String(f.sparsity) as keyof typeof SPARSITY_RANK], f.conflict === undefined ? 1 : f.preferred ? 0 : 2];
  return [...pool].sort((a, b) => {
    const [ra, rb] = [rank(a), rank(b)];
    return ra[0] - rb[0] || ra[1] - rb[1] || a.index - b.index;
  });
}

/**
 * A fact's number as a cell holds it, honouring "low"/"high" for ranges (a single figure is its own low
 * and high); a rate as a fraction. Never NaN, never a silent midpoint.
 */
export function numberOf(f: Fact, selector: Selector, label: string): Result<number> {
  const ask = askOf(selector.variant);
  if (f.value !== undefined) return ok(shownNumber(f, f.value));
  if (f.low !== undefined && f.high !== undefined) {
    const end = ask.kind === "end" ? ask.end : ask.kind === "variant" ? ask.end : undefined;
    if (end) return ok(shownNumber(f, end === "low" ? f.low : f.high));
    return failWith("missingFact", "range", { label: same(label), detail: `${describeFigure(f)} (${where(f)})`, period: f.variant });
  }
  if (f.nullReason) return failWith("missingFact", "notANumber", { label: same(label), detail: describeFigure(f), where: where(f) });
  return failWith("missingFact", "textNotNumber", { label: same(label), detail: `"${f.text}" (${where(f)})` });
}
