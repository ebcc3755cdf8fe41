/**
 * The argument contract every custom function declares once, checked in one place, and the one
 * mapper from domain results to Excel values or CustomFunctions.Error. Nothing else in a function
 * body may throw: an unexpected exception becomes #VALUE! with a message, never a crash.
 */
import type { Atlas } from "../domain/atlas";
import type { Failure, Result } from "../domain/result";
import type { ArgSpec, ArgValue, CellValue, FunctionResult, FunctionSpec } from "./registry";

/** What Excel passes for a scalar parameter (or a fuzzer: anything). */
export type CellInput = unknown;

/** Checks and coerces arguments against their specs. Blanks ("" or null) of optional arguments become null. */
export function checkArgs(specs: readonly ArgSpec[], values: readonly CellInput[]): Result<ArgValue[]> {
  const out: ArgValue[] = [];
  for (let i = 0; i < specs.length; i++) {
    const spec = specs[i];
    const v = values[i];
    const blank = v === null || v === undefined || (typeof v === "string" && v.trim() === "");
    if (blank) {
      if (!spec.optional) return { ok: false, failure: { code: "badArgument", message: `${spec.name} is required.` } };
      out.push(null);
      continue;
    }
    if (spec.kind === "text") {
      if (typeof v === "string") out.push(v.trim());
      else if (typeof v === "number" && Number.isFinite(v)) out.push(String(v));
      else return { ok: false, failure: { code: "badArgument", message: `${spec.name} must be text, not ${describe(v)}.` } };
    } else if (typeof v === "string" || typeof v === "boolean" || (typeof v === "number" && Number.isFinite(v))) {
      out.push(v);
    } else {
      return { ok: false, failure: { code: "badArgument", message: `${spec.name} must be a single value, not ${describe(v)}.` } };
    }
  }
  return { ok: true, value: out };
}

function describe(v: unknown): string {
  if (typeof v === "boolean") return v ? "TRUE" : "FALSE";
  if (Array.isArray(v)) return "a range";
  return typeof v;
}

const EXCEL_ERROR: Record<Failure["code"], CustomFunctions.ErrorCode> = {
  unknownName: "#N/A" as CustomFunctions.ErrorCode.notAvailable,
  missingFact: "#N/A" as CustomFunctions.ErrorCode.notAvailable,
  badArgument: "#VALUE!" as CustomFunctions.ErrorCode.invalidValue,
  impossible: "#NUM!" as CustomFunctions.ErrorCode.invalidNumber,
};

/** Excel shows messages only on #VALUE! and #N/A; #NUM! goes without one. */
export function toExcelError(failure: Failure): CustomFunctions.Error {
  const code = EXCEL_ERROR[failure.code];
  return code === EXCEL_ERROR.impossible ? new CustomFunctions.Error(code) : new CustomFunctions.Error(code, failure.message);
}

function checkCell(v: CellValue): CellValue {
  if (typeof v === "number" && !Number.isFinite(v)) throw toExcelError({ code: "impossible", message: "not a finite number" });
  return v;
}

/** Runs a spec's query on checked arguments; an unexpected exception becomes a failure, not a crash. */
export function evaluate(spec: FunctionSpec, atlas: Atlas, values: readonly CellInput[]): Result<FunctionResult> {
  try {
    const args = checkArgs(spec.args, values);
    return args.ok ? spec.run(atlas, args.value) : { ok: false, failure: args.failure };
  } catch (e) {
    return { ok: false, failure: { code: "badArgument", message: `Unexpected error: ${e instanceof Error ? e.message : String(e)}` } };
  }
}

/**
 * Runs one custom function for Excel: its value, or the matching CustomFunctions.Error thrown. The
 * only place that throws to Excel; never returns undefined, NaN or Infinity.
 */
export function excelCall(spec: FunctionSpec, atlas: Atlas, values: readonly CellInput[]): FunctionResult {
  const result = evaluate(spec, atlas, values);
  if (!result.ok) throw toExcelError(result.failure);
  const shown = result.value;
  if (Array.isArray(shown)) {
    if (shown.length === 0 || shown.some((row) => !Array.isArray(row) || row.length === 0)) throw toExcelError({ code: "missingFact", message: "Nothing to show." });
    return shown.map((row) => row.map(checkCell));
  }
  return checkCell(shown);
}
