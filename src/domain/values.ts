/**
 * Any figure of the catalogue by entity, metric, period and variant: the generic layer under
 * ATLAS.VALUE, the task pane's live-formula tables and the cell audit.
 */
import type { Entity, EntityType, Fact, Metric } from "../data/catalog";
import type { Atlas } from "./atlas";
import { notHbm } from "./chips";
import { describeFigure, numberOf, selectFact, shownNumber } from "./facts";
import { matchPeriod, parsePeriod } from "./periods";
import { adding, failure, failWith, reportGives, type Text } from "./messages";
import { andThen, ok, type Result } from "./result";

export interface FactAnswer {
  entity: Entity;
  metric: Metric;
  fact: Fact;
  value: number | string;
}

const ANY_TYPES: readonly EntityType[] = ["chip", "company", "group", "component", "segment", "model", "product", "market", "fund", "organisation", "other"];

/** "Has figures", per atlas: the same test object on every call, so a misspelling's judgements are kept (Atlas.resolveEntity). */
const hasFigures = new WeakMap<Atlas, (e: Entity) => boolean>();

export function resolveAnyEntity(atlas: Atlas, name: string): Result<Entity> {
  return atlas.resolveEntity(name, "name", ANY_TYPES, withFigures(atlas));
}

/** resolveAnyEntity's test of an entity: one that has figures (one test object per atlas). */
function withFigures(atlas: Atlas): (e: Entity) => boolean {
  let accept = hasFigures.get(atlas);
  if (!accept) hasFigures.set(atlas, (accept = (e: Entity) => atlas.metricsOf(e.id).length > 0));
  return accept;
}

/** A period argument matched against the periods the facts actually have ("2023-2028", "2025-05-29", "FY2026Q1" too). */
function periodOf(input: unknown, facts: Fact[]): Result<string | undefined> {
  if (input === null || input === undefined || input === "") return ok(undefined);
  return matchPeriod(input, facts);
}

export function factValue(atlas: Atlas, entityName: string, metricName: string, periodInput?: unknown, variant?: string): Result<FactAnswer> {
  const resolved = resolveAnyEntity(atlas, entityName);
  if (!resolved.ok) return resolved;
  const entity = resolved.value;
  return valueOfEntity(
    atlas,
    entity,
    atlas.metricIdsOf(metricName),
    (given) =>
      atlas.resolveMetric(
        metricName,
        () => `metric for ${atlas.displayName(entity)}`,
        (m) => given.includes(m.id),
        given,
      ),
    periodInput,
    variant,
    atlas.nameVariant(entity.id, entityName),
    atlas.namesHbm(metricName),
  ) as Result<FactAnswer>;
}

/**
 * factValue from what the two names mean (Atlas.meaningOf), the period and variant as factValue is given
 * them: the same answer without resolving the names again. Undefined where a name does not resolve as
 * factValue needs it (factValue then words the failure from the names as typed, with its suggestions).
 */
export function valueByMeaning(atlas: Atlas, entityMeaning: unknown, metricMeaning: unknown, periodInput: unknown, variant: string | undefined): Result<FactAnswer> | undefined {
  const id = atlas.meaningEntity(entityMeaning);
  const entity = id === undefined ? undefined : atlas.entities.get(id);
  // resolveAnyEntity's test.
  if (entity === undefined || !ANY_TYPES.includes(entity.type) || !withFigures(atlas)(entity)) return undefined;
  const denoted = atlas.meaningMetrics(metricMeaning);
  return valueOfEntity(
    atlas,
    entity,
    denoted,
    (given) => {
      const metric = atlas.firstMetric(denoted, (m) => given.includes(m.id));
      return metric === undefined ? undefined : ok(metric);
    },
    periodInput,
    variant,
    atlas.meaningVariant(entityMeaning),
    atlas.meaningNamesHbm(metricMeaning),
  );
}

/**
 * factValue once the entity is resolved: `denoted`, the metric ids the metric name denotes; `resolve`, the
 * metric it names among the entity's (`given`), or its failure, or undefined (valueByMeaning leaves it to
 * factValue, which words it); `hbm`, whether the metric name says HBM (Atlas.namesHbm).
 */
function valueOfEntity(
  atlas: Atlas,
  entity: Entity,
  denoted: readonly string[],
  resolve: (given: readonly string[]) => Result<Metric> | undefined,
  periodInput: unknown,
  variant: string | undefined,
  nameVariant: string | undefined,
  hbm: boolean,
): Result<FactAnswer> | undefined {
  const given = atlas.metricsOf(entity.id);
  // A metric the report knows but gives no figure for here ("TDP" for a chip without one) is a missing
  // figure, said as such: "unknown metric" and a did-you-mean among this entity's metrics would mislead.
  if (denoted.length > 0 && !denoted.some((id) => given.includes(id))) {
    const known = atlas.metrics.get(denoted[0]) as Metric;
    const label = atlas.displayName(entity);
    return { ok: false, failure: failure("missingFact", "noFigure", "", [], { label: { en: `${label} ${known.en}`, zh: `${label} ${known.zh}` }, more: givesFor(atlas, entity) }) };
  }
  const metric = resolve(given);
  if (metric === undefined) return undefined;
  if (!metric.ok) return { ok: false, failure: adding(metric.failure, givesFor(atlas, entity)) };
  // A name that says HBM, for a chip whose memory is another type: no such figure (chips.ts, notHbm).
  const withoutHbm = notHbm<FactAnswer>(atlas, entity, metric.value, hbm);
  if (withoutHbm !== undefined) return withoutHbm;
  const facts = atlas.facts(entity.id, metric.value.id);
  const period = periodOf(periodInput, facts);
  if (!period.ok) return period;
  return answerOf(atlas, entity, metric.value, facts, period.value, variant || undefined, nameVariant);
}

/** "The report gives for X: a, b, c." (the first twelve metrics), worded once per entity: every failure about it ends so. */
function givesFor(atlas: Atlas, entity: Entity): Text {
  return atlas.answerOnce(givesFor, entity, "", () => {
    const given = atlas.metricsOf(entity.id);
    const names = given.slice(0, 12).map((id) => atlas.metricLabel(atlas.metrics.get(id) as Metric));
    return reportGives([...names, ...(given.length > 12 ? ["..."] : [])], `The report gives for ${atlas.displayName(entity)}`);
  });
}

/**
 * Where the report prints a figure under a period label the data corrects (NVIDIA's results of 29 May 2025,
 * FY2026Q1, printed "FY25Q3"): a period asked for that is that label gets the correction said, not only
 * "no figure" (the figure is not answered under the printed label: that quarter's own revenue is another).
 */
function printedAs(facts: readonly Fact[], period: string | undefined): Text | undefined {
  if (period === undefined) return undefined;
  // (No fact is filed under `period` itself: the caller found none.)
  const f = facts.find((x) => x.periodAsPrinted !== undefined && x.period !== undefined && samePeriod(x.periodAsPrinted, period));
  if (f === undefined) return undefined;
  const figure = describeFigure(f);
  return {
    en: `The report prints ${figure} as "${f.periodAsPrinted}" (line ${f.line}), which is ${f.period}: ask for ${f.period}.`,
    zh: `报告将${figure}标为“${f.periodAsPrinted}”（第 ${f.line} 行），实为 ${f.period}：请填 ${f.period}。`,
  };
}

/** Whether a printed period label reads as `period` (parsed as a period argument is). */
function samePeriod(printed: string, period: string): boolean {
  const parsed = parsePeriod(printed);
  return parsed.ok && parsed.value === period;
}

/**
 * The answer once entity, metric and period are resolved: it depends on those, the variant argument and
 * the variant the name names only (never on spellings), so it is worked out once per key and kept, bounded.
 */
function answerOf(
  atlas: Atlas,
  entity: Entity,
  metric: Metric,
  facts: Fact[],
  period: string | undefined,
  variant: string | undefined,
  nameVariant: string | undefined,
): Result<FactAnswer> {
  const answers = atlas.answersFor<Map<string | undefined, Result<FactAnswer>>>(workedAnswer, entity);
  // By metric, then by period (a Map takes undefined as a key: no key string to build); a variant (typed
  // or named through the name) keys a separate entry.
  const key = variant === undefined && nameVariant === undefined ? metric.id : `${metric.id}\u0000${variant ?? "\u0001"}\u0000${nameVariant ?? "\u0001"}`;
  let byPeriod = answers.get(key);
  if (byPeriod === undefined) {
    byPeriod = new Map<string | undefined, Result<FactAnswer>>();
    if (answers.size < 2000) answers.set(key, byPeriod);
  }
  let answer = byPeriod.get(period);
  if (answer === undefined) {
    // Asked without a period or variant: the fact the build found the answer to be, where it did (valueDefaultFacts).
    const fact = key === metric.id && period === undefined && facts.length > 0 ? atlas.preparedDefault("valueDefaults", facts) : undefined;
    answer = fact !== undefined ? ok({ entity, metric, fact, value: valueFigure(fact) }) : workedAnswer(atlas, entity, metric, facts, period, variant, nameVariant);
    if (byPeriod.size < 200) byPeriod.set(period, answer);
  }
  return answer;
}

/** The figure an answer shows where it is the fact as it stands (valueDefaultFacts): its text, else its number as a cell holds it. */
const valueFigure = (fact: Fact): number | string => (fact.text !== undefined ? fact.text : shownNumber(fact, fact.value as number));

/**
 * The fact ATLAS.VALUE answers with for each entity and metric with figures, asked without a period or a
 * variant, where the answer is that fact's figure as it stands (valueFigure): what the build ships in
 * Catalog.prepared.valueDefaults. Worked out by workedAnswer itself, so the two agree by construction.
 */
export function valueDefaultFacts(atlas: Atlas): Fact[] {
  const out: Fact[] = [];
  for (const entity of atlas.catalog.entities) {
    for (const id of atlas.metricsOf(entity.id)) {
      const metric = atlas.metrics.get(id);
      if (metric === undefined) continue;
      const r = workedAnswer(atlas, entity, metric, atlas.facts(entity.id, id), undefined, undefined, undefined);
      if (!r.ok) continue;
      const { fact, value } = r.value;
      if ((fact.text !== undefined || fact.value !== undefined) && value === valueFigure(fact)) out.push(fact);
    }
  }
  return out;
}

function workedAnswer(...[atlas, entity, metric, facts, period, variant, nameVariant]: Parameters<typeof answerOf>): Result<FactAnswer> {
  const periods = [...new Set(facts.map((f) => f.period).filter((p): p is string => p !== undefined))].sort();
  const label = atlas.displayName(entity);
  const what = { en: `${label} ${metric.en}`, zh: `${label} ${metric.zh}` };
  // Without a period: the figures the report gives without one, else the only period's; else name one.
  const undated = facts.filter((f) => f.period === undefined);
  if (period === undefined && undated.length === 0 && periods.length > 1) {
    return failWith("missingFact", "severalPeriods", { label: what, gives: periods });
  }
  const pool = period === undefined ? (undated.length > 0 ? undated : facts) : facts.filter((f) => f.period === period);
  if (pool.length === 0) return failWith("missingFact", "noFigure", { label: what, period, gives: periods, more: printedAs(facts, period) });
  const selector = { variant, nameVariant };
  let chosen = selectFact(pool, selector, what.en);
  // A variant named without a period that only one period's figures have ("2024 booking price", L314,
  // beside H20's undated prose figure): that period's figure, as if the period had been named.
  if (!chosen.ok && chosen.failure.key === "noVariant" && period === undefined && pool !== facts) {
    const anyPeriod = selectFact(facts, selector, what.en);
    if (anyPeriod.ok && new Set(facts.filter((f) => f.variant === anyPeriod.value.variant).map((f) => f.period)).size === 1) chosen = anyPeriod;
  }
  return andThen(chosen, (fact): Result<FactAnswer> => {
    if (fact.text !== undefined) return ok({ entity, metric, fact, value: fact.text });
    return andThen(numberOf(fact, selector, what.en), (value) => ok({ entity, metric, fact, value }));
  });
}
