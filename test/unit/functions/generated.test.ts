/**
 * Each function is declared once, in its spec (src/functions/registry.ts): the Excel entry points in
 * functions.ts are generated from the specs (this fails when the file is stale), the array-function list
 * is derived from each spec's result shape, and every entry point ignores the CustomFunctions.Invocation
 * that stale cached metadata passes where a newer optional argument is expected.
 */
import { readFileSync } from "fs";
import { Atlas } from "../../../src/domain/atlas";
import { ENUMS, FUNCTION_SPECS } from "../../../src/functions/registry";
import { ARRAY_IDS } from "../../../src/sharing/ids";
import { FUNCTIONS_FILE, entryName, renderFunctions } from "../../../scripts/gen-functions";
import { testCatalog } from "../../support/catalog";
import { installCustomFunctions, outcome, type AsExcelCalls } from "../../support/custom-functions";

installCustomFunctions();
// eslint-disable-next-line @typescript-eslint/no-require-imports -- after the CustomFunctions global exists
const fns = require("../../../src/functions/functions") as AsExcelCalls<typeof import("../../../src/functions/functions")> & Record<string, (...args: unknown[]) => unknown>;
const atlas = new Atlas(testCatalog());
const source = readFileSync(FUNCTIONS_FILE, "utf8");

test("functions.ts is what `npm run functions` generates from the specs", () => {
  if (renderFunctions(atlas) !== source) throw new Error("src/functions/functions.ts is out of date: run `npm run functions`");
});

test("every spec has exactly one entry point, tagged with its id, and nothing else is declared", () => {
  const tagged = [...source.matchAll(/@customfunction (\S+)/g)].map((m) => m[1]);
  expect(tagged).toEqual(FUNCTION_SPECS.map((s) => s.id));
  for (const spec of FUNCTION_SPECS) expect(typeof fns[entryName(spec.id)]).toBe("function");
});

test("the array functions are exactly the specs whose shape is not scalar", () => {
  expect([...ARRAY_IDS].sort()).toEqual(
    FUNCTION_SPECS.filter((s) => s.shape !== "scalar")
      .map((s) => s.id)
      .sort(),
  );
  expect(ARRAY_IDS.has("AICHIP.LIST")).toBe(true);
  expect(ARRAY_IDS.has("AICHIP.CARD")).toBe(true);
  expect(ARRAY_IDS.has("AICHIP.SPEC")).toBe(false);
});

test("no function id is written by hand in src/ outside the registry, except in examples and tests of the pane", () => {
  // functions.ts only names ids in generated tags and calls; ids.ts derives its lists.
  expect(readFileSync(require.resolve("../../../src/sharing/ids"), "utf8")).not.toMatch(/"[A-Z]+\.[A-Z]+"/);
});

test.each(FUNCTION_SPECS.filter((s) => s.args.some((a) => a.optional)).map((s) => [s.id, s] as const))(
  "%s: a CustomFunctions.Invocation where an optional argument is expected counts as absent (stale metadata)",
  (_id, spec) => {
    const fn = fns[entryName(spec.id)];
    const firstOptional = spec.args.findIndex((a) => a.optional);
    const required = (spec.example.match(/\((.*)\)$/)?.[1] ?? "")
      .split(",")
      .slice(0, firstOptional)
      .map((a) => JSON.parse(a === "" ? "null" : a));
    const invocation = { address: "Sheet1!A1", functionName: spec.id, isInValuePreview: false, setResult: () => undefined };
    const plain = outcome(() => fn(...required));
    expect(outcome(() => fn(...required, invocation))).toEqual(plain);
    // After every argument too (metadata that declares them all, as Excel passes it to an add-in that asks for it).
    expect(outcome(() => fn(...required, ...spec.args.slice(firstOptional).map(() => null), invocation))).toEqual(plain);
  },
);

test("every value list the specs use has values, and an enum-typed argument still takes free text (an alias)", () => {
  for (const e of ENUMS) expect(e.values(atlas).length).toBeGreaterThan(1);
  expect(outcome(() => fns.aichipSpec("910C", "fp16"))).toEqual({ value: 800 });
  expect(outcome(() => fns.aichipSpec("910B", "memory"))).toHaveProperty("value");
});
