/**
 * AICHIP.COMPARE and the "Did you mean" suggestions of #N/A, checked from the outside: the built
 * dist/functions.js is loaded the way Excel's runtime loads it (the script evaluated on its own with a
 * CustomFunctions global) and called by function id. Every expected figure is taken from the research
 * report (/work/shared/seed/000_9ca86ffbb4c1befa.txt; the line numbers below are that file's), not from
 * data/. Needs `npm run build` first.
 */
import { existsSync, readFileSync } from "fs";
import { Script } from "vm";
import { BUNDLE, CustomFunctionsError, expectCleanMessage, expectWellFormed, outcomeOf, type Fn, type Outcome } from "../../support/outcomes";

const registry = new Map<string, Fn>();

// Jest runs this file inside its own vm context, while Script#runInThisContext evaluates in Node's
// main context: the globalThis the bundle sees is that one, so the globals go there (and here too).
const scriptGlobal = new Script("globalThis").runInThisContext() as Record<string, unknown>;
const globals = [scriptGlobal, globalThis as unknown as Record<string, unknown>];

beforeAll(() => {
  if (!existsSync(BUNDLE)) throw new Error("dist/functions.js is missing: run `npm run build` first");
  const customFunctions = {
    Error: CustomFunctionsError,
    ErrorCode: { invalidValue: "#VALUE!", notAvailable: "#N/A", invalidNumber: "#NUM!" },
    associate: (id: string, fn: Fn) => registry.set(id, fn),
  };
  for (const g of globals) {
    g.CustomFunctions = customFunctions;
    g.self = g;
  }
  new Script(readFileSync(BUNDLE, "utf8"), { filename: "functions.js" }).runInThisContext();
});

afterAll(() => {
  for (const g of globals) {
    delete g.CustomFunctions;
    delete g.self;
    delete g.webpackChunkai_compute_atlas;
  }
});

/** Every outcome seen, checked once more at the end: a finite number, a string, or an Excel error. */
const seen: { call: string; outcome: Outcome }[] = [];

function call(id: string, ...args: unknown[]): Outcome {
  const outcome = outcomeOf(registry, id, args);
  seen.push({ call: `${id}${JSON.stringify(args)}`, outcome });
  return outcome;
}

/** The quoted names of a "Did you mean "a", "b"?" message. */
function suggestions(message: string | undefined): string[] {
  const m = /Did you mean (.+?)\?/.exec(message ?? "");
  return m ? [...m[1].matchAll(/"([^"]+)"/g)].map((q) => q[1]) : [];
}

/**
 * Names match as the add-in matches them (ignoring case, width and spaces): a suggestion may be an alias
 * spelled without the report's spaces, e.g. "Maia100" for the report's "Maia 100" (line 177).
 */
const fold = (s: string) => s.normalize("NFKC").replace(/\s+/g, "").toLowerCase();

function expectDidYouMean(outcome: Outcome, intended: string): void {
  expect(outcome).toMatchObject({ error: "#N/A", message: expect.stringContaining("Did you mean") });
  const message = (outcome as { message?: string }).message;
  expectCleanMessage(message);
  const named = suggestions(message).map(fold);
  if (!named.includes(fold(intended))) throw new Error(`expected "${intended}" among the suggestions of: ${message}`);
}

describe("AICHIP.COMPARE gives chip_a / chip_b from the report's figures", () => {
  // [chip_a as typed, chip_b as typed, metric, variant, a's figure, b's figure, report lines]
  test.each([
    ["H100", "A100", "TDP", null, 700, 400, "300-301, 945-946"],
    ["h100", "a100", "tdp", null, 700, 400, "300-301"],
    ["Ｈ１００", "Ａ１００", "TDP", null, 700, 400, "300-301 (full-width)"],
    [" H 100 ", "  A100", " TDP ", null, 700, 400, "300-301 (extra spaces)"],
    ["昇腾910C", "昇腾910B", "FP16", null, 800, 320, "1682-1683"],
    ["９１０Ｃ", "９１０Ｂ", "INT8", null, 1504, 640, "1704"],
    ["ascend 910c", "ASCEND910B", "memory", null, 128, 64, "1705"],
    ["Ｂ２００", "Ｈ１００", "ＴＤＰ", null, 1000, 700, "946-947"],
    ["  b300 ", "b 200", "HBM", null, 288, 192, "283"],
    ["tpu v6e", "trainium 2", "interconnect", null, 3584, 640, "454"],
    ["Maia 100", "TPUv5P", "INT8", null, 1600, 918, "175, 177"],
    ["maia100", "tpuv5e", "memory", null, 64, 16, "174, 177"],
    ["D1", "MTIA v2", "FP32", null, 22.6, 2.76, "176, 180"],
    ["B30", "H20", "FP32", null, 200, 44, "312"],
    ["天垓150", "寒武纪 MLU370X8", "FP16", null, 190, 96, "1575-1576"],
    ["天数 天垓150", "mlu370x8", "TDP", null, 350, 250, "1575, 1581"],
    ["曦云C500", "云燧T21", "FP16", null, 240, 128, "1575-1576"],
    ["S4000", "元碁T100", "TDP", null, 450, 300, "1575, 1581"],
    ["H800", "A800", "TDP", null, 700, 400, "302-303"],
    ["第六代至强性能核处理器", "第一代至强可扩展服务器", "TDP", null, 500, 205, "954, 959"],
    ["昇腾910D", "英伟达H100", "bandwidth", null, 4, 3.35, "1715, 1723"],
    ["昇腾910B", "英伟达B200", "TDP", null, 310, 1000, "1693"],
    ["H20", "H100", "memory", null, 96, 80, "301, 304"],
    ["910B", "B200", "transistor count", null, 496, 2080, "1690"],
    ["EPYC9965", "Xeon6980P", "cores", null, 192, 128, "1772, 1774"],
    ["910B OAM", "MLU370X8", "FP16", null, 376, 96, "1575-1576"],
    ["910B", "910C", "FP16", "OAM;", 376, 800, "1576, 1683"],
    ["910B", "910C", "TDP", "OAM;", 400, 310, "1581, 1706"],
    ["H100", "A100", "TDP", ";PCIe", 700, 300, "301, 1559"],
    ["K100_AI", "K100", "TDP", "high;", 400, 300, "1800"],
    ["K100_AI", "K100", "TDP", "low;", 350, 300, "1800"],
    ["910C", "910B", "FP16", "low;", 752, 320, "1703"],
    ["MTIA v2", "Maia 100", "INT8", null, 354, 1600, "176-177 (dense)"],
    ["MTIA v2", "Maia 100", "INT8", "sparse;", 708, 1600, "176-177 (sparse)"],
  ] as [string, string, string, string | null, number, number, string][])("COMPARE(%j, %j, %j, %j) = %d / %d (report lines %s)", (a, b, metric, variant, figureA, figureB) => {
    const outcome = call("AICHIP.COMPARE", a, b, metric, variant);
    expectWellFormed(outcome);
    expect(outcome).toHaveProperty("value");
    const value = (outcome as { value: number }).value;
    expect(typeof value).toBe("number");
    expect(Math.abs(value / (figureA / figureB) - 1)).toBeLessThan(1e-9);
  });

  test.each([
    ["H100", "A100", "TDP"],
    ["昇腾910C", "昇腾910B", "FP16"],
    ["tpu v6e", "trainium 2", "interconnect"],
    ["第六代至强性能核处理器", "第一代至强可扩展服务器", "TDP"],
  ])("COMPARE(%j, %j, %j) and its reverse multiply to 1", (a, b, metric) => {
    const ab = call("AICHIP.COMPARE", a, b, metric, null) as { value: number };
    const ba = call("AICHIP.COMPARE", b, a, metric, null) as { value: number };
    expect(Math.abs(ab.value * ba.value - 1)).toBeLessThan(1e-9);
  });

  test.each([
    ["H100", "TDP"],
    ["昇腾910C", "FP16"],
    ["Maia 100", "INT8"],
    ["第六代至强性能核处理器", "TDP"],
  ])("a chip against itself is 1: COMPARE(%j, same, %j)", (chip, metric) => {
    expect(call("AICHIP.COMPARE", chip, chip, metric, null)).toEqual({ value: 1 });
  });
});

describe("AICHIP.COMPARE where a chip lacks the figure: #N/A naming both chips", () => {
  // [chip_a, chip_b, metric, the chips' names as the report prints them, what the report says]
  test.each([
    ["Graviton4", "Trainium2", "INT8", ["Graviton4", "Trainium2"], 'line 179: Graviton4 INT8 "-"'],
    ["Trainium2", "Graviton4", "INT8", ["Trainium2", "Graviton4"], 'line 179: Graviton4 INT8 "-"'],
    ["D1", "graviton 4", "FP32", ["D1", "Graviton4"], 'line 179: Graviton4 FP32 "-"'],
    ["MTIA v2", "Graviton4", "memory", ["MTIA v2", "Graviton4"], 'line 179: Graviton4 capacity "-"'],
    ["TPUv5E", "Maia 100", "process", ["TPUv5E", "Maia 100"], 'line 174: TPUv5E process "-"'],
    ["TPUv5P", "Graviton4", "interconnect", ["TPUv5P", "Graviton4"], 'line 179: Graviton4 interconnect "-"'],
    ["B30", "H100", "memory", ["B30", "H100"], "lines 294, 305, 311: B30 uses GDDR7, no capacity given"],
    ["昇腾910B", "昇腾910D", "TDP", ["910B", "910D"], "lines 1715-1725: no 910D power"],
    ["910D", "910B", "TDP", ["910D", "910B"], "lines 1715-1725: no 910D power"],
    ["920", "910B", "TDP", ["920", "910B"], "line 1716: no 920 power"],
    ["H20", "A100", "INT8", ["H20", "A100"], "lines 304, 313: no H20 INT8"],
  ] as [string, string, string, string[], string][])("COMPARE(%j, %j, %j) names %j (%s)", (a, b, metric, names) => {
    const outcome = call("AICHIP.COMPARE", a, b, metric, null);
    expectWellFormed(outcome);
    expect(outcome).toMatchObject({ error: "#N/A" });
    const message = (outcome as { message?: string }).message;
    expectCleanMessage(message);
    for (const name of names) expect(message).toContain(name);
  });
});

describe("AICHIP.COMPARE of a year: #VALUE!, not a ratio of two years", () => {
  // Years are dates: 2022 / 2020 is 1.001 and says nothing about the chips. The message gives both
  // years as the report prints them, so the user can subtract them. A chip the report gives no year for:
  // still the year refusal (no variant per chip makes a ratio of years mean something), saying which chip
  // lacks it and what the other has. With a variant given, the call is read by name, not by meaning: the
  // same answer.
  test.each([
    ["H100", "A100", "release year", null, ["H100 2022", "A100 2020"], "line 281"],
    ["B300", "H100", "发布时间", null, ["B300 2025", "H100 2022"], "line 281"],
    ["TPUv5E", "Maia 100", "release year", null, ["TPUv5E 2023", "Maia 100 2023"], "lines 174, 177"],
    ["A800", "H100", "release year", null, ["A800 has no figure", "H100 has 2022"], "line 281: no A800"],
    ["H100", "A800", "发布时间", null, ["H100 has 2022", "A800 has no figure"], "line 281"],
    ["A800", "H100", "release year", "dense;dense", ["A800 has no figure", "H100 has 2022"], "line 281"],
  ] as [string, string, string, string | null, string[], string][])("COMPARE(%j, %j, %j, %j) is #VALUE! saying %j (%s)", (a, b, metric, variant, says) => {
    const outcome = call("AICHIP.COMPARE", a, b, metric, variant);
    expectWellFormed(outcome);
    expect(outcome).toMatchObject({ error: "#VALUE!" });
    const message = (outcome as { message?: string }).message;
    expectCleanMessage(message);
    expect(message).toMatch(/year/);
    expect(message).not.toMatch(/one variant per chip/);
    for (const part of says) expect(message).toContain(part);
    expect(message).not.toMatch(/\d year/);
  });

  test("the years themselves still answer through AICHIP.SPEC (line 281)", () => {
    expect(call("AICHIP.SPEC", "H100", "release year", null)).toEqual({ value: 2022 });
    expect(call("AICHIP.SPEC", "A100", "release year", null)).toEqual({ value: 2020 });
  });
});

describe("AICHIP.COMPARE with an unknown chip: #N/A and a suggestion naming the intended chip", () => {
  // [chip_a, chip_b, metric, intended chip, report line]
  test.each([
    ["Trainum2", "TPUv6e", "interconnect", "Trainium2", "452"],
    ["TPUv6e", "Trainnium2", "interconnect", "Trainium2", "452"],
    ["H1OO", "A100", "TDP", "H100", "301"],
    ["H100", "A1000", "TDP", "A100", "300"],
    ["昇腾91OC", "昇腾910B", "FP16", "昇腾910C", "1683"],
    ["昇腾910C", "昇滕910B", "FP16", "昇腾910B", "1682"],
    ["Gravtion4", "Trainium2", "INT8", "Graviton4", "179"],
    ["Maia 1OO", "TPUv5P", "INT8", "Maia 100", "177"],
    ["Blackwel B200", "H100", "TDP", "B200", "947"],
    ["Xeon6980P", "EPYC99655", "cores", "EPYC9965", "1772"],
  ])("COMPARE(%j, %j, %j) suggests %j (report line %s)", (a, b, metric, intended) => {
    expectDidYouMean(call("AICHIP.COMPARE", a, b, metric, null), intended);
  });
});

describe("a misspelled name gives #N/A with the intended name among the suggestions", () => {
  // [function, intended name, as typed, the typo, report line printing the name]
  // Companies that the report prints in Chinese are also typed by their English names.
  test.each([
    ["AICHIP.SPEC", "H100", "HH100", "letter doubled", "301"],
    ["AICHIP.SPEC", "A100", "A100x", "letter appended", "300"],
    ["AICHIP.SPEC", "A800", "A8000", "letter appended", "302"],
    ["AICHIP.SPEC", "H800", "H080", "letters swapped", "303"],
    ["AICHIP.SPEC", "B300", "B3000", "letter appended", "948"],
    ["AICHIP.SPEC", "B30", "3B0", "letters swapped", "305"],
    ["AICHIP.SPEC", "910B", "910BB", "letter doubled", "1682"],
    ["AICHIP.SPEC", "Trainium2", "Trainum2", "letter dropped", "179"],
    ["AICHIP.SPEC", "Graviton4", "Gravtion4", "letters swapped", "179"],
    ["AICHIP.SPEC", "TPUv6e", "TPUv6ee", "letter doubled", "437"],
    ["AICHIP.SPEC", "TPUv5P", "TPUvP5", "letters swapped", "175"],
    ["AICHIP.SPEC", "TPUv5E", "TPUv5EE", "letter doubled", "174"],
    ["AICHIP.SPEC", "Maia 100", "Maia 1000", "letter doubled", "177"],
    ["AICHIP.SPEC", "MTIA v2", "MTIA v22", "letter doubled", "176"],
    ["AICHIP.SPEC", "MLU370X8", "MLU370X88", "letter doubled", "1575"],
    ["AICHIP.SPEC", "K100_AI", "K100_AII", "letter doubled", "1792"],
    ["AICHIP.SPEC", "Xeon6980P", "Xeon698P", "letter dropped", "1772"],
    ["AICHIP.SPEC", "EPYC9965", "EPCY9965", "letters swapped", "1772"],
    ["AICHIP.SPEC", "S5000C-64", "S5000C-644", "letter doubled", "1772"],
    ["AICHIP.SPEC", "3D5000", "3D50000", "letter doubled", "1772"],
    ["AICHIP.SPEC", "RX7900XTX", "RX790XTX", "letter dropped", "1540"],
    ["AICHIP.SPEC", "MI250X", "MI250XX", "letter doubled", "1545"],
    ["AICHIP.SPEC", "RTX4090Ti", "RTX4090Tii", "letter appended", "1542"],
    ["AICHIP.SPEC", "GPU Max 1550", "Intel GPU Max 155", "letter dropped", "1538"],
    ["AICHIP.SPEC", "DeepEdge 10 Max", "DeepEdge 10 Maxx", "letter doubled", "1852"],
    ["AICHIP.SPEC", "S4000", "S40000", "letter doubled", "1575"],
    // A product misspelled after its vendor's name, in either language: no name is close to the two together.
    ["AICHIP.SPEC", "910B", "华为910X", "vendor's Chinese name, then a letter wrong", "1682"],
    ["AICHIP.SPEC", "910C", "Huawei 910X", "vendor's English name, then a letter wrong", "1683"],
    ["AICHIP.SPEC", "910B", "华为 910X", "vendor's name and a space, then a letter wrong", "1682"],
    ["ATLAS.VALUE", "Tencent", "Tecnent", "letters swapped", "1295 (腾讯)"],
    ["ATLAS.VALUE", "Alibaba", "Alibba", "letter dropped", "431 (阿里巴巴)"],
    ["ATLAS.VALUE", "Cambricon", "Cambircon", "letters swapped", "1832 (寒武纪)"],
    ["ATLAS.VALUE", "Hygon", "Hyogn", "letters swapped", "1762 (海光)"],
    ["ATLAS.VALUE", "Broadcom", "Braodcom", "letters swapped", "650 (博通)"],
    ["ATLAS.VALUE", "Marvell", "Mravell", "letters swapped", "140"],
    ["ATLAS.VALUE", "OpenAI", "OpenAII", "letter doubled", "166"],
    ["ATLAS.VALUE", "DeepSeek", "DeepSek", "letter dropped", "1155"],
    ["ATLAS.VALUE", "Xiaomi", "Xioami", "letters swapped", "29 (小米)"],
    ["ATLAS.VALUE", "Intellifusion", "Intelifusion", "letter dropped", "1847 (云天励飞)"],
    ["ATLAS.VALUE", "VeriSilicon", "VeriSiliconn", "letter doubled", "1521 (芯原)"],
    ["ATLAS.VALUE", "Huawei", "Huaweii", "letter appended", "1462 (华为)"],
    ["ATLAS.VALUE", "Microsoft", "Microsoftt", "letter appended", "138 (微软)"],
    ["ATLAS.VALUE", "Amazon", "Amazonn", "letter appended", "166 (亚马逊)"],
    ["ATLAS.VALUE", "Google", "Gooogle", "letter doubled", "141 (谷歌)"],
    ["ATLAS.VALUE", "NVIDIA", "NVIDIAA", "letter doubled", "17 (英伟达)"],
    ["ATLAS.VALUE", "Qwen3-235B-A22B", "Qwen3-235B-A2B", "letter dropped", "1358"],
    // (Not only the vendor itself, which is what is closest to "华为910X" as a whole.)
    ["ATLAS.VALUE", "910B", "华为910X", "vendor's Chinese name, then a letter wrong", "1682"],
    ["ATLAS.VALUE", "DeepSeek-R1-Distill-Llama-70B", "DeepSeek-R1-Distill-Lama-70B", "letter dropped", "1453"],
  ])("%s(%j): %j (%s) is suggested (report line %s)", (id, intended, typed) => {
    const outcome = id === "AICHIP.SPEC" ? call(id, typed, "FP16", null) : call(id, typed, "revenue", null, null);
    expectDidYouMean(outcome, intended);
  });

  test.each([
    ["AICHIP.SPEC", "昇腾910C", "昇腾910CC", "character doubled", "1683"],
    ["AICHIP.SPEC", "思元590", "思元59", "character dropped", "1832"],
    ["AICHIP.SPEC", "天垓150", "天垓1500", "character appended", "1575"],
    ["AICHIP.SPEC", "曦云C500", "曦云C5000", "character appended", "1575"],
    ["AICHIP.SPEC", "云燧T21", "云燧T211", "character doubled", "1575"],
    ["AICHIP.SPEC", "元碁T100", "元碁T1000", "character appended", "1575"],
    ["AICHIP.SPEC", "鲲鹏920-7260", "鲲鹏920-72600", "character appended", "1772"],
    ["AICHIP.SPEC", "第六代至强性能核处理器", "第六代至强性能处理器", "character dropped", "959"],
    ["AICHIP.SPEC", "寒武纪 MLU370X8", "寒武纪 MLU370X88", "character doubled", "1575"],
    ["ATLAS.VALUE", "腾讯", "腾迅", "wrong character", "1295"],
    ["ATLAS.VALUE", "腾讯", "腾讯讯", "character doubled", "1295"],
    ["ATLAS.VALUE", "寒武纪", "寒武记", "wrong character", "1832"],
    ["ATLAS.VALUE", "寒武纪", "寒五纪", "wrong character", "1832"],
    ["ATLAS.VALUE", "海光信息", "海光信息息", "character doubled", "29"],
    ["ATLAS.VALUE", "中芯国际", "中芯国", "character dropped", "19"],
    ["ATLAS.VALUE", "中芯国际", "中心国际", "wrong character", "19"],
    ["ATLAS.VALUE", "云天励飞", "云天励", "character dropped", "1043"],
    ["ATLAS.VALUE", "英伟达", "英伟", "character dropped", "17"],
    ["ATLAS.VALUE", "英伟达", "英伟大", "wrong character", "17"],
    ["ATLAS.VALUE", "华为", "华为为", "character doubled", "1462"],
    ["ATLAS.VALUE", "阿里巴巴", "阿里巴巴巴", "character doubled", "431"],
    ["ATLAS.VALUE", "博通", "博通通", "character doubled", "135"],
    ["ATLAS.VALUE", "亚马逊", "亚马迅", "wrong character", "166"],
    ["ATLAS.VALUE", "火山引擎", "火山引", "character dropped", "1076"],
  ])("Chinese: %s(%j): %j (%s) is suggested (report line %s)", (id, intended, typed) => {
    const outcome = id === "AICHIP.SPEC" ? call(id, typed, "FP16", null) : call(id, typed, "revenue", null, null);
    expectDidYouMean(outcome, intended);
  });

  // Over 32 characters (UTF-16 code units) typed, so that the edit distance runs past one machine word.
  test.each([
    ["ATLAS.VALUE", "Semiconductor Manufacturing International", "Semiconductor Manufacturing Internationl", "中芯国际, line 19"],
    ["ATLAS.VALUE", "Semiconductor Manufacturing International", "SemiconductorManufacturingInternationall", "中芯国际, line 19"],
    ["ATLAS.VALUE", "Semiconductor Manufacturing International", "Semicondcutor Manufacturing International", "中芯国际, line 19"],
    ["ATLAS.VALUE", "Semiconductor Manufacturing International", "Semiconductor Manufacturing International Corporationn", "中芯国际, line 19"],
    ["ATLAS.VALUE", "Semiconductor Manufacturing International", "ＳＥＭＩＣＯＮＤＵＣＴＯＲ Manufacturing Internationa", "中芯国际, line 19"],
    ["ATLAS.VALUE", "Hygon Information Technology", "Hygon Information Technology Co Ltdd", "海光信息, line 29"],
    ["ATLAS.VALUE", "DeepSeek-R1-Distill-Llama-70B", "DeepSeek-R1-Distill-Llama-70B pass@1", "line 1453"],
    ["ATLAS.VALUE", "DeepSeek-R1-Distill-Qwen-32B", "DeepSeek-R1-Distill-Qwen-32B pass@1x", "line 1451"],
    ["AICHIP.SPEC", "GPU Max 1550", "Intel GPU Max 1550 data center graphicss", "line 1538"],
    ["AICHIP.SPEC", "1st Gen Xeon Scalable", "1st Gen Xeon Scalable Processor Familyy", "第一代至强可扩展服务器, line 954"],
    ["AICHIP.SPEC", "Kunpeng 920-7260", "Huawei Kunpeng 920-7260 server processorr", "鲲鹏920-7260, line 1772"],
    ["AICHIP.SPEC", "第六代至强性能核处理器", "第六代至强性能核处理器第六代至强性能核处理器第六代至强性能核处理器", "line 959"],
    ["ATLAS.VALUE", "第六代至强性能核处理器", "英特尔第六代至强性能核处理器服务器芯片最大功耗达到五百瓦特以上的型号", "line 959"],
  ])("long: %s(%j) from %j (%s)", (id, intended, typed) => {
    expect(typed.length).toBeGreaterThan(32);
    const outcome = id === "AICHIP.SPEC" ? call(id, typed, "FP16", null) : call(id, typed, "revenue", null, null);
    expectDidYouMean(outcome, intended);
  });
});

describe("a suggestion is written in the script the name was typed in", () => {
  // Line 1872: 摩根士丹利预计，AI ASIC市场规模将从2024年的120亿美元增长至2027年的300亿美元.
  test('MARKET.SIZE("AI ASIC") is told "AI ASIC market" (not its Chinese name), and that name answers USD 12 bn for 2024', () => {
    const outcome = call("MARKET.SIZE", "AI ASIC", 2024, null);
    expectDidYouMean(outcome, "AI ASIC market");
    const named = suggestions((outcome as { message?: string }).message);
    expect(named.filter((n) => /[\u4e00-\u9fff]/.test(n))).toEqual([]);
    expect(call("MARKET.SIZE", named[0], 2024, "USD bn")).toEqual({ value: 12 });
    expect(call("MARKET.SIZE", named[0], 2027, "USD bn")).toEqual({ value: 30 });
  });

  test.each([
    ["MARKET.SIZE", "AI ASIC市", "AI ASIC市场"],
    ["AICHIP.SPEC", "升腾910C", "昇腾910C"],
  ])("%s(%j), typed in Chinese, is told %j", (id, typed, intended) => {
    const outcome = id === "AICHIP.SPEC" ? call(id, typed, "FP16", null) : call(id, typed, 2024, null);
    expectDidYouMean(outcome, intended);
    expect(suggestions((outcome as { message?: string }).message)[0]).toBe(intended);
  });
});

describe("a name far from anything: #N/A, no crash, no JavaScript in the message", () => {
  test.each([
    ["letters", "zzzzqqqq"],
    ["punctuation", "!!!@@@###"],
    ["emoji (surrogate pairs)", "😀😀😀"],
    ["CJK extension B (surrogate pairs)", "𠀀𠀁𠀂"],
    ["full-width punctuation", "。。。"],
    ["Cyrillic", "ёжик в тумане"],
    ["300 letters", "x".repeat(300)],
    ["45 letters", "qwertyuiopasdfghjklzxcvbnmqwertyuiopasdfghjkl"],
    ["40 snowmen", "☃".repeat(40)],
  ])("%s", (_label, name) => {
    for (const outcome of [
      call("AICHIP.SPEC", name, "FP16", null),
      call("ATLAS.VALUE", name, "revenue", null, null),
      call("AICHIP.COMPARE", name, "H100", "TDP", null),
      call("AICHIP.COMPARE", "H100", name, "TDP", null),
    ]) {
      expectWellFormed(outcome);
      expect(outcome).toMatchObject({ error: "#N/A" });
      expectCleanMessage((outcome as { message?: string }).message);
    }
  });
});

describe("every answer is a finite number, a string, or #N/A / #VALUE! / #NUM!", () => {
  const metrics = ["FP16", "BF16", "INT8", "FP32", "FP8", "FP64", "TDP", "HBM", "memory", "bandwidth", "interconnect", "process", "release", "arch", "cores", "PD", "xyz"];
  test("every chip AICHIP.LIST names, through AICHIP.SPEC, AICHIP.COMPARE and ATLAS.VALUE", () => {
    const list = call("AICHIP.LIST", null) as { value: string[][] };
    const chips = list.value.map((row) => row[0]);
    expect(chips).toEqual(expect.arrayContaining(["H100", "A100", "910B", "910C", "Trainium2", "TPUv6e", "MLU370X8"]));
    for (const chip of chips) {
      for (const metric of metrics) {
        for (const variant of [null, "sparse", "high", "a;b"]) {
          expectWellFormed(call("AICHIP.SPEC", chip, metric, variant));
          expectWellFormed(call("AICHIP.COMPARE", chip, "H100", metric, variant));
          expectWellFormed(call("AICHIP.COMPARE", "昇腾910B", chip, metric, variant));
        }
        expectWellFormed(call("ATLAS.VALUE", chip, metric, null, null));
      }
    }
  });

  test("everything the tests above called", () => {
    expect(seen.length).toBeGreaterThan(100);
    for (const { outcome } of seen) expectWellFormed(outcome);
  });
});
