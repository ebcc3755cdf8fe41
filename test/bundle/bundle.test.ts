/**
 * The built bundle, the way Excel loads it: dist/functions.js evaluated on its own in a fresh context
 * with a CustomFunctions global. What it registers must be exactly what dist/functions.json declares,
 * and calls through the registered functions must answer as the unit tests expect.
 * Needs `npm run build` first (`npm test` builds).
 */
import { readFileSync, existsSync } from "fs";
import { join } from "path";
import { runInNewContext } from "vm";
import { makeCustomFunctionsGlobal, outcome } from "../support/custom-functions";
import { FUNCTION_SPECS } from "../../src/functions/registry";
import { ARRAY_IDS } from "../../src/sharing/ids";
import { literalCall } from "../../src/formula";
import { ADDIN_IDS } from "../../src/sharing/ids";
import { isExcelValue } from "../support/excel-values";

const dist = join(__dirname, "..", "..", "dist");

function loadBundle() {
  const fake = makeCustomFunctionsGlobal();
  const sandbox: Record<string, unknown> = { CustomFunctions: fake.global, console, setTimeout, clearTimeout };
  sandbox.self = sandbox;
  sandbox.window = sandbox;
  runInNewContext(readFileSync(join(dist, "functions.js"), "utf8"), sandbox, { filename: "functions.js" });
  return fake.registry;
}

describe("dist/functions.js", () => {
  let registry = new Map<string, (...args: unknown[]) => unknown>();
  let metadata: { functions: { id: string; name: string; parameters: { name: string; optional?: boolean }[] }[] } = { functions: [] };
  beforeAll(() => {
    if (!existsSync(join(dist, "functions.js"))) throw new Error("dist/functions.js is missing: run `npm run build` first (`npm test` does)");
    registry = loadBundle();
    metadata = JSON.parse(readFileSync(join(dist, "functions.json"), "utf8"));
  });
  const call = (id: string, ...args: unknown[]) => outcome(() => (registry.get(id) as (...a: unknown[]) => unknown)(...args));

  test("registers exactly the functions functions.json declares, each once", () => {
    const ids = metadata.functions.map((f) => f.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect([...registry.keys()].sort()).toEqual([...ids].sort());
    expect(ids).toEqual(expect.arrayContaining(["AICHIP.SPEC", "CAPEX.CAGR", "SUPPLIERS"]));
  });

  test("every registered spec has an entry point, and every entry point a spec", () => {
    expect(FUNCTION_SPECS.map((s) => s.id).sort()).toEqual(metadata.functions.map((f) => f.id).sort());
  });

  test("freeze's list of array functions is exactly the functions that return a matrix", () => {
    const matrix = (metadata.functions as { id: string; result?: { dimensionality?: string } }[]).filter((f) => f.result?.dimensionality === "matrix").map((f) => f.id);
    expect([...ARRAY_IDS].sort()).toEqual(matrix.sort());
  });

  test("function names are what users type: no namespace, ids equal names", () => {
    for (const f of metadata.functions) expect(f.name).toBe(f.id);
  });

  test("the headline formulas give the report's numbers", () => {
    expect(call("AICHIP.SPEC", "910C", "FP16", null)).toEqual({ value: 800 });
    const cagr = call("CAPEX.CAGR", "Tencent", 2020, 2024) as { value: number };
    expect(cagr.value).toBeCloseTo(0.2259, 4);
    const nvqd = call("SUPPLIERS", "NVQD", null) as { value: string[][] };
    expect(nvqd.value).toHaveLength(12);
    expect(nvqd.value[0]).toEqual(["双鸿科技"]);
  });

  test("errors come out as CustomFunctions.Error with Excel's codes", () => {
    expect(call("AICHIP.SPEC", "910X", "FP16", null)).toMatchObject({ error: "#N/A", message: expect.stringMatching(/Did you mean/) });
    expect(call("CAPEX.CAGR", "Tencent", 2020, 2020)).toEqual({ error: "#NUM!" });
    expect(call("SUPPLIERS", "", null)).toMatchObject({ error: "#VALUE!", message: "component is required." });
  });

  test("functions.json declares each function's arguments as its spec does (names, optional)", () => {
    for (const spec of FUNCTION_SPECS) {
      const declared = metadata.functions.find((f) => f.id === spec.id);
      expect(declared?.parameters.map((p) => [p.name, p.optional === true])).toEqual(spec.args.map((a) => [a.name, a.optional === true]));
    }
  });

  test.each(FUNCTION_SPECS.map((s) => [s.id, s.example] as const))("%s: its README example %s gives an Excel value through the bundle", (id, example) => {
    const parsed = literalCall(example, ADDIN_IDS);
    expect(parsed?.id).toBe(id);
    const spec = FUNCTION_SPECS.find((s) => s.id === id);
    const args = [...(parsed?.args ?? [])];
    while (args.length < (spec?.args.length ?? 0)) args.push(null);
    const r = call(id, ...args);
    expect(r).toHaveProperty("value");
    expect(isExcelValue((r as { value: unknown }).value)).toBe(true);
  });

  test.each([
    ["AICHIP.LIST", ["NPU"], [["910B"], ["910C"], ["910D"], ["920"]]],
    ["AICHIP.COMPARE", ["H100", "A100", "TDP", null], 1.75],
    ["AICHIP.SERVERS", ["910C", 1000, null, null], 157],
    ["CAPEX.VALUE", ["腾讯", "1Q25", null], 275],
    ["CAPEX.VALUE", ["Tencent", 2024, "CNY bn"], 76.8],
    [
      "CAPEX.SERIES",
      ["Tencent", null, null, "quarterly", null],
      [
        ["period", "capex (CNY 100m)"],
        ["2024Q1", 144],
        ["2024Q4", 366],
        ["2025Q1", 275],
      ],
    ],
    ["SUPPLIERS.COMMON", ["NVQD", "UQD", "en"], expect.arrayContaining([["Foxconn"]])],
    ["MARKET.SIZE", ["AI ASIC market", 2027, null], 300],
    ["MARKET.CAGR", ["Global ASIC market", null, null, "stated"], 0.128],
    ["MODEL.SCORE", ["DeepSeek-R1-0528", "AIME 2024", null], 91.4],
    ["STOCK.PRICE", ["NVDA", 45754], 97.63],
    ["PICKS", ["服务器", null], [["工业富联"], ["华勤技术"]]],
  ] as [string, unknown[], unknown][])("%s%j through the bundle", (id, args, expected) => {
    expect(call(id, ...args)).toEqual({ value: expected });
  });

  test.each([
    ["CAPEX.YOY", ["Tencent", "1Q25"], 275 / 144 - 1],
    ["CAPEX.QOQ", ["Tencent", "1Q25"], 275 / 366 - 1],
    ["MARKET.CAGR", ["Global ASIC market", 2024, 2033, null], (152 / 65) ** (1 / 9) - 1],
    ["STOCK.RETURN", ["NVDA"], 141.97 / 97.63 - 1],
  ] as [string, unknown[], number][])("%s%j computed through the bundle", (id, args, expected) => {
    expect((call(id, ...args) as { value: number }).value).toBeCloseTo(expected, 10);
  });

  test("AICHIP.CARD is an entity through the bundle; SOURCES shows the stated CAGR beside ours", () => {
    const card = call("AICHIP.CARD", "910C", null) as { value: { type: string; properties: Record<string, unknown> }[][] };
    expect(card.value[0][0].type).toBe("Entity");
    expect(card.value[0][0].properties.FP16).toEqual({ type: "Double", basicValue: 800 });
    const rows = (call("ATLAS.SOURCE", "Global ASIC market", "market_cagr", null) as { value: unknown[][] }).value;
    expect(rows.map((r) => r[5])).toEqual(["status", "default, as stated", "recomputed"]);
  });

  test.each([
    ["AICHIP.SERVERS", ["910C", -1, null, null], "#VALUE!"],
    ["CAPEX.QOQ", ["Tencent", 2024], "#VALUE!"],
    ["MARKET.CAGR", ["AI ASIC market", 2024, 2024, null], "#NUM!"],
    ["STOCK.RETURN", ["NVDX"], "#N/A"],
    ["ATLAS.TABLE", ["no_such_table"], "#N/A"],
  ] as [string, unknown[], string][])("%s%j -> %s through the bundle", (id, args, code) => {
    expect(call(id, ...args)).toMatchObject({ error: code });
  });
});
