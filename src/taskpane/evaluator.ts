/** The preview workbook's formula engine: the add-in's own functions, through the same registry as Excel. */
import type { Atlas } from "../domain/atlas";
import type { FailureCode } from "../domain/result";
import { evaluateFormula } from "../functions/formulas";
import type { Evaluation } from "../office/memory";

const ERROR_VALUE: Record<FailureCode, string> = { unknownName: "#N/A", missingFact: "#N/A", badArgument: "#VALUE!", impossible: "#NUM!" };

export function atlasEvaluator(atlas: Atlas): (formula: string) => Evaluation {
  return (formula) => {
    const result = evaluateFormula(atlas, formula);
    if (!result) return { ok: false, error: "#NAME?", message: "The preview workbook evaluates only the add-in's own functions with literal arguments." };
    if (!result.ok) return { ok: false, error: ERROR_VALUE[result.failure.code], message: result.failure.message };
    const value = result.value;
    if (typeof value === "number" && !Number.isFinite(value)) return { ok: false, error: "#NUM!" };
    return { ok: true, value };
  };
}
