/**
 * The error inspector: every add-in call in the workbook that answers with an error, its message
 * (which Excel hides on some platforms) and a fix, e.g. replace "910X" with "910B".
 */
import type { Atlas } from "../domain/atlas";
import { EXCEL_CODE } from "../domain/result";
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
  message: string;
  /** A concrete fix where the message gives one: the text to type instead. */
  fix?: { replace: string; with: string };
}

export function inspect(
  atlas: Atlas,
  formulas: WorkbookFormula[],
  functionIds: ReadonlySet<string>,
  valueAt: CellLookup,
): Finding[] {
  const findings: Finding[] = [];
  for (const f of formulas) {
    for (const { call, args, result } of callsWithArguments(atlas, f, functionIds, valueAt)) {
      // An error IFERROR (or the like) catches never shows: the cell is fine as its author meant it.
      if (call.handled || !args || !result || result.ok) continue;
      const { code, message } = result.failure;
      findings.push({ sheet: f.sheet, address: f.address, formula: f.formula, call: call.text, error: EXCEL_CODE[code], message, ...fixFor(message, args) });
    }
  }
  return findings;
}

/** The first suggestion of a "did you mean" message, as a replacement for the argument it is about. */
function fixFor(message: string, args: ArgValue[]): { fix?: { replace: string; with: string } } {
  const unknown = /^(?:Unknown [^"]*"([^"]+)"|"([^"]+)" is an? )/.exec(message);
  const suggestion = /Did you mean "([^"]+)"/.exec(message);
  const typed = unknown?.[1] ?? unknown?.[2];
  if (!typed || !suggestion || !args.some((a) => a === typed)) return {};
  return { fix: { replace: typed, with: suggestion[1] } };
}
