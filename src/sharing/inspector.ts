/**
 * The error inspector: every add-in call in the workbook that answers with an error, its message
 * (which Excel hides on some platforms) and a fix, e.g. replace "910X" with "910B".
 */
import type { Atlas } from "../domain/atlas";
import type { FailureCode } from "../domain/result";
import type { ArgValue } from "../functions/registry";
import { evaluateCall, type CellRef } from "./calls";
import { addinCalls } from "./formula-scan";
import type { WorkbookFormula } from "./stamp";

const EXCEL_CODE: Record<FailureCode, string> = { unknownName: "#N/A", missingFact: "#N/A", badArgument: "#VALUE!", impossible: "#NUM!" };

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
  readRef: (sheet: string, ref: CellRef) => ArgValue | undefined,
): Finding[] {
  const findings: Finding[] = [];
  for (const f of formulas) {
    for (const call of addinCalls(f.formula, functionIds)) {
      const evaluated = evaluateCall(atlas, call, (ref) => readRef(ref.sheet ?? f.sheet, ref));
      if (!evaluated || evaluated.result.ok) continue;
      const { code, message } = evaluated.result.failure;
      findings.push({ sheet: f.sheet, address: f.address, formula: f.formula, call: call.text, error: EXCEL_CODE[code], message, ...fixFor(message, evaluated.args) });
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
