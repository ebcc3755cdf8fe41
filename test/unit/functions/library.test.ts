/**
 * The function library as Excel calls it (functions.ts through the contract): for each function a table
 * of values checked against the report's numbers, aliases in English and Chinese, and every error path
 * with the code and message a user would see.
 */
import { installCustomFunctions, outcome, type Outcome, type AsExcelCalls } from "../../support/custom-functions";

installCustomFunctions();
// eslint-disable-next-line @typescript-eslint/no-require-imports -- after the CustomFunctions global exists
const fns = require("../../../src/functions/functions") as AsExcelCalls<typeof import("../../../src/functions/functions")>;

type Fn = (...args: never[]) => unknown;
const run = (fn: Fn, args: unknown[]): Outcome => outcome(() => (fn as unknown as (...a: unknown[]) => unknown)(...args));
const value = (o: Outcome) => (o as { value: unknown }).value;
const message = (o: Outcome) => (o as { message?: string }).message ?? "";

/** [function, args, expected value (a number is compared to 4 decimals)] */
type ValueCase = [string, Fn, unknown[], unknown];
/** [function, args, Excel error, message pattern] */
type ErrorCase = [string, Fn, unknown[], string, RegExp | undefined];

function valueCases(cases: ValueCase[]) {
  test.each(cases)("%s %j", (_name, fn, args, expected) => {
    const r = run(fn, args);
    expect(r).toHaveProperty("value");
    if (typeof expected === "number") expect(value(r) as number).toBeCloseTo(expected, 4);
    else expect(value(r)).toEqual(expected);
  });
}

function errorCases(cases: ErrorCase[]) {
  test.each(cases)("%s %j -> %s", (_name, fn, args, code, pattern) => {
    const r = run(fn, args);
    expect(r).toMatchObject({ error: code });
    if (pattern) expect(message(r)).toMatch(pattern);
  });
}

describe("AICHIP.LIST", () => {
  test("all chips, one per row; every name resolves in AICHIP.SPEC", () => {
    const rows = value(run(fns.aichipList, [null])) as string[][];
    expect(rows.length).toBeGreaterThan(40);
    expect(rows.every((r) => r.length === 1)).toBe(true);
    for (const [name] of rows) expect(run(fns.aichipMetrics, [name])).toHaveProperty("value");
  });
  valueCases([
    // Accelerators only: the CloudMatrix 384 system stays reachable through AICHIP.SPEC and ATLAS.VALUE.
    ["Huawei", fns.aichipList, ["Huawei"], [["910B"], ["910C"], ["910D"], ["920"]]],
    ["华为", fns.aichipList, ["华为"], [["910B"], ["910C"], ["910D"], ["920"]]],
    ["npu", fns.aichipList, ["npu"], [["910B"], ["910C"], ["910D"], ["920"]]],
  ]);
  test("a category and a vendor", () => {
    expect((value(run(fns.aichipList, ["GPU"])) as string[][]).flat()).toEqual(expect.arrayContaining(["H100", "H20", "B30"]));
    expect((value(run(fns.aichipList, ["NVIDIA"])) as string[][]).flat()).toEqual(expect.arrayContaining(["A100", "H100", "B200"]));
  });
  errorCases([
    ["typo", fns.aichipList, ["Huawai"], "#N/A", /Unknown chip vendor or category "Huawai".*Did you mean .*Huawei.*Categories: GPU/],
    ["a number", fns.aichipList, [true], "#VALUE!", /vendor_or_category must be text, not TRUE/],
  ]);
});

describe("AICHIP.METRICS", () => {
  test("910C: header, then metric, value, unit", () => {
    const rows = value(run(fns.aichipMetrics, ["昇腾910C"])) as unknown[][];
    expect(rows[0]).toEqual(["metric", "value", "unit"]);
    expect(rows).toContainEqual(["FP16", 800, "TFLOPS"]);
    expect(rows).toContainEqual(["TDP", 310, "W"]);
    expect(rows.every((r) => r.length === 3)).toBe(true);
  });
  test("a range is shown as text, not a midpoint", () => {
    const rows = value(run(fns.aichipMetrics, ["B30"])) as unknown[][];
    expect(rows).toContainEqual(["FP16", "80–100 TFLOPS", ""]);
  });
  errorCases([
    ["unknown", fns.aichipMetrics, ["910X"], "#N/A", /Unknown chip "910X".*Did you mean/],
    ["blank", fns.aichipMetrics, [""], "#VALUE!", /chip is required/],
    ["range", fns.aichipMetrics, [[["910C"]]], "#VALUE!", /chip must be text, not a range/],
  ]);
});

describe("AICHIP.COMPARE", () => {
  valueCases([
    ["H100/A100 TDP", fns.aichipCompare, ["H100", "A100", "TDP", null], 700 / 400],
    ["910C/910B FP16", fns.aichipCompare, ["Ascend 910C", "昇腾910B", "FP16", null], 800 / 320],
    ["B30/H20 FP32 (report says +40%)", fns.aichipCompare, ["B30", "H20", "FP32", null], 200 / 44],
    ["B30 low / H20 sparse, asked per chip", fns.aichipCompare, ["B30", "H20", "FP16", "low;sparse"], 80 / 148],
  ]);
  errorCases([
    ["unknown a", fns.aichipCompare, ["H1000", "A100", "TDP", null], "#N/A", /Unknown chip "H1000"/],
    ["unknown metric", fns.aichipCompare, ["H100", "A100", "TDPP", null], "#N/A", /Did you mean "TDP"/],
    ["missing on b", fns.aichipCompare, ["910C", "910D", "TDP", null], "#N/A", /no .*910D.*TDP|The report gives no/],
    ["text metric", fns.aichipCompare, ["910C", "910B", "memory type", null], "#VALUE!", /number specification/],
    ["range needs an end", fns.aichipCompare, ["B30", "H20", "FP16", null], "#N/A", /range.*"low" or "high"/],
    ["missing arg", fns.aichipCompare, ["H100", null, "TDP", null], "#VALUE!", /chip_b is required/],
  ]);
});

describe("AICHIP.SERVERS", () => {
  valueCases([
    ["910C 1000 P, 8 cards", fns.aichipServers, ["910C", 1000, null, null], Math.ceil(1e6 / (8 * 800))],
    ["910B 1000 P (320 T default)", fns.aichipServers, ["910B", 1000, null, null], Math.ceil(1e6 / (8 * 320))],
    ["910B OAM 376 T", fns.aichipServers, ["910B", 1000, 8, "910B OAM"], Math.ceil(1e6 / (8 * 376))],
    ["4 cards", fns.aichipServers, ["910C", 1000, 4, null], Math.ceil(1e6 / (4 * 800))],
    ["numeric text", fns.aichipServers, ["910C", "1000", "8", null], 157],
    ["exact fit is not rounded up", fns.aichipServers, ["910C", 6.4, 8, null], 1],
  ]);
  errorCases([
    ["zero target", fns.aichipServers, ["910C", 0, null, null], "#VALUE!", /target_pflops must be a positive number/],
    ["negative", fns.aichipServers, ["910C", -5, null, null], "#VALUE!", /target_pflops must be a positive/],
    ["fractional cards", fns.aichipServers, ["910C", 1000, 2.5, null], "#VALUE!", /cards_per_server must be a whole number/],
    ["text target", fns.aichipServers, ["910C", "lots", null, null], "#VALUE!", /target_pflops must be a number, not "lots"/],
    ["a separator is ambiguous across locales", fns.aichipServers, ["910C", "1,000", null, null], "#VALUE!", /must be a number, not "1,000"/],
    ["infinite", fns.aichipServers, ["910C", Infinity, null, null], "#VALUE!", /must be a number/],
    ["range", fns.aichipServers, ["B30", 1000, null, null], "#N/A", /range.*"low" or "high"/],
    ["no FP16", fns.aichipServers, ["Graviton4", 1000, null, null], "#N/A", undefined],
    ["unknown", fns.aichipServers, ["910Q", 1000, null, null], "#N/A", /Unknown chip/],
  ]);
});

describe("AICHIP.SOURCES", () => {
  test("910B FP16: every figure with its line, the default marked (conflict 910B_FP16)", () => {
    const rows = value(run(fns.aichipSources, ["910B", "FP16"])) as unknown[][];
    expect(rows[0]).toEqual(["value", "unit", "as printed", "period", "variant", "status", "dataset", "section", "line", "note"]);
    const body = rows.slice(1);
    expect(body.map((r) => r[0])).toEqual(expect.arrayContaining([320, 376]));
    expect(body.find((r) => r[0] === 320 && r[5] === "default")?.[8]).toBe(1682);
    expect(body.find((r) => r[0] === 376)?.[4]).toBe("910B OAM");
  });
  test("the report's servers per 1000 P stay visible as printed", () => {
    const rows = value(run(fns.aichipSources, ["910B", "servers_per_1000p"])) as unknown[][];
    expect(rows[1][0]).toBe(342);
    expect(rows[1][8]).toBe(1583);
  });
  test("B30 vs H20: the stated +40% with our recomputation beside it", () => {
    const rows = value(run(fns.aichipSources, ["B30", "claim_vs_baseline"])) as unknown[][];
    const stated = rows.findIndex((r) => r[0] === 0.4);
    expect(rows[stated][5]).toMatch(/as stated/);
    expect(rows[stated][1]).toBe("fraction");
    expect(rows[stated + 1][5]).toBe("recomputed");
    expect(rows[stated + 1][0] as number).toBeCloseTo(200 / 44 - 1, 4);
  });
  test("CloudMatrix 384 watts per TB/s: stated 455.2, recomputed from its own power and bandwidth", () => {
    const rows = value(run(fns.aichipSources, ["CloudMatrix 384", "power_per_memory_bandwidth"])) as unknown[][];
    expect(rows[1][0]).toBe(455.2);
    expect(rows[2][5]).toBe("recomputed");
    expect(rows[2][0] as number).toBeGreaterThan(40000);
    expect(rows[2][9]).toMatch(/differs from the stated figure/);
  });
  errorCases([
    ["unknown metric", fns.aichipSources, ["910B", "FP17"], "#N/A", /Did you mean "FP16"/],
    ["unknown chip", fns.aichipSources, ["910Z", "FP16"], "#N/A", /Unknown chip/],
  ]);
});

describe("AICHIP.CARD", () => {
  test("an entity whose properties are the chip's specs (=A1.FP16)", () => {
    const r = value(run(fns.aichipCard, ["910C", null])) as { type: string; text: string; properties: Record<string, { type: string; basicValue: unknown }> }[][];
    expect(r).toHaveLength(1);
    const card = r[0][0];
    expect(card.type).toBe("Entity");
    expect(card.text).toBe("910C");
    expect(card.properties.FP16).toEqual({ type: "Double", basicValue: 800 });
    expect(card.properties.TDP).toEqual({ type: "Double", basicValue: 310 });
    expect(card.properties["Chinese name"]).toEqual({ type: "String", basicValue: "昇腾910C" });
  });
  test("the readable fallback: a property/value table", () => {
    const rows = value(run(fns.aichipCard, ["910C", "table"])) as unknown[][];
    expect(rows).toContainEqual(["FP16", 800]);
    expect(rows.every((row) => row.length === 2)).toBe(true);
  });
  test("where the host lacks CustomFunctionsRuntime 1.4 the table comes back", () => {
    const g = globalThis as unknown as { Office?: unknown };
    g.Office = { context: { requirements: { isSetSupported: () => false } } };
    try {
      const rows = value(run(fns.aichipCard, ["910C", null])) as unknown[][];
      expect(rows).toContainEqual(["FP16", 800]);
    } finally {
      delete g.Office;
    }
  });
  errorCases([
    ["unknown", fns.aichipCard, ["910X", null], "#N/A", /Did you mean/],
    ["bad format", fns.aichipCard, ["910C", "xml"], "#VALUE!", /format must be "entity"/],
  ]);
});

describe("CAPEX.VALUE", () => {
  valueCases([
    ["Tencent 2024", fns.capexValue, ["Tencent", 2024, null], 768],
    ["腾讯 1Q25", fns.capexValue, ["腾讯", "1Q25", null], 275],
    ["Tencent 2025Q1", fns.capexValue, ["tencent", "2025Q1", null], 275],
    ["Tencent 4Q24 (table x10, Q26)", fns.capexValue, ["Tencent", "4Q24", null], 366],
    ["Alibaba 2024", fns.capexValue, ["阿里巴巴", "2024", null], 725.13],
    ["BAT 1Q25", fns.capexValue, ["BAT", "Q1 2025", null], 550.12],
    ["Baidu 1Q25", fns.capexValue, ["百度", "1Q25", null], 29],
    ["in CNY bn", fns.capexValue, ["Tencent", 2024, "CNY bn"], 76.8],
    ["in 百万元", fns.capexValue, ["Tencent", 2024, "百万元"], 76800],
    ["in 亿元", fns.capexValue, ["Tencent", 2024, "亿元"], 768],
  ]);
  errorCases([
    ["no such period", fns.capexValue, ["Tencent", 2022, null], "#N/A", /no Tencent.*capex for 2022.*It gives: 2020, 2024/],
    ["not a capex company", fns.capexValue, ["NVIDIA", 2024, null], "#N/A", /NVIDIA.*Try: .*Tencent/],
    ["typo", fns.capexValue, ["Tencnet", 2024, null], "#N/A", /Did you mean "Tencent"/],
    ["bad period", fns.capexValue, ["Tencent", "Q5 2025", null], "#VALUE!", /period must be a year such as 2024/],
    ["fractional year", fns.capexValue, ["Tencent", 2024.5, null], "#VALUE!", /period must be/],
    ["USD without a rate", fns.capexValue, ["Tencent", 2024, "USD"], "#VALUE!", /cannot be shown in USD/],
    ["unknown unit", fns.capexValue, ["Tencent", 2024, "furlongs"], "#VALUE!", /unit must be one of "CNY"/],
  ]);
});

describe("CAPEX.SERIES", () => {
  valueCases([
    [
      "Tencent annual",
      fns.capexSeries,
      ["Tencent", null, null, null, null],
      [
        ["period", "capex (CNY 100m)"],
        ["2020", 340],
        ["2024", 768],
      ],
    ],
    [
      "Tencent quarterly",
      fns.capexSeries,
      ["腾讯", null, null, "quarterly", null],
      [
        ["period", "capex (CNY 100m)"],
        ["2024Q1", 144],
        ["2024Q4", 366],
        ["2025Q1", 275],
      ],
    ],
    [
      "Alibaba quarters from 3Q24",
      fns.capexSeries,
      ["Alibaba", "3Q24", null, "Q", null],
      [
        ["period", "capex (CNY 100m)"],
        ["2024Q3", 174.91],
        ["2024Q4", 317.75],
        ["2025Q1", 246.12],
      ],
    ],
    [
      "a year bound covers its quarters",
      fns.capexSeries,
      ["Alibaba", null, 2024, "季度", null],
      [
        ["period", "capex (CNY 100m)"],
        ["2024Q1", 111.53],
        ["2024Q3", 174.91],
        ["2024Q4", 317.75],
      ],
    ],
    [
      "Baidu has only quarters",
      fns.capexSeries,
      ["Baidu", null, null, null, null],
      [
        ["period", "capex (CNY 100m)"],
        ["2025Q1", 29],
      ],
    ],
    [
      "in CNY bn",
      fns.capexSeries,
      ["Tencent", 2024, 2024, null, "CNY bn"],
      [
        ["period", "capex (CNY bn)"],
        ["2024", 76.8],
      ],
    ],
  ]);
  errorCases([
    ["empty window", fns.capexSeries, ["Tencent", 2021, 2023, null, null], "#N/A", /no annual capex .* between 2021 and 2023/],
    ["bad frequency", fns.capexSeries, ["Tencent", null, null, "monthly", null], "#VALUE!", /frequency must be "annual"/],
    ["bad from", fns.capexSeries, ["Tencent", "soon", null, null, null], "#VALUE!", /period must be/],
  ]);
});

describe("CAPEX.YOY and CAPEX.QOQ (computed; the report's own figure via ATLAS.SOURCE)", () => {
  valueCases([
    ["Tencent 1Q25 YoY (report: 91%, 90.97%)", fns.capexYoy, ["Tencent", "1Q25"], 275 / 144 - 1],
    ["腾讯 2025Q1 YoY", fns.capexYoy, ["腾讯", "2025Q1"], 275 / 144 - 1],
    ["Alibaba 1Q25 YoY (report: 120.68%)", fns.capexYoy, ["Alibaba", "1Q25"], 246.12 / 111.53 - 1],
    ["Tencent 1Q25 QoQ (report: -25%, -24.86%)", fns.capexQoq, ["Tencent", "1Q25"], 275 / 366 - 1],
    ["Alibaba 4Q24 QoQ (report: 81.66%)", fns.capexQoq, ["Alibaba", "4Q24"], 317.75 / 174.91 - 1],
    ["BAT 1Q25 QoQ (report: -22.2%)", fns.capexQoq, ["BAT", "1Q25"], 550.12 / 707.08 - 1],
  ]);
  errorCases([
    ["YoY without the year before", fns.capexYoy, ["Alibaba", 2024], "#N/A", /needs Alibaba.* capex for 2023.*It gives: 2021, 2024/],
    ["QoQ of a year", fns.capexQoq, ["Tencent", 2024], "#VALUE!", /QoQ growth needs a quarter/],
    ["QoQ without the quarter before", fns.capexQoq, ["Tencent", "2024Q4"], "#N/A", /needs Tencent.* capex for 2024Q3/],
    ["unknown company", fns.capexYoy, ["Tencentt", "1Q25"], "#N/A", /Did you mean "Tencent"/],
    ["blank period", fns.capexYoy, ["Tencent", null], "#VALUE!", /period is required/],
  ]);
});

describe("CAPEX.CAGR keeps its id and answers", () => {
  valueCases([["Tencent 2020-2024", fns.capexCagr, ["Tencent", 2020, 2024], 0.2259]]);
});

describe("SUPPLIERS.OF", () => {
  test("Luxshare (立讯精密): the high-speed cable list and ETH-X, with lines", () => {
    const rows = value(run(fns.suppliersOf, ["立讯精密"])) as unknown[][];
    expect(rows[0]).toEqual(["list", "kind", "as printed", "line"]);
    expect(rows).toContainEqual(["High Speed Cable", "suppliers", "立讯精密", 392]);
  });
  test("a pick appears with its segment", () => {
    const rows = value(run(fns.suppliersOf, ["沪电股份"])) as unknown[][];
    expect(rows.map((r) => r[1])).toContain("picks");
    expect(rows.map((r) => r[0])).toContain("PCB");
  });
  test("English name", () => {
    expect(run(fns.suppliersOf, ["Foxconn"])).toHaveProperty("value");
  });
  errorCases([
    ["unknown", fns.suppliersOf, ["立讯精蜜"], "#N/A", /Unknown company named in a list/],
    ["blank", fns.suppliersOf, [null], "#VALUE!", /company is required/],
  ]);
});

describe("SUPPLIERS.COMPONENTS", () => {
  test("overseas components include the MGX liquid-cooling parts; each is a valid SUPPLIERS argument", () => {
    const rows = (value(run(fns.suppliersComponents, ["overseas"])) as string[][]).flat();
    expect(rows).toEqual(expect.arrayContaining(["NVQD", "UQD", "CDU"]));
    for (const c of rows) expect(run(fns.suppliers, [c, null])).toHaveProperty("value");
  });
  test("海外 is overseas; all themes is the longest", () => {
    expect(value(run(fns.suppliersComponents, ["海外"]))).toEqual(value(run(fns.suppliersComponents, ["overseas"])));
    expect((value(run(fns.suppliersComponents, [null])) as unknown[]).length).toBeGreaterThan((value(run(fns.suppliersComponents, ["overseas"])) as unknown[]).length);
  });
  errorCases([
    ["bad theme", fns.suppliersComponents, ["mars"], "#VALUE!", /theme must be one of "overseas"/],
    ["picks have no components", fns.suppliersComponents, ["picks"], "#N/A", /names no suppliers/],
  ]);
});

describe("SUPPLIERS.COMMON", () => {
  test("NVQD and UQD share quick-disconnect makers, in NVQD's order", () => {
    const rows = (value(run(fns.suppliersCommon, ["NVQD", "UQD", null])) as string[][]).flat();
    expect(rows[0]).toBe("双鸿科技");
    expect(rows).toContain("富士康");
    const english = (value(run(fns.suppliersCommon, ["NVQD", "UQD", "en"])) as string[][]).flat();
    expect(english).toContain("Foxconn");
  });
  errorCases([
    ["none in common", fns.suppliersCommon, ["NVQD", "CPO", null], "#N/A", /names no supplier for both/],
    ["unknown", fns.suppliersCommon, ["NVQD", "UQQ", null], "#N/A", /Did you mean "UQD"/],
    ["bad language", fns.suppliersCommon, ["NVQD", "UQD", "fr"], "#VALUE!", /language must be "en"/],
  ]);
});

describe("MARKET.SIZE and MARKET.CAGR", () => {
  valueCases([
    ["AI ASIC 2027 (Morgan Stanley)", fns.marketSize, ["AI ASIC market", 2027, null], 300],
    ["AI ASIC 2024 in USD bn", fns.marketSize, ["AI ASIC市场", 2024, "USD bn"], 12],
    ["Global ASIC 2033 (VerifiedMarket)", fns.marketSize, ["全球ASIC市场", "2033", null], 152],
    ["China accelerators 2024H1 (10k units)", fns.marketSize, ["中国加速芯片市场", "2024H1", null], 90],
    ["Global ASIC CAGR recomputed (report: 12.8%)", fns.marketCagr, ["Global ASIC market", 2024, 2033, null], (152 / 65) ** (1 / 9) - 1],
    ["the stated span by default", fns.marketCagr, ["Global ASIC market", null, null, null], 0.099],
    ["stated", fns.marketCagr, ["Global ASIC market", null, null, "stated"], 0.128],
    ["AI ASIC recomputed (report: 34%)", fns.marketCagr, ["AI ASIC market", 2024, 2027, null], 0.3572],
    ["IDC stated only", fns.marketCagr, ["中国智能算力", 2023, 2028, "stated"], 0.462],
  ]);
  errorCases([
    ["no size that year", fns.marketSize, ["AI ASIC market", 2025, null], "#N/A", /It gives: 2024, 2027/],
    ["unknown market", fns.marketSize, ["AI ASCI market", 2027, null], "#N/A", /Unknown market/],
    ["wrong unit kind", fns.marketSize, ["AI ASIC market", 2027, "GB"], "#VALUE!", /unit must be one of/],
    ["no base to recompute IDC", fns.marketCagr, ["中国智能算力", null, null, null], "#N/A", /states "?.*46\.2%.*basis "stated"/],
    ["same year", fns.marketCagr, ["AI ASIC market", 2024, 2024, null], "#NUM!", undefined],
    ["reversed", fns.marketCagr, ["AI ASIC market", 2027, 2024, null], "#VALUE!", /end_year \(2024\) must come after/],
    ["bad basis", fns.marketCagr, ["AI ASIC market", null, null, "guess"], "#VALUE!", /basis must be "computed"/],
    ["no stated span", fns.marketCagr, ["AI ASIC market", 2024, 2033, "stated"], "#N/A", /states no CAGR .* over 2024-2033/],
  ]);
});

describe("MODEL.SCORE", () => {
  valueCases([
    ["R1-0528 AIME 2024", fns.modelScore, ["DeepSeek-R1-0528", "AIME 2024", null], 91.4],
    ["alias AIME24", fns.modelScore, ["deepseek r1 0528", "AIME24", null], 91.4],
    ["Gemini AIME 2024, R1-0528 table (Q42)", fns.modelScore, ["Gemini-2.5-Pro", "AIME 2024", "pass@1, R1-0528 table"], 90.8],
    ["Gemini AIME 2024, Qwen3 table (Q42)", fns.modelScore, ["Gemini-2.5-Pro", "AIME 2024", "avg of 64 samples, Qwen3 table"], 92.0],
  ]);
  errorCases([
    [
      "tables disagree and no variant named (Q42)",
      fns.modelScore,
      ["Gemini-2.5-Pro", "AIME 2024", null],
      "#N/A",
      /several variants: name one of "pass@1, R1-0528 table", "avg of 64 samples, Qwen3 table"/,
    ],
    ["unknown model", fns.modelScore, ["DeepSeek-R9", "AIME 2024", null], "#N/A", /Unknown model/],
    ["unknown benchmark", fns.modelScore, ["DeepSeek-R1-0528", "AIME 2026", null], "#N/A", /scores DeepSeek-R1-0528 on:/],
    ["unknown variant", fns.modelScore, ["DeepSeek-R1-0528", "AIME 2024", "pass@64"], "#N/A", /gives it for/],
  ]);
});

describe("STOCK.RETURN and STOCK.PRICE", () => {
  valueCases([
    ["NVDA (report: 45%)", fns.stockReturn, ["NVDA"], 141.97 / 97.63 - 1],
    ["CoreWeave by name (report: 195%)", fns.stockReturn, ["CoreWeave"], 147.19 / 49.85 - 1],
    ["英伟达", fns.stockReturn, ["英伟达"], 141.97 / 97.63 - 1],
    ["NVDA close 2025-06-13", fns.stockPrice, ["NVDA", "2025-06-13"], 141.97],
    ["Oracle 2025/4/7", fns.stockPrice, ["甲骨文", "2025/4/7"], 126.7],
    ["a date cell (Excel serial 45754 = 2025-04-07)", fns.stockPrice, ["NVDA.O", 45754], 97.63],
  ]);
  errorCases([
    ["not in the table", fns.stockReturn, ["Tencent"], "#N/A", /Try: /],
    ["no close that day", fns.stockPrice, ["NVDA", "2025-05-01"], "#N/A", /It gives: 2025-04-07, 2025-06-13/],
    ["bad date", fns.stockPrice, ["NVDA", "yesterday"], "#VALUE!", /date must be a date such as "2025-04-07"/],
    ["blank ticker", fns.stockPrice, ["", "2025-06-13"], "#VALUE!", /ticker is required/],
  ]);
});

describe("PICKS", () => {
  valueCases([
    ["PCB", fns.picks, ["PCB", null], [["沪电股份"], ["胜宏科技"], ["广合科技"], ["生益科技"], ["景旺电子"], ["威尔高"]]],
    ["服务器", fns.picks, ["服务器", null], [["工业富联"], ["华勤技术"]]],
  ]);
  test("all picks with their segment, header first", () => {
    const rows = value(run(fns.picks, [null, null])) as string[][];
    expect(rows[0]).toEqual(["segment", "company"]);
    expect(rows).toContainEqual(["PCB", "沪电股份"]);
    expect(rows.length - 1).toBe(32);
  });
  errorCases([
    ["unknown segment", fns.picks, ["PBC", null], "#N/A", /Unknown pick segment "PBC".*Did you mean/],
    ["bad language", fns.picks, ["PCB", "de"], "#VALUE!", /language must be/],
  ]);
});

describe("ATLAS.DATASETS, ATLAS.TABLE, ATLAS.SOURCE, ATLAS.VERSION", () => {
  test("every dataset listed once; every id opens with ATLAS.TABLE", () => {
    const rows = value(run(fns.atlasDatasets, [null])) as string[][];
    expect(rows[0]).toEqual(["dataset", "title", "标题", "section"]);
    expect(rows.length - 1).toBe(133);
    for (const [id] of rows.slice(1)) {
      const t = run(fns.atlasTable, [id]);
      expect(t).toHaveProperty("value");
      const table = value(t) as unknown[][];
      expect(new Set(table.map((r) => r.length)).size).toBe(1);
    }
  });
  test("a printed table comes back as printed, header first", () => {
    const rows = value(run(fns.atlasTable, ["tencent_capex_quarterly"])) as string[][];
    expect(rows[0][0]).toBe("亿元");
    expect(rows[1]).toEqual(["运营性资本开支", "26.4", "6.6", "+299%", "34.9", "-24%"]);
  });
  test("by title in Chinese", () => {
    expect(run(fns.atlasTable, ["腾讯年度资本开支"])).toHaveProperty("value");
  });
  test("the stated capex CAGR with ours beside it", () => {
    const rows = value(run(fns.atlasSource, ["Tencent", "capex_cagr", null])) as unknown[][];
    expect(rows[1].slice(0, 2)).toEqual([0.2259, "fraction"]);
    expect(rows[2][5]).toBe("recomputed");
    expect(rows[2][0] as number).toBeCloseTo(0.22594, 5);
  });
  test("the ASIC CAGR: stated 12.8% (0.128), recomputed 9.90% (0.099), flagged", () => {
    const rows = value(run(fns.atlasSource, ["Global ASIC market", "market_cagr", null])) as unknown[][];
    expect(rows[1][0]).toBe(0.128);
    expect(rows[2][0] as number).toBeCloseTo(0.098986, 5);
    expect(rows[2][9]).toMatch(/differs/);
  });
  test("a period narrows it (1Q25 = 2025Q1)", () => {
    const rows = value(run(fns.atlasSource, ["腾讯", "capex", "1Q25"])) as unknown[][];
    expect(rows.slice(1).every((r) => r[3] === "2025Q1" && r[0] === 275)).toBe(true);
  });
  test("the version is the catalogue's", () => {
    expect(value(run(fns.atlasVersion, []))).toMatch(/^\d+\.\d+\.\d+ \(\d{4}-\d{2}-\d{2}, data [0-9a-f]{8}\)$/);
  });
  errorCases([
    ["unknown dataset", fns.atlasTable, ["tencent_capex_anual"], "#N/A", /Did you mean "tencent_capex_annual"/],
    ["bad theme", fns.atlasDatasets, ["space"], "#VALUE!", /theme must be one of/],
    ["unknown metric", fns.atlasSource, ["Tencent", "capx", null], "#N/A", /Did you mean "capex"/],
    ["no such period", fns.atlasSource, ["Tencent", "capex", 2019], "#N/A", /for 2019\. It gives:/],
    ["unknown name", fns.atlasSource, ["Tencnet", "capex", null], "#N/A", /Did you mean/],
  ]);
});

describe("the contract", () => {
  test("an error passed in as an argument comes out unchanged", () => {
    const CF = (globalThis as unknown as { CustomFunctions: { Error: new (code: string, message?: string) => Error } }).CustomFunctions;
    const incoming = new CF.Error("#DIV/0!");
    for (const [fn, args] of [
      [fns.aichipSpec, [incoming, "FP16", null]],
      [fns.capexValue, ["Tencent", incoming, null]],
      [fns.suppliers, [[[incoming]], null]],
    ] as [Fn, unknown[]][]) {
      expect(run(fn, args)).toEqual({ error: "#DIV/0!" });
    }
  });
});
