/** The add-in's function ids, as formulas spell them (upper case): what freeze, stamp and inspector look for. */
import { FUNCTION_SPECS } from "../functions/registry";

export const ADDIN_IDS: ReadonlySet<string> = new Set(FUNCTION_SPECS.map((s) => s.id));

/**
 * The functions whose result is an array (their entry points return a matrix, so they spill). Freeze
 * uses it to recognise legacy Ctrl+Shift+Enter arrays; a bundle test keeps it equal to what
 * functions.json declares with dimensionality "matrix".
 */
export const ARRAY_IDS: ReadonlySet<string> = new Set([
  "AICHIP.LIST",
  "AICHIP.METRICS",
  "AICHIP.SOURCES",
  "AICHIP.CARD",
  "CAPEX.SERIES",
  "SUPPLIERS",
  "SUPPLIERS.OF",
  "SUPPLIERS.COMPONENTS",
  "SUPPLIERS.COMMON",
  "PICKS",
  "ATLAS.DATASETS",
  "ATLAS.TABLE",
  "ATLAS.SOURCE",
]);
