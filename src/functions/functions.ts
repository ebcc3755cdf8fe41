/**
 * Excel entry points. Each is a few lines: its JSDoc (which becomes Excel's help text through
 * custom-functions-metadata-plugin, and functions.json) and a call through the shared contract to
 * a domain query. No data and no business rules live here. Function ids never change once shipped.
 *
 * Parameter types are what Excel is told; at run time the contract accepts anything Excel (or a
 * fuzzer) passes and answers a wrong type with #VALUE!, never an exception.
 */
/* eslint-disable @typescript-eslint/no-explicit-any -- the metadata plugin reads parameter and return types literally: `any` (a number or text period) and `any[][]` (mixed spilled tables) are Excel's types, not escapes */
import { atlas } from "../domain/bundled";
import { excelCall, toExcelError } from "./contract";
import { SPEC_BY_ID } from "./registry";

/** Runs the registered spec `id` for Excel (see registry.ts); throws only CustomFunctions.Error. */
function call(id: string, ...args: unknown[]) {
  const spec = SPEC_BY_ID.get(id);
  if (!spec) throw toExcelError({ code: "badArgument", message: `${id} is not available in this version of the add-in.` });
  return excelCall(spec, atlas, args);
}

/**
 * One specification of one AI accelerator, as the report gives it. Units: FP4/FP8/FP16/BF16/TF32/FP32/FP64
 * in TFLOPS; INT4/INT8/INT16 in TOPS; HBM / memory in GB; bandwidth (memory) in TB/s; interconnect in GB/s;
 * TDP in W; process in nm; release year. Text specs (architecture, memory type, process label) come back as
 * text. Where the report contradicts itself the default follows the add-in's written rule; AICHIP.SOURCES
 * lists every value. Example: =AICHIP.SPEC("910C","FP16") returns 800.
 * @customfunction AICHIP.SPEC
 * @param chip Accelerator name in English or Chinese, e.g. "910C", "Ascend 910C", "昇腾910C", "H100", "TPUv6e".
 * @param metric FP16, BF16, INT8, FP8, FP4, FP32, FP64, TF32, HBM, bandwidth, interconnect, TDP, process, release year, architecture ...
 * @param [variant] Optional: "dense" or "sparse"; "low" or "high" for the ends of a range; or a product variant such as "910B OAM" (a unique part of its name is enough). A variant typed as the chip name ("910B OAM") answers that variant only.
 * @returns The figure, in the unit listed above for the metric.
 */
export function aichipSpec(chip: string, metric: string, variant?: string): number | string {
  return call("AICHIP.SPEC", chip, metric, variant) as number | string;
}

/**
 * The AI accelerators the report gives specifications for, one per row (spills down), in the report's
 * order: all of them, or one vendor's ("NVIDIA", "华为", "Google"), or one category's ("GPU", "NPU", "ASIC",
 * "CPU", "DCU", "SoC"). Each name works as the chip argument of the other AICHIP functions.
 * Example: =AICHIP.LIST("Huawei") spills 910B, 910C, 910D, 920.
 * @customfunction AICHIP.LIST
 * @param [vendor_or_category] Optional: a vendor in English or Chinese, or a category: GPU, NPU, ASIC, CPU, DCU, SoC. Empty for all chips.
 * @returns One chip name per row.
 */
export function aichipList(vendor_or_category?: string): string[][] {
  return call("AICHIP.LIST", vendor_or_category) as string[][];
}

/**
 * Every specification the report gives for one accelerator, as a table that spills: a header row, then
 * metric, value and unit per row (the default figure where the report gives several; ranges and missing
 * figures as text). Example: =AICHIP.METRICS("910C") spills FP16 800 TFLOPS, INT8, HBM, TDP 310 W ...
 * @customfunction AICHIP.METRICS
 * @param chip Accelerator name in English or Chinese, e.g. "910C", "昇腾910C", "H100".
 * @returns A header row (metric, value, unit) and one row per specification.
 */
export function aichipMetrics(chip: string): any[][] {
  return call("AICHIP.METRICS", chip) as any[][];
}

/**
 * How many times chip_a's figure is chip_b's, for one number specification: chip_a / chip_b, computed from
 * the report's default figures (2 = twice as much, 0.5 = half). Both chips use the same variant.
 * Example: =AICHIP.COMPARE("H100","A100","TDP") returns 1.75 (700 W / 400 W).
 * @customfunction AICHIP.COMPARE
 * @param chip_a The chip in the numerator, e.g. "H100", "910C".
 * @param chip_b The chip in the denominator, e.g. "A100", "H20".
 * @param metric A number specification both chips have: FP16, BF16, INT8, FP8, HBM, bandwidth, interconnect, TDP ...
 * @param [variant] Optional: "dense" or "sparse", or "low"/"high" where a figure is a range.
 * @returns The ratio, a plain number.
 */
export function aichipCompare(chip_a: string, chip_b: string, metric: string, variant?: string): number {
  return call("AICHIP.COMPARE", chip_a, chip_b, metric, variant) as number;
}

/**
 * Servers needed to reach a target FP16 compute with one accelerator: ceil(target_pflops × 1000 /
 * (cards_per_server × the chip's FP16 dense TFLOPS)), with 1 PFLOPS = 1000 TFLOPS. The report's own
 * "千P算力8卡机台数" (servers per 1000 P, 8 cards) uses a 1024 rule and is shown as printed by
 * =AICHIP.SOURCES(chip,"servers_per_1000p"). Example: =AICHIP.SERVERS("910C",1000) returns 157.
 * @customfunction AICHIP.SERVERS
 * @param chip Accelerator name, e.g. "910C", "910B", "H20".
 * @param target_pflops Target compute in PFLOPS (FP16), e.g. 1000.
 * @param [cards_per_server] Optional: accelerators per server, a whole number; 8 if empty.
 * @param [variant] Optional: "low" or "high" where the FP16 figure is a range, or a product variant such as "910B OAM".
 * @returns A whole number of servers.
 */
export function aichipServers(chip: string, target_pflops: number, cards_per_server?: number, variant?: string): number {
  return call("AICHIP.SERVERS", chip, target_pflops, cards_per_server, variant) as number;
}

/**
 * Every value the report gives for one specification of one chip, as a table that spills: value, unit,
 * the text as printed, period, variant, status ("default" is what AICHIP.SPEC returns, "alternative" another
 * figure of the same conflict), dataset, report section, report line and notes. Where the report states
 * a derived figure (a ratio, a claim), a "recomputed" row gives ours beside it. The way to see conflicts.
 * Example: =AICHIP.SOURCES("910B","FP16") shows 320 TFLOPS (default, three mentions) and 376 (910B OAM).
 * @customfunction AICHIP.SOURCES
 * @param chip Accelerator name, e.g. "910B".
 * @param metric Any metric the report gives for the chip: FP16, TDP, bandwidth, servers_per_1000p, claim_vs_baseline ...
 * @returns A header row and one row per figure.
 */
export function aichipSources(chip: string, metric: string): any[][] {
  return call("AICHIP.SOURCES", chip, metric) as any[][];
}

/**
 * One accelerator as a card (an Excel entity value): the cell shows the chip's name, the card shows every
 * specification, and =A1.FP16 (A1 holding the card) reads one, in the units listed in its "Units" property.
 * Needs Excel with data types (Microsoft 365, Excel on the web); elsewhere, or with format "table", the
 * same properties spill as a two-column table (property, value).
 * Example: =AICHIP.CARD("910C"), then =A1.FP16 returns 800.
 * @customfunction AICHIP.CARD
 * @param chip Accelerator name, e.g. "910C", "H100".
 * @param [format] Optional: "entity" (a card, the default) or "table" (two columns).
 * @returns A card, or a property/value table.
 */
export function aichipCard(chip: string, format?: string): any[][] {
  return call("AICHIP.CARD", chip, format) as any[][];
}

/**
 * Capital expenditure of one company for a year or a quarter, as the report gives it, in 亿元 (CNY 100m)
 * unless another CNY unit is asked for ("CNY bn" divides by 10). Companies: Tencent 腾讯, Alibaba 阿里巴巴,
 * Baidu 百度, and "BAT" (the three combined). Example: =CAPEX.VALUE("Tencent","1Q25") returns 275.
 * @customfunction CAPEX.VALUE
 * @param company Company name in English or Chinese, or "BAT".
 * @param period A year (2024) or a quarter: "2025Q1", "1Q25", "Q1 2025".
 * @param [unit] Optional: "CNY 100m" (亿元, the default), "CNY bn" (十亿元), "CNY m" (百万元), "CNY".
 * @returns Capex in the unit asked for.
 */
export function capexValueFn(company: string, period: any, unit?: string): number {
  return call("CAPEX.VALUE", company, period, unit) as number;
}

/**
 * A company's capex by period, oldest first, as a table that spills: a header row, then period and value
 * per row. Annual figures by default (quarterly where the report gives no annual ones); from and to bound
 * the periods (a year covers its quarters). Units as in CAPEX.VALUE.
 * Example: =CAPEX.SERIES("Tencent",,,"quarterly") spills 2024Q1 144, 2024Q4 366, 2025Q1 275.
 * @customfunction CAPEX.SERIES
 * @param company Company name in English or Chinese, or "BAT".
 * @param [from] Optional: first period, e.g. 2020 or "2024Q1".
 * @param [to] Optional: last period, e.g. 2024 or "2025Q1".
 * @param [frequency] Optional: "annual" or "quarterly".
 * @param [unit] Optional: "CNY 100m" (亿元, the default), "CNY bn", "CNY m".
 * @returns A header row (period, capex) and one row per period.
 */
export function capexSeriesFn(company: string, from?: any, to?: any, frequency?: string, unit?: string): any[][] {
  return call("CAPEX.SERIES", company, from, to, frequency, unit) as any[][];
}

/**
 * Year-on-year growth of capex, computed from the report's figures, as a fraction (0.9097 = +90.97%):
 * a year against the year before, a quarter against the same quarter a year before. The report's own
 * printed YoY is shown beside ours by =ATLAS.SOURCE(company,"capex_yoy",period).
 * Example: =CAPEX.YOY("Tencent","1Q25") returns 0.9097 (275 / 144 − 1).
 * @customfunction CAPEX.YOY
 * @param company Company name in English or Chinese, or "BAT".
 * @param period A year (2024) or a quarter ("2025Q1", "1Q25").
 * @returns Growth as a fraction.
 */
export function capexYoyFn(company: string, period: any): number {
  return call("CAPEX.YOY", company, period) as number;
}

/**
 * Quarter-on-quarter growth of capex, computed from the report's figures, as a fraction (−0.2486 =
 * −24.86%). The report's printed QoQ is shown by =ATLAS.SOURCE(company,"capex_qoq",period).
 * Example: =CAPEX.QOQ("Tencent","1Q25") returns −0.2486 (275 / 366 − 1).
 * @customfunction CAPEX.QOQ
 * @param company Company name in English or Chinese, or "BAT".
 * @param period A quarter: "2025Q1", "1Q25", "Q1 2025".
 * @returns Growth as a fraction.
 */
export function capexQoqFn(company: string, period: any): number {
  return call("CAPEX.QOQ", company, period) as number;
}

/**
 * Compound annual growth rate of capital expenditure between two years, computed from the report's capex
 * figures: (end / start)^(1 / years) − 1, returned as a fraction (0.2259 = 22.59%; format the cell as a
 * percentage). Companies: Tencent 腾讯, Alibaba 阿里巴巴, Baidu 百度, and "BAT" (the three combined).
 * Example: =CAPEX.CAGR("Tencent",2020,2024) returns 0.2259.
 * @customfunction CAPEX.CAGR
 * @param company Company name in English or Chinese, or "BAT".
 * @param start_year First year, e.g. 2020.
 * @param end_year Last year, e.g. 2024.
 * @returns CAGR as a fraction.
 */
export function capexCagrFn(company: string, start_year: number, end_year: number): number {
  return call("CAPEX.CAGR", company, start_year, end_year) as number;
}

/**
 * The companies the report names for a component or supply-chain segment, as a column that spills down,
 * in the report's order and spelled as printed. Components as the report prints them, in English or Chinese:
 * "NVQD", "UQD", "MGX 1400A Busbar", "High Speed Cable", "CDU", "液冷板" ...
 * Example: =SUPPLIERS("NVQD") spills 12 names.
 * @customfunction SUPPLIERS
 * @param component Component or segment name, e.g. "NVQD", "UQD", "高速铜缆".
 * @param [language] Optional: "en" for English names where known, "zh" for Chinese; empty for names as printed.
 * @returns One supplier per row.
 */
export function suppliers(component: string, language?: string): string[][] {
  return call("SUPPLIERS", component, language) as string[][];
}

/**
 * Every list the report names a company in: the components it supplies, PCB segments, supply-chain
 * categories, maker lists and investment picks, as a table that spills: a header row, then the list's
 * subject, its kind (suppliers, makers, vendors, customers, members, picks), the name as printed and the
 * report line. Example: =SUPPLIERS.OF("立讯精密") lists Luxshare's components and picks.
 * @customfunction SUPPLIERS.OF
 * @param company Company name in English or Chinese, e.g. "立讯精密", "Luxshare", "Foxconn".
 * @returns A header row and one row per list.
 */
export function suppliersOfFn(company: string): any[][] {
  return call("SUPPLIERS.OF", company) as any[][];
}

/**
 * The components and segments the report names suppliers or makers for, one per row (spills down); each
 * works as the component argument of SUPPLIERS. Example: =SUPPLIERS.COMPONENTS("overseas") spills NVQD, UQD, CDU ...
 * @customfunction SUPPLIERS.COMPONENTS
 * @param [theme] Optional: "overseas" (海外), "domestic" (国内), "devices" (AI devices); empty for all.
 * @returns One component per row.
 */
export function suppliersComponents(theme?: string): string[][] {
  return call("SUPPLIERS.COMPONENTS", theme) as string[][];
}

/**
 * The companies the report names as suppliers of both components, one per row (spills down), in the first
 * component's order and spelling. Example: =SUPPLIERS.COMMON("NVQD","UQD") lists the quick-disconnect makers on both lists.
 * @customfunction SUPPLIERS.COMMON
 * @param component_a Component or segment name, e.g. "NVQD".
 * @param component_b Another component, e.g. "UQD".
 * @param [language] Optional: "en" for English names where known, "zh" for Chinese; empty for names as printed.
 * @returns One company per row.
 */
export function suppliersCommon(component_a: string, component_b: string, language?: string): string[][] {
  return call("SUPPLIERS.COMMON", component_a, component_b, language) as string[][];
}

/**
 * A market's size for one period as the report gives it, in the figure's own unit (亿美元 = USD 100m for the
 * ASIC markets) or another of the same kind ("USD bn"). Forecasts are the sources' (VerifiedMarket, Morgan
 * Stanley, Marvell ...), never mixed. Example: =MARKET.SIZE("AI ASIC market",2027) returns 300 (USD 100m).
 * @customfunction MARKET.SIZE
 * @param market Market name in English or Chinese, e.g. "AI ASIC market", "全球ASIC市场", "Global ASIC market".
 * @param period A year (2027) or a half-year ("2024H1").
 * @param [unit] Optional: another unit of the same kind, e.g. "USD bn".
 * @returns The size, in the unit asked for.
 */
export function marketSizeFn(market: string, period: any, unit?: string): number {
  return call("MARKET.SIZE", market, period, unit) as number;
}

/**
 * A market's compound annual growth rate, as a fraction: by default recomputed from the report's sizes,
 * (end / start)^(1 / years) − 1; with basis "stated", the report's own printed CAGR. The two can differ
 * (the VerifiedMarket ASIC CAGR is printed 12.8% but its sizes give 9.90%); ATLAS.SOURCE shows both.
 * Example: =MARKET.CAGR("Global ASIC market",2024,2033) returns 0.0990.
 * @customfunction MARKET.CAGR
 * @param market Market name in English or Chinese.
 * @param [start_year] Optional: first year; empty for the span the report states.
 * @param [end_year] Optional: last year.
 * @param [basis] Optional: "computed" (the default) or "stated".
 * @returns CAGR as a fraction.
 */
export function marketCagrFn(market: string, start_year?: any, end_year?: any, basis?: string): number {
  return call("MARKET.CAGR", market, start_year, end_year, basis) as number;
}

/**
 * A model's benchmark score as printed in the report (AIME 2024/2025, GPQA Diamond, LiveCodeBench, Aider,
 * MMLU, arena Elo ...). Where several tables print different scores for the same model (another scoring
 * method or model version), name the table as variant (a unique part such as "Qwen3" or "cons@64" is enough);
 * #N/A lists them, and ATLAS.SOURCE shows them all. Example: =MODEL.SCORE("DeepSeek-R1-0528","AIME 2024") returns 91.4.
 * @customfunction MODEL.SCORE
 * @param model Model name, e.g. "DeepSeek-R1-0528", "Qwen3-235B-A22B", "Gemini-2.5-Pro".
 * @param benchmark Benchmark name, e.g. "AIME 2024", "GPQA Diamond", "LiveCodeBench".
 * @param [variant] Optional: the scoring variant and table, e.g. "pass@1, R1-0528 table".
 * @returns The score, as printed.
 */
export function modelScoreFn(model: string, benchmark: string, variant?: string): number {
  return call("MODEL.SCORE", model, benchmark, variant) as number;
}

/**
 * A US AI stock's move between the report's two closes (2025-04-07 and 2025-06-13, forward-adjusted),
 * recomputed from the closes, as a fraction; the report's rounded percentage is shown by ATLAS.SOURCE.
 * Example: =STOCK.RETURN("NVDA") returns 0.4542 (141.97 / 97.63 − 1).
 * @customfunction STOCK.RETURN
 * @param ticker Ticker or company, e.g. "NVDA", "NVDA.O", "CoreWeave", "英伟达".
 * @returns The return as a fraction.
 */
export function stockReturnFn(ticker: string): number {
  return call("STOCK.RETURN", ticker) as number;
}

/**
 * A US AI stock's close in USD (forward-adjusted, as the report prints it) on 2025-04-07 or 2025-06-13.
 * Example: =STOCK.PRICE("NVDA","2025-06-13") returns 141.97.
 * @customfunction STOCK.PRICE
 * @param ticker Ticker or company, e.g. "NVDA", "MSFT", "甲骨文".
 * @param date "2025-04-07" or "2025-06-13", or a cell holding one of those dates.
 * @returns The close in USD.
 */
export function stockPriceFn(ticker: string, date: any): number {
  return call("STOCK.PRICE", ticker, date) as number;
}

/**
 * The report's recommended stocks (建议关注): one segment's names down a column, or, with no segment,
 * a header row then segment and company for every pick. Segments: Servers, Compute chips, PCB, Copper /
 * optical interconnect, Power and thermal management, Brands and ODM, SoC, Memory, Channels.
 * Example: =PICKS("PCB") spills the six PCB picks.
 * @customfunction PICKS
 * @param [segment] Optional: a segment in English or Chinese, e.g. "PCB", "服务器", "Memory".
 * @param [language] Optional: "en" for English names where known, "zh" for Chinese; empty for names as printed.
 * @returns One company per row (with its segment when no segment is given).
 */
export function picksFn(segment?: string, language?: string): any[][] {
  return call("PICKS", segment, language) as any[][];
}

/**
 * The datasets bundled with the add-in, as a table that spills: a header row, then id, English title,
 * Chinese title and report section. Any id works in ATLAS.TABLE. Example: =ATLAS.DATASETS("domestic").
 * @customfunction ATLAS.DATASETS
 * @param [theme] Optional: "overseas", "domestic", "devices", "picks" or "meta" (or 海外, 国内 ...); empty for all.
 * @returns A header row and one row per dataset.
 */
export function atlasDatasets(theme?: string): any[][] {
  return call("ATLAS.DATASETS", theme) as any[][];
}

/**
 * A whole dataset as the report prints it, header included, spilled: the table's cells exactly as printed
 * (text), or, for a dataset without a printed table, its figures (name, metric, period, variant, value,
 * unit, line) or its lists. Example: =ATLAS.TABLE("tencent_capex_annual").
 * @customfunction ATLAS.TABLE
 * @param dataset A dataset id from ATLAS.DATASETS, e.g. "tencent_capex_annual", or its English or Chinese title.
 * @returns The table, header first.
 */
export function atlasTable(dataset: string): any[][] {
  return call("ATLAS.TABLE", dataset) as any[][];
}

/**
 * Every value the report gives for one fact of any name, as a table that spills: value, unit, text as
 * printed, period, variant, status ("default" is what ATLAS.VALUE returns; "as stated" marks the report's
 * own derived figure, with our "recomputed" row beneath it), dataset, section, line and notes.
 * Example: =ATLAS.SOURCE("Global ASIC market","market_cagr") shows 12.8% as stated and 9.90% recomputed.
 * @customfunction ATLAS.SOURCE
 * @param name A chip, company, product, model or market, in English or Chinese.
 * @param metric What is measured, e.g. "capex", "capex_yoy", "capex_cagr", "market_cagr", "FP16".
 * @param [period] Optional: only this period, e.g. 2024, "2025Q1", "2023-2028".
 * @returns A header row and one row per figure.
 */
export function atlasSource(name: string, metric: string, period?: any): any[][] {
  return call("ATLAS.SOURCE", name, metric, period) as any[][];
}

/**
 * The version of the data bundled with the add-in: version, date and content hash. Put it next to a model
 * to record which data its numbers came from. Example: =ATLAS.VERSION() returns "0.1.0 (2026-11-28, data 1a2b3c4d)".
 * @customfunction ATLAS.VERSION
 * @returns The data version as text.
 */
export function atlasVersion(): string {
  return call("ATLAS.VERSION") as string;
}

/**
 * Any figure the report gives, by name, metric, period and variant: the generic way to pull a number that
 * has no dedicated function, in the metric's unit; a rate as a fraction (2.21 for +221%). Where the report
 * gives several periods, name one. A regional or segment figure answers only when its variant is named
 * (a unique part such as "China" is enough).
 * Example: =ATLAS.VALUE("Tencent","capex",2024) returns 768 (亿元, CNY 100m).
 * @customfunction ATLAS.VALUE
 * @param name A chip, company, product, model or market, in English or Chinese, e.g. "Tencent", "SMIC", "中芯国际".
 * @param metric What is measured, e.g. "capex", "revenue", "net_profit", "market_share", "FP16".
 * @param [period] Optional: a year (2024), a quarter ("2025Q1", "1Q25"), or a span ("2023-2028") where the report gives several.
 * @param [variant] Optional: which of several figures (a variant or context the report names; a unique part such as "China" is enough), "low"/"high" for a range, or both ("2024 booking price high").
 * @returns The figure, in the metric's unit (a rate as a fraction), or the report's text.
 */
export function atlasValue(name: string, metric: string, period?: string, variant?: string): number | string {
  return call("ATLAS.VALUE", name, metric, period, variant) as number | string;
}
