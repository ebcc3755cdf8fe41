/**
 * Formulas as text: writing the add-in formula that answers a fact (for live-formula tables), and
 * reading a simple formula back (for the preview workbook and the cell audit). Pure.
 */
import type { Fact } from "../data/catalog";
import type { Atlas } from "../domain/atlas";
import { shownNumber } from "../domain/facts";
import type { Result } from "../domain/result";
import { evaluate } from "./contract";
import { SPEC_BY_ID, type ArgValue, type FunctionResult } from "./registry";

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
 * One argument written as a literal: empty (null), text in quotes ("a""b" is a"b), TRUE/FALSE or a
 * number. Undefined for anything else (a reference, an expression, two texts joined with &).
 */
export function literalValue(text: string): ArgValue | undefined {
  const t = text.trim();
  if (t === "") return null;
  if (t.length >= 2 && t.startsWith('"') && t.endsWith('"')) {
    const inner = t.slice(1, -1);
    // A lone quote inside means two literals joined ("a"&"b"): an expression, not one text.
    return inner.replace(/""/g, "").includes('"') ? undefined : inner.replace(/""/g, '"');
  }
  if (/^(TRUE|FALSE)$/i.test(t)) return t.toUpperCase() === "TRUE";
  if (/^[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?$/i.test(t)) return Number(t);
  return undefined;
}

/**
 * Reads `=FUNC.NAME(arg, ...)` whose arguments are literals (text, numbers, TRUE/FALSE, empty).
 * Anything else (cell references, nested calls, operators) is not ours to evaluate: undefined.
 */
export function parseFormula(text: string): FormulaCall | undefined {
  const m = /^\s*=\s*([A-Za-z][A-Za-z0-9._]*)\s*\((.*)\)\s*$/s.exec(text);
  if (!m) return undefined;
  const id = m[1].toUpperCase();
  const args: ArgValue[] = [];
  const body = m[2];
  let i = 0;
  const skipSpace = () => {
    while (i < body.length && /\s/.test(body[i])) i++;
  };
  if (body.trim() === "") return { id, args };
  for (;;) {
    skipSpace();
    if (body[i] === '"') {
      let s = "";
      i++;
      for (;;) {
        if (i >= body.length) return undefined;
        if (body[i] === '"') {
          if (body[i + 1] === '"') {
            s += '"';
            i += 2;
            continue;
          }
          i++;
          break;
        }
        s += body[i++];
      }
      args.push(s);
    } else {
      const start = i;
      while (i < body.length && body[i] !== ",") i++;
      const value = literalValue(body.slice(start, i));
      if (value === undefined) return undefined;
      args.push(value);
    }
    skipSpace();
    if (i >= body.length) break;
    if (body[i] !== ",") return undefined;
    i++;
  }
  return { id, args };
}

/** Evaluates a formula of the add-in's own functions as Excel would; undefined if it is not one. */
export function evaluateFormula(atlas: Atlas, text: string): Result<FunctionResult> | undefined {
  const call = parseFormula(text);
  const spec = call ? SPEC_BY_ID.get(call.id) : undefined;
  if (!call || !spec) return undefined;
  return evaluate(spec, atlas, call.args);
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
  const preferred = [
    ...(e.type === "chip" ? [atlas.displayName(e)] : []),
    ...(e.en !== undefined && e.en.length <= 20 ? [e.en] : []),
    ...latin,
    ...rest,
    e.id,
  ];
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
