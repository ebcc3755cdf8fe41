/**
 * Calls an equity analyst covering AI hardware would type, checked against the report itself
 * (source/report: the 2025 mid-year electronics strategy). Each expected value is read off the report,
 * or computed from the figures it prints, and cites the report line. Only calls whose answer matched the
 * report are here; names are typed the way analysts type them (English, Chinese, tickers, odd case).
 */
import { installCustomFunctions, outcome } from "../../support/custom-functions";

installCustomFunctions();
// eslint-disable-next-line @typescript-eslint/no-require-imports -- after the CustomFunctions global exists
const fns = require("../../../src/functions/functions") as Record<string, (...args: unknown[]) => unknown>;
const call = (name: string, ...args: unknown[]) => outcome(() => fns[name](...args));

/** The number a call returned (fails the test on an error). */
function num(name: string, ...args: unknown[]): number {
  const got = call(name, ...args);
  expect(got).toEqual({ value: expect.any(Number) });
  return (got as { value: number }).value;
}

/** A spilled column as a flat list. */
function column(name: string, ...args: unknown[]): unknown[] {
  const got = call(name, ...args);
  expect(got).toEqual({ value: expect.any(Array) });
  return (got as { value: unknown[][] }).value.map((row) => row[0]);
}

describe("AICHIP.SPEC: figures printed in the report", () => {
  test.each([
    ["910C", "FP16", null, 800], // L1683: 实现了算力的显著提升（800 TFLOPS/FP16）
    ["昇腾910C", "INT8", null, 1504], // L1704: 整型Int8算力 640 / 1504
    ["Ascend 910C", "memory", null, 128], // L1705: 显存 64GB HBM2e / 128GB HBM2e
    ["910c", "TDP", null, 310], // L1706: 功耗 310W / 310W
    ["910C", "interconnect", null, 392], // L1707: GPU互联 400GB/S / 392GB/S
    ["Ascend910C", "FP16", null, 800], // L1683
    ["Huawei Ascend 910C", "memory", null, 128], // L1705
    ["昇腾910B", "INT8", null, 640], // L1692: 640Tera-OPS(INT8); L1704
    ["910B", "FP16", null, 320], // L1682: 昇腾910B具备算力320 TFLOPS/FP16 (also L1692, L1703)
    ["910B OAM", "FP16", null, 376], // L1576: 910B OAM 单卡算力 FP16稠密 376T
    ["910B", "FP16", "OAM", 376], // L1576
    ["910B", "TDP", null, 310], // L1693: 功耗 310W (L1706)
    ["910B", "process", null, 7], // L1691: 7纳米制程工艺
    ["910B", "memory", null, 64], // L1682: 搭载64GB HBM 内存
    ["910D", "bandwidth", null, 4], // L1715: 带宽达4TB/s
    ["昇腾910D", "TFLOPS/W", null, 2.1], // L1715: 能效比优化至2.1 TFLOP/W
    ["Ascend 920", "BF16", null, 900], // L1716: 1800TOPS（INT8）/900TFLOPS（BF16）
    ["920", "INT8", null, 1800], // L1716
    ["920", "process", null, 6], // L1716: 中芯国际6nm（N+3）工艺
    ["H100", "TDP", null, 700], // L301: H100 … 700W (L286, L946, L1558)
    ["英伟达H100", "TDP", null, 700], // L946: H100 2022 700
    ["h100", "bandwidth", null, 3.35], // L301: 3.35TB /s
    ["H100", "FP16", "sparse", 1979], // L1558: H100 SXM 峰值半精度 (FP16)性能 1979 TFLOPS
    ["H100", "CUDA cores", null, 14592], // L301
    ["H100", "process", null, 4], // L1558: 4nm
    ["A100", "FP16", null, 312], // L1559: A100 80GB PCIe 312 TFLOPS
    ["A100", "memory", null, 80], // L283: HBM (GB) 80
    ["H200", "memory", null, 141], // L283: 141
    ["B200", "TDP", null, 1000], // L286: 功率 1000 (L939, L947, L1693)
    ["Nvidia B200", "TDP", null, 1000], // L947
    ["B200", "memory", null, 192], // L283: 192 (L1694)
    ["B200", "bandwidth", null, 8], // L1694: 达到了8TB/s内存带宽
    ["B300", "memory", null, 288], // L283: 288 (L275)
    ["B300", "FP4", null, 15000], // L285: 算力 (TFlops) 15000; L275: FP4稠密算力达到15PFlops
    ["H20", "memory", null, 96], // L304: 96GB
    ["H20", "bandwidth", null, 4], // L304: 受限 4.0TB/s
    ["H20", "TDP", null, 400], // L304: 400W
    ["H20", "FP32", null, 44], // L312: 44 TFLOPS
    ["B30", "bandwidth", null, 1.7], // L305: 1.7TB/s
    ["B30", "TDP", null, 250], // L305: 250W
    ["B30", "FP32", null, 200], // L312: 200 TFLOPS
    ["H800", "CUDA cores", null, 16896], // L303
    ["TPUv6e", "BF16", null, 918], // L453: BF16算力 (TFLOPs) 918 (L437)
    ["TPU v6e", "interconnect", null, 3584], // L454: 互联带宽 (GB/s) 3584
    ["Trainium2", "memory", null, 96], // L178: 容量GB 96
    ["TPUv5P", "memory", null, 95], // L175: HBM2 95
    ["TPUv5p", "INT8", null, 918], // L175: 918
    ["Maia 100", "interconnect", null, 1200], // L177: 互联带宽GB/s 1200
    ["微软 Maia 100", "BF16", null, 800], // L177: 1600 / 800
    ["MTIA v2", "INT8", null, 354], // L176: 354/708 (Dense/Sparse)
    ["MTIA v2", "INT8", "sparse", 708], // L176
    ["D1", "FP32", null, 22.6], // L180: TESLA D1 … 22.6
    ["天垓150", "FP16", null, 190], // L1576: 天数 天垓150 190T
    ["沐曦 曦云C500", "bandwidth", null, 1.84], // L1579: 1.84 TB/s
    ["C500", "interconnect", null, 896], // L1580: 896 GB/s
    ["摩尔线程 S4000", "bandwidth", null, 0.768], // L1579: 768 GB/s (TB/s, the unit AICHIP.METRICS states)
    ["S4000", "TDP", null, 450], // L1581: 450W
    ["燧原 T21", "memory", null, 32], // L1578: 32GB HBM2e
    ["寒武纪 MLU370X8", "bandwidth", null, 0.6144], // L1579: 614.4 GB/s (in TB/s)
    ["MLU370-X8", "TDP", null, 250], // L1581: 250W
    ["海光 K100", "FP16", null, 100], // L1796: FP16 100 TFLOPS*
    ["K100", "TDP", null, 300], // L1800: TDP 300W
    ["DeepEdge 10 Max", "FP16", null, 8], // L1855: 8 TFLOPS (FP16)
    ["DeepEdge 10 Max", "TDP", null, 40], // L1859: 功耗 40W
    ["CloudMatrix 384", "BF16", null, 300000], // L1747: CloudMatrix CM384 300 PFLOPS (= 300000 TFLOPS)
  ])("AICHIP.SPEC(%j, %j, %j) is %p", (chip, metric, variant, expected) => {
    expect(call("aichipSpec", chip, metric, variant)).toEqual({ value: expected });
  });
});

describe("AICHIP.COMPARE: ratios of printed figures", () => {
  test.each([
    ["910C", "910B", "FP16", 800 / 320], // L1703 (910B 320) and L1683 (910C 800)
    ["B300", "B200", "memory", 288 / 192], // L283: HBM 288 vs 192
    ["H20", "B30", "bandwidth", 4.0 / 1.7], // L304 4.0TB/s, L305 1.7TB/s
    ["B200", "H100", "memory", 192 / 80], // L283
    ["Maia 100", "TPUv5P", "BF16", 800 / 459], // L177 800, L175 459
    ["昇腾910C", "英伟达H20", "memory", 128 / 96], // L1705 128GB, L304 96GB
    ["CloudMatrix 384", "GB200 NVL72", "BF16", 300 / 180], // L1747: 180 vs 300 PFLOPS (printed as 1.7x)
  ])("AICHIP.COMPARE(%j, %j, %j) is %p", (a, b, metric, expected) => {
    expect(num("aichipCompare", a, b, metric, null)).toBeCloseTo(expected, 6);
  });
});

describe("AICHIP.SERVERS: computed from the 910C's FP16 figure", () => {
  // L1683: 910C 800 TFLOPS FP16; 1000 PFLOPS / (0.8 PFLOPS × 8 cards) = 156.25, rounded up.
  test("1000 PFLOPS of 910C in 8-card servers is 157", () => {
    expect(call("aichipServers", "910C", 1000, null, null)).toEqual({ value: 157 });
  });
  // L1683: 300 / (0.8 × 16) = 23.4, rounded up.
  test("300 PFLOPS of 910C in 16-card servers is 24", () => {
    expect(call("aichipServers", "910C", 300, 16, null)).toEqual({ value: 24 });
  });
});

describe("CAPEX.VALUE in 亿元 unless a unit is given", () => {
  test.each([
    ["Tencent", "1Q25", null, 275], // L1296: 同比增长91%达到275亿元 (L1386)
    ["Tencent Holdings", "1Q25", null, 275], // L1296
    ["腾讯", "2025Q1", null, 275], // L1296
    ["Tencent", "Q1 2025", null, 275], // L1296
    ["Tencent", "1Q 2025", null, 275], // L1304 header 1Q 2025
    ["Tencent", "2025 Q1", null, 275], // L1296
    ["腾讯", "25Q1", null, 275], // L1296
    ["腾讯", "1Q2025", null, 275], // L1386
    ["腾讯", 2024, null, 768], // L1295: 2024年768亿元
    ["腾讯", "2024年", null, 768], // L1295
    ["Tencent", 2020, null, 340], // L1295: 从2020年340亿元
    ["腾讯控股", "4Q24", null, 366], // L1295: 同比增长386%至366亿元
    ["腾讯", "24Q4", null, 366], // L1295
    ["Tencent", "2024Q1", null, 144], // L1304: 总资本开支 1Q 2024 14.4 (十亿元, = 144亿元)
    ["Alibaba", 2024, null, 725.13], // L1335
    ["阿里巴巴", 2021, null, 494.95], // L1335
    ["Alibaba", "4Q24", null, 317.75], // L1335
    ["阿里", "3Q24", null, 174.91], // L1335: 较上个季度的174.91亿元
    ["Alibaba", "1Q25", null, 246.12], // L1336; L1349 (24612 百万元)
    ["Alibaba", "1Q24", null, 111.53], // L1349: 与资本支出有关的净现金流出 2024Q1 (11153) 百万元
    ["Baidu", "1Q25", null, 29], // L1386: 275，246.12和29亿人民币
    ["BAT", 2022, null, 687.4], // L1385
    ["BAT", 2024, null, 1574.47], // L1385
    ["BAT", "1Q25", null, 550.12], // L1386
    ["BAT", "4Q24", null, 707.08], // L1386
    ["Tencent", 2024, "百万元", 76800], // L1295: 768亿元 = 76800 百万元
    ["BABA", "2025Q1", "百万元", 24612], // L1349: (24612) 百万元
    ["Tencent", "1Q25", "十亿元", 27.5], // L1304: 27.5
  ])("CAPEX.VALUE(%j, %j, %j) is %p", (company, period, unit, expected) => {
    expect(call("capexValue", company, period, unit)).toEqual({ value: expected });
  });
});

describe("CAPEX growth as fractions, computed from the report's figures", () => {
  test.each([
    ["capexYoy", ["Tencent", "1Q25"], 0.9097], // L1386: 90.97% (275/144 − 1)
    ["capexQoq", ["Tencent", "1Q25"], -0.2486], // L1386: -24.86% (275/366 − 1)
    ["capexCagr", ["Tencent", 2020, 2024], 0.2259], // L1295: CAGR约为22.59%
    ["capexCagr", ["Tencent", "2020", "2024"], 0.2259], // L1295
    ["capexCagr", ["BABA", 2021, 2024], 0.1358], // L1335: 约为13.58%
    ["capexQoq", ["Alibaba", "4Q24"], 0.8166], // L1335: 环比增长81.66%
    ["capexYoy", ["alibaba", "1Q25"], 1.2068], // L1336: 同比增长120.68%
    ["capexQoq", ["阿里巴巴", "1Q2025"], -0.2254], // L1386: -22.54%
    ["capexCagr", ["BAT", 2022, 2024], 0.5134], // L1385: 约为51.34%
    ["capexQoq", ["BAT", "1Q25"], -0.222], // L1386: 环比较4Q24的707.08亿人民币下降了22.2%
  ])("%s(%j) is %p", (fn, args, expected) => {
    expect(num(fn as string, ...(args as unknown[]))).toBeCloseTo(expected as number, 4);
  });
});

describe("MARKET.SIZE and MARKET.CAGR", () => {
  test.each([
    ["AI ASIC market", 2027, null, 300], // L1872: 2027年的300亿美元
    ["AI ASIC market", 2024, null, 120], // L1872: 2024年的120亿美元
    ["AI ASIC market", 2027, "USD bn", 30], // L1872: 300亿美元 = USD 30bn
    ["AI ASIC市场", 2027, "亿美元", 300], // L1872
    ["Global ASIC market", 2024, null, 65], // L167: 2024年全球ASIC市场空间为65亿美元
    ["全球ASIC市场", 2033, null, 152], // L167: 2033年将增长至152亿美元
    ["Custom AI chip design market", 2028, null, 940], // L167: 预计2028年需求将达到940亿美元
    ["China intelligent compute", 2025, null, 1037.3], // L1285: 1,037.3 EFLOPS
    ["中国智能算力", 2028, null, 2781.9], // L1285: 2,781.9 EFLOPS
    ["China general compute", 2025, null, 85.8], // L1285: 85.8 EFLOPS
    ["China general-purpose compute", 2028, null, 140.1], // L1285: 140.1 EFLOPS
    ["China AR glasses", 2024, null, 28.6], // L2648: 28.6 万台
    ["global smartphone shipments", 2024, null, 12.39], // L2101: 12.39亿部
    ["Global foldable phones", 2024, null, 1970], // L2189: 约1970万台
    ["中国加速芯片市场", "2024H1", null, 90], // L1555: 超过90万张
  ])("MARKET.SIZE(%j, %j, %j) is %p", (market, period, unit, expected) => {
    expect(call("marketSize", market, period, unit)).toEqual({ value: expected });
  });

  test.each([
    ["AI ASIC market", 2024, 2027, 0.34], // L1872: 年复合增长率达到34%
    ["Global ASIC market", 2024, 2033, 0.128], // L167: 复合增速达到12.8%
    ["Custom AI chip design market", null, null, 0.35], // L167: CAGR增速达到35%
    ["China intelligent compute", 2023, 2028, 0.462], // L1285: 2023-2028年年均复合增长率达46.2%
    ["高阶覆铜板市场", 2024, 2027, 0.28], // L588: 2024-2027年复合增长率达28%
  ])('MARKET.CAGR(%j, %j, %j, "stated") is %p', (market, start, end, expected) => {
    expect(call("marketCagr", market, start, end, "stated")).toEqual({ value: expected });
  });
});

describe("MODEL.SCORE as printed", () => {
  test.each([
    ["DeepSeek-R1-0528", "AIME 2024", null, 91.4], // L1165
    ["DeepSeek R1 0528", "AIME 2025", null, 87.5], // L1166 (L1156: 由旧版的 70% 提升至 87.5%)
    ["DeepSeek-R1-0528", "Humanity's Last Exam", null, 17.7], // L1170
    ["DeepSeek-R1-0528", "HLE", null, 17.7], // L1170
    ["OpenAI-o3", "GPQA Diamond", null, 83.3], // L1167
    ["OpenAI-o3", "AIME 2025", null, 88.9], // L1166
    ["Qwen3-235B", "Humanity's Last Exam", null, 11.75], // L1170
    ["DeepSeek-R1", "AIME 2025", null, 70], // L1166 and L1363 (70.0 in both)
    ["Deepseek-R1", "AIME'24", null, 79.8], // L1165 and L1362 (79.8 in both)
    ["Qwen3-235B-A22B", "ArenaHard", null, 95.6], // L1361
    ["Qwen3-235B-A22B", "CodeForces Elo Rating", null, 2056], // L1365
    ["Qwen3-32B", "AIME'24", null, 81.4], // L1362
    ["OpenAI-o1", "CodeForces", null, 1891], // L1365 (OpenAI-o1 2024-12-17)
    ["Gemini-2.5-Pro-0506", "LiveCodeBench", "pass@1", 71.8], // L1168
    ["Gemini2.5-Pro", "AIME'25", "Qwen3 table", 86.7], // L1363
    ["Seedance 1.0", "Arena ELO", "text to video", 1299], // L1124 (table captioned 文生视频榜单, L1131)
    ["Seedance 1.0", "Arena ELO", "image to video", 1343], // L1138 (captioned 图生视频榜单, L1145)
    ["Veo 3 Preview", "Arena Elo", "文生视频", 1252], // L1125
    ["Kling 2.0", "Arena ELO", "image to video", 1197], // L1140
    ["Doubao-1.5-pro", "GPQA", null, 65], // L1206
    ["Doubao-1.5-pro", "C-Eval", null, 91.8], // L1217
    ["o1-mini", "CodeForces rating", null, 1820], // L1446
    ["GPT-4o-0513", "CodeForces rating", null, 759], // L1444
    ["DeepSeek-R1-Distill-Qwen-32B", "AIME 2024", "pass@1", 72.6], // L1451
    ["DeepSeek-R1-Distill-Qwen-32B", "AIME 2024", "cons@64", 83.3], // L1451
    ["DeepSeek-R1-Distill-Llama-70B", "GPQA Diamond", null, 65.2], // L1453
    ["QwQ-32B", "MATH-500", null, 90.6], // L1447
  ])("MODEL.SCORE(%j, %j, %j) is %p", (model, benchmark, variant, expected) => {
    expect(call("modelScore", model, benchmark, variant)).toEqual({ value: expected });
  });
});

describe("STOCK.RETURN (computed from the closes) and STOCK.PRICE", () => {
  test.each([
    ["NVDA", 141.97 / 97.63 - 1], // L138: 97.63 → 141.97 (45%)
    ["英伟达", 141.97 / 97.63 - 1], // L138
    ["Nvidia", 141.97 / 97.63 - 1], // L138
    ["CRWV", 147.19 / 49.85 - 1], // L131: 195%
    ["PLTR.O", 137.4 / 77.84 - 1], // L131: 77%
    ["微软", 474.96 / 357.2 - 1], // L138: 33%
    ["Alphabet", 174.67 / 146.57 - 1], // L141: 谷歌 19%
    ["甲骨文", 215.22 / 126.7 - 1], // L133: 70%
    ["Credo", 73.49 / 35.91 - 1], // L132: 105%
    ["smci", 41.56 / 33.0 - 1], // L141: 26%
    ["AMD", 116.16 / 83.64 - 1], // L139: 39%
    ["DUOL", 478.48 / 296.51 - 1], // L132: 多邻国 61%
  ])("STOCK.RETURN(%j) is %p", (ticker, expected) => {
    expect(num("stockReturn", ticker)).toBeCloseTo(expected, 6);
  });

  test.each([
    ["AVGO", "2025-04-07", 154.14], // L135
    ["博通", "2025-06-13", 248.7], // L135
    ["MU", "2025/6/13", 115.6], // L134
    ["多邻国", "2025-04-07", 296.51], // L132
    ["Palantir", "2025年6月13日", 137.4], // L131
    ["MSFT", 45754, 357.2], // L138 (45754 = the serial of 2025-04-07)
    ["NVDA", 45821, 141.97], // L138 (45821 = the serial of 2025-06-13)
  ])("STOCK.PRICE(%j, %j) is %p", (ticker, date, expected) => {
    expect(call("stockPrice", ticker, date)).toEqual({ value: expected });
  });
});

describe("SUPPLIERS and PICKS", () => {
  test.each([
    ["NVQD", ["双鸿科技", "富世达", "比赫", "酷冷至尊", "英维克", "富士康", "Lead Wealth", "嘉泽", "立敏达", "泰昌", "诺通", "中金科工业"]], // L371
    ["UQD", ["双鸿科技", "富世达", "丹佛斯", "英维克", "富士康", "Lead Wealth", "帕克", "立敏达", "史陶比尔", "诺通"]], // L370
    ["快接头", ["双鸿科技", "富世达", "丹佛斯", "英维克", "富士康", "Lead Wealth", "帕克", "立敏达", "史陶比尔", "诺通"]], // L370: UQD (快接头) 供应商
    ["60A Power Whip", ["Amphenol", "Bizlink", "佳必琪", "瑞可达"]], // L393
    ["12V Busbar", ["Amphenol", "Bizlink", "Interplex", "佳必琪", "嘉泽"]], // L395
    ["High Speed Cable", ["Amphenol", "Bizlink", "富士康", "佳必琪", "立讯精密", "Molex", "矽瑪科技"]], // L392
    ["高速铜缆", ["Amphenol", "Bizlink", "富士康", "佳必琪", "立讯精密", "Molex", "矽瑪科技"]], // L392
    ["MGX 44RU Manifold", ["双鸿科技", "奇宏科技", "品达科技", "台达电子", "富士康", "Lead Wealth", "光宝科技", "酷冷至尊"]], // L369
    ["CDU", ["英维克", "申菱环境", "高澜股份", "曙光数创"]], // L993
    ["液冷板", ["英维克", "飞荣达", "中航光电"]], // L986
    ["覆铜板", ["生益科技", "南亚新材", "台光", "松下", "斗山"]], // L606 (生益科技 南亚新材); L588 (台光、松下、斗山)
    ["CIS", ["韦尔股份", "思特威", "格科微"]], // L2122
  ])("SUPPLIERS(%j) names the report's list", (component, names) => {
    expect(column("suppliers", component, null)).toEqual(names);
  });

  test.each([
    ["NVQD", "UQD", ["双鸿科技", "富世达", "英维克", "富士康", "Lead Wealth", "立敏达", "诺通"]], // L370, L371
    ["CDU", "Manifold", ["英维克"]], // L993, L1005
  ])("SUPPLIERS.COMMON(%j, %j)", (a, b, names) => {
    expect(column("suppliersCommon", a, b, null)).toEqual(names);
  });

  test.each([
    ["PCB", ["沪电股份", "胜宏科技", "广合科技", "生益科技", "景旺电子", "威尔高"]], // L29 / L2765
    ["服务器", ["工业富联", "华勤技术"]], // L29
    ["算力芯片", ["芯原股份", "寒武纪", "海光信息"]], // L29
    ["铜/光互联", ["瑞可达", "博创科技", "太辰光", "东山精密"]], // L29
    ["Copper / optical interconnect", ["瑞可达", "博创科技", "太辰光", "东山精密"]], // L29
    ["电源及温控", ["禾望电气", "中恒电气", "麦格米特", "申菱环境", "江海股份"]], // L29
    ["SOC", ["乐鑫科技", "恒玄科技", "星辰科技"]], // L29
    ["存储", ["兆易创新", "普冉股份"]], // L29
  ])("PICKS(%j)", (segment, names) => {
    expect(column("picks", segment, null)).toEqual(names);
  });
});

describe("ATLAS.VALUE: other figures, rates as fractions", () => {
  test.each([
    ["Tencent", "capex", 2024, 768], // L1295
    ["Tencent", "capex_yoy", "2024", 2.21], // L1295: 同比增长221%
    ["Tencent", "capex_yoy", "2024Q4", 3.86], // L1295: 同比增长386%
    ["Alibaba", "capex_yoy", "2024", 1.9704], // L1335: 同比增长197.04%
    ["Baidu", "capex_yoy", "2025Q1", 0.423], // L1386: 42.3%
    ["Baidu", "capex_qoq", "2025Q1", 0.243], // L1386: 24.30%
    ["BAT", "capex_yoy", "1Q25", 0.9938], // L1386: 同比提升99.38%
    ["Tencent", "Operating capex", "1Q25", 264], // L1296: 运营资本支出为264亿元
    ["Tencent", "Chips ordered", 2024, 230000], // L1286: 约23万块
    ["NVIDIA", "revenue", "FY26Q1", 441], // L150: 营收441亿美元 (printed as FY25Q3)
    ["NVIDIA", "gross_margin", "4Q24", 0.73], // L1872: 毛利率已达到73.0%
    ["OpenAI", "ARR", 2025, 100], // L198: ARR已经突破100亿美元
    ["Cambricon", "revenue", "1Q25", 11.11], // L1833: 营收11.11亿元
    ["寒武纪", "revenue_yoy", "1Q25", 42.3022], // L1833: 同比大幅增长4230.22%
    ["海光信息", "revenue", "1Q25", 24], // L1813: 营业收入24亿元
    ["Hygon", "revenue_yoy", "1Q25", 0.5076], // L1813: 同比增长50.76%
    ["Hygon", "gross_margin", 2024, 0.6372], // L1814: 2024年的63.72%
    ["SMIC", "revenue", 2024, 80.3], // L1609: 营收80.3 亿美元
    ["中芯国际", "revenue", "1Q25", 22.47], // L1609: 营收22.47亿美元
    ["SMIC", "utilization", "1Q25", 0.896], // L1648: 产能利用率 … 达到 89.6%
    ["Doubao", "daily tokens", "2025-05", 16.4], // L1076: 日均 tokens 使用量超过16.4万亿
  ])("ATLAS.VALUE(%j, %j, %j) is %p", (name, metric, period, expected) => {
    expect(call("atlasValue", name, metric, period, null)).toEqual({ value: expected });
  });
});
