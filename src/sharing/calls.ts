/**
 * Evaluating one add-in call found in a workbook formula, exactly as Excel would run it: arguments
 * that are literals are read from the text, arguments that are cell references are read through a
 * callback (the adapter reads the workbook). Arguments that are expressions (A1&"x", ROUND(...)) are
 * Excel's to compute: such a call is reported as not checkable, never guessed at.
 */
import type { Atlas } from "../domain/atlas";
import type { Result } from "../domain/result";
import { evaluate } from "../functions/contract";
import { literalValue } from "../functions/formulas";
import { SPEC_BY_ID, type ArgValue, type FunctionResult } from "../functions/registry";
import type { AddinCall } from "./formula-scan";

/** A cell reference as an argument: A1, $B$2, Sheet1!A1, 'My sheet'!C3. */
const REF = /^(?:(?:'((?:[^']|'')+)'|([A-Za-z0-9_.]+))!)?\$?([A-Za-z]{1,3})\$?(\d{1,7})$/;

export interface CellRef {
  sheet?: string;
  address: string;
}

export function parseRef(text: string): CellRef | undefined {
  const m = REF.exec(text.trim());
  if (!m) return undefined;
  const sheet = m[1] !== undefined ? m[1].replace(/''/g, "'") : m[2];
  return { ...(sheet ? { sheet } : {}), address: `${m[3].toUpperCase()}${m[4]}` };
}

/** One argument's value, or undefined when it is an expression only Excel can compute. */
export function argumentValue(text: string, readRef: (ref: CellRef) => ArgValue | undefined): ArgValue | undefined {
  const literal = literalValue(text);
  if (literal !== undefined) return literal;
  const ref = parseRef(text);
  return ref ? readRef(ref) : undefined;
}

export interface EvaluatedCall {
  call: AddinCall;
  args: ArgValue[];
  result: Result<FunctionResult>;
}

/** Runs a call through the same registry Excel's entry points use; undefined when it cannot be checked outside Excel. */
export function evaluateCall(atlas: Atlas, call: AddinCall, readRef: (ref: CellRef) => ArgValue | undefined): EvaluatedCall | undefined {
  const spec = SPEC_BY_ID.get(call.id);
  if (!spec) return undefined;
  const args: ArgValue[] = [];
  for (const text of call.args) {
    const v = argumentValue(text, readRef);
    if (v === undefined) return undefined;
    args.push(v);
  }
  return { call, args, result: evaluate(spec, atlas, args) };
}

/** Runs a call again on recorded arguments (data changed, arguments did not). */
export function reevaluate(atlas: Atlas, id: string, args: ArgValue[]): Result<FunctionResult> | undefined {
  const spec = SPEC_BY_ID.get(id);
  return spec ? evaluate(spec, atlas, args) : undefined;
}
