/**
 * Every custom function, composed from its family (aichip.ts, capex.ts, suppliers.ts, market.ts,
 * model.ts, stock.ts, picks.ts, atlas.ts), where each is declared once as data: its id, help,
 * arguments (with the valid choices the formula builder offers), result shape, query and explanation.
 * functions.ts (generated) turns each into an Excel entry point; the task pane's formula builder, audit
 * and preview workbook use the same specs, so a formula gives the same answer in the pane as in Excel.
 * The order here is the order of the README table, the help pages and functions.json.
 */
import { AICHIP_ENUMS, AICHIP_SPECS } from "./aichip";
import { ATLAS_SPECS } from "./atlas";
import { CAPEX_ENUMS, CAPEX_SPECS } from "./capex";
import { MARKET_ENUMS, MARKET_SPECS } from "./market";
import { MODEL_SPECS } from "./model";
import { PICKS_SPECS } from "./picks";
import { LANGUAGE_ENUM, THEME_ENUM, type EnumSpec, type FunctionSpec } from "./spec";
import { STOCK_SPECS } from "./stock";
import { SUPPLIERS_SPECS } from "./suppliers";

export type * from "./spec";

export const FUNCTION_SPECS: readonly FunctionSpec[] = [
  ...AICHIP_SPECS,
  ...CAPEX_SPECS,
  ...SUPPLIERS_SPECS,
  ...MARKET_SPECS,
  ...MODEL_SPECS,
  ...STOCK_SPECS,
  ...PICKS_SPECS,
  ...ATLAS_SPECS,
];

/** Every value list the functions use, by id (in the order functions.ts declares them). */
export const ENUMS: readonly EnumSpec[] = [AICHIP_ENUMS[0], AICHIP_ENUMS[1], ...CAPEX_ENUMS, LANGUAGE_ENUM, THEME_ENUM, ...MARKET_ENUMS];

export const SPEC_BY_ID: ReadonlyMap<string, FunctionSpec> = new Map(FUNCTION_SPECS.map((s) => [s.id, s]));

/** The functions whose result is an array (they spill): every shape but "scalar". */
export const isArrayResult = (spec: FunctionSpec): boolean => spec.shape !== "scalar";
