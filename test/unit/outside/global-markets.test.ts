/**
 * A market typed without the "global" the report heads it with. L2187 "全球折叠屏手机市场" and L2194
 * "图：2019-2028E 全球折叠屏手机出货量预测（百万部）": an analyst asks =MARKET.SIZE("foldable phones",2025) or
 * "折叠屏手机", names that alone are the supplier segment 折叠屏 (L2129: 折叠屏：精研科技、东睦股份、统联精密).
 * The market functions answer the global market; the supplier functions still read the segment.
 * Written from the report's lines.
 */
import { installCustomFunctions, outcome } from "../../support/custom-functions";

installCustomFunctions();
// eslint-disable-next-line @typescript-eslint/no-require-imports -- after the CustomFunctions global exists
const fns = require("../../../src/functions/functions") as Record<string, (...args: unknown[]) => unknown>;
const call = (f: string, ...args: unknown[]) => outcome(() => fns[f](...args));

test.each(["foldable phones", "Foldable Phones", "折叠屏手机"])("MARKET.SIZE(%j, y) is the global foldable-phone market's figure", (name) => {
  for (const year of [2019, 2024, 2025, 2028]) expect(call("marketSize", name, year, null)).toEqual(call("marketSize", "全球折叠屏手机", year, null));
  const size = call("marketSize", name, 2024, null) as { value?: number };
  expect(typeof size.value).toBe("number");
});

test("MARKET.CAGR by the short name answers as by the market's own name", () => {
  expect(call("marketCagr", "foldable phones", 2024, 2028, null)).toEqual(call("marketCagr", "Global foldable phones", 2024, 2028, null));
});

test("SUPPLIERS still reads 折叠屏手机 as the supplier segment (L2129)", () => {
  expect(call("suppliers", "折叠屏手机", null)).toEqual({ value: [["精研科技"], ["东睦股份"], ["统联精密"]] });
});
