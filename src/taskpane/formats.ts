/** The number format a builder insert carries: rates as %, a figure as the report prints it. */
import type { Atlas } from "../domain/atlas";
import { printedFormat, RATE_FORMAT } from "../domain/formats";
import type { FunctionResult, FunctionSpec } from "../functions/registry";
import type { Footprint } from "../office/workbook";
import { auditFormula } from "./audit";

/** Functions that compute a growth rate or a return (never a figure the report prints; their spec says `rate`): a fraction. */
export const returnsRate = (spec: FunctionSpec): boolean => spec.rate === true;

/**
 * A figure the report prints (AICHIP.SPEC, ATLAS.VALUE...) gets the format it is printed with, a rate
 * among them as % (the figure's unit says so); a computed rate gets a % format; anything else General.
 */
export function resultFormat(atlas: Atlas, spec: FunctionSpec, formula: string, value: FunctionResult): string | undefined {
  if (typeof value !== "number") return undefined;
  const audit = auditFormula(atlas, formula, "", "en");
  if (audit.kind === "fact") return printedFormat(audit.figure.fact, value);
  return returnsRate(spec) ? RATE_FORMAT : undefined;
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
