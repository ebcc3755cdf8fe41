/** Capital expenditure: CAPEX.* */
import type { Entity, Fact } from "../data/catalog";
import type { Atlas } from "./atlas";
import { formatNumber, numberOf, pickFact } from "./facts";
import { parsePeriod } from "./periods";
import { andThen, fail, ok, type Result } from "./result";

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
  const periods = new Set(atlas.facts(company.id, "capex").filter((f) => f.variant === undefined && f.period).map((f) => f.period as string));
  return [...periods].sort();
}

export function capexValue(atlas: Atlas, companyName: string, periodInput: unknown): Result<CapexPoint> {
  return andThen(resolveCapexCompany(atlas, companyName), (company) =>
    andThen(parsePeriod(periodInput), (period) => capexAt(atlas, company, period)),
  );
}

function capexAt(atlas: Atlas, company: Entity, period: string): Result<CapexPoint> {
  const label = `${atlas.displayName(company)} capex for ${period}`;
  const facts = atlas.facts(company.id, "capex").filter((f) => f.period === period && f.variant === undefined);
  if (facts.length === 0) {
    return fail("missingFact", `The report gives no ${label}. It gives: ${capexPeriods(atlas, company).join(", ")}.`);
  }
  return andThen(pickFact(facts, { period }, label), (fact) =>
    andThen(numberOf(fact, {}, label), (value) => ok({ company, period, value, unit: fact.unit ?? "", fact })),
  );
}

/** Compound annual growth between two years' capex, as a fraction (0.2259 = 22.59%). */
export function capexCagr(atlas: Atlas, companyName: string, startInput: unknown, endInput: unknown): Result<Derived> {
  return andThen(resolveCapexCompany(atlas, companyName), (company) =>
    andThen(yearArgument(startInput, "start_year"), (start) =>
      andThen(yearArgument(endInput, "end_year"), (end) => {
        if (end === start) return fail("impossible", `A CAGR needs two different years; start_year and end_year are both ${start}.`);
        if (end < start) return fail("badArgument", `end_year (${end}) must come after start_year (${start}).`);
        return andThen(capexAt(atlas, company, String(start)), (first) =>
          andThen(capexAt(atlas, company, String(end)), (last) => {
            if (first.value <= 0) return fail("impossible", `CAGR is undefined from a starting capex of ${first.value}.`);
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
  const n = typeof input === "string" && /^\s*\d{4}\s*$/.test(input) ? Number(input) : input;
  if (typeof n !== "number" || !Number.isInteger(n) || n < 1900 || n > 2100) {
    return fail("badArgument", `${name} must be a year such as 2024, not ${JSON.stringify(input)}.`);
  }
  return ok(n);
}
