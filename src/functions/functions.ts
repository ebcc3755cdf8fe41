/**
 * Excel entry points. Each is a few lines: its JSDoc (which becomes Excel's help text through
 * custom-functions-metadata-plugin, and functions.json) and a call through the shared contract to
 * a domain query. No data and no business rules live here. Function ids never change once shipped.
 *
 * Parameter types are what Excel is told; at run time the contract accepts anything Excel (or a
 * fuzzer) passes and answers a wrong type with #VALUE!, never an exception.
 */
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
 * @param [variant] Optional: "dense" or "sparse"; "low" or "high" for a figure the report gives as a range; or a product variant such as "910B OAM".
 * @returns The figure, in the unit listed above for the metric.
 */
export function aichipSpec(chip: string, metric: string, variant?: string): number | string {
  return call("AICHIP.SPEC", chip, metric, variant) as number | string;
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
 * Any figure the report gives, by name, metric, period and variant: the generic way to pull a number that
 * has no dedicated function, in the metric's unit. Where the report gives several periods, name one.
 * Example: =ATLAS.VALUE("Tencent","capex",2024) returns 768 (亿元, CNY 100m).
 * @customfunction ATLAS.VALUE
 * @param name A chip, company, product, model or market, in English or Chinese, e.g. "Tencent", "SMIC", "中芯国际".
 * @param metric What is measured, e.g. "capex", "revenue", "net_profit", "market_share", "FP16".
 * @param [period] Optional: a year (2024), a quarter ("2025Q1", "1Q25"), or a span ("2023-2028") where the report gives several.
 * @param [variant] Optional: which of several figures (a variant or context the report names), or "low"/"high" for a range.
 * @returns The figure, in the metric's unit, or the report's text.
 */
export function atlasValue(name: string, metric: string, period?: string, variant?: string): number | string {
  return call("ATLAS.VALUE", name, metric, period, variant) as number | string;
}
