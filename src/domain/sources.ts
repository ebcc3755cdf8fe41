/**
 * Every figure the report gives for one fact, with where it is printed, and, for the report's own
 * derived figures ("as stated" CAGRs, YoY, claims, ratios), our recomputed value beside it: the way to
 * see conflicts (AICHIP.SOURCES, ATLAS.SOURCE, the task pane's cell audit).
 */
import type { Entity, Fact, Metric } from "../data/catalog";
import type { Atlas } from "./atlas";
import { capexCagr, capexGrowth, type Derived } from "./capex";
import { cellFigure } from "./chips";
import { formatNumber, numberOf, pickFact } from "./facts";
import { marketCagr } from "./markets";
import { parsePeriod } from "./periods";
import { andThen, fail, ok, type Result } from "./result";
import { stockReturn } from "./stocks";
import { resolveAnyEntity } from "./values";

export interface Recomputed {
  /** In the stated fact's own unit (a % stays a %), so the two sit side by side. */
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

function numberFor(atlas: Atlas, entity: string, metric: string, sparsity?: string): number | undefined {
  const facts = atlas.facts(entity, metric).filter((f) => sparsity === undefined || f.sparsity === sparsity || f.sparsity === undefined);
  const fact = pickFact(facts, {}, metric);
  if (!fact.ok) return undefined;
  const n = numberOf(fact.value, {}, metric);
  return n.ok ? n.value : undefined;
}

function asStatedUnit(d: Derived, stated: Fact): Recomputed {
  const percent = stated.unit === "%";
  return { value: percent ? d.value * 100 : d.value, unit: stated.unit ?? "", method: d.method };
}

/** Our own computation of a figure the report derived itself, where the bundled inputs allow one. */
export function recompute(atlas: Atlas, f: Fact): Recomputed | undefined {
  const span = /^(\d{4})-(\d{4})$/.exec(f.period ?? "");
  let d: Result<Derived> | undefined;
  if (f.metric === "capex_cagr" && span) d = capexCagr(atlas, f.entity, Number(span[1]), Number(span[2]));
  else if ((f.metric === "capex_yoy" || f.metric === "capex_qoq") && f.period && f.variant === undefined) d = capexGrowth(atlas, f.entity, f.period, f.metric === "capex_yoy" ? "yoy" : "qoq");
  else if (f.metric === "market_cagr" && span) d = marketCagr(atlas, f.entity, Number(span[1]), Number(span[2]));
  else if (f.metric === "stock_return") d = stockReturn(atlas, f.entity);
  else if (f.metric === "power_per_memory_bandwidth") {
    const [w, bw] = [numberFor(atlas, f.entity, "system_power"), numberFor(atlas, f.entity, "memory_bandwidth")];
    if (w !== undefined && bw) return { value: w / bw, unit: f.unit ?? "", method: `${formatNumber(w)} W / ${formatNumber(bw)} TB/s, from the same entity's system power and memory bandwidth` };
    return undefined;
  } else if (f.metric === "claim_vs_baseline" && f.variant && f.value !== undefined) {
    const m = /^(.+?) vs (.+)$/.exec(f.variant);
    if (!m) return undefined;
    const words = m[1].toLowerCase().replace(/ compute$/, "");
    const [precision, sparsity] = words.split(" ");
    const metric = CLAIM_METRICS[words] ?? (atlas.metrics.get(precision)?.family === "chip" ? precision : undefined);
    const baseEntity = atlas.findEntity(m[2]);
    if (!metric || !baseEntity) return undefined;
    const base = { value: baseEntity };
    const sp = sparsity === "dense" || sparsity === "sparse" ? sparsity : undefined;
    const [a, b] = [numberFor(atlas, f.entity, metric, sp), numberFor(atlas, base.value.id, metric, sp)];
    if (a === undefined || !b) return undefined;
    const ratio = a / b;
    const method = `${formatNumber(a)} / ${formatNumber(b)} (${metric}${sp ? `, ${sp}` : ""} of ${atlas.displayName(atlas.entities.get(f.entity) as Entity)} and ${atlas.displayName(base.value)})`;
    return f.unit === "%" ? { value: (ratio - 1) * 100, unit: "%", method: `(${method} − 1) × 100` } : { value: ratio, unit: f.unit ?? "x", method };
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
    return fail("missingFact", `The report gives no ${atlas.displayName(entity)} ${metric.en}${period ? ` for ${period}. It gives: ${periods.join(", ")}` : ""}.`);
  }
  const defaults = new Set<number>();
  const groups = new Map<string, Fact[]>();
  for (const f of facts) {
    const key = `${f.period ?? ""}|${f.variant ?? ""}`;
    groups.set(key, [...(groups.get(key) ?? []), f]);
  }
  for (const g of groups.values()) {
    const chosen = pickFact(g, {}, metric.en);
    if (chosen.ok) defaults.add(chosen.value.index);
  }
  return ok(
    facts.map((fact) => ({
      fact,
      status: defaults.has(fact.index) ? "default" : fact.conflict ? "alternative" : "",
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
    out.push([cellFigure(f), f.unit ?? "", f.raw, f.period ?? "", f.variant ?? f.sparsity ?? "", recomputed ? `${status ? `${status}, ` : ""}as stated` : status, f.dataset, d?.section ?? "", f.line, notes.join("; ")]);
    if (recomputed) {
      const differs = f.value !== undefined && Math.abs(recomputed.value - f.value) > Math.max(0.005 * Math.abs(f.value), 0.05);
      out.push([Number(recomputed.value.toPrecision(12)), recomputed.unit, "", f.period ?? "", f.variant ?? "", "recomputed", "", "", "", `${recomputed.method}${differs ? "; differs from the stated figure" : ""}`]);
    }
  }
  return out;
}

/** ATLAS.SOURCE: any entity, metric and period. */
export function factSources(atlas: Atlas, entityName: string, metricName: string, period?: string | null): Result<(string | number)[][]> {
  return andThen(resolveAnyEntity(atlas, entityName), (entity) => {
    const given = atlas.metricsOf(entity.id);
    const metric = atlas.resolveMetric(metricName, `metric for ${atlas.displayName(entity)}`, (m) => given.includes(m.id));
    if (!metric.ok) {
      const names = given.slice(0, 12).map((id) => atlas.metricLabel(atlas.metrics.get(id) as Metric));
      return fail(metric.failure.code, `${metric.failure.message} The report gives: ${names.join(", ")}${given.length > 12 ? ", ..." : ""}.`);
    }
    const p = period === null || period === undefined || period === "" ? undefined : matchPeriodText(atlas.facts(entity.id, metric.value.id), period);
    return andThen(sourcesOf(atlas, entity, metric.value, p), (rows) => ok(sourceTable(atlas, rows)));
  });
}

function matchPeriodText(facts: Fact[], period: string): string {
  const norm = (s: string) => s.normalize("NFKC").replace(/\s+/g, "").toUpperCase();
  const exact = facts.find((f) => f.period !== undefined && (norm(f.period) === norm(period) || norm(f.periodAsPrinted ?? "") === norm(period)))?.period;
  if (exact) return exact;
  const parsed = parsePeriod(period);
  return parsed.ok ? parsed.value : period;
}
