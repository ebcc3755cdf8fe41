/**
 * Choosing the one figure a scalar function returns, among all the report gives for a fact, by the
 * written rules of data/README.md ("Conflicts"), and describing figures in messages.
 */
import type { Fact } from "../data/catalog";
import { lookupKey } from "../data/normalize";
import { fail, ok, type Result } from "./result";

/** How a caller narrows the figures: a variant name, dense/sparse, or one end of a range. */
export interface Selector {
  variant?: string;
  period?: string;
}

const SPARSITY_RANK = { dense: 0, undefined: 1, sparse: 2 } as const;
const RANGE_ENDS = new Set(["low", "high", "min", "max"]);

/** The figure as a user should read it: "752–800 TFLOPS", "约3000 TFLOPS", "not disclosed ('-')". */
export function describeFigure(f: Fact): string {
  const unit = f.unit ? ` ${f.unit}` : "";
  const q = f.qualifier ? `${f.qualifier} ` : "";
  if (f.value !== undefined) return `${q}${formatNumber(f.value)}${unit}`;
  if (f.low !== undefined && f.high !== undefined) return `${q}${formatNumber(f.low)}–${formatNumber(f.high)}${unit}`;
  if (f.text !== undefined) return f.text;
  return `${f.nullReason?.replace(/_/g, " ")} ("${f.raw}")`;
}

export function formatNumber(n: number): string {
  return Number.isInteger(n) ? String(n) : String(Number(n.toPrecision(10)));
}

/** "line 1683" or, with the variant, "line 1576, 910B OAM". */
export function where(f: Fact): string {
  return `line ${f.line}${f.variant ? `, ${f.variant}` : ""}${f.sparsity ? `, ${f.sparsity}` : ""}`;
}

/**
 * The default figure among `facts` (all about one entity and metric): without a selector, figures
 * without a variant come first; dense before unstated before sparse; a conflict's preferred figure
 * before the others; then report order.
 */
export function pickFact(facts: Fact[], selector: Selector, label: string): Result<Fact> {
  // The choice depends only on the facts, the selector and the label (in messages): remembered, bounded.
  // A pool is known by identity (atlas.facts() arrays are shared) or, for a filtered copy, by its facts'
  // indexes within one catalogue (under its first fact, an object of that catalogue only).
  if (facts.length === 0 || facts.length > 64) return selectFact(facts, selector, label);
  let choices = poolChoices.get(facts);
  if (!choices) {
    let indexes = "";
    for (const f of facts) indexes += `${f.index},`;
    let byIndexes = poolsByFirstFact.get(facts[0]);
    if (!byIndexes) poolsByFirstFact.set(facts[0], (byIndexes = new Map()));
    choices = byIndexes.get(indexes);
    if (!choices) byIndexes.set(indexes, (choices = new Map()));
    poolChoices.set(facts, choices);
  }
  const key = selector.variant === undefined && selector.period === undefined ? label : `${label}\u0000${selector.variant ?? "\u0001"}\u0000${selector.period ?? "\u0001"}`;
  let picked = choices.get(key);
  if (picked === undefined) {
    if (choices.size >= 500) choices.clear();
    choices.set(key, (picked = selectFact(facts, selector, label)));
  }
  return picked;
}

const poolChoices = new WeakMap<Fact[], Map<string, Result<Fact>>>();
const poolsByFirstFact = new WeakMap<Fact, Map<string, Map<string, Result<Fact>>>>();

function selectFact(facts: Fact[], selector: Selector, label: string): Result<Fact> {
  let pool = facts;
  if (selector.period !== undefined) pool = pool.filter((f) => f.period === selector.period);
  const variantKey = selector.variant ? lookupKey(selector.variant) : "";
  if (variantKey === "dense" || variantKey === "sparse") {
    pool = pool.filter((f) => f.sparsity === variantKey);
  } else if (variantKey && !RANGE_ENDS.has(variantKey)) {
    pool = pool.filter((f) => f.variant !== undefined && lookupKey(f.variant) === variantKey);
  } else {
    // A conflict's losing figures never answer when its preferred figure is among the candidates,
    // even where the preferred one carries a variant (910B bandwidth: 1.6 TB/s of the OAM card
    // beats the 400 GB/s misprint).
    const preferred = new Set(pool.filter((f) => f.conflict && f.preferred).map((f) => f.conflict));
    pool = pool.filter((f) => !f.conflict || f.preferred || !preferred.has(f.conflict));
    const plain = pool.filter((f) => f.variant === undefined);
    if (plain.length === 0 && variantKey === "") {
      // Only variants, and they disagree: which one is the user's choice, not ours.
      const answers = new Set(pool.map((f) => JSON.stringify([f.value, f.low, f.high, f.text])));
      if (answers.size > 1) {
        const variants = [...new Set(pool.map((f) => f.variant as string))];
        return fail("missingFact", `The report gives ${label} for several variants: name one of ${variants.map((v) => `"${v}"`).join(", ")}.`);
      }
    }
    pool = plain.length > 0 ? plain : pool;
    // Never pass a sparse figure off as the figure: the user asks for "sparse" explicitly.
    const notSparse = pool.filter((f) => f.sparsity !== "sparse");
    if (notSparse.length === 0 && variantKey === "") {
      const f = pool[0];
      return fail("missingFact", `The report gives ${label} only as a sparse figure, ${describeFigure(f)} (${where(f)}): add "sparse" as the variant to use it.`);
    }
    pool = notSparse.length > 0 ? notSparse : pool;
  }
  if (pool.length === 0) {
    const variants = [...new Set(facts.map((f) => f.variant ?? f.sparsity).filter((v): v is string => v !== undefined))];
    const hint = variants.length > 0 ? ` The report gives it for: ${variants.map((v) => `"${v}"`).join(", ")}.` : "";
    return fail("missingFact", `The report gives no ${label}${selector.variant ? ` for variant "${selector.variant}"` : ""}.${hint}`);
  }
  const rank = (f: Fact) => [SPARSITY_RANK[String(f.sparsity) as keyof typeof SPARSITY_RANK], f.conflict === undefined ? 1 : f.preferred ? 0 : 2];
  const sorted = [...pool].sort((a, b) => {
    const [ra, rb] = [rank(a), rank(b)];
    return ra[0] - rb[0] || ra[1] - rb[1] || a.index - b.index;
  });
  return ok(sorted[0]);
}

/** A fact's number, honouring a "low"/"high" selector for ranges; never NaN, never a silent midpoint. */
export function numberOf(f: Fact, selector: Selector, label: string): Result<number> {
  const end = selector.variant ? lookupKey(selector.variant) : "";
  if (f.value !== undefined) return ok(f.value);
  if (f.low !== undefined && f.high !== undefined) {
    if (end === "low" || end === "min") return ok(f.low);
    if (end === "high" || end === "max") return ok(f.high);
    return fail("missingFact", `${label} is reported as a range, ${describeFigure(f)} (${where(f)}): add "low" or "high" as the variant.`);
  }
  if (f.nullReason) return fail("missingFact", `${label}: ${describeFigure(f)} in the report (${where(f)}).`);
  return fail("missingFact", `${label} is text in the report, not a number: "${f.text}" (${where(f)}).`);
}
