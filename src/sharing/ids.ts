/** The add-in's function ids, as formulas spell them (upper case): what freeze, stamp and inspector look for. */
import { FUNCTION_SPECS, isArrayResult } from "../functions/registry";

export const ADDIN_IDS: ReadonlySet<string> = new Set(FUNCTION_SPECS.map((s) => s.id));

/**
 * The functions whose result is an array (each spec declares its shape; every shape but "scalar" spills).
 * Freeze uses it to recognise legacy Ctrl+Shift+Enter arrays; a bundle test checks it against what
 * functions.json declares with dimensionality "matrix".
 */
export const ARRAY_IDS: ReadonlySet<string> = new Set(FUNCTION_SPECS.filter(isArrayResult).map((s) => s.id));
