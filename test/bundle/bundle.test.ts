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
  let metadata: { functions: { id: string; name: string }[] } = { functions: [] };
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
});
