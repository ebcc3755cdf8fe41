/**
 * The formula front end bound to the add-in's functions: the same registry and argument contract
 * Excel's entry points use, so a formula gives the same answer in the preview, the audit, the stamp
 * and the inspector as in Excel.
 */
import type { Atlas } from "../domain/atlas";
import { evaluate as runSpec } from "../functions/contract";
import { SPEC_BY_ID, type ArgValue, type CellValue, type FunctionResult } from "../functions/registry";
import type { Result } from "../domain/result";
import { cellAddress } from "./address";
import { addinCalls, type AddinCall } from "./calls";
import { argumentValues, evaluate, type Evaluation, type EvaluationContext } from "./evaluate";
import { parseFormula } from "./tree";

/** Runs one of the add-in's functions; undefined for an id that is not one. */
export function atlasCall(atlas: Atlas): (id: string, args: ArgValue[]) => Result<FunctionResult> | undefined {
  return (id, args) => {
    const spec = SPEC_BY_ID.get(id);
    return spec ? runSpec(spec, atlas, args) : undefined;
  };
}

/** What the preview workbook reads of its cells while a formula is evaluated. */
export type CellSource = Omit<EvaluationContext, "call">;
export type Evaluator = (formula: string, cells: CellSource) => Evaluation;

const NO_CELLS: CellSource = { read: () => undefined };

/** The preview's evaluator: text to tree to value, with the add-in's functions. */
export function atlasEvaluator(atlas: Atlas): Evaluator {
  const call = atlasCall(atlas);
  // Every recalculation evaluates every formula again; their trees are parsed once (bounded).
  const trees = new Map<string, ReturnType<typeof parseFormula>>();
  return (formula, cells = NO_CELLS) => {
    if (!trees.has(formula)) {
      if (trees.size >= 20_000) trees.clear();
      trees.set(formula, parseFormula(formula));
    }
    const parsed = trees.get(formula);
    if (!parsed) return { ok: false, error: "#NAME?", message: "This is not a formula Excel can read." };
    return evaluate(parsed.root, { ...cells, call });
  };
}

/** A formula that reads no cells, evaluated: the live-formula checks and the docs use it. */
export function evaluateStandalone(atlas: Atlas, formula: string): Evaluation {
  return atlasEvaluator(atlas)(formula, NO_CELLS);
}

/** What a workbook cell shows ("" for empty), undefined when its sheet does not exist. */
export type CellLookup = (sheet: string, address: string) => CellValue | undefined;

export interface CheckedCall {
  call: AddinCall;
  /** The arguments it runs with, references read; undefined when one is an array or an error (Excel's to run). */
  args?: ArgValue[];
  result?: Result<FunctionResult>;
}

/** Every add-in call in a workbook formula, run through the registry on its arguments' values. */
export function callsWithArguments(atlas: Atlas, cell: { sheet: string; formula: string }, ids: ReadonlySet<string>, valueAt: CellLookup): CheckedCall[] {
  const call = atlasCall(atlas);
  const context: EvaluationContext = { read: (sheet, row, col) => valueAt(sheet ?? cell.sheet, cellAddress({ row, col })), call };
  return addinCalls(parseFormula(cell.formula), ids).map((c) => {
    const args = argumentValues(c.node.args, context);
    return args ? { call: c, args, result: call(c.id, args) } : { call: c };
  });
}
