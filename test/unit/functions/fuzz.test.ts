/**
 * Property-based fuzzing of every registered function, called as Excel calls it (functions.ts through
 * the contract): whatever the arguments (text in any script, full-width, emoji, very long; numbers
 * negative, zero, fractional, huge, NaN, infinite; booleans; null; 2-D ranges), each call returns a valid
 * Excel value or a CustomFunctions.Error, never anything else, and never throws. Sized for a few seconds on 2 cores.
 */
import fc from "fast-check";
import { FakeCustomFunctionsError, installCustomFunctions } from "../../support/custom-functions";
import { isExcelValue } from "../../support/excel-values";

installCustomFunctions();
// eslint-disable-next-line @typescript-eslint/no-require-imports -- after the CustomFunctions global exists
const { atlas } = require("../../../src/domain/bundled") as typeof import("../../../src/domain/bundled");
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { excelCall } = require("../../../src/functions/contract") as typeof import("../../../src/functions/contract");
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { FUNCTION_SPECS } = require("../../../src/functions/registry") as typeof import("../../../src/functions/registry");

/** Names that resolve, so the fuzzer also reaches the queries behind the name checks. */
const knownNames = ["910C", "昇腾910B", "H100", "B30", "Tencent", "腾讯", "BAT", "NVQD", "UQD", "FP16", "TDP", "capex", "capex_yoy", "AI ASIC market", "NVDA", "PCB", "overseas", "tencent_capex_annual", "AIME 2024", "DeepSeek-R1-0528", "2025Q1", "1Q25", "low", "dense", "en", "table", "stated", "quarterly", "CNY bn"];

const text = fc.oneof(
  fc.constantFrom(...knownNames),
  fc.string({ maxLength: 12 }),
  fc.string({ unit: "grapheme", maxLength: 12 }),
  fc.string({ unit: fc.constantFrom(..."算力芯片腾讯阿里巴巴昇腾英伟达供应商亿元季度"), maxLength: 8 }),
  fc.string({ unit: fc.constantFrom(..."ＡＢＣＤＥＦＧＨ０１２３４５６７８９　（）"), maxLength: 10 }),
  fc.constantFrom("🚀", "👩‍💻🔥", "９１０Ｃ", "  ", "", "#N/A", "=1+1", "\u0000", "\u202e910C"),
  fc.string({ minLength: 500, maxLength: 3000 }),
);
const number = fc.oneof(
  fc.integer({ min: -3000, max: 3000 }),
  fc.integer({ min: 1990, max: 2040 }),
  fc.double(),
  fc.constantFrom(0, -0, 0.5, -1, 1e308, -1e308, 5e-324, Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY, 45754, 2958466),
);
const scalar = fc.oneof(text, number, fc.boolean(), fc.constant(null), fc.constant(undefined));
const range = fc.array(fc.array(fc.oneof(text, number, fc.boolean(), fc.constant(null)), { minLength: 1, maxLength: 3 }), { minLength: 1, maxLength: 3 });
const argument = fc.oneof({ weight: 8, arbitrary: scalar }, { weight: 1, arbitrary: range });

const RUNS_PER_FUNCTION = 120;

describe.each(FUNCTION_SPECS.map((s) => [s.id, s] as const))("%s", (_id, spec) => {
  test(`${RUNS_PER_FUNCTION} calls with arbitrary arguments: an Excel value or a CustomFunctions.Error`, () => {
    fc.assert(
      fc.property(fc.array(argument, { minLength: spec.args.length, maxLength: spec.args.length }), (args) => {
        let result: unknown;
        try {
          result = excelCall(spec, atlas, args);
        } catch {
          return false; // errors are returned as values, never thrown
        }
        if (result instanceof FakeCustomFunctionsError) {
          return ["#N/A", "#VALUE!", "#NUM!"].includes(result.code) && (result.detail === undefined || (typeof result.detail === "string" && result.detail.length > 0));
        }
        return isExcelValue(result);
      }),
      { numRuns: RUNS_PER_FUNCTION, seed: Number(process.env.FUZZ_SEED ?? 20261128) },
    );
  });
});
