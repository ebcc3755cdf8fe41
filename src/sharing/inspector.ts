/**
 * The error inspector: every add-in call in the workbook that answers with an error, its message
 * (which Excel hides on some platforms) and a fix, e.g. replace "910X" with "910B".
 */
import type { Atlas } from "../domain/atlas";
import { EXCEL_CODE, type Failure } from "../domain/result";
import { callsWithArguments, type CellLookup } from "../formula/atlas";
import type { ArgValue } from "../functions/registry";
import type { WorkbookFormula } from "./stamp";

export interface Finding {
  sheet: string;
  address: string;
  formula: string;
  call: string;
  /** What the cell shows: #N/A, #VALUE!, #NUM!. */
  error: string;
  /** In English; `failure` words it in the pane's language (src/domain/messages.ts). */
  message: string;
  failure: Failure;
  /** A concrete fix where the message gives one: the text to type instead. */
  fix?: { replace: string; with: string };
}

export function inspect(atlas: Atlas, formulas: WorkbookFormula[], functionIds: ReadonlySet<string>, valueAt: CellLookup): Finding[] {
  const findings: Finding[] = [];
  for (const f of formulas) {
    for (const { call, args, result } of callsWithArguments(atlas, f, functionIds, valueAt)) {
      // An error IFERROR (or the like) catches never shows: the cell is fine as its author meant it.
      if (call.handled || !args || !result || result.ok) continue;
      const failure = result.failure;
      findings.push({
        sheet: f.sheet,
        address: f.address,
        formula: f.formula,
        call: call.text,
        error: EXCEL_CODE[failure.code],
        message: failure.message,
        failure,
        ...fixFor(failure, args),
      });
    }
  }
  return findings;
}

/** The failure's first suggestion, as a replacement for the argument it is about (when the call was given that text). */
function fixFor(failure: Failure, args: ArgValue[]): { fix?: { replace: string; with: string } } {
  const typed = failure.argument;
  const suggestion = failure.suggestions?.[0];
  if (typed === undefined || suggestion === undefined || !args.some((a) => typeof a === "string" && a.trim() === typed)) return {};
  return { fix: { replace: typed, with: suggestion } };
}
