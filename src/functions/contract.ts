/**
 * The argument contract every custom function declares once, checked in one place, and the one
 * mapper from domain results to Excel values or CustomFunctions.Error. Nothing else in a function
 * body may throw: an unexpected exception becomes #VALUE! with a message, never a crash.
 */
import type { Failure, Result } from "../domain/result";

export type ArgKind =
  /** A name or label: text, or a number used as a name (910 -> "910"). */
  | "text"
  /** Anything the domain parses itself (years, periods): passed through, blanks as null. */
  | "raw";

export interface ArgSpec {
  name: string;
  kind: ArgKind;
  optional?: boolean;
}

/** What Excel passes for a scalar parameter. */
export type CellInput = string | number | boolean | null | undefined;

export type CheckedArgs = (string | number | boolean | null)[];

/** Checks and coerces arguments against their specs. Blanks ("" or null) of optional arguments become null. */
export function checkArgs(specs: readonly ArgSpec[], values: readonly CellInput[]): Result<CheckedArgs> {
  const out: CheckedArgs = [];
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
    } else {
      out.push(v as string | number | boolean);
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

/** A cell value is valid for Excel: finite numbers, text, booleans. */
export type CellValue = number | string | boolean;

function checkCell(v: CellValue): CellValue {
  if (typeof v === "number" && !Number.isFinite(v)) throw toExcelError({ code: "impossible", message: "not a finite number" });
  return v;
}

/**
 * Runs one custom function: checks the arguments, runs the query, and returns its value or throws
 * the matching CustomFunctions.Error. The only place that throws to Excel.
 */
export function excelCall<A extends CheckedArgs, T, R extends CellValue | CellValue[][]>(
  specs: readonly ArgSpec[],
  values: readonly CellInput[],
  query: (args: A) => Result<T>,
  present: (value: T) => R,
): R {
  let result: Result<T>;
  try {
    const args = checkArgs(specs, values);
    result = args.ok ? query(args.value as A) : args;
  } catch (e) {
    result = { ok: false, failure: { code: "badArgument", message: `Unexpected error: ${e instanceof Error ? e.message : String(e)}` } };
  }
  if (!result.ok) throw toExcelError(result.failure);
  const shown = present(result.value);
  if (Array.isArray(shown)) {
    if (shown.length === 0 || shown.some((row) => row.length === 0)) throw toExcelError({ code: "missingFact", message: "Nothing to show." });
    return shown.map((row) => row.map(checkCell)) as R;
  }
  return checkCell(shown as CellValue) as R;
}
