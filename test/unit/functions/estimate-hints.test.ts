/**
 * A capex figure the report gives only as an estimate (Tencent 2025: "2025年腾讯的资本开支可能接近千亿元的水平",
 * L1296) is not CAPEX.VALUE's answer for that year (it answers reported capex), but the #N/A says where it
 * is, with the formula that reads it. (Found from the outside: the message said the report gives no 2025
 * capex at all.)
 */
import { installCustomFunctions, outcome, type AsExcelCalls } from "../../support/custom-functions";

installCustomFunctions();
// eslint-disable-next-line @typescript-eslint/no-require-imports -- after the CustomFunctions global exists
const fns = require("../../../src/functions/functions") as AsExcelCalls<typeof import("../../../src/functions/functions")>;
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { atlas } = require("../../../src/domain/bundled") as typeof import("../../../src/domain/bundled");
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { capexValue } = require("../../../src/domain/capex") as typeof import("../../../src/domain/capex");
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { messageOf } = require("../../../src/domain/messages") as typeof import("../../../src/domain/messages");

describe("a year the report gives only an estimate for", () => {
  test.each([2025, "2025", "腾讯"])("CAPEX.VALUE points to the estimate (%p)", (arg) => {
    const [company, period] = arg === "腾讯" ? ["腾讯", 2025] : ["Tencent", arg];
    expect(outcome(() => fns.capexValue(company as string, period as never))).toEqual({
      error: "#N/A",
      message: expect.stringContaining('line 1296): =ATLAS.VALUE("Tencent","capex","2025").'),
    });
  });

  test("the formula it gives answers the report's figure, 1000 (亿元, CNY 100m)", () => {
    expect(outcome(() => fns.atlasValue("Tencent", "capex", "2025"))).toEqual({ value: 1000 });
  });

  test("the pane says it in Chinese too, worded as every missing figure is (not the English after a prefix)", () => {
    const r = capexValue(atlas, "腾讯", 2025);
    if (r.ok) throw new Error("expected a missing figure");
    const zh = messageOf(r.failure, "zh");
    expect(zh).toContain("第 1296 行");
    expect(zh).toContain('=ATLAS.VALUE("Tencent","capex","2025")');
    expect(zh).not.toContain("The report");
    expect(messageOf(r.failure, "en")).toBe(r.failure.message);
  });

  test("a year with no figure at all gets no such hint", () => {
    expect(outcome(() => fns.capexValue("Tencent", 2019 as never))).toEqual({ error: "#N/A", message: expect.not.stringContaining("ATLAS.VALUE") });
  });
});
