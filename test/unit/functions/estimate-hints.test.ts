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

/**
 * A growth rate the add-in cannot compute because the report gives no base level, where the report states
 * the rate itself (Alibaba 2024 YoY: "同比增长197.04%", L1335): Excel's #N/A says where, and the pane's
 * Chinese message is worded in Chinese, hint included (it was the English after a Chinese prefix).
 */
describe("a growth rate the report states but gives no base for", () => {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { capexGrowth } = require("../../../src/domain/capex") as typeof import("../../../src/domain/capex");

  test("CAPEX.YOY names the missing year and points to the stated rate", () => {
    expect(outcome(() => fns.capexYoy("Alibaba", "2024" as never))).toEqual({
      error: "#N/A",
      message: expect.stringMatching(
        /^YoY for 2024 needs Alibaba .*capex for 2023, which the report does not give\..* line 1335\): =ATLAS\.VALUE\("Alibaba","capex_yoy","2024"\)\.$/,
      ),
    });
  });

  test("CAPEX.QOQ likewise (Baidu 2025Q1: 环比 24.30%, L1386)", () => {
    expect(outcome(() => fns.capexQoq("百度", "2025Q1" as never))).toEqual({
      error: "#N/A",
      message: expect.stringContaining('line 1386): =ATLAS.VALUE("Baidu","capex_qoq","2025Q1").'),
    });
  });

  test.each([
    ["yoy", "阿里巴巴", "2024", "同比", "第 1335 行"],
    ["qoq", "Baidu", "2025Q1", "环比", "第 1386 行"],
  ] as const)("the pane's Chinese message (%s, %s %s) is Chinese throughout", (kind, company, period, word, line) => {
    const r = capexGrowth(atlas, company, period, kind);
    if (r.ok) throw new Error("expected a missing base");
    const zh = messageOf(r.failure, "zh");
    expect(zh).toContain(word);
    expect(zh).toContain(line);
    expect(zh).not.toMatch(/needs|The report|which/);
    expect(messageOf(r.failure, "en")).toBe(r.failure.message);
  });
});
