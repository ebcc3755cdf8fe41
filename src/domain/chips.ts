/** Accelerator specifications: AICHIP.* */
import type { Entity, Fact, Metric } from "../data/catalog";
import type { Atlas } from "./atlas";
import { describeFigure, numberOf, pickFact, type Selector } from "./facts";
import { andThen, fail, ok, type Result } from "./result";

const CHIP_TYPES = ["chip", "product"] as const;

export interface ChipSpec {
  chip: Entity;
  metric: Metric;
  fact: Fact;
  /** What the cell shows: a number in the metric's unit, or the report's text. */
  value: number | string;
}

export function resolveChip(atlas: Atlas, name: string): Result<Entity> {
  const resolved = atlas.resolveEntity(name, "chip", CHIP_TYPES, (e) => atlas.metricsOf(e.id).some((m) => atlas.metrics.get(m)?.family === "chip"));
  if (resolved.ok) return resolved;
  // A company name: list its chips instead of only guessing at spellings.
  const company = atlas.resolveEntity(name, "company", ["company"]);
  if (company.ok) {
    const chips = atlas.catalog.entities.filter((e) => e.vendor === company.value.id && atlas.metricsOf(e.id).length > 0);
    if (chips.length > 0) {
      const names = chips.slice(0, 8).map((c) => atlas.displayName(c));
      return fail("unknownName", `"${name}" is a company; name one of its chips: ${names.join(", ")}${chips.length > 8 ? ", ..." : ""}.`);
    }
  }
  return resolved;
}

export function chipSpec(atlas: Atlas, chipName: string, metricName: string, variant?: string): Result<ChipSpec> {
  return andThen(resolveChip(atlas, chipName), (chip) => {
    const given = atlas.metricsOf(chip.id).filter((m) => atlas.metrics.get(m)?.family === "chip");
    const metric = atlas.resolveMetric(metricName, `metric for ${atlas.displayName(chip)}`, (m) => m.family === "chip" && (given.includes(m.id) || knownChipMetric(m)));
    if (!metric.ok) return withAvailable(metric, atlas, given);
    const facts = atlas.facts(chip.id, metric.value.id);
    const label = `${atlas.displayName(chip)} ${metric.value.en}`;
    if (facts.length === 0) {
      return withAvailable(fail("missingFact", `The report gives no ${label}.`), atlas, given);
    }
    const selector: Selector = { variant: variant || undefined };
    return andThen(pickFact(facts, selector, label), (fact) => {
      if (metric.value.kind === "text") {
        if (fact.text !== undefined) return ok({ chip, metric: metric.value, fact, value: fact.text });
        return fail("missingFact", `${label}: ${describeFigure(fact)} in the report (line ${fact.line}).`);
      }
      return andThen(numberOf(fact, selector, label), (value) => ok({ chip, metric: metric.value, fact, value }));
    });
  });
}

/** Chip metrics are valid names even for a chip that lacks them, so the error says "no figure", not "unknown". */
function knownChipMetric(m: Metric): boolean {
  return m.family === "chip";
}

function withAvailable<T>(result: Result<T>, atlas: Atlas, metricIds: string[]): Result<T> {
  if (result.ok || metricIds.length === 0) return result;
  const names = metricIds.map((id) => atlas.metricLabel(atlas.metrics.get(id) as Metric));
  return fail(result.failure.code, `${result.failure.message} The report gives: ${names.join(", ")}.`);
}
