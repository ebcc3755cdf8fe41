/**
 * What an entity page shows: the figures the report gives for one chip, company, component, model or
 * market, each with its default (chosen by the same rules the functions use) and the other values the
 * report prints for it; and the series the pane charts. Pure: the pane renders these, the functions
 * answer from the same queries, so a page and a cell never disagree.
 */
import type { Entity, Fact, List, Metric } from "../data/catalog";
import type { Atlas } from "./atlas";
import { capexSeries, type CapexPoint, type Derived, type Frequency } from "./capex";
import { chipMetrics, listedChips } from "./chips";
import { pickFact } from "./facts";
import { marketSize, resolveMarket, type MarketPoint } from "./markets";
import { modelBenchmarks, modelScore } from "./models";
import { ok, type Result } from "./result";
import { stockReturn } from "./stocks";
import { suppliersOf, type SupplierRow } from "./suppliers";

/** One figure on a page: the default fact and every other value the report gives for the same thing. */
export interface PageFigure {
  entity: Entity;
  metric: Metric;
  period?: string;
  /** The figure the functions return without a variant. */
  fact: Fact;
  /** Other figures for the same entity, metric and period whose value differs (another table, a variant, a misprint). */
  others: Fact[];
}

const sameFigure = (a: Fact, b: Fact) => a.value === b.value && a.low === b.low && a.high === b.high && a.text === b.text;

function withOthers(atlas: Atlas, entity: Entity, metric: Metric, fact: Fact, pool: Fact[]): PageFigure {
  const group = new Map<number, Fact>();
  for (const f of [...pool, ...atlas.conflictOf(fact)]) if (f.index !== fact.index && !sameFigure(f, fact)) group.set(f.index, f);
  return { entity, metric, ...(fact.period ? { period: fact.period } : {}), fact, others: [...group.values()] };
}

/** A chip's specification sheet: each metric's default figure (as AICHIP.SPEC answers), with the report's other values. */
export function chipSheet(atlas: Atlas, chip: Entity): PageFigure[] {
  const rows = chipMetrics(atlas, chip.id);
  if (!rows.ok) return [];
  return rows.value.map(({ metric, fact }) =>
    withOthers(
      atlas,
      chip,
      metric,
      fact,
      atlas.facts(chip.id, metric.id).filter((f) => f.period === fact.period),
    ),
  );
}

/**
 * Every figure the report gives for an entity, one per metric and period (the default among those the
 * report prints for it), in catalogue order. Metrics in `skip` are left to a dedicated section.
 */
export function entityFigures(atlas: Atlas, entity: Entity, skip: ReadonlySet<string> = new Set()): PageFigure[] {
  const out: PageFigure[] = [];
  for (const id of atlas.metricsOf(entity.id)) {
    const metric = atlas.metrics.get(id);
    if (!metric || skip.has(id)) continue;
    const facts = atlas.facts(entity.id, id);
    const periods = [...new Set(facts.map((f) => f.period))];
    for (const period of periods) {
      const pool = facts.filter((f) => f.period === period);
      const picked = pickFact(pool, {}, metric.en);
      // Where only variants disagree, each is a figure of its own (no default to pick).
      const chosen = picked.ok ? [picked.value] : pool.filter((f, i) => pool.findIndex((g) => g.variant === f.variant) === i);
      for (const fact of chosen) out.push(withOthers(atlas, entity, metric, fact, picked.ok ? pool : []));
    }
  }
  return out;
}

export interface CompanyPage {
  capex: { annual: CapexPoint[]; quarterly: CapexPoint[] };
  /** Lists naming the company (suppliers of a component, makers, picks), with the name as printed. */
  lists: { list: List; subject: Entity; printed: string }[];
  /** Pick segments the report puts it in. */
  picks: Entity[];
  stock?: Derived;
}

const CAPEX_METRICS = new Set(["capex"]);

export function companyPage(atlas: Atlas, company: Entity): CompanyPage {
  const series = (f: Frequency) => {
    const r = capexSeries(atlas, company.id, null, null, f);
    return r.ok ? r.value : [];
  };
  const lists = atlas
    .listsNaming(company.id)
    .map((list) => ({ list, subject: atlas.entities.get(list.subject) as Entity, printed: list.members.find((m) => m.entity === company.id)?.name ?? "" }));
  const stock = atlas.facts(company.id, "stock_close").length > 1 ? stockReturn(atlas, company.id) : undefined;
  return {
    capex: atlas.facts(company.id, "capex").length > 0 ? { annual: series("annual"), quarterly: series("quarterly") } : { annual: [], quarterly: [] },
    lists: lists.filter((l) => l.list.kind !== "picks"),
    picks: lists.filter((l) => l.list.kind === "picks").map((l) => l.subject),
    ...(stock?.ok ? { stock: stock.value } : {}),
  };
}

/** Metrics a dedicated section shows, not repeated in the page's figure list. */
export const SECTION_METRICS: ReadonlySet<string> = CAPEX_METRICS;

/** A component's suppliers as printed, in the report's order (SUPPLIERS). */
export function componentSuppliers(atlas: Atlas, component: Entity): SupplierRow[] {
  const r = suppliersOf(atlas, component.id);
  return r.ok ? r.value : [];
}

export interface Score {
  benchmark: Metric;
  value: number;
  variant?: string;
}

/** A model's benchmark scores (MODEL.SCORE's defaults). */
export function modelScores(atlas: Atlas, model: Entity): Score[] {
  return modelBenchmarks(atlas, model).flatMap((benchmark) => {
    const r = modelScore(atlas, model.id, benchmark.id);
    return r.ok ? [{ benchmark, value: r.value.value, ...(r.value.variant ? { variant: r.value.variant } : {}) }] : [];
  });
}

/** A market's sizes by period, oldest first (MARKET.SIZE for each period the report gives). */
export function marketSeries(atlas: Atlas, market: Entity): MarketPoint[] {
  if (!resolveMarket(atlas, market.id).ok) return [];
  for (const metric of ["market_size", "compute_capacity", "shipments"]) {
    const periods = [
      ...new Set(
        atlas
          .facts(market.id, metric)
          .map((f) => f.period)
          .filter((p): p is string => p !== undefined),
      ),
    ].sort();
    if (periods.length === 0) continue;
    return periods.flatMap((p) => {
      const r = marketSize(atlas, market.id, p);
      return r.ok ? [r.value] : [];
    });
  }
  return [];
}

export interface ChipBar {
  chip: Entity;
  fact: Fact;
  value: number;
  /** The report prints other values for this chip and metric. */
  conflicted: boolean;
}

/** One metric across every chip that has it as a number: the default figure of each, largest first. */
export function metricAcrossChips(atlas: Atlas, metricId: string): Result<ChipBar[]> {
  const bars: ChipBar[] = [];
  for (const chip of listedChips(atlas)) {
    const facts = atlas.facts(chip.id, metricId).filter((f) => f.period === undefined);
    if (facts.length === 0) continue;
    const picked = pickFact(facts, {}, metricId);
    if (!picked.ok || picked.value.value === undefined) continue;
    const fact = picked.value;
    bars.push({ chip, fact, value: fact.value as number, conflicted: withOthers(atlas, chip, atlas.metrics.get(metricId) as Metric, fact, facts).others.length > 0 });
  }
  bars.sort((a, b) => b.value - a.value);
  return ok(bars);
}

/** Chip metrics with numbers for at least two chips: what the comparison chart offers. */
export function chartableChipMetrics(atlas: Atlas): Metric[] {
  const counts = new Map<string, number>();
  for (const chip of listedChips(atlas))
    for (const id of atlas.metricsOf(chip.id)) if (atlas.facts(chip.id, id).some((f) => f.value !== undefined && f.period === undefined)) counts.set(id, (counts.get(id) ?? 0) + 1);
  return [...counts]
    .filter(([id, n]) => n >= 2 && atlas.metrics.get(id)?.family === "chip" && atlas.metrics.get(id)?.kind === "number")
    .map(([id]) => atlas.metrics.get(id) as Metric);
}

/** A time series: rows of one entity, metric and variant; a figure (the default) per period, or none. */
export interface Series {
  periods: string[];
  rows: { entity: Entity; metric: Metric; variant?: string; cells: (Fact | undefined)[] }[];
}

const periodOrder = (a: string, b: string) => a.localeCompare(b, "en", { numeric: true });

/**
 * A dataset as a time series, where it is one (capex by year, market sizes, SMIC by quarter): two or
 * more periods, each row an entity's metric across them. Undefined for a dataset without periods.
 */
export function seriesOf(atlas: Atlas, facts: Fact[]): Series | undefined {
  // Years, quarters and halves only (a CAGR's "2020-2024" span is not a column of the series); numbers only.
  const dated = facts.filter((f) => f.period !== undefined && /^(FY)?\d{4}([QH][1-4])?$/.test(f.period) && (f.value !== undefined || f.low !== undefined));
  const periods = [...new Set(dated.map((f) => f.period as string))].sort(periodOrder);
  if (periods.length < 2) return undefined;
  const groups = new Map<string, Fact[]>();
  for (const f of dated) {
    const k = `${f.entity}|${f.metric}|${f.variant ?? ""}|${f.sparsity ?? ""}`;
    groups.set(k, [...(groups.get(k) ?? []), f]);
  }
  const rows: Series["rows"] = [];
  for (const group of groups.values()) {
    const first = group[0];
    const entity = atlas.entities.get(first.entity);
    const metric = atlas.metrics.get(first.metric);
    if (!entity || !metric) continue;
    const cells = periods.map((p) => {
      const pool = group.filter((f) => f.period === p);
      if (pool.length === 0) return undefined;
      const picked = pickFact(pool, first.variant ? { variant: first.variant } : {}, metric.en);
      return picked.ok ? picked.value : pool[0];
    });
    rows.push({ entity, metric, ...(first.variant ? { variant: first.variant } : {}), cells });
  }
  if (!rows.some((r) => r.cells.filter(Boolean).length >= 2)) return undefined;
  return { periods, rows };
}
