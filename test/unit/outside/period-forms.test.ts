/**
 * Period arguments as analysts type them, beyond years and quarters: a span (a CAGR "2021-2024"), a day
 * (a date cell, which Excel passes as its serial number, or typed text) and a month. Written from the
 * report: a period the report has answers its figure however it is typed; one it does not have is #N/A
 * saying which periods it has, never #VALUE! calling a well-formed period malformed.
 */
import { installCustomFunctions, outcome } from "../../support/custom-functions";

installCustomFunctions();
// eslint-disable-next-line @typescript-eslint/no-require-imports -- after the CustomFunctions global exists
const fns = require("../../../src/functions/functions") as Record<string, (...args: unknown[]) => unknown>;
const value = (...args: unknown[]) => outcome(() => fns.atlasValue(...args));

/** Excel's serial number of a date (the 1900 date system), as a date cell passes it. */
const serial = (y: number, m: number, d: number) => (Date.UTC(y, m - 1, d) - Date.UTC(1899, 11, 30)) / 86400000;

describe("a span, a day or a month as ATLAS.VALUE's period", () => {
  // L1335: 阿里巴巴2021年至2024年（自然年）的资本开支 … 年均复合增长率（CAGR）约为13.58%.
  test.each(["2021-2024", "2021–2024", "2021-24", "2021至2024", "2021年-2024年", " 2021 - 2024 "])(
    "Alibaba's stated capex CAGR for %j is 13.58%% (0.1358, line 1335)",
    (period) => {
      expect(value("Alibaba", "capex_cagr", period, null)).toEqual({ value: 0.1358 });
    },
  );

  test("a span the report does not give is #N/A naming the one it gives", () => {
    expect(value("Alibaba", "capex_cagr", "2020-2024", null)).toEqual({ error: "#N/A", message: expect.stringMatching(/2020-2024.*It gives: 2021-2024/) });
  });

  test("a span for a figure given by year is #N/A listing its years, not #VALUE!", () => {
    const got = value("Tencent", "capex", "2020-2024", null);
    expect(got).toEqual({ error: "#N/A", message: expect.stringContaining("It gives: 2020, 2024") });
  });

  // L138: NVDA.O 英伟达 97.63 141.97 (header L130: 收盘价-4月7日, 收盘价-6月13日).
  test.each([
    ["a date cell", serial(2025, 6, 13)],
    ["ISO text", "2025-06-13"],
    ["slashes", "2025/6/13"],
    ["Chinese", "2025年6月13日"],
  ])("NVIDIA's close on 2025-06-13 typed as %s is 141.97 (line 138)", (_how, period) => {
    expect(value("NVDA", "stock_close", period, null)).toEqual({ value: 141.97 });
  });

  test("a day the report has no close for is #N/A naming its two days", () => {
    expect(value("NVDA", "stock_close", serial(2025, 6, 9), null)).toEqual({ error: "#N/A", message: expect.stringContaining("2025-04-07, 2025-06-13") });
  });

  test("a year stays a year (2024 is not the serial of a day in 1905)", () => {
    // L1295: 2024年腾讯资本开支达到768亿元.
    expect(value("Tencent", "capex", 2024, null)).toEqual({ value: 768 });
  });

  test("a month the report has no figure for is #N/A, not #VALUE!", () => {
    expect(value("Tencent", "capex", "2025-06", null)).toMatchObject({ error: "#N/A" });
  });
});

describe("a quarter or a half as the report prints them in Chinese", () => {
  const capex = (...args: unknown[]) => outcome(() => fns.capexValue(...args));
  const yoy = (...args: unknown[]) => outcome(() => fns.capexYoy(...args));

  // L1296: 腾讯2025年Q1资本开支同比增长91%达到275亿元.
  test.each(["2025年Q1", "25年Q1", "2025 年 Q1", "２０２５年Ｑ１", "2025年第一季度", "2025年一季度", "2025年1季度", "2025年第1季度", "2025一季度"])(
    "Tencent's 2025Q1 capex typed %j is 275 (亿元, line 1296)",
    (period) => {
      expect(capex("腾讯", period, null)).toEqual({ value: 275 });
    },
  );

  // L1336: 阿里巴巴2025年Q1（自然年）资本开支为246.12亿元，同比增长120.68%.
  test("Alibaba's 2025年Q1 capex YoY is the same as for 2025Q1 (about 1.2068)", () => {
    const got = yoy("阿里巴巴", "2025年Q1");
    expect(got).toEqual(yoy("Alibaba", "2025Q1"));
    expect(got).toEqual({ value: expect.closeTo(1.2068, 3) });
  });

  // L1609: … 25年Q1 … 营收22.47亿美元 (SMIC).
  test("SMIC's revenue for 25年Q1, the report's own spelling, is 22.47 (line 1609)", () => {
    expect(value("中芯国际", "revenue", "25年Q1", null)).toEqual({ value: 22.47 });
  });

  test("a half year in words is read as one, and a quarter that does not exist is still #VALUE!", () => {
    expect(capex("腾讯", "2025年上半年", null)).toEqual({ error: "#N/A", message: expect.stringContaining("for 2025H1") });
    expect(capex("腾讯", "2025年第五季度", null)).toEqual({ error: "#VALUE!", message: expect.stringContaining("period must be") });
    expect(capex("腾讯", "2025年Q5", null)).toEqual({ error: "#VALUE!", message: expect.stringContaining("period must be") });
  });
});
