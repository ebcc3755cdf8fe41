/**
 * The argument contract every custom function declares once, checked in one place, and the one
 * mapper from domain results to Excel values or CustomFunctions.Error. Nothing else in a function
 * body may throw: an unexpected exception becomes #VALUE! with a message, never a crash.
 */
import type { Atlas } from "../domain/atlas";
import type { EntityValue } from "../domain/cards";
import { EXCEL_CODE, type Failure, type Result } from "../domain/result";
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
    if (spec.kind === "number") {
      const n = typeof v === "number" ? v : typeof v === "string" ? Number(v.normalize("NFKC").trim()) : NaN;
      if (typeof v === "boolean" || !Number.isFinite(n)) return { ok: false, failure: { code: "badArgument", message: `${spec.name} must be a number, not ${typeof v === "string" ? `"${v}"` : describe(v)}.` } };
      out.push(n);
    } else if (spec.kind === "text") {
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

/** The Excel error code a failure shows as ("#N/A", "#VALUE!", "#NUM!"): for help pages and tests that run outside Excel. */
export const excelErrorCode = (code: Failure["code"]): string => EXCEL_CODE[code];

/** Excel shows messages only on #VALUE! and #N/A; #NUM! goes without one. The codes are result.ts's one map. */
export function toExcelError(failure: Failure): CustomFunctions.Error {
  const code = EXCEL_CODE[failure.code] as CustomFunctions.ErrorCode;
  return failure.code === "impossible" ? new CustomFunctions.Error(code) : new CustomFunctions.Error(code, failure.message);
}

function checkCell(v: CellValue): CellValue {
  if (typeof v === "number" && !Number.isFinite(v)) throw toExcelError({ code: "impossible", message: "not a finite number" });
  if (typeof v !== "number" && typeof v !== "string" && typeof v !== "boolean") throw toExcelError({ code: "badArgument", message: "Unexpected result." });
  return v;
}

/** An error value Excel passed in as an argument (only with allowErrorForDataTypeAny; a fuzzer may too). */
function errorArgument(values: readonly CellInput[]): CustomFunctions.Error | undefined {
  if (typeof CustomFunctions === "undefined" || typeof CustomFunctions.Error !== "function") return undefined;
  for (const v of values) {
    if (v instanceof CustomFunctions.Error) return v;
    if (Array.isArray(v)) for (const row of v) if (Array.isArray(row)) for (const cell of row) if (cell instanceof CustomFunctions.Error) return cell;
  }
  return undefined;
}

/**
 * Whether the host shows entity values (CustomFunctionsRuntime 1.4). Outside Office (tests, the bundle
 * in a vm) nothing says otherwise, so entities are returned.
 */
function entitiesSupported(): boolean {
  try {
    if (typeof Office === "undefined" || !Office.context?.requirements) return true;
    return Office.context.requirements.isSetSupported("CustomFunctionsRuntime", "1.4");
  } catch {
    return true;
  }
}

/** An entity whose every property is a finite Double or a String, with text: what Excel accepts. */
function checkEntity(e: EntityValue): EntityValue {
  const fine =
    e.type === "Entity" &&
    typeof e.text === "string" &&
    Object.values(e.properties).every((p) => (p.type === "Double" ? typeof p.basicValue === "number" && Number.isFinite(p.basicValue) : p.type === "String" && typeof p.basicValue === "string"));
  if (!fine) throw toExcelError({ code: "badArgument", message: "Unexpected card content." });
  return e;
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
 * Answers of recent calls, by function and arguments. Every function is pure over a catalogue that
 * never changes while the runtime lives, so an answer can be reused as is; Excel asks the same
 * question again on every recalculation (a row inserted, a sheet reopened). A tree of Maps, one level
 * per argument, keyed by the values themselves (no key strings to build); only scalar arguments are
 * memoised. Bounded: cleared when full.
 */
type MemoNode = Map<unknown, unknown>;
const memos = new WeakMap<Atlas, { roots: Map<string, unknown>; size: number }>();
const MEMO_LIMIT = 20_000;

function memoOf(atlas: Atlas) {
  let memo = memos.get(atlas);
  if (!memo) {
    memo = { roots: new Map(), size: 0 };
    memos.set(atlas, memo);
  }
  return memo;
}

function memoGet(atlas: Atlas, spec: FunctionSpec, values: readonly CellInput[]): Result<FunctionResult> | undefined {
  let node: unknown = memoOf(atlas).roots.get(spec.id);
  for (let i = 0; i < spec.args.length && node !== undefined; i++) {
    const v = values[i] ?? null;
    if (typeof v === "object" && v !== null) return undefined;
    node = (node as MemoNode).get(v);
  }
  return node as Result<FunctionResult> | undefined;
}

function memoSet(atlas: Atlas, spec: FunctionSpec, values: readonly CellInput[], result: Result<FunctionResult>): void {
  const memo = memoOf(atlas);
  for (let i = 0; i < spec.args.length; i++) if (typeof values[i] === "object" && values[i] !== null) return;
  if (memo.size >= MEMO_LIMIT) {
    memo.roots.clear();
    memo.size = 0;
  }
  if (spec.args.length === 0) {
    memo.roots.set(spec.id, result);
    memo.size++;
    return;
  }
  let node = memo.roots.get(spec.id) as MemoNode | undefined;
  if (!node) memo.roots.set(spec.id, (node = new Map()));
  for (let i = 0; i < spec.args.length - 1; i++) {
    const v = values[i] ?? null;
    let next = node.get(v) as MemoNode | undefined;
    if (!next) node.set(v, (next = new Map()));
    node = next;
  }
  node.set(values[spec.args.length - 1] ?? null, result);
  memo.size++;
}

function shownOf(result: Result<FunctionResult>): FunctionResult {
  if (!result.ok) throw toExcelError(result.failure);
  const shown = result.value;
  if (Array.isArray(shown)) {
    if (shown.length === 0 || shown.some((row) => !Array.isArray(row) || row.length === 0)) throw toExcelError({ code: "missingFact", message: "Nothing to show." });
    return shown.map((row) => row.map(checkCell));
  }
  return checkCell(shown);
}

/**
 * Runs one custom function for Excel: its value, or the matching CustomFunctions.Error thrown. The
 * only place that throws to Excel; never returns undefined, NaN or Infinity.
 */
export function excelCall(spec: FunctionSpec, atlas: Atlas, values: readonly CellInput[]): FunctionResult | EntityValue[][] {
  if (!spec.entity) {
    const known = memoGet(atlas, spec, values);
    if (known) return shownOf(known);
  }
  const passed = errorArgument(values);
  if (passed) throw passed;
  if (spec.entity && entitiesSupported()) {
    let entity: Result<EntityValue | undefined>;
    try {
      const args = checkArgs(spec.args, values);
      entity = args.ok ? spec.entity(atlas, args.value) : { ok: false, failure: args.failure };
    } catch (e) {
      entity = { ok: false, failure: { code: "badArgument", message: `Unexpected error: ${e instanceof Error ? e.message : String(e)}` } };
    }
    if (!entity.ok) throw toExcelError(entity.failure);
    if (entity.value) return [[checkEntity(entity.value)]];
  }
  const result = evaluate(spec, atlas, values);
  if (!spec.entity) memoSet(atlas, spec, values, result);
  return shownOf(result);
}
