/**
 * Property-based fuzzing of every registered function, called as Excel calls it (functions.ts through
 * the contract): whatever the arguments (text in any script, full-width, emoji, very long, prototype keys;
 * numbers negative, zero, fractional, huge, NaN, infinite; booleans; null; 2-D ranges), each call returns a
 * valid Excel value or a CustomFunctions.Error, never throws, never shows a JS error, stack, undefined, NaN or
 * Infinity, and pollutes no prototype. Sized for a few seconds on 2 cores; `npm run attack` runs the same
 * generators at full size through the built bundle.
 */
import fc from "fast-check";
import { FakeCustomFunctionsError, installCustomFunctions } from "../../support/custom-functions";
import { fuzzArgs, judge, prototypeKeys } from "../../support/fuzz";

installCustomFunctions();
// eslint-disable-next-line @typescript-eslint/no-require-imports -- after the CustomFunctions global exists
const { atlas } = require("../../../src/domain/bundled") as typeof import("../../../src/domain/bundled");
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { excelCall } = require("../../../src/functions/contract") as typeof import("../../../src/functions/contract");
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { FUNCTION_SPECS } = require("../../../src/functions/registry") as typeof import("../../../src/functions/registry");

const RUNS_PER_FUNCTION = 120;
const prototypesBefore = prototypeKeys(globalThis);

describe.each(FUNCTION_SPECS.map((s) => [s.id, s] as const))("%s", (_id, spec) => {
  test(`${RUNS_PER_FUNCTION} calls with arbitrary arguments: an Excel value or a CustomFunctions.Error, nothing escapes`, () => {
    fc.assert(
      fc.property(fuzzArgs(spec.args.length), (args) => {
        let result: unknown;
        let threw: unknown;
        try {
          result = excelCall(spec, atlas, args);
        } catch (e) {
          threw = e ?? "a throw";
        }
        const verdict = judge(args, result, FakeCustomFunctionsError, threw);
        if (!verdict.ok) throw new Error(`${verdict.kind}: ${verdict.why}`);
      }),
      { numRuns: RUNS_PER_FUNCTION, seed: Number(process.env.FUZZ_SEED ?? 20261128) },
    );
  });
});

test("no call added a key to Object, Array, String or Function prototypes", () => {
  expect(prototypeKeys(globalThis)).toBe(prototypesBefore);
});
