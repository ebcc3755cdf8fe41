/** Market sizes and forecasts: MARKET.* */
import type { Entity, Fact } from "../data/catalog";
import type { Atlas } from "./atlas";
import { yearArgument, yearOrder, type Derived } from "./capex";
import { formatNumber, numberOf, selectFact } from "./facts";
import { matchPeriod } from "./periods";
import { adding, failWith, same } from "./messages";
import { andThen, ok, type Result } from "./result";
import { conversionFactor, convert } from "./units";

/** The level a market's growth is measured on: its size in money, else its capacity or shipments. */
const LEVEL_METRICS = ["market_size", "compute_capacity", "shipments"] as const;

export function resolveMarket(atlas: Atlas, name: string): Result<Entity> {
  return atlas.resolveEntity(name, "market", ["market"], (e) => LEVEL_METRICS.some((m) => atlas.facts(e.id, m).length > 0) || atlas.facts(e.id, "market_cagr").length > 0);
}

function levelMetric(atlas: Atlas, market: Entity): string | undefined {
  return LEVEL_METRICS.find((m) => atlas.facts(market.id, m).some((f) => f.period !== undefined));
}

function periodsOf(facts: Fact[]): string[] {
  return [...new Set(facts.map((f) => f.period).filter((p): p is string => p !== undefined))].sort();
}

/** A period argument matched to the periods a market's facts have (years, halves such as "2024H1"). */

export interface MarketPoint {
  market: Entity;
  period: string;
  value: number;
  unit: string;
  fact: Fact;
}

/** A market's size for one period, in the figure's unit or another of the same dimension. */
export function marketSize(atlas: Atlas, marketName: string, periodInput: unknown, unit?: string | null): Result<MarketPoint> {
  return andThen(resolveMarket(atlas, marketName), (market) => {
    const metric = levelMetric(atlas, market);
    if (!metric) return failWith("missingFact", "sizeOnlyGrowth", { label: same(atlas.displayName(market)) });
    const facts = atlas.facts(market.id, metric);
    return andThen(matchPeriod(periodInput, facts), (period) =>
      andThen(marketAt(atlas, market, metric, period), (p) => andThen(conversionFactor(atlas, p.unit, unit), (c) => ok({ ...p, value: convert(p.value, c.factor), unit: c.unit }))),
    );
  });
}

function marketAt(atlas: Atlas, market: Entity, metric: string, period: string): Result<MarketPoint> {
  const all = atlas.facts(market.id, metric);
  const facts = all.filter((f) => f.period === period);
  const label = `${atlas.displayName(market)} ${atlas.metrics.get(metric)?.en ?? metric} for ${period}`;
  if (facts.length === 0) return failWith("missingFact", "noFigure", { label: same(label), gives: periodsOf(all), asked: period });
  // In the unit the report prints (12.39 亿部 is 12.39 "100m", not 1,239,000,000), as the help promises.
  return andThen(selectFact(facts, {}, label), (fact) =>
    andThen(numberOf(fact, {}, label), (value) => {
      const printed = fact.unitAsEntered ?? fact.unit ?? "";
      const back = fact.unit && printed !== fact.unit ? conversionFactor(atlas, fact.unit, printed) : undefined;
      return ok({ market, period, value: back?.ok ? convert(value, back.value.factor) : value, unit: back?.ok ? back.value.unit : (fact.unit ?? ""), fact });
    }),
  );
}

/**
 * Compound annual growth of a market between two years, recomputed from the report's sizes, as a
 * fraction. Without years: the span of the report's own stated CAGR, else its first and last sizes.
 * The stated figure travels along (Derived.stated), never in place of ours.
 */
export function marketCagr(atlas: Atlas, marketName: string, startInput?: unknown, endInput?: unknown): Result<Derived> {
  return andThen(resolveMarket(atlas, marketName), (market) => {
    const statedFacts = atlas.facts(market.id, "market_cagr");
    const metric = levelMetric(atlas, market);
    const levels = metric ? atlas.facts(market.id, metric) : [];
    const years = periodsOf(levels).filter((p) => /^\d{4}$/.test(p));
    const blank = (v: unknown) => v === null || v === undefined || v === "";
    let start: number;
    let end: number;
    if (blank(startInput) && blank(endInput)) {
      const span = statedFacts.map((f) => /^(\d{4})-(\d{4})$/.exec(f.period ?? "")).find((m) => m !== null);
      if (span) [start, end] = [Number(span[1]), Number(span[2])];
      else if (years.length >= 2) [start, end] = [Number(years[0]), Number(years[years.length - 1])];
      else return failWith("missingFact", "fewerThanTwo", { label: same(atlas.displayName(market)), detail: "sizes", period: "; nothing to compute a CAGR from" });
    } else if (blank(startInput) || blank(endInput)) {
      return failWith("badArgument", "bothYears", {});
    } else {
      const s = yearArgument(startInput, "start_year");
      if (!s.ok) return s;
      const e = yearArgument(endInput, "end_year");
      if (!e.ok) return e;
      [start, end] = [s.value, e.value];
    }
    if (start === end) return failWith("impossible", "sameYears", { name: "start_year and end_year", period: String(start) });
    if (end < start) return yearOrder(start, end);
    const stated = statedFacts.find((f) => f.period === `${start}-${end}`);
    if (!metric) {
      const more = stated
        ? {
            en: `It states "${stated.raw}" for ${stated.period} (line ${stated.line}): ATLAS.SOURCE shows it, or use basis "stated".`,
            zh: `报告给出 "${stated.raw}"（${stated.period}，第 ${stated.line} 行）：见 ATLAS.SOURCE，或用 basis "stated"。`,
          }
        : undefined;
      return failWith("missingFact", "noSizesForCagr", { label: same(atlas.displayName(market)), more });
    }
    const withStated = <T>(r: Result<T>): Result<T> =>
      r.ok || !stated
        ? r
        : {
            ok: false,
            failure: adding(r.failure, {
              en: `The report states "${stated.raw}" for ${stated.period} (line ${stated.line}): use basis "stated", or ATLAS.SOURCE.`,
              zh: `报告给出 "${stated.raw}"（${stated.period}，第 ${stated.line} 行）：可用 basis "stated"，或 ATLAS.SOURCE。`,
            }),
          };
    return andThen(withStated(marketAt(atlas, market, metric, String(start))), (first) =>
      andThen(withStated(marketAt(atlas, market, metric, String(end))), (last) => {
        if (first.value <= 0) return failWith("impossible", "undefinedFrom", { label: { en: "CAGR", zh: "复合增速" }, detail: `a starting size of ${first.value}` });
        const n = end - start;
        return ok({
          value: (last.value / first.value) ** (1 / n) - 1,
          method: `(${formatNumber(last.value)} / ${formatNumber(first.value)})^(1/${n}) − 1, from ${first.unit} sizes ${start} (line ${first.fact.line}) and ${end} (line ${last.fact.line})`,
          inputs: [first.fact, last.fact],
          stated,
        });
      }),
    );
  });
}

/** The CAGR the report itself states for a market, as a fraction (12.8% -> 0.128). */
export function statedMarketCagr(atlas: Atlas, marketName: string, startInput?: unknown, endInput?: unknown): Result<Fact> {
  return andThen(resolveMarket(atlas, marketName), (market) => {
    const facts = atlas.facts(market.id, "market_cagr");
    const cagr = { en: `CAGR for ${atlas.displayName(market)}`, zh: `${atlas.displayName(market)} 的复合增速` };
    if (facts.length === 0) return failWith("missingFact", "noStated", { label: cagr });
    const blank = (v: unknown) => v === null || v === undefined || v === "";
    if (blank(startInput) && blank(endInput)) return ok(facts[0]);
    const s = yearArgument(startInput, "start_year");
    if (!s.ok) return s;
    const e = yearArgument(endInput, "end_year");
    if (!e.ok) return e;
    const fact = facts.find((f) => f.period === `${s.value}-${e.value}`);
    return fact ? ok(fact) : failWith("missingFact", "noStated", { label: cagr, period: `${s.value}-${e.value}`, gives: facts.map((f) => f.period ?? "(no period)") });
  });
}
