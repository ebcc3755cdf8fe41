/** Capital expenditure: CAPEX.* */
import type { Entity, Fact } from "../data/catalog";
import type { Atlas } from "./atlas";
import { describeFigure, formatNumber, numberOf, selectFact } from "./facts";
import { parsePeriod } from "./periods";
import { conversionFactor, convert } from "./units";
import { andThen, fail, ok, type Result } from "./result";
import { adding, failWith, type Text } from "./messages";

export interface CapexPoint {
  company: Entity;
  period: string;
  value: number;
  unit: string;
  fact: Fact;
}

export interface Derived {
  value: number;
  /** How it was computed, with the inputs and their lines: shown beside any derived figure. */
  method: string;
  inputs: Fact[];
  /** The report's own figure for the same thing, when it prints one (kept apart, never substituted). */
  stated?: Fact;
}

export function resolveCapexCompany(atlas: Atlas, name: string): Result<Entity> {
  return atlas.resolveEntity(name, "company with capex figures", ["company", "group"], (e) => atlas.facts(e.id, "capex").length > 0);
}

/** Periods the report gives capex for, in order: annual first, then quarters. */
export function capexPeriods(atlas: Atlas, company: Entity): string[] {
  const periods = new Set(
    atlas
      .facts(company.id, "capex")
      .filter((f) => f.variant === undefined && f.period)
      .map((f) => f.period as string),
  );
  return [...periods].sort();
}

/** One period's capex, in the report's unit (CNY 100m, 亿元) or in `unit` (another CNY unit). */
export function capexValue(atlas: Atlas, companyName: string, periodInput: unknown, unit?: string | null): Result<CapexPoint> {
  return andThen(resolveCapexCompany(atlas, companyName), (company) =>
    andThen(parsePeriod(periodInput), (period) =>
      andThen(capexAt(atlas, company, period), (point) =>
        andThen(conversionFactor(atlas, point.unit, unit), (c) => ok({ ...point, value: convert(point.value, c.factor), unit: c.unit })),
      ),
    ),
  );
}

export type Frequency = "annual" | "quarterly";

export function parseFrequency(input: string | null | undefined): Result<Frequency | undefined> {
  const s = (input ?? "").normalize("NFKC").trim().toLowerCase();
  if (s === "") return ok(undefined);
  if (["a", "y", "annual", "year", "yearly", "years", "fy", "年", "年度"].includes(s)) return ok("annual");
  if (["q", "quarter", "quarterly", "quarters", "季", "季度"].includes(s)) return ok("quarterly");
  return failWith("badArgument", "expected", {
    name: "frequency",
    expected: { en: '"annual" (or "A", 年度) or "quarterly" (or "Q", 季度)', zh: '"annual"（或 "A"、年度）或 "quarterly"（或 "Q"、季度）' },
    got: `"${input}"`,
  });
}

/** [year, quarter (0 for a year)] of a canonical period; undefined for halves and spans. */
function periodParts(period: string): [number, number] | undefined {
  const m = /^(\d{4})(?:Q([1-4]))?$/.exec(period);
  return m ? [Number(m[1]), m[2] ? Number(m[2]) : 0] : undefined;
}

/** Whether `period` lies within [from, to]; a year bound covers its quarters. */
function within(period: string, from: string | undefined, to: string | undefined): boolean {
  const p = periodParts(period);
  if (!p) return false;
  const after = (bound: string) => {
    const b = periodParts(bound);
    if (!b) return true;
    return b[1] === 0 || p[1] === 0 ? p[0] >= b[0] : p[0] * 4 + p[1] >= b[0] * 4 + b[1];
  };
  const before = (bound: string) => {
    const b = periodParts(bound);
    if (!b) return true;
    return b[1] === 0 || p[1] === 0 ? p[0] <= b[0] : p[0] * 4 + p[1] <= b[0] * 4 + b[1];
  };
  return (from === undefined || after(from)) && (to === undefined || before(to));
}

/** Whether period `from` begins after period `to` ends (a year spans its quarters): `from` is no period up to `to`. */
const startsAfter = (from: string, to: string): boolean => periodParts(from) !== undefined && periodParts(to) !== undefined && !within(from, undefined, to);

const optionalPeriod = (input: unknown): Result<string | undefined> => (input === null || input === undefined || input === "" ? ok(undefined) : parsePeriod(input));

/**
 * A company's capex by period, oldest first: annual figures by default (quarters where the report
 * gives no annual ones), or the frequency asked for; `from`/`to` bound it, a year covering its quarters.
 */
export function capexSeries(atlas: Atlas, companyName: string, fromInput?: unknown, toInput?: unknown, frequencyInput?: string | null, unit?: string | null): Result<CapexPoint[]> {
  return andThen(resolveCapexCompany(atlas, companyName), (company) =>
    andThen(optionalPeriod(fromInput), (from) =>
      andThen(optionalPeriod(toInput), (to) =>
        andThen(parseFrequency(frequencyInput), (asked) => {
          // Bounds the wrong way round are a wrong argument, not a gap in the report (CAPEX.CAGR's yearOrder).
          if (from !== undefined && to !== undefined && startsAfter(from, to)) {
            return failWith("badArgument", "expected", { name: "to", expected: { en: `a period not before from (${from})`, zh: `不早于 from（${from}）的期间` }, got: `"${to}"` });
          }
          const all = capexPeriods(atlas, company);
          const annual = all.filter((p) => /^\d{4}$/.test(p));
          const frequency = asked ?? (annual.length > 0 ? "annual" : "quarterly");
          const periods = all.filter((p) => (frequency === "annual" ? /^\d{4}$/.test(p) : /^\d{4}Q[1-4]$/.test(p)) && within(p, from, to));
          if (periods.length === 0) {
            return fail(
              "missingFact",
              `The report gives no ${frequency} capex for ${atlas.displayName(company)}${from || to ? ` between ${from ?? "the start"} and ${to ?? "the end"}` : ""}. It gives: ${all.join(", ")}.`,
            );
          }
          const points: CapexPoint[] = [];
          for (const p of periods) {
            const point = capexValue(atlas, company.id, p, unit);
            if (!point.ok) return point;
            points.push(point.value);
          }
          return ok(points);
        }),
      ),
    ),
  );
}

/** The period a growth rate compares with: the year before, the same quarter a year before, or the quarter before. */
function previousPeriod(period: string, kind: "yoy" | "qoq"): string | undefined {
  const p = periodParts(period);
  if (!p) return undefined;
  const [year, quarter] = p;
  if (kind === "yoy") return quarter === 0 ? String(year - 1) : `${year - 1}Q${quarter}`;
  if (quarter === 0) return undefined;
  return quarter === 1 ? `${year - 1}Q4` : `${year}Q${quarter - 1}`;
}

/** Growth of capex over the year before (YoY) or the quarter before (QoQ), as a fraction, from the report's levels. */
export function capexGrowth(atlas: Atlas, companyName: string, periodInput: unknown, kind: "yoy" | "qoq"): Result<Derived> {
  return andThen(resolveCapexCompany(atlas, companyName), (company) =>
    andThen(parsePeriod(periodInput), (period) => {
      const base = previousPeriod(period, kind);
      if (base === undefined) {
        // A fiscal period ("FY2024"): the report's capex is by calendar period, and capexAt says so.
        const fiscal = period.startsWith("FY") ? capexAt(atlas, company, period) : undefined;
        if (fiscal !== undefined && !fiscal.ok) return fiscal;
        return failWith("badArgument", kind === "yoy" ? "yearOrQuarterNeeded" : "quarterNeeded", { got: period });
      }
      return andThen(capexAt(atlas, company, period), (last) => {
        const first = capexAt(atlas, company, base);
        if (!first.ok) {
          return failWith("missingFact", "growthNeedsBase", {
            name: kind === "yoy" ? "YoY" : "QoQ",
            period,
            label: { en: `${atlas.displayName(company)} capex for ${base}`, zh: `${atlas.displayName(company)} ${base} 的资本开支` },
            gives: capexPeriods(atlas, company),
            more: statedFigure(atlas, company, kind === "yoy" ? "capex_yoy" : "capex_qoq", period),
          });
        }
        if (first.value.value <= 0) return failWith("impossible", "undefinedFrom", { label: { en: "growth", zh: "增速" }, detail: `a capex of ${first.value.value}` });
        const stated = atlas.facts(company.id, kind === "yoy" ? "capex_yoy" : "capex_qoq").filter((f) => f.period === period && f.variant === undefined);
        const statedFact = stated.length > 0 ? selectFact(stated, {}, "stated growth") : undefined;
        return ok({
          value: last.value / first.value.value - 1,
          method: `${formatNumber(last.value)} / ${formatNumber(first.value.value)} − 1, from ${last.unit} capex ${period} (line ${last.fact.line}) and ${base} (line ${first.value.fact.line})`,
          inputs: [first.value.fact, last.fact],
          stated: statedFact?.ok ? statedFact.value : undefined,
        });
      });
    }),
  );
}

/**
 * Where a computation is refused but the report states the figure itself, as a further sentence: "The
 * report states +221% (line 1295): =ATLAS.VALUE("Tencent","capex_yoy","2024")." Undefined when it states nothing.
 */
function statedFigure(atlas: Atlas, entity: Entity, metric: string, period: string): Text | undefined {
  const facts = atlas.facts(entity.id, metric).filter((f) => f.period === period);
  const fact = facts.length > 0 ? selectFact(facts, {}, metric) : undefined;
  const f = fact?.ok ? fact.value : facts[0];
  if (!f) return undefined;
  const variant = fact?.ok ? null : (f.variant ?? null);
  const args = [atlas.formulaName(entity), metric, period, ...(variant ? [variant] : [])].map((a) => `"${a.replace(/"/g, '""')}"`);
  const formula = `=ATLAS.VALUE(${args.join(",")})`;
  const figure = describeFigure(f);
  return { en: `The report states ${figure} ("${f.raw}", line ${f.line}): ${formula}.`, zh: `报告给出 ${figure}（“${f.raw}”，第 ${f.line} 行）：${formula}。` };
}

function capexAt(atlas: Atlas, company: Entity, period: string): Result<CapexPoint> {
  const label = `${atlas.displayName(company)} capex for ${period}`;
  const facts = atlas.facts(company.id, "capex").filter((f) => f.period === period && f.variant === undefined);
  if (facts.length === 0) {
    // The report may still give one as a variant (an estimate: Tencent 2025 "接近千亿元", L1296): say where.
    return failWith("missingFact", "noFigure", {
      label: { en: label, zh: `${atlas.displayName(company)} ${period} 的资本开支` },
      gives: capexPeriods(atlas, company),
      asked: period,
      more: statedFigure(atlas, company, "capex", period),
    });
  }
  return andThen(selectFact(facts, { period }, label), (fact) => andThen(numberOf(fact, {}, label), (value) => ok({ company, period, value, unit: fact.unit ?? "", fact })));
}

/** Compound annual growth between two years' capex, as a fraction (0.2259 = 22.59%). */
export function capexCagr(atlas: Atlas, companyName: string, startInput: unknown, endInput: unknown): Result<Derived> {
  return andThen(resolveCapexCompany(atlas, companyName), (company) =>
    andThen(yearArgument(startInput, "start_year"), (start) =>
      andThen(yearArgument(endInput, "end_year"), (end) => {
        if (end === start) return failWith("impossible", "sameYears", { name: "start_year and end_year", period: String(start) });
        if (end < start) return yearOrder(start, end);
        // A missing level's failure, with where the report states the CAGR itself (in both languages).
        const statedCagr = statedFigure(atlas, company, "capex_cagr", `${start}-${end}`);
        const hint = <T>(r: Result<T>): Result<T> => (r.ok || statedCagr === undefined ? r : { ok: false, failure: adding(r.failure, statedCagr) });
        return andThen(hint(capexAt(atlas, company, String(start))), (first) =>
          andThen(hint(capexAt(atlas, company, String(end))), (last) => {
            if (first.value <= 0) return failWith("impossible", "undefinedFrom", { label: { en: "CAGR", zh: "复合增速" }, detail: `a starting capex of ${first.value}` });
            const years = end - start;
            const value = (last.value / first.value) ** (1 / years) - 1;
            const stated = atlas.facts(company.id, "capex_cagr").find((f) => f.period === `${start}-${end}`);
            return ok({
              value,
              method: `(${formatNumber(last.value)} / ${formatNumber(first.value)})^(1/${years}) − 1, from ${first.unit} capex ${start} (line ${first.fact.line}) and ${end} (line ${last.fact.line})`,
              inputs: [first.fact, last.fact],
              stated,
            });
          }),
        );
      }),
    ),
  );
}

/** A year argument: a whole number between 1900 and 2100, or text holding one ("2024"). */
export function yearArgument(input: unknown, name: string): Result<number> {
  // As typed or as the report prints a year: "2024", "2020年" (L1295), "2028E" (L1879), "26年" (L2127), full-width digits too.
  const typed = typeof input === "string" ? /^(?:(\d{4})(?:年|E)?|(\d{2})年)$/i.exec(input.normalize("NFKC").trim()) : null;
  const n = typed !== null ? (typed[1] !== undefined ? Number(typed[1]) : 2000 + Number(typed[2])) : input;
  if (typeof n !== "number" || !Number.isInteger(n) || n < 1900 || n > 2100) {
    return failWith("badArgument", "expected", { name, expected: { en: "a year such as 2024", zh: "年份（如 2024）" }, got: JSON.stringify(input) });
  }
  return ok(n);
}

/** end_year before start_year: #VALUE! saying which comes first. */
export const yearOrder = <T = never>(start: number, end: number): Result<T> => failWith("badArgument", "yearOrder", { period: String(start), got: String(end) });
