/** The model-sheet templates: every add-in call in them answers with the bundled data. */
import { Atlas } from "../../../src/domain/atlas";
import { FUNCTION_SPECS } from "../../../src/functions/registry";
import { parseArea } from "../../../src/formula/address";
import { callsWithArguments } from "../../../src/formula/atlas";
import { acceleratorComparison, batCapexModel, supplyChainMap, type SheetPlan } from "../../../src/sharing/templates";
import { testCatalog } from "../../support/catalog";

const atlas = new Atlas(testCatalog());
const ids = new Set(FUNCTION_SPECS.map((s) => s.id));

/** Runs every add-in call of the plan, reading referenced cells from the plan itself. */
function runCalls(plan: SheetPlan) {
  const values = new Map(plan.cells.filter((c) => c.value !== undefined).map((c) => [c.address, c.value as string | number]));
  const valueAt = (_sheet: string, address: string) => values.get(address) ?? "";
  const results: { address: string; call: string; ok: boolean; code?: string }[] = [];
  let unchecked = 0;
  for (const cell of plan.cells.filter((c) => c.formula)) {
    expect(parseArea(cell.address)).toBeDefined();
    for (const { call, result } of callsWithArguments(atlas, { sheet: plan.sheetName, formula: cell.formula as string }, ids, valueAt)) {
      if (!result) unchecked++;
      else results.push({ address: cell.address, call: call.text, ok: result.ok, code: result.ok ? undefined : result.failure.code });
    }
  }
  return { results, unchecked };
}

test("the accelerator comparison names only chips and metrics the add-in knows", () => {
  const plan = acceleratorComparison(atlas);
  const { results } = runCalls(plan);
  expect(results.length).toBe(14 * 7);
  expect(results.filter((r) => r.code === "unknownName")).toEqual([]);
  expect(results.filter((r) => r.ok).length).toBeGreaterThan(results.length / 2);
  expect(plan.cells.find((c) => c.address === "B5")?.formula).toBe('=IFERROR(AICHIP.SPEC($A5,B$3),"n/a")');
});

test("the BAT capex model's CAGRs and levels all answer", () => {
  const plan = batCapexModel(atlas);
  const { results, unchecked } = runCalls(plan);
  expect(results.filter((r) => !r.ok && !/capex_(cagr|yoy)/.test(r.call))).toEqual([]);
  const cagr = results.filter((r) => r.call.startsWith("CAPEX.CAGR"));
  expect(cagr.map((r) => r.ok)).toEqual([true, true, true]);
  expect(unchecked).toBe(0); // the stated-CAGR lookups build their period with &: the front end computes it too
  expect(results.filter((r) => r.call.includes("capex_cagr")).length).toBe(3);
  expect(plan.chart?.type).toBe("columnClustered");
});

test("a supply-chain map spills the component's suppliers, printed and in English", () => {
  const plan = supplyChainMap(atlas, "NVQD");
  expect(plan).toBeDefined();
  const { results } = runCalls(plan!);
  expect(results.map((r) => r.ok)).toEqual([true, true]);
  expect(supplyChainMap(atlas, "no such part")).toBeUndefined();
});
