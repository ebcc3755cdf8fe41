/**
 * Any figure of the catalogue by entity, metric, period and variant: the generic layer under
 * ATLAS.VALUE, the task pane's live-formula tables and the cell audit.
 */
import type { Entity, Fact, Metric } from "../data/catalog";
import type { Atlas } from "./atlas";
import { numberOf, selectFact } from "./facts";
import { matchPeriod } from "./periods";
import { adding, failWith, reportGives } from "./messages";
import { andThen, ok, type Result } from "./result";

export interface FactAnswer {
  entity: Entity;
  metric: Metric;
  fact: Fact;
  value: number | string;
}

export function resolveAnyEntity(atlas: Atlas, name: string): Result<Entity> {
  return atlas.resolveEntity(
    name,
    "name",
    ["chip", "company", "group", "component", "segment", "model", "product", "market", "fund", "organisation", "other"],
    (e) => atlas.metricsOf(e.id).length > 0,
  );
}

/** A period argument matched against the periods the facts actually have ("2023-2028", "2025-05-29", "FY2026Q1" too). */
function periodOf(input: unknown, facts: Fact[]): Result<string | undefined> {
  if (input === null || input === undefined || input === "") return ok(undefined);
  return matchPeriod(input, facts);
}

export function factValue(atlas: Atlas, entityName: string, metricName: string, periodInput?: unknown, variant?: string): Result<FactAnswer> {
  return andThen(resolveAnyEntity(atlas, entityName), (entity) => {
    const given = atlas.metricsOf(entity.id);
    const label = atlas.displayName(entity);
    const metric = atlas.resolveMetric(metricName, `metric for ${label}`, (m) => given.includes(m.id));
    if (!metric.ok) {
      const names = given.slice(0, 12).map((id) => atlas.metricLabel(atlas.metrics.get(id) as Metric));
      return { ok: false, failure: adding(metric.failure, reportGives([...names, ...(given.length > 12 ? ["..."] : [])], `The report gives for ${label}`)) };
    }
    const facts = atlas.facts(entity.id, metric.value.id);
    return andThen(periodOf(periodInput, facts), (period) => {
      const periods = [...new Set(facts.map((f) => f.period).filter((p): p is string => p !== undefined))].sort();
      const what = { en: `${label} ${metric.value.en}`, zh: `${label} ${metric.value.zh}` };
      // Without a period: the figures the report gives without one, else the only period's; else name one.
      const undated = facts.filter((f) => f.period === undefined);
      if (period === undefined && undated.length === 0 && periods.length > 1) {
        return failWith("missingFact", "severalPeriods", { label: what, gives: periods });
      }
      const pool = period === undefined ? (undated.length > 0 ? undated : facts) : facts.filter((f) => f.period === period);
      if (pool.length === 0) return failWith("missingFact", "noFigure", { label: what, period, gives: periods });
      const selector = { variant: variant || undefined, nameVariant: atlas.nameVariant(entity.id, entityName) };
      return andThen(selectFact(pool, selector, what.en), (fact): Result<FactAnswer> => {
        if (fact.text !== undefined) return ok({ entity, metric: metric.value, fact, value: fact.text });
        return andThen(numberOf(fact, selector, what.en), (value) => ok({ entity, metric: metric.value, fact, value }));
      });
    });
  });
}
