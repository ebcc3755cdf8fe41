/**
 * Formulas as text: writing the add-in formula that answers a fact (for live-formula tables). Reading
 * formulas is src/formula's (one front end). Pure.
 */
import type { Fact } from "../data/catalog";
import type { Atlas } from "../domain/atlas";
import { shownNumber } from "../domain/facts";
import { evaluate } from "./contract";
import { SPEC_BY_ID, type ArgValue } from "./registry";

export interface FormulaCall {
  id: string;
  args: ArgValue[];
}

/** Excel text literal: "a""b" for a"b. */
export function quote(text: string): string {
  return `"${text.replace(/"/g, '""')}"`;
}

export function formulaText(call: FormulaCall): string {
  let args = call.args.map((a) => (a === null ? "" : typeof a === "string" ? quote(a) : typeof a === "boolean" ? (a ? "TRUE" : "FALSE") : String(a)));
  while (args.length > 0 && args[args.length - 1] === "") args = args.slice(0, -1);
  return `=${call.id}(${args.join(",")})`;
}

/**
 * A name for the entity that resolves back to it, preferring what analysts type: a chip's short name,
 * a company's English name, else the shortest Latin-script name, else the shortest name.
 */
function nameFor(atlas: Atlas, entityId: string, resolves: (name: string) => boolean): string | undefined {
  const e = atlas.entities.get(entityId);
  if (!e) return undefined;
  const names = [e.en, e.zh, ...e.aliases].filter((n): n is string => n !== undefined);
  const latin = names.filter((n) => /^[\x20-\x7e]+$/.test(n)).sort((a, b) => a.length - b.length);
  const rest = names.filter((n) => !latin.includes(n)).sort((a, b) => a.length - b.length);
  const preferred = [...(e.type === "chip" ? [atlas.displayName(e)] : []), ...(e.en !== undefined && e.en.length <= 20 ? [e.en] : []), ...latin, ...rest, e.id];
  return preferred.find((n) => resolves(n));
}

/**
 * The add-in formula whose answer is this fact's figure, checked by evaluating it: AICHIP.SPEC for chip
 * specs, else ATLAS.VALUE. Undefined where no formula answers it (a range, a figure that is not the default).
 */
export function formulaForFact(atlas: Atlas, fact: Fact): string | undefined {
  const metric = atlas.metrics.get(fact.metric);
  if (!metric || (fact.value === undefined && fact.text === undefined)) return undefined;
  const expected = fact.value !== undefined ? shownNumber(fact, fact.value) : fact.text;
  const candidates: FormulaCall[] = [];
  const variant = fact.variant ?? null;
  const entity = atlas.entities.get(fact.entity);
  if (metric.family === "chip" && (entity?.type === "chip" || entity?.type === "product") && !fact.period) {
    const name = nameFor(atlas, fact.entity, (n) => atlas.resolveEntity(n, "chip", ["chip", "product"]).ok);
    if (name) candidates.push({ id: "AICHIP.SPEC", args: [name, atlas.metricLabel(metric), variant ?? fact.sparsity ?? null] });
  }
  const any = nameFor(atlas, fact.entity, (n) => atlas.resolveEntity(n, "name", [atlas.entities.get(fact.entity)?.type ?? "other"]).ok);
  if (any) candidates.push({ id: "ATLAS.VALUE", args: [any, metric.id, fact.period ?? null, variant] });
  for (const call of candidates) {
    const spec = SPEC_BY_ID.get(call.id);
    if (!spec) continue;
    const result = evaluate(spec, atlas, call.args);
    if (result.ok && result.value === expected) return formulaText(call);
  }
  return undefined;
}
