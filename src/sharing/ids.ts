/** The add-in's function ids, as formulas spell them (upper case): what freeze, stamp and inspector look for. */
import { FUNCTION_SPECS } from "../functions/registry";

export const ADDIN_IDS: ReadonlySet<string> = new Set(FUNCTION_SPECS.map((s) => s.id));
