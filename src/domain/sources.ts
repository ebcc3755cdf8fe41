/**
 * Every figure the report gives for one fact, with where it is printed, and, for the report's own
 * derived figures ("as stated" CAGRs, YoY, claims, ratios), our recomputed value beside it: the way to
 * see conflicts (AICHIP.SOURCES, ATLAS.SOURCE, the task pane's cell audit).
 */
import type { Entity, Fact, Metric } from "../data/catalog";
import type { Atlas } from "./atlas";
import { capexCagr, capexGrowth, type Derived } from "./capex";
import { cellFigure, serversFor } from "./chips";
import { defaultFact, formatNumber, isOneSidedBound, isRate, numberOf, selectFact, shownNumber, shownUnit } from "./facts";
import { marketCagr } from "./markets";
import { matchPeriod } from "./periods";
import { adding, failWith, reportGives } from "./messages";
import { andThen, ok, type Result } from "./result";
import { stockReturn } from "./stocks";
import { resolveAnyEntity } from "./values";

export interface Recomputed {
  /** As the stated fact is shown (a rate as a fraction), so the two sit side by side. */
  value: number;
  unit: string;
  method: string;
}

/** Chip metrics the report's comparison claims name, as the claims word them. */
const CLAIM_METRICS: Record<string, string> = {
  "hbm capacity": "memory",
  "memory bandwidth": "memory_bandwidth",
  "hbm bandwidth": "memory_bandwidth",
  "total system power": "system_power",
  "scale-up bandwidth": "scale_up_bandwidth",
  "scale-out bandwidth": "scale_out_bandwidth",
};

/** The figure of `metric` a claim is about: one printed on the claim's own line, else the entity's default. */
function figureFor(atlas: Atlas, entity: string, metric: string, sparsity?: string, line?: number, except?: Fact): Fact | undefined {
  const facts = atlas.facts(entity, metric).filter((f) => f !== except && f.value !== undefined && (sparsity === undefined || f.sparsity === sparsity || f.sparsity === undefined));
  const onLine = line === undefined ? undefined : facts.find((f) => f.line === line);
  if (onLine) return onLine;
  const fact = selectFact(facts, sparsity ? { variant: sparsity } : {}, metric);
  return fact.ok && numberOf(fact.value, {}, metric).ok ? fact.value : undefined;
}

function numberFor(atlas: Atlas, entity: string, metric: string): number | undefined {
  const fact = figureFor(atlas, entity, metric);
  return fact?.value;
}

function asStatedUnit(d: Derived, stated: Fact): Recomputed {
  return { value: d.value, unit: shownUnit(stated), method: d.method };
}

/** The figure a stated YoY growth is of, where its id is not the growth's without "_yoy". */
const YOY_BASE: Record<string, string> = { capacity_yoy: "monthly_capacity" };

/**
 * A stated year-on-year growth (other than capex's, which CAPEX.YOY computes) recomputed from the figure it is
 * the growth of, this period's over the same period a year before, same variant and unit: OpenAI's ARR
 * 100 / 55 − 1 = 81.8% beside the printed 80% (L198). A figure printed as a bound makes the growth one too.
 */
function yoyRecomputed(atlas: Atlas, f: Fact, period: string): Recomputed | undefined {
  const base = YOY_BASE[f.metric] ?? f.metric.slice(0, -"_yoy".length);
  const m = /^(\d{4})((?:Q[1-4]|H[12])?)$/.exec(period);
  if (!atlas.metrics.has(base) || !m) return undefined;
  const before = `${Number(m[1]) - 1}${m[2]}`;
  const figure = (p: string) =>
    defaultFact(
      atlas.facts(f.entity, base).filter((x) => x.period === p && x.variant === f.variant && x.value !== undefined),
      p,
    );
  const [a, b] = [figure(period), figure(before)];
  if (a?.value === undefined || b?.value === undefined || b.value === 0 || a.unit !== b.unit) return undefined;
  const shown = (x: Fact, p: string) => `${x.qualifier ? `${x.qualifier} ` : ""}${formatNumber(x.value as number)} (${p}, line ${x.line})`;
  const bounded = isOneSidedBound(a) || isOneSidedBound(b);
  return {
    value: a.value / b.value - 1,
    unit: shownUnit(f),
    method: `${shown(a, period)} / ${shown(b, before)} − 1${bounded ? ", from a figure printed as a bound, so a bound too" : ""}`,
  };
}

/**
 * A claim recomputed from the two figures printed with it on its line, named by its variant "<what> vs
 * <baseline>[ / <baseline>] [(<scope>)]": a throughput uplift, 920's ResNet-50 2800 / H20's 1550 − 1 (L1730),
 * or a cost cut, 1 − Doubao 1.6's 2.6 / 7 (L1094, where both baselines cost 7). Undefined where a figure is
 * missing, the baselines disagree or the units differ.
 */
function sameLineClaim(atlas: Atlas, f: Fact, variant: string): Recomputed | undefined {
  const m = /^(.+?) vs (.+?)(?: \(([^()]+)\))?$/.exec(variant);
  if (!m) return undefined;
  const throughput = /^(.+) training throughput$/.exec(m[1]);
  const metric = throughput ? "training_throughput" : m[1].toLowerCase().replace(/\s+/g, "_");
  const scope = throughput ? `${throughput[1]}${m[3] ? ` (${m[3]})` : ""}` : undefined;
  if (!atlas.metrics.has(metric)) return undefined;
  const onLine = (entity: string) => atlas.facts(entity, metric).find((x) => x.line === f.line && x.value !== undefined && (scope === undefined || x.variant === scope));
  const bases = m[2].split(" / ").map((n) => atlas.findEntity(n));
  const a = onLine(f.entity);
  const bs = bases.map((e) => (e === undefined || e.id === f.entity ? undefined : onLine(e.id)));
  const b = bs[0];
  if (a?.value === undefined || b?.value === undefined || b.value === 0 || bs.some((x) => x?.value !== b.value || x?.unit !== a.unit)) return undefined;
  const names = bases.map((e) => atlas.displayName(e as Entity)).join(", ");
  const figures = `${formatNumber(a.value)} (${atlas.displayName(atlas.entities.get(f.entity) as Entity)}${a.unit ? `, ${a.unit}` : ""}, line ${a.line}) / ${formatNumber(b.value)} (${names}, line ${b.line})`;
  return f.metric === "cost_reduction"
    ? { value: 1 - a.value / b.value, unit: shownUnit(f), method: `1 − ${figures}` }
    : { value: a.value / b.value - 1, unit: shownUnit(f), method: `${figures} − 1` };
}

/** Our own computation of a figure the report derived itself, where the bundled inputs allow one. */
export function recompute(atlas: Atlas, f: Fact): Recomputed | undefined {
  const span = /^(\d{4})-(\d{4})$/.exec(f.period ?? "");
  let d: Result<Derived> | undefined;
  if (f.metric === "capex_cagr" && span) d = capexCagr(atlas, f.entity, Number(span[1]), Number(span[2]));
  else if ((f.metric === "capex_yoy" || f.metric === "capex_qoq") && f.period && f.variant === undefined)
    d = capexGrowth(atlas, f.entity, f.period, f.metric === "capex_yoy" ? "yoy" : "qoq");
  else if (f.metric === "market_cagr" && span) d = marketCagr(atlas, f.entity, Number(span[1]), Number(span[2]));
  else if (f.metric === "stock_return") d = stockReturn(atlas, f.entity);
  else if (f.metric === "power_per_memory_bandwidth") {
    const [w, bw] = [numberFor(atlas, f.entity, "system_power"), numberFor(atlas, f.entity, "memory_bandwidth")];
    if (w !== undefined && bw)
      return { value: w / bw, unit: f.unit ?? "", method: `${formatNumber(w)} W / ${formatNumber(bw)} TB/s, from the same entity's system power and memory bandwidth` };
    return undefined;
  } else if (f.metric === "servers_per_1000p" && f.value !== undefined) {
    // The report counts 1 P as 1024 T, not always alike (Q34); ours is AICHIP.SERVERS(chip, 1000) for the same
    // card: the per-card FP16 dense figure of the same variant (910B OAM's 376, not 910B's default 320).
    const dense = atlas.facts(f.entity, "fp16").filter((x) => x.sparsity !== "sparse" && typeof x.value === "number" && x.value > 0);
    const card = (f.variant !== undefined ? dense.find((x) => x.variant === f.variant) : undefined) ?? figureFor(atlas, f.entity, "fp16", "dense");
    if (!card?.value || card.sparsity === "sparse") return undefined;
    const servers = serversFor(1000, 8, card.value);
    return {
      value: servers,
      unit: f.unit ?? "count",
      method: `ceil(1000 PFLOPS × 1000 / (8 × ${formatNumber(card.value)} TFLOPS, line ${card.line})) = ${servers}, with 1 PFLOPS = 1000 TFLOPS, as AICHIP.SERVERS counts; the report's count reads 1 P as 1024 T (Q34)`,
    };
  } else if (f.metric.endsWith("_yoy") && f.value !== undefined && f.period !== undefined) {
    return yoyRecomputed(atlas, f, f.period);
  } else if (f.metric === "cost_reduction" && f.variant && f.value !== undefined) {
    return sameLineClaim(atlas, f, f.variant);
  } else if (f.metric === "claim_vs_baseline" && f.variant && f.value !== undefined) {
    const m = /^(.+?) vs (.+)$/.exec(f.variant);
    if (!m) return undefined;
    if (/ training throughput$/.test(m[1])) return sameLineClaim(atlas, f, f.variant);
    const words = m[1].toLowerCase().replace(/ compute$/, "");
    const [precision, sparsity] = words.split(" ");
    const metric = CLAIM_METRICS[words] ?? (atlas.metrics.get(precision)?.family === "chip" ? precision : undefined);
    const baseEntity = atlas.findEntity(m[2]);
    if (!metric || !baseEntity) return undefined;
    const sp = sparsity === "dense" || sparsity === "sparse" ? sparsity : undefined;
    // The two figures the claim is about: the claimant's figure printed with the claim (K100 AI "提升4倍达到98":
    // 98, not its vector 24.5), over the baseline's; never a figure over itself.
    const fa = figureFor(atlas, f.entity, metric, sp, f.line);
    const fb = figureFor(atlas, baseEntity.id, metric, sp, baseEntity.id === f.entity ? undefined : f.line, baseEntity.id === f.entity ? fa : undefined);
    if (!fa?.value || !fb?.value || fa === fb) return undefined;
    const [a, b] = [fa.value, fb.value];
    const ratio = a / b;
    const method = `${formatNumber(a)} (${atlas.displayName(atlas.entities.get(f.entity) as Entity)} ${metric}${sp ? `, ${sp}` : ""}, line ${fa.line}) / ${formatNumber(b)} (${atlas.displayName(baseEntity)}, line ${fb.line})`;
    return isRate(f) ? { value: ratio - 1, unit: shownUnit(f), method: `${method} − 1` } : { value: ratio, unit: f.unit ?? "x", method };
  }
  return d?.ok && f.value !== undefined ? asStatedUnit(d.value, f) : undefined;
}

export const SOURCE_HEADER = ["value", "unit", "as printed", "period", "variant", "status", "dataset", "section", "line", "note"];

export interface SourceRow {
  fact: Fact;
  /** "default" (what the scalar functions answer), "alternative" (another figure of a conflict), "" */
  status: string;
  recomputed?: Recomputed;
}

/** Every figure for one entity and metric (and period), with the default marked and recomputations beside stated figures. */
export function sourcesOf(atlas: Atlas, entity: Entity, metric: Metric, period?: string): Result<SourceRow[]> {
  const all = atlas.facts(entity.id, metric.id);
  const facts = period === undefined ? all : all.filter((f) => f.period === period);
  if (facts.length === 0) {
    const periods = [...new Set(all.map((f) => f.period).filter((p) => p !== undefined))];
    const label = { en: `${atlas.displayName(entity)} ${metric.en}`, zh: `${atlas.displayName(entity)} ${metric.zh}` };
    return failWith("missingFact", "noFigure", period ? { label, period, gives: periods } : { label });
  }
  // "default": what the scalar functions answer for that period without a variant, chosen by the one rule
  // of facts.ts; "variant": what they answer when its variant is named; "alternative": a conflict's other figure.
  const defaults = new Set<number>();
  const byVariant = new Set<number>();
  for (const p of new Set(facts.map((f) => f.period))) {
    const inPeriod = facts.filter((f) => f.period === p);
    const chosen = defaultFact(inPeriod, p);
    if (chosen) defaults.add(chosen.index);
    for (const v of new Set(inPeriod.map((f) => f.variant).filter((x): x is string => x !== undefined))) {
      const r = selectFact(
        inPeriod.filter((f) => f.variant === v),
        { variant: v },
        metric.en,
      );
      if (r.ok && !defaults.has(r.value.index)) byVariant.add(r.value.index);
    }
  }
  return ok(
    facts.map((fact) => ({
      fact,
      status: defaults.has(fact.index) ? "default" : fact.conflict && !(fact.preferred && byVariant.has(fact.index)) ? "alternative" : byVariant.has(fact.index) ? "variant" : "",
      recomputed: recompute(atlas, fact),
    })),
  );
}

/** The rows as a spilled table, header first; a recomputed figure gets its own row under the stated one. */
export function sourceTable(atlas: Atlas, rows: SourceRow[]): (string | number)[][] {
  const out: (string | number)[][] = [SOURCE_HEADER];
  for (const { fact: f, status, recomputed } of rows) {
    const d = atlas.datasets.get(f.dataset);
    const notes = [f.qualifier ? `qualifier ${f.qualifier}` : "", f.conflict ? `conflict ${f.conflict}` : "", ...(f.flags ?? []), f.note ?? ""].filter((s) => s !== "");
    out.push([
      cellFigure(f),
      shownUnit(f),
      f.raw,
      f.period ?? "",
      f.variant ?? f.sparsity ?? "",
      recomputed ? `${status ? `${status}, ` : ""}as stated` : status,
      f.dataset,
      d?.section ?? "",
      f.line,
      notes.join("; "),
    ]);
    if (recomputed) {
      const stated = f.value === undefined ? undefined : shownNumber(f, f.value);
      // Within half a percent of the stated figure, or half a unit of its last printed digit (a rate: 0.05 points).
      const differs = stated !== undefined && Math.abs(recomputed.value - stated) > Math.max(0.005 * Math.abs(stated), isRate(f) ? 0.0005 : 0.05);
      out.push([
        Number(recomputed.value.toPrecision(12)),
        recomputed.unit,
        "",
        f.period ?? "",
        f.variant ?? "",
        "recomputed",
        "",
        "",
        "",
        `${recomputed.method}${differs ? "; differs from the stated figure" : ""}`,
      ]);
    }
  }
  return out;
}

/** What ATLAS.SOURCE shows (its table) and the figures behind it, with the entity and metric they are of. */
export interface SourceAnswer {
  entity: Entity;
  metric: Metric;
  rows: SourceRow[];
  table: (string | number)[][];
}

/** ATLAS.SOURCE: any entity, metric and period. */
export function factSources(atlas: Atlas, entityName: string, metricName: string, period?: string | null): Result<(string | number)[][]> {
  return andThen(sourceRows(atlas, entityName, metricName, period), (s) => ok(s.table));
}

/** The figures ATLAS.SOURCE lists, and its table of them. */
export function sourceRows(atlas: Atlas, entityName: string, metricName: string, period?: string | null): Result<SourceAnswer> {
  return andThen(resolveAnyEntity(atlas, entityName), (entity) => {
    const given = atlas.metricsOf(entity.id);
    const metric = atlas.resolveMetric(metricName, `metric for ${atlas.displayName(entity)}`, (m) => given.includes(m.id));
    if (!metric.ok) {
      // A row label of AICHIP.METRICS typed back ("bandwidth, 910B OAM"): every figure of that metric.
      const labelled = atlas.variantLabel(entity.id, metricName);
      if (labelled !== undefined && atlas.resolveMetric(labelled[0], "", (m) => given.includes(m.id)).ok) return sourceRows(atlas, entity.id, labelled[0], period);
      const names = given.slice(0, 12).map((id) => atlas.metricLabel(atlas.metrics.get(id) as Metric));
      return { ok: false, failure: adding(metric.failure, reportGives([...names, ...(given.length > 12 ? ["..."] : [])])) };
    }
    const p = period === null || period === undefined || period === "" ? undefined : matchPeriodText(atlas.facts(entity.id, metric.value.id), period);
    return andThen(sourcesOf(atlas, entity, metric.value, p), (rows) => ok({ entity, metric: metric.value, rows, table: sourceTable(atlas, rows) }));
  });
}

function matchPeriodText(facts: Fact[], period: string): string {
  const matched = matchPeriod(period, facts, { printed: true });
  return matched.ok ? matched.value : period;
}
