/** The number format a builder insert carries: rates as %, a figure as the report prints it. */
import type { Atlas } from "../domain/atlas";
import { printedFormat, RATE_FORMAT } from "../domain/formats";
import type { FunctionResult, FunctionSpec } from "../functions/registry";
import type { Footprint } from "../office/workbook";
import { auditFormula } from "./audit";

/** Functions whose help says they answer "as a fraction" (CAGR, YoY, QoQ, stock moves) return rates. */
export const returnsRate = (spec: FunctionSpec): boolean => /\bas a fraction\b/.test(spec.help.en);

export function resultFormat(atlas: Atlas, spec: FunctionSpec, formula: string, value: FunctionResult): string | undefined {
  if (typeof value !== "number") return undefined;
  if (returnsRate(spec)) return RATE_FORMAT;
  const audit = auditFormula(atlas, formula, "", "en");
  return audit.kind === "fact" ? printedFormat(audit.figure.fact, value) : undefined;
}

/** The cells a result covers: 1 x 1, or the array it spills. */
export function resultSize(value: FunctionResult): Footprint {
  if (!Array.isArray(value)) return { rows: 1, cols: 1 };
  return { rows: Math.max(1, value.length), cols: Math.max(1, ...value.map((r) => r.length)) };
}

/** A result as text: a number to 12 significant digits; an array as rows of comma-separated cells. */
export function showResult(value: FunctionResult): string {
  if (Array.isArray(value)) return value.map((row) => row.join(", ")).join("; ");
  return typeof value === "number" ? String(Number(value.toPrecision(12))) : String(value);
}
