/**
 * Years as the report prints them and as analysts mistype them. L1295 "从2020年340亿元增长到2024年768亿元"
 * (Tencent, CAGR 22.59%); L1879 captions forecasts "2028E"; L1872 AI ASIC market 2024 → 2027. A minus sign is
 * no year in any function (=MARKET.SIZE("AI ASIC market",-2027) answered 2027's 300). (A CAGR over one year stays
 * #NUM!, as DESIGN.md and Excel's RRI have it.) Written from the report's lines.
 */
import { installCustomFunctions, outcome } from "../../support/custom-functions";

installCustomFunctions();
// eslint-disable-next-line @typescript-eslint/no-require-imports -- after the CustomFunctions global exists
const fns = require("../../../src/functions/functions") as Record<string, (...args: unknown[]) => unknown>;
const call = (f: string, ...args: unknown[]) => outcome(() => fns[f](...args));
const near = (want: number) => ({ value: expect.closeTo(want, 4) });

test.each([
  [2020, 2024],
  ["2020年", "2024年"],
  ["２０２０年", "２０２４"],
  [" 2020 ", "2024"],
])('CAPEX.CAGR("腾讯", %j, %j) = 0.2259 (L1295)', (start, end) => {
  expect(call("capexCagr", "腾讯", start, end)).toEqual(near(0.2259));
});

test("MARKET.CAGR takes years as the report prints them, 2024年 and 2027E", () => {
  const plain = call("marketCagr", "AI ASIC market", 2024, 2027, null);
  expect(plain).toEqual({ value: expect.any(Number) });
  expect(call("marketCagr", "AI ASIC market", "2024年", "2027年", null)).toEqual(plain);
  expect(call("marketCagr", "AI ASIC market", 2024, "2027E", null)).toEqual(plain);
  expect(call("marketSize", "AI ASIC market", "2027E", null)).toEqual(call("marketSize", "AI ASIC market", 2027, null));
});

test.each([
  ["marketSize", ["AI ASIC market", -2027, null]],
  ["marketSize", ["AI ASIC market", "-2027", null]],
  ["marketSize", ["China AR glasses", -2024, null]],
  ["atlasValue", ["Tencent", "capex", -2024, null]],
  ["atlasValue", ["Tencent", "capex", "−2024", null]],
  ["capexValue", ["Tencent", -2024]],
])("%s(%j) is #VALUE! (a negative year), not a figure", (f, args) => {
  expect(call(f, ...args)).toEqual({ error: "#VALUE!", message: expect.stringMatching(/period must be a year such as 2024/) });
});

test("a year as text that is no year is still #VALUE! naming the argument", () => {
  expect(call("capexCagr", "Tencent", "2020年末", 2024)).toEqual({ error: "#VALUE!", message: expect.stringMatching(/^start_year must be a year such as 2024/) });
});
