/**
 * An outside tester's checks for issue #11 ("every figure right under natural use"), written from the
 * report (data/source/report.txt) and the user-facing help only, never from the data files or the domain
 * code. Each row is a formula as an analyst would type it, what the report says it must give, the report
 * line it comes from, and why the case is a trap. Formulas are parsed with the project's literal-argument
 * parser and called through the registered entry points exactly as Excel calls them (omitted optional
 * arguments arrive as null). Failing rows are product bugs listed in /work/notes/outside-failures.md.
 */
import { installCustomFunctions, outcome, type Outcome } from "../../support/custom-functions";
import { isExcelValue } from "../../support/excel-values";
import { literalCall } from "../../../src/formula";
import { FUNCTION_SPECS } from "../../../src/functions/registry";

// figures: main replaced parseFormula (src/functions/formulas) with the src/formula front end; same reading of literal calls.
const ADDIN_IDS = new Set(FUNCTION_SPECS.map((s) => s.id));
const parseFormula = (text: string) => literalCall(text, ADDIN_IDS);

installCustomFunctions();
// eslint-disable-next-line @typescript-eslint/no-require-imports -- after the CustomFunctions global exists
const fns = require("../../../src/functions/functions") as Record<string, (...args: unknown[]) => unknown>;

/** Excel function id -> the entry point functions.ts exports for it (its @customfunction tag). */
const ENTRY: Record<string, string> = {
  "AICHIP.SPEC": "aichipSpec",
  "AICHIP.LIST": "aichipList",
  "AICHIP.METRICS": "aichipMetrics",
  "AICHIP.COMPARE": "aichipCompare",
  "AICHIP.SERVERS": "aichipServers",
  "AICHIP.SOURCES": "aichipSources",
  "AICHIP.CARD": "aichipCard",
  "CAPEX.VALUE": "capexValueFn",
  "CAPEX.SERIES": "capexSeriesFn",
  "CAPEX.YOY": "capexYoyFn",
  "CAPEX.QOQ": "capexQoqFn",
  "CAPEX.CAGR": "capexCagrFn",
  SUPPLIERS: "suppliers",
  "SUPPLIERS.OF": "suppliersOfFn",
  "SUPPLIERS.COMPONENTS": "suppliersComponents",
  "SUPPLIERS.COMMON": "suppliersCommon",
  "MARKET.SIZE": "marketSizeFn",
  "MARKET.CAGR": "marketCagrFn",
  "MODEL.SCORE": "modelScoreFn",
  "STOCK.RETURN": "stockReturnFn",
  "STOCK.PRICE": "stockPriceFn",
  PICKS: "picksFn",
  "ATLAS.DATASETS": "atlasDatasets",
  "ATLAS.TABLE": "atlasTable",
  "ATLAS.SOURCE": "atlasSource",
  "ATLAS.VERSION": "atlasVersion",
  "ATLAS.VALUE": "atlasValue",
};

/** Evaluates a typed formula as Excel would call the add-in. */
export function evalFormula(formula: string): Outcome {
  const parsed = parseFormula(formula);
  if (!parsed) throw new Error(`not a literal-argument formula: ${formula}`);
  const spec = FUNCTION_SPECS.find((s) => s.id === parsed.id);
  if (!spec) throw new Error(`no such function: ${parsed.id}`);
  const args: unknown[] = [...parsed.args];
  while (args.length < spec.args.length) args.push(null);
  // figures: main now generates functions.ts from the registry, naming each entry point after its id (CAPEX.CAGR -> capexCagr).
  const generated = parsed.id.toLowerCase().replace(/\.(\w)/g, (_m, c: string) => c.toUpperCase());
  const fn = fns[generated] ?? fns[ENTRY[parsed.id]];
  return outcome(() => fn(...args));
}

type Cell = string | number | boolean;
type Code = "#N/A" | "#VALUE!" | "#NUM!";

/** What the cell must show. */
type Want =
  /** a number, within tol (absolute; default 1e-6 relative) */
  | { n: number; tol?: number }
  /** a text (exact, or a pattern) */
  | { t: string | RegExp }
  /** an Excel error whose message contains every fragment */
  | { err: Code; msg?: (string | RegExp)[] }
  /** a spilled column, exactly these names in this order */
  | { col: string[] }
  /** a spilled table: cells it must hold, must not hold, row counts, the value on its "default" row */
  | { has?: (string | number | RegExp)[]; hasNot?: (string | RegExp)[]; rows?: number; minRows?: number; def?: number; row?: { key: string | RegExp; n: number } };

interface Case {
  f: string;
  want: Want;
  line: number | number[];
  why: string;
  /** the class of issue #11 the case belongs to (1..12), 0 for a plain figure */
  cls: number;
}

const num = (c: unknown): c is number => typeof c === "number" && Number.isFinite(c);
const close = (a: number, b: number, tol?: number) => Math.abs(a - b) <= (tol ?? Math.max(1e-9, Math.abs(b) * 1e-6));
const cellMatches = (c: Cell, w: string | number | RegExp) => (typeof w === "number" ? num(c) && close(c, w) : w instanceof RegExp ? w.test(String(c)) : String(c).trim() === w);

/** Why the outcome does not meet the expectation, or "" when it does. */
export function mismatch(o: Outcome, want: Want): string {
  const shown = JSON.stringify(o).slice(0, 400);
  if ("err" in want) {
    if (!("error" in o) || o.error !== want.err) return `expected ${want.err}, got ${shown}`;
    const m = o.message ?? "";
    for (const frag of want.msg ?? []) if (!(typeof frag === "string" ? m.includes(frag) : frag.test(m))) return `message lacks ${String(frag)}: ${m}`;
    return "";
  }
  if (!("value" in o)) return `expected a value, got ${shown}`;
  const v = o.value;
  if (!isExcelValue(v)) return `not an Excel value: ${shown}`;
  if ("n" in want) return num(v) && close(v, want.n, want.tol) ? "" : `expected ${want.n}, got ${shown}`;
  if ("t" in want) return typeof v === "string" && (want.t instanceof RegExp ? want.t.test(v) : v === want.t) ? "" : `expected text ${String(want.t)}, got ${shown}`;
  if (!Array.isArray(v)) return `expected a spill, got ${shown}`;
  const rows = v as Cell[][];
  if ("col" in want) {
    const got = rows.map((r) => String(r[0]));
    return rows.every((r) => r.length === 1) && JSON.stringify(got) === JSON.stringify(want.col) ? "" : `expected column ${JSON.stringify(want.col)}, got ${shown}`;
  }
  const flat = rows.flat();
  for (const h of want.has ?? []) if (!flat.some((c) => cellMatches(c, h))) return `lacks ${String(h)}: ${shown}`;
  for (const h of want.hasNot ?? []) if (flat.some((c) => cellMatches(c, h))) return `holds ${String(h)}: ${shown}`;
  if (want.rows !== undefined && rows.length !== want.rows) return `expected ${want.rows} rows, got ${rows.length}: ${shown}`;
  if (want.minRows !== undefined && rows.length < want.minRows) return `expected at least ${want.minRows} rows, got ${rows.length}: ${shown}`;
  if (want.def !== undefined) {
    // the rows marked default for no named variant: what the scalar function answers
    const header = rows[0].map((c) => String(c).trim().toLowerCase());
    const status = header.indexOf("status");
    const variant = header.indexOf("variant");
    const marked = rows.filter((r) => status >= 0 && /^default/i.test(String(r[status]).trim()));
    // figures: a default row may carry the variant of the figure that answers (910B bandwidth: the OAM card's 1.6, preferred in conflict 910B_MEMBW, L1579)
    const plainDefaults = marked.filter((r) => variant < 0 || String(r[variant]).trim() === "");
    const defaults = plainDefaults.length > 0 ? plainDefaults : marked;
    if (defaults.length === 0) return `no row marked default: ${shown}`;
    if (!defaults.every((r) => r.some((c) => num(c) && close(c, want.def as number)))) return `default row is not ${want.def}: ${JSON.stringify(defaults)}`;
  }
  if (want.row) {
    const { key, n } = want.row;
    const r = rows.find((row) => row.some((c) => typeof c === "string" && (key instanceof RegExp ? key.test(c) : c.trim() === key)));
    if (!r) return `no row ${String(key)}: ${shown}`;
    if (!r.some((c) => num(c) && close(c, n))) return `row ${String(key)} is not ${n}: ${JSON.stringify(r)}`;
  }
  return "";
}

/** Text a user must never see in a cell or an error message. */
const LEAK = /undefined|NaN|Infinity|Cannot read|Unexpected|\bat .*\.(js|ts):\d+/;

const pct = 0.00005; // a rate printed to two decimals of a percent
const cagr = (start: number, end: number, years: number) => (end / start) ** (1 / years) - 1;

// prettier-ignore
export const CASES: Case[] = [
  // ---- AICHIP.SPEC: plain figures, names in every spelling ----
  { f: '=AICHIP.SPEC("910C","FP16")', want: { n: 800 }, line: 1683, why: "910C point figure 800 TFLOPS/FP16 (the range 752-800 is the other printing)", cls: 2 },
  { f: '=AICHIP.SPEC("910C","FP16","low")', want: { n: 752 }, line: 1703, why: "range 752 - 800 TFLOPS: the low end", cls: 2 },
  { f: '=AICHIP.SPEC("Ascend 910C","fp16","high")', want: { n: 800 }, line: 1703, why: "range high end, lower-case metric", cls: 2 },
  { f: '=AICHIP.SPEC("昇腾910B","FP16")', want: { n: 320 }, line: [1682, 1692, 1703], why: "Q10: 320 printed three times beats 376 (910B OAM)", cls: 0 },
  { f: '=AICHIP.SPEC("910B OAM","FP16")', want: { n: 376 }, line: 1576, why: "a card form typed as the name answers its own figure", cls: 1 },
  { f: '=AICHIP.SPEC("910B OAM","TDP")', want: { n: 400 }, line: 1581, why: "910B OAM card TDP 400W, not the 910B's 310W", cls: 1 },
  { f: '=AICHIP.SPEC("910B","FP16","910B OAM")', want: { n: 376 }, line: 1576, why: "the variant named in the third argument", cls: 1 },
  { f: '=AICHIP.SPEC("910B","TDP")', want: { n: 310 }, line: [1693, 1706], why: "Q11: 310W twice in Ascend's own section", cls: 0 },
  { f: '=AICHIP.SPEC("A100 80GB PCIe","TDP")', want: { n: 300 }, line: 1559, why: "the PCIe card is 300W; the A100 default is 400W", cls: 1 },
  { f: '=AICHIP.SPEC("A100 80GB PCIe","FP16")', want: { n: 312 }, line: 1559, why: "PCIe card FP16 312 TFLOPS (dense)", cls: 1 },
  { f: '=AICHIP.SPEC("A100","TDP")', want: { n: 400 }, line: [300, 945], why: "Q02: 400W twice (incl. the power-history table) vs 300W", cls: 0 },
  { f: '=AICHIP.SPEC("H100","TDP")', want: { n: 700 }, line: [286, 301, 946], why: "H100 700W everywhere", cls: 0 },
  { f: '=AICHIP.SPEC("ｈ１００","ｔｄｐ")', want: { n: 700 }, line: 301, why: "full-width, lower-case typing", cls: 0 },
  { f: '=AICHIP.SPEC("NVIDIA H100","TDP")', want: { n: 700 }, line: 301, why: "vendor-prefixed name", cls: 11 },
  { f: '=AICHIP.SPEC("H100","FP16")', want: { err: "#N/A", msg: ["sparse", "1979"] }, line: 1558, why: "H100 FP16 is printed only as the sparse 1979: ask for it", cls: 0 },
  { f: '=AICHIP.SPEC("H100","FP16","sparse")', want: { n: 1979 }, line: 1558, why: "sparse asked for", cls: 0 },
  { f: '=AICHIP.SPEC("H100","HBM")', want: { n: 80 }, line: [283, 301, 1558], why: "80GB", cls: 0 },
  { f: '=AICHIP.SPEC("H100","bandwidth")', want: { n: 3.35 }, line: 301, why: "\"3.35TB /s\" with a stray space", cls: 12 },
  { f: '=AICHIP.SPEC("H100","interconnect")', want: { n: 900 }, line: 301, why: "NVLink 900GB/s", cls: 0 },
  { f: '=AICHIP.SPEC("H200","HBM")', want: { n: 141 }, line: 283, why: "141GB", cls: 0 },
  { f: '=AICHIP.SPEC("B300","HBM")', want: { n: 288 }, line: [275, 283], why: "288GB", cls: 0 },
  { f: '=AICHIP.SPEC("B300","FP4")', want: { n: 15000 }, line: [275, 285], why: "15 PFlops FP4 dense, in TFLOPS", cls: 12 },
  { f: '=AICHIP.SPEC("B200","FP4")', want: { n: 10000 }, line: [275, 285], why: "Q20: 10 PF implied by B300 +50% and the table, not the 40 PF of L1692", cls: 3 },
  { f: '=AICHIP.COMPARE("B300","B200","FP4")', want: { n: 1.5 }, line: 275, why: "the report says B300 is +50% over B200", cls: 3 },
  { f: '=AICHIP.SPEC("B300","TDP")', want: { n: 1400 }, line: 948, why: "Q01: R4, the power-history table beats the general table's 1200", cls: 0 },
  { f: '=AICHIP.SPEC("B200","TDP")', want: { n: 1000 }, line: [286, 947, 1693], why: "1000W", cls: 0 },
  { f: '=AICHIP.SPEC("B200","HBM")', want: { n: 192 }, line: [283, 1694], why: "192GB", cls: 0 },
  { f: '=AICHIP.SPEC("B200","bandwidth")', want: { n: 8 }, line: 1694, why: "8TB/s memory bandwidth", cls: 0 },
  { f: '=AICHIP.SPEC("910B","bandwidth")', want: { n: 1.6 }, line: 1579, why: "Q12: memory bandwidth 1.6 TB/s; 400GB/s at L1694 is the interconnect", cls: 4 },
  { f: '=AICHIP.SPEC("910B","interconnect")', want: { n: 400 }, line: 1707, why: "R1: Ascend's own section (400GB/S) beats the domestic-card table (392)", cls: 0 },
  { f: '=AICHIP.SPEC("910C","interconnect")', want: { n: 392 }, line: 1707, why: "392GB/S", cls: 0 },
  { f: '=AICHIP.SPEC("910C","HBM")', want: { n: 128 }, line: 1705, why: "128GB HBM2e", cls: 0 },
  { f: '=AICHIP.SPEC("910C","TDP")', want: { n: 310 }, line: 1706, why: "310W as printed (Q13)", cls: 0 },
  { f: '=AICHIP.SPEC("910C","INT8")', want: { n: 1504 }, line: 1704, why: "Q14: printed as TFLOPS, an INT8 figure in TOPS", cls: 12 },
  { f: '=AICHIP.SPEC("910D","bandwidth")', want: { n: 4 }, line: [1715, 1723], why: "4TB/s", cls: 0 },
  { f: '=AICHIP.SPEC("910D","process")', want: { n: 7 }, line: 1722, why: "7nm", cls: 0 },
  { f: '=AICHIP.SPEC("920","INT8")', want: { n: 1800 }, line: 1716, why: "1800TOPS (INT8)", cls: 0 },
  { f: '=AICHIP.SPEC("Ascend 920","BF16")', want: { n: 900 }, line: 1716, why: "900TFLOPS (BF16)", cls: 0 },
  { f: '=AICHIP.SPEC("昇腾920","bandwidth")', want: { n: 4 }, line: 1716, why: "4000GB/s printed, TB/s is the metric's unit", cls: 12 },
  { f: '=AICHIP.SPEC("920","process")', want: { n: 6 }, line: 1716, why: "6nm (N+3)", cls: 9 },
  { f: '=AICHIP.SPEC("H20","bandwidth")', want: { n: 4 }, line: 304, why: "\"受限 4.0TB/s\"", cls: 0 },
  { f: '=AICHIP.SPEC("H20","TDP")', want: { n: 400 }, line: 304, why: "400W", cls: 0 },
  { f: '=AICHIP.SPEC("H20","HBM")', want: { n: 96 }, line: 304, why: "96GB", cls: 0 },
  { f: '=AICHIP.SPEC("H20","FP32")', want: { n: 44 }, line: 312, why: "44 TFLOPS (阉割版)", cls: 0 },
  { f: '=AICHIP.SPEC("H20","FP16")', want: { err: "#N/A", msg: ["sparse", "148"] }, line: 313, why: "148 TFLOPS (稀疏计算): only sparse", cls: 0 },
  { f: '=AICHIP.SPEC("H20","FP16","sparse")', want: { n: 148 }, line: 313, why: "sparse asked for", cls: 0 },
  { f: '=AICHIP.SPEC("B30","FP16")', want: { err: "#N/A", msg: ["low", "high"] }, line: 313, why: "80-100 TFLOPS is a range", cls: 2 },
  { f: '=AICHIP.SPEC("B30","FP16","high")', want: { n: 100 }, line: 313, why: "range high end", cls: 2 },
  { f: '=AICHIP.SPEC("B30","FP32")', want: { n: 200 }, line: 312, why: "200 TFLOPS (the +40% claim is inconsistent, Q09)", cls: 0 },
  { f: '=AICHIP.SPEC("B30","TDP")', want: { n: 250 }, line: 305, why: "250W", cls: 0 },
  { f: '=AICHIP.SPEC("B30","bandwidth")', want: { n: 1.7 }, line: 305, why: "1.7TB/s", cls: 0 },
  { f: '=AICHIP.SPEC("B30","PRICE","low")', want: { n: 6500 }, line: [294, 314], why: "6500-8000美元: a metric ATLAS.VALUE knows must work in SPEC", cls: 9 },
  { f: '=AICHIP.SPEC("B30","price","high")', want: { n: 8000 }, line: [294, 314], why: "range high end in USD", cls: 9 },
  { f: '=AICHIP.SPEC("H800","interconnect")', want: { n: 400 }, line: 303, why: "NVLink 400GB/s (cut-down)", cls: 0 },
  { f: '=AICHIP.SPEC("A800","interconnect")', want: { n: 400 }, line: 302, why: "NVLink 400GB/s", cls: 0 },
  { f: '=AICHIP.SPEC("H800","TDP")', want: { n: 700 }, line: 303, why: "700W", cls: 0 },
  { f: '=AICHIP.SPEC("TPUv6e","BF16")', want: { n: 918 }, line: 453, why: "918 TFLOPs", cls: 0 },
  { f: '=AICHIP.SPEC("TPU v6e","interconnect")', want: { n: 3584 }, line: 454, why: "3584 GB/s, name with a space", cls: 0 },
  { f: '=AICHIP.SPEC("Trainium2","BF16")', want: { n: 650 }, line: 453, why: "Q23: R3, the 1300/650 set agrees with the Trn2 server totals", cls: 0 },
  { f: '=AICHIP.SPEC("Trn2","INT8")', want: { n: 1300 }, line: [452, 724], why: "Q23 default", cls: 0 },
  { f: '=AICHIP.SPEC("Trainium2","HBM")', want: { n: 96 }, line: 178, why: "96GB, printed only in the CSP table", cls: 0 },
  { f: '=AICHIP.SPEC("TPUv5P","HBM")', want: { n: 95 }, line: 175, why: "95GB", cls: 0 },
  { f: '=AICHIP.SPEC("TPUv5e","BF16")', want: { n: 197 }, line: 174, why: "197", cls: 0 },
  { f: '=AICHIP.SPEC("Maia 100","interconnect")', want: { n: 1200 }, line: 177, why: "1200 GB/s", cls: 0 },
  { f: '=AICHIP.SPEC("Athena","HBM")', want: { n: 64 }, line: [177, 431], why: "Q24: Athena is the Maia 100's name in the landscape table", cls: 11 },
  { f: '=AICHIP.SPEC("MTIA v2","INT8")', want: { n: 354 }, line: 176, why: "\"354/708\" dense/sparse: dense by default", cls: 0 },
  { f: '=AICHIP.SPEC("MTIA v2","INT8","sparse")', want: { n: 708 }, line: 176, why: "sparse half of the pair", cls: 0 },
  { f: '=AICHIP.SPEC("Tesla D1","FP32")', want: { n: 22.6 }, line: 180, why: "22.6", cls: 0 },
  { f: '=AICHIP.SPEC("Dojo","BF16")', want: { n: 362 }, line: [180, 431], why: "Q24: Dojo is Tesla's D1", cls: 11 },
  { f: '=AICHIP.SPEC("Graviton4","BF16")', want: { err: "#N/A", msg: ["-"] }, line: [179, 188], why: "'-' = not publicly disclosed", cls: 0 },
  { f: '=AICHIP.SPEC("K100","FP64")', want: { n: 24.5 }, line: 1794, why: "24.5 TFLOPS", cls: 0 },
  { f: '=AICHIP.SPEC("K100_AI","TDP","high")', want: { n: 400 }, line: 1800, why: "350 - 400W: high end", cls: 2 },
  { f: '=AICHIP.SPEC("K100 AI","TDP","low")', want: { n: 350 }, line: 1800, why: "low end, name with a space", cls: 2 },
  { f: '=AICHIP.SPEC("K100","TDP")', want: { n: 300 }, line: 1800, why: "300W", cls: 0 },
  { f: '=AICHIP.SPEC("海光K100","HBM")', want: { n: 64 }, line: 1798, why: "64GB", cls: 0 },
  { f: '=AICHIP.SPEC("天垓150","FP16")', want: { n: 190 }, line: 1576, why: "190T", cls: 0 },
  { f: '=AICHIP.SPEC("天垓150","bandwidth")', want: { n: 1.6 }, line: 1579, why: "\"1.6 TB/s?\" kept with its question mark", cls: 0 },
  { f: '=AICHIP.SPEC("MLU370-X8","FP16")', want: { n: 96 }, line: 1576, why: "MLU370X8 written with the usual dash", cls: 11 },
  { f: '=AICHIP.SPEC("寒武纪 MLU370X8","bandwidth")', want: { n: 0.6144 }, line: 1579, why: "614.4 GB/s in TB/s", cls: 12 },
  { f: '=AICHIP.SPEC("S4000","bandwidth")', want: { n: 0.768 }, line: 1579, why: "768 GB/s in TB/s", cls: 12 },
  { f: '=AICHIP.SPEC("MTT S4000","TDP")', want: { n: 450 }, line: 1581, why: "450W; 摩尔显存(sic) = 摩尔线程", cls: 11 },
  { f: '=AICHIP.SPEC("曦云C500","interconnect")', want: { n: 896 }, line: 1580, why: "896 GB/s", cls: 0 },
  { f: '=AICHIP.SPEC("云燧T21","HBM")', want: { n: 32 }, line: 1578, why: "32GB HBM2e", cls: 0 },
  { f: '=AICHIP.SPEC("元碁T100","bandwidth")', want: { n: 1.2 }, line: 1579, why: "1.2 TB/s", cls: 0 },
  { f: '=AICHIP.SPEC("910B","process")', want: { n: 7 }, line: [1691, 1702], why: "7nm", cls: 0 },
  { f: '=AICHIP.SPEC("H100","release year")', want: { n: 2022 }, line: 281, why: "2022", cls: 0 },
  { f: '=AICHIP.SPEC("H100","architecture")', want: { t: "Hopper" }, line: 301, why: "text spec", cls: 0 },
  { f: '=AICHIP.SPEC("910C","FP64")', want: { err: "#N/A", msg: ["report gives"] }, line: 1701, why: "no FP64 for 910C: say what there is", cls: 0 },
  { f: '=AICHIP.SPEC("910X","FP16")', want: { err: "#N/A", msg: ["Did you mean"] }, line: 1701, why: "unknown chip", cls: 0 },
  { f: '=AICHIP.SPEC("910C","FP17")', want: { err: "#N/A", msg: ["FP16"] }, line: 1703, why: "unknown metric, suggestion", cls: 0 },
  { f: '=AICHIP.SPEC("","FP16")', want: { err: "#VALUE!", msg: ["chip"] }, line: 0, why: "missing argument", cls: 0 },
  { f: '=AICHIP.SPEC(TRUE,"FP16")', want: { err: "#VALUE!" }, line: 0, why: "TRUE is not a chip name", cls: 0 },

  // ---- AICHIP.COMPARE / SERVERS ----
  { f: '=AICHIP.COMPARE("H100","A100","TDP")', want: { n: 1.75 }, line: [301, 300], why: "700/400", cls: 0 },
  { f: '=AICHIP.COMPARE("910C","910B","FP16")', want: { n: 2.5 }, line: [1683, 1682], why: "800/320", cls: 0 },
  { f: '=AICHIP.COMPARE("910C","H100","FP16")', want: { err: "#N/A", msg: ["H100", "sparse"] }, line: [1683, 1558], why: "H100 only sparse: say what each chip has", cls: 10 },
  { f: '=AICHIP.COMPARE("TPUv6e","Trainium2","BF16")', want: { n: 918 / 650 }, line: 453, why: "same table", cls: 0 },
  { f: '=AICHIP.COMPARE("920","H20","bandwidth")', want: { n: 1 }, line: [1716, 304], why: "Q18: 4000GB/s vs 4.0TB/s, unlike units; the +33% claim does not hold", cls: 12 },
  { f: '=AICHIP.COMPARE("B300","B200","HBM")', want: { n: 1.5 }, line: 283, why: "288/192", cls: 0 },
  { f: '=AICHIP.COMPARE("910D","H100","bandwidth")', want: { n: 4 / 3.35 }, line: [1723, 301], why: "\"超越H100的3.35TB/s\"", cls: 0 },
  { f: '=AICHIP.COMPARE("910D","H100","TDP")', want: { err: "#N/A", msg: ["910D has no figure", /H100 has 700 W; 700 W \(H100 SXM\)\./, /^(?![\s\S]*"sparse;")/] }, line: [1718, 301], why: "no 910D power is printed: each H100 figure once, and no \"sparse\" asked of a chip with no figure", cls: 10 },
  { f: '=AICHIP.COMPARE("Graviton4","Trainum2","INT8")', want: { err: "#N/A", msg: ['Unknown chip "Trainum2"', '"Trainium2"'] }, line: 179, why: "a misspelled chip_b is said before what chip_a lacks (Graviton4 INT8 is \"-\")", cls: 0 },
  { f: '=AICHIP.SPEC("Maia 1OO","INT8")', want: { err: "#N/A", msg: ['Did you mean "Maia 100"?'] }, line: 177, why: "a suggestion as the report prints the name, not the alias without its space (\"Maia100\")", cls: 0 },
  { f: '=AICHIP.SPEC("MTIA v22","INT8")', want: { err: "#N/A", msg: ['Did you mean "MTIA v2"?'] }, line: 176, why: "the same, not \"MTIAv2\"", cls: 0 },
  { f: '=AICHIP.SPEC("L40S","PD")', want: { n: 3.2 }, line: [428, 1543], why: "the report prints L40S bare (the vendor chart) and as 英伟达 L40/L40S 3.2+ (the BIS table)", cls: 11 },
  { f: '=AICHIP.SPEC("英伟达 L40","TPP")', want: { n: 2400 }, line: 1543, why: "英伟达 L40/L40S 2400+", cls: 11 },
  { f: '=AICHIP.COMPARE("B30","H20","FP32")', want: { n: 200 / 44 }, line: 312, why: "Q09: 4.55x, not the printed +40%", cls: 0 },
  { f: '=AICHIP.SERVERS("910C",1000)', want: { n: 157 }, line: 1683, why: "ceil(1e6/(8*800))", cls: 0 },
  { f: '=AICHIP.SERVERS("910B",1000)', want: { n: 391 }, line: 1682, why: "ceil(1e6/(8*320)) = 391", cls: 0 },
  { f: '=AICHIP.SERVERS("910B OAM",1000)', want: { n: 333 }, line: 1576, why: "card form: ceil(1e6/(8*376)); the report prints 342 by a 1024 rule", cls: 1 },
  { f: '=AICHIP.SERVERS("910C",1000,16)', want: { n: 79 }, line: 1683, why: "16 cards: ceil(1e6/12800)", cls: 0 },
  { f: '=AICHIP.SERVERS("910C",1000,,"low")', want: { n: 167 }, line: 1703, why: "the range's low end 752: ceil(1e6/6016)", cls: 2 },
  { f: '=AICHIP.SERVERS("MLU370X8",1000)', want: { n: 1303 }, line: 1576, why: "ceil(1e6/768)", cls: 0 },
  { f: '=AICHIP.SERVERS("H100",1000)', want: { err: "#N/A", msg: ["sparse"] }, line: 1558, why: "no dense FP16 for H100", cls: 10 },
  { f: '=AICHIP.SERVERS("910C",-5)', want: { err: "#VALUE!" }, line: 0, why: "negative target", cls: 0 },

  // ---- AICHIP.SOURCES / METRICS / LIST / CARD ----
  { f: '=AICHIP.SOURCES("910B","FP16")', want: { has: [320, 376], def: 320 }, line: [1682, 1576], why: "both figures side by side, 320 default", cls: 4 },
  { f: '=AICHIP.SOURCES("910B","bandwidth")', want: { has: [1.6], def: 1.6 }, line: [1579, 1694], why: "the default SOURCES names is the one SPEC answers", cls: 4 },
  { f: '=AICHIP.SOURCES("910B","TDP")', want: { has: [310, 400], def: 310 }, line: [1693, 1581], why: "Q11", cls: 4 },
  { f: '=AICHIP.SOURCES("B200","FP4")', want: { has: [10000, 40000], def: 10000 }, line: [285, 1692], why: "Q20 in one conflict group", cls: 3 },
  { f: '=AICHIP.SOURCES("B300","TDP")', want: { has: [1200, 1400], def: 1400 }, line: [286, 948], why: "Q01", cls: 4 },
  { f: '=AICHIP.SOURCES("Trainium2","BF16")', want: { has: [431, 650], def: 650 }, line: [178, 453], why: "Q23", cls: 4 },
  { f: '=AICHIP.SOURCES("K100_AI","FP16")', want: { has: [192, 200] }, line: [1787, 1796], why: "Q40: 192 vs Tensor200", cls: 3 },
  { f: '=AICHIP.SOURCES("920","claim_vs_baseline")', want: { minRows: 2 }, line: 1716, why: "the issue's crash: never a JavaScript message", cls: 8 },
  { f: '=ATLAS.SOURCE("920","claim_vs_baseline")', want: { minRows: 2 }, line: 1716, why: "same fact through ATLAS.SOURCE", cls: 8 },
  { f: '=AICHIP.SOURCES("K100_AI","claim_vs_baseline")', want: { row: { key: "recomputed", n: 4 } }, line: [1787, 1795], why: "\"提升4倍达到98\": recomputed 98/24.5 = 4 agrees", cls: 6 },
  { f: '=AICHIP.SOURCES("910B OAM","servers_per_1000p")', want: { has: [342] }, line: 1583, why: "342台 as printed", cls: 1 },
  { f: '=AICHIP.METRICS("910C")', want: { row: { key: "FP16", n: 800 }, hasNot: ["NVLink"] }, line: [1683, 1707], why: "Huawei's GPU互联 is not NVLink", cls: 11 },
  { f: '=AICHIP.METRICS("TPUv6e")', want: { row: { key: "BF16", n: 918 }, hasNot: ["NVLink"] }, line: 454, why: "a TPU's interconnect is not NVLink", cls: 11 },
  { f: '=AICHIP.METRICS("H100")', want: { row: { key: "TDP", n: 700 } }, line: 301, why: "700W", cls: 0 },
  { f: '=AICHIP.LIST("Huawei")', want: { col: ["910B", "910C", "910D", "920"] }, line: [1682, 1683, 1715, 1716], why: "the help's own example; CloudMatrix 384 is a 384-chip system, not an accelerator", cls: 11 },
  { f: '=AICHIP.LIST("华为")', want: { col: ["910B", "910C", "910D", "920"] }, line: 1716, why: "vendor in Chinese", cls: 11 },
  { f: '=AICHIP.LIST()', want: { has: ["H100", "910C", "TPUv6e"], hasNot: [/YU7/i, /iPhone/i, /Ray-?Ban/i, /glass/i, /眼镜/] }, line: [2050, 1998], why: "accelerators and processors only, no car, phone or glasses", cls: 11 },
  { f: '=AICHIP.LIST("NVIDIA")', want: { has: ["A100", "H100", "H200", "B200", "B300", "H20", "B30", "A800", "H800"] }, line: [280, 299], why: "NVIDIA's chips", cls: 0 },
  { f: '=AICHIP.CARD("910C","table")', want: { row: { key: "FP16", n: 800 } }, line: 1683, why: "two-column card table", cls: 0 },

  // ---- CAPEX ----
  { f: '=CAPEX.VALUE("Tencent",2024)', want: { n: 768 }, line: 1295, why: "768亿元", cls: 0 },
  { f: '=CAPEX.VALUE("腾讯",2020)', want: { n: 340 }, line: 1295, why: "340亿元", cls: 0 },
  { f: '=CAPEX.VALUE("Tencent","1Q25")', want: { n: 275 }, line: [1296, 1304], why: "275亿元", cls: 0 },
  { f: '=CAPEX.VALUE("Tencent","Q1 2025","CNY bn")', want: { n: 27.5 }, line: 1304, why: "27.5 in 十亿元", cls: 12 },
  { f: '=CAPEX.VALUE("Tencent","2024Q1")', want: { n: 144 }, line: 1304, why: "Q26: the table's 14.4 is in 10亿元", cls: 12 },
  { f: '=CAPEX.VALUE("Tencent","4Q24","CNY m")', want: { n: 36600 }, line: 1295, why: "366亿元 = 36600 百万元", cls: 12 },
  { f: '=CAPEX.VALUE("Tencent",2023)', want: { err: "#N/A" }, line: 1295, why: "2023 is not printed", cls: 0 },
  { f: '=CAPEX.VALUE("阿里巴巴",2024)', want: { n: 725.13 }, line: 1335, why: "725.13亿元 (calendar year)", cls: 0 },
  { f: '=CAPEX.VALUE("阿里",2021)', want: { n: 494.95 }, line: 1335, why: "short Chinese name 阿里 as in L1385", cls: 11 },
  { f: '=CAPEX.VALUE("Alibaba","4Q24")', want: { n: 317.75 }, line: 1335, why: "317.75亿元", cls: 0 },
  { f: '=CAPEX.VALUE("Alibaba","3Q24")', want: { n: 174.91 }, line: 1335, why: "174.91亿元", cls: 0 },
  { f: '=CAPEX.VALUE("Alibaba","2024Q1")', want: { n: 111.53 }, line: 1349, why: "(11153) 百万元 capex outflow = 111.53亿元", cls: 12 },
  { f: '=CAPEX.VALUE("Alibaba","1Q25")', want: { n: 246.12 }, line: [1336, 1349], why: "246.12亿元 = 24612 百万元", cls: 0 },
  { f: '=CAPEX.VALUE("BAT",2022)', want: { n: 687.4 }, line: 1385, why: "687.4亿元", cls: 0 },
  { f: '=CAPEX.VALUE("BAT","1Q25")', want: { n: 550.12 }, line: 1386, why: "550.12亿人民币", cls: 0 },
  { f: '=CAPEX.VALUE("BAT","4Q24")', want: { n: 707.08 }, line: 1386, why: "707.08亿人民币", cls: 0 },
  { f: '=CAPEX.VALUE("百度","1Q25")', want: { n: 29 }, line: 1386, why: "29亿人民币", cls: 0 },
  { f: '=CAPEX.VALUE("Baidu",2024)', want: { err: "#N/A" }, line: 1385, why: "Baidu 2024 is not printed (81.34 would be derived)", cls: 0 },
  { f: '=CAPEX.CAGR("Tencent",2020,2024)', want: { n: cagr(340, 768, 4), tol: pct }, line: 1295, why: "约22.59%", cls: 7 },
  { f: '=CAPEX.CAGR("Alibaba",2021,2024)', want: { n: cagr(494.95, 725.13, 3), tol: pct }, line: 1335, why: "约13.58%", cls: 7 },
  { f: '=CAPEX.CAGR("BAT",2022,2024)', want: { n: cagr(687.4, 1574.47, 2), tol: pct }, line: 1385, why: "约51.34%", cls: 7 },
  { f: '=CAPEX.CAGR("Tencent",2021,2024)', want: { err: "#N/A" }, line: 1295, why: "2021 not printed", cls: 9 },
  { f: '=CAPEX.YOY("Tencent","1Q25")', want: { n: 275 / 144 - 1 }, line: [1296, 1304], why: "90.97%", cls: 7 },
  { f: '=CAPEX.YOY("Alibaba","1Q25")', want: { n: 246.12 / 111.53 - 1 }, line: [1336, 1349], why: "120.68% recomputes from the cash-flow line", cls: 7 },
  { f: '=CAPEX.YOY("Tencent",2024)', want: { err: "#N/A", msg: ["221", "capex_yoy"] }, line: 1295, why: "2023 missing: point to the stated +221%", cls: 9 },
  { f: '=CAPEX.YOY("Tencent","4Q24")', want: { err: "#N/A", msg: ["386"] }, line: 1295, why: "4Q23 missing: point to the stated +386%", cls: 9 },
  { f: '=CAPEX.YOY("阿里巴巴",2024)', want: { err: "#N/A", msg: ["197.04"] }, line: 1335, why: "point to the stated +197.04%", cls: 9 },
  { f: '=CAPEX.YOY("BAT","1Q25")', want: { err: "#N/A", msg: ["99.38"] }, line: 1386, why: "1Q24 BAT not printed: point to +99.38%", cls: 9 },
  { f: '=CAPEX.QOQ("Tencent","1Q25")', want: { n: 275 / 366 - 1 }, line: [1295, 1296], why: "-24.86%", cls: 7 },
  { f: '=CAPEX.QOQ("Alibaba","4Q24")', want: { n: 317.75 / 174.91 - 1 }, line: 1335, why: "+81.66%", cls: 7 },
  { f: '=CAPEX.QOQ("Alibaba","1Q25")', want: { n: 246.12 / 317.75 - 1 }, line: 1386, why: "-22.54%", cls: 7 },
  { f: '=CAPEX.QOQ("BAT","1Q25")', want: { n: 550.12 / 707.08 - 1 }, line: 1386, why: "-22.2%", cls: 7 },
  { f: '=CAPEX.QOQ("Baidu","1Q25")', want: { err: "#N/A", msg: ["24.3"] }, line: 1386, why: "4Q24 Baidu not printed: point to the stated +24.30%", cls: 9 },
  { f: '=CAPEX.QOQ("Tencent",2024)', want: { err: "#VALUE!" }, line: 0, why: "a year is not a quarter", cls: 0 },
  { f: '=CAPEX.SERIES("Tencent")', want: { has: ["2020", 340, "2024", 768] }, line: 1295, why: "annual series", cls: 0 },
  { f: '=CAPEX.SERIES("Alibaba",,,"quarterly")', want: { has: [111.53, 174.91, 317.75, 246.12] }, line: [1335, 1349], why: "quarterly series", cls: 0 },
  { f: '=ATLAS.VALUE("Tencent","capex",2024)', want: { n: 768 }, line: 1295, why: "README example", cls: 0 },
  { f: '=ATLAS.VALUE("Tencent","capex_yoy","2024")', want: { n: 2.21 }, line: 1295, why: "+221% as a fraction", cls: 7 },
  { f: '=ATLAS.VALUE("Tencent","capex_yoy","4Q24")', want: { n: 3.86 }, line: 1295, why: "+386% as a fraction", cls: 7 },
  { f: '=ATLAS.VALUE("Tencent","capex_yoy","1Q25")', want: { n: 0.9097, tol: 0.00005 }, line: [1296, 1304, 1386], why: "91% / 90.97%: the most precise (R0)", cls: 7 },
  { f: '=ATLAS.VALUE("Tencent","capex_cagr")', want: { n: 0.2259 }, line: 1295, why: "stated CAGR as a fraction", cls: 7 },
  { f: '=ATLAS.VALUE("Alibaba","capex_yoy",2024)', want: { n: 1.9704 }, line: 1335, why: "+197.04%", cls: 7 },
  { f: '=ATLAS.VALUE("Alibaba","capex_cagr")', want: { n: 0.1358 }, line: 1335, why: "约13.58%", cls: 7 },
  { f: '=ATLAS.VALUE("BAT","capex_cagr")', want: { n: 0.5134 }, line: 1385, why: "约51.34%", cls: 7 },
  { f: '=ATLAS.VALUE("BAT","capex_yoy","1Q25")', want: { n: 0.9938 }, line: 1386, why: "99.38%", cls: 7 },
  { f: '=ATLAS.VALUE("Baidu","capex_qoq","1Q25")', want: { n: 0.243 }, line: 1386, why: "24.30%", cls: 7 },
  { f: '=ATLAS.SOURCE("Tencent","capex_cagr")', want: { has: [0.2259], hasNot: [/^22\.59$/] }, line: 1295, why: "stated rate shown as a fraction, not 22.59", cls: 7 },

  // ---- SUPPLIERS ----
  { f: '=SUPPLIERS("NVQD")', want: { col: ["双鸿科技", "富世达", "比赫", "酷冷至尊", "英维克", "富士康", "Lead Wealth", "嘉泽", "立敏达", "泰昌", "诺通", "中金科工业"] }, line: 371, why: "12 names in printed order", cls: 0 },
  { f: '=SUPPLIERS("nvqd")', want: { col: ["双鸿科技", "富世达", "比赫", "酷冷至尊", "英维克", "富士康", "Lead Wealth", "嘉泽", "立敏达", "泰昌", "诺通", "中金科工业"] }, line: 371, why: "lower case", cls: 0 },
  { f: '=SUPPLIERS("GB300快接头")', want: { col: ["双鸿科技", "富世达", "比赫", "酷冷至尊", "英维克", "富士康", "Lead Wealth", "嘉泽", "立敏达", "泰昌", "诺通", "中金科工业"] }, line: 371, why: "the Chinese name printed beside NVQD", cls: 11 },
  { f: '=SUPPLIERS("UQD")', want: { col: ["双鸿科技", "富世达", "丹佛斯", "英维克", "富士康", "Lead Wealth", "帕克", "立敏达", "史陶比尔", "诺通"] }, line: 370, why: "10 names", cls: 0 },
  { f: '=SUPPLIERS("高速铜缆")', want: { col: ["Amphenol", "Bizlink", "富士康", "佳必琪", "立讯精密", "Molex", "矽瑪科技"] }, line: 392, why: "High Speed Cable by its Chinese name", cls: 0 },
  { f: '=SUPPLIERS("60A Power Whip")', want: { col: ["Amphenol", "Bizlink", "佳必琪", "瑞可达"] }, line: 393, why: "4 names", cls: 0 },
  { f: '=SUPPLIERS("MGX 1400A Busbar")', want: { col: ["Amphenol", "Bizlink", "台达电子", "富士康", "Interplex", "Lead Wealth", "TE"] }, line: 394, why: "7 names", cls: 0 },
  { f: '=SUPPLIERS("12V Busbar")', want: { col: ["Amphenol", "Bizlink", "Interplex", "佳必琪", "嘉泽"] }, line: 395, why: "not the 54V or 1400A busbar", cls: 0 },
  { f: '=SUPPLIERS("54V Busbar")', want: { col: ["Amphenol", "Bizlink", "富士康", "佳必琪", "Molex"] }, line: 396, why: "5 names", cls: 0 },
  { f: '=SUPPLIERS("MGX 44RU Manifold")', want: { col: ["双鸿科技", "奇宏科技", "品达科技", "台达电子", "富士康", "Lead Wealth", "光宝科技", "酷冷至尊"] }, line: 369, why: "8 names", cls: 0 },
  { f: '=SUPPLIERS("冷板内部歧管")', want: { col: ["双鸿科技", "奇宏科技", "Boyd", "酷冷至尊", "CoolIT", "台达电子", "富士康", "Lead Wealth", "品达科技", "立敏达"] }, line: 368, why: "MGX Cold Plate Inner Manifold by its Chinese name", cls: 0 },
  { f: '=SUPPLIERS("CDU")', want: { col: ["英维克", "申菱环境", "高澜股份", "曙光数创"] }, line: 993, why: "domestic CDU makers (list ends 等)", cls: 0 },
  { f: '=SUPPLIERS("液冷板")', want: { col: ["英维克", "飞荣达", "中航光电"] }, line: 986, why: "cold plate", cls: 0 },
  { f: '=SUPPLIERS("快速接头")', want: { col: ["英维克", "溯联股份", "川环科技", "中航光电"] }, line: 999, why: "domestic quick disconnects, not UQD/NVQD", cls: 0 },
  { f: '=SUPPLIERS("AEC")', want: { has: ["新易盛", "瑞可达", "博创科技", "兆龙互联", "沃尔核材", "Credo"], rows: 8 }, line: [738, 766, 770], why: "the 5 domestic makers and the 3 overseas leaders (Credo, Molex, 安费诺)", cls: 0 },
  { f: '=SUPPLIERS("CIS")', want: { col: ["韦尔股份", "思特威", "格科微"] }, line: 2122, why: "phone CIS", cls: 0 },
  { f: '=SUPPLIERS("指纹识别")', want: { col: ["汇顶科技", "丘钛科技", "欧菲光"] }, line: 2135, why: "fingerprint", cls: 0 },
  { f: '=SUPPLIERS("存储芯片")', want: { col: ["德明利", "兆易创新", "佰维存储", "普冉股份", "东芯股份"] }, line: [2700, 2704], why: "AR memory chips", cls: 0 },
  { f: '=SUPPLIERS("覆铜板")', want: { has: ["生益科技", "南亚新材", "台光"], rows: 5 }, line: [588, 606], why: "PCB CCL segment plus the high-speed CCL incumbents 台光/松下/斗山", cls: 0 },
  { f: '=SUPPLIERS("NVQD","en")', want: { has: ["Foxconn"], rows: 12 }, line: 371, why: "English names where known", cls: 0 },
  { f: '=SUPPLIERS("NVQX")', want: { err: "#N/A", msg: ["NVQD"] }, line: 371, why: "did you mean", cls: 0 },
  { f: '=SUPPLIERS("")', want: { err: "#VALUE!", msg: ["component"] }, line: 0, why: "missing argument", cls: 0 },
  { f: '=SUPPLIERS.COMMON("NVQD","UQD")', want: { col: ["双鸿科技", "富世达", "英维克", "富士康", "Lead Wealth", "立敏达", "诺通"] }, line: [370, 371], why: "7 on both, NVQD order", cls: 0 },
  { f: '=SUPPLIERS.COMMON("UQD","NVQD")', want: { col: ["双鸿科技", "富世达", "英维克", "富士康", "Lead Wealth", "立敏达", "诺通"] }, line: [370, 371], why: "UQD order", cls: 0 },
  { f: '=SUPPLIERS.COMMON("High Speed Cable","54V Busbar")', want: { col: ["Amphenol", "Bizlink", "富士康", "佳必琪", "Molex"] }, line: [392, 396], why: "every 54V supplier also makes high-speed cable", cls: 0 },
  { f: '=SUPPLIERS.COMMON("CDU","快速接头")', want: { col: ["英维克"] }, line: [993, 999], why: "Envicool only", cls: 0 },
  { f: '=SUPPLIERS.COMMON("UQD","CDU")', want: { col: ["英维克"] }, line: [370, 993], why: "one entity across sections (英维克)", cls: 0 },
  { f: '=SUPPLIERS.OF("英维克")', want: { minRows: 7 }, line: [370, 371, 986, 993, 999, 1005], why: "six lists", cls: 0 },
  { f: '=SUPPLIERS.OF("Envicool")', want: { minRows: 7 }, line: [370, 371, 986, 993, 999, 1005], why: "English name", cls: 0 },
  { f: '=SUPPLIERS.OF("富士康")', want: { minRows: 8 }, line: [368, 396], why: "7 of the 9 MGX/cable lists", cls: 0 },
  { f: '=SUPPLIERS.OF("沪电股份")', want: { minRows: 5 }, line: [606, 29], why: "3 PCB segments + the PCB picks", cls: 0 },
  { f: '=SUPPLIERS.OF("瑞可达")', want: { minRows: 4 }, line: [393, 767, 29], why: "power whip, AEC, picks", cls: 0 },
  { f: '=SUPPLIERS.OF("Amphenol")', want: { minRows: 6 }, line: [392, 396], why: "all five cable/busbar lists", cls: 0 },
  { f: '=SUPPLIERS.COMPONENTS("overseas")', want: { has: ["NVQD", "UQD"] }, line: [370, 371], why: "help's own example", cls: 0 },

  // ---- PICKS ----
  { f: '=PICKS("PCB")', want: { col: ["沪电股份", "胜宏科技", "广合科技", "生益科技", "景旺电子", "威尔高"] }, line: 29, why: "6 PCB picks", cls: 0 },
  { f: '=PICKS("服务器")', want: { col: ["工业富联", "华勤技术"] }, line: 29, why: "servers", cls: 0 },
  { f: '=PICKS("Compute chips")', want: { col: ["芯原股份", "寒武纪", "海光信息"] }, line: 29, why: "compute chips", cls: 0 },
  { f: '=PICKS("算力芯片")', want: { col: ["芯原股份", "寒武纪", "海光信息"] }, line: 29, why: "segment in Chinese", cls: 0 },
  { f: '=PICKS("Memory")', want: { col: ["兆易创新", "普冉股份"] }, line: 29, why: "memory", cls: 0 },
  { f: '=PICKS("存储")', want: { col: ["兆易创新", "普冉股份"] }, line: 29, why: "memory in Chinese", cls: 0 },
  { f: '=PICKS("Channels")', want: { col: ["博士眼镜", "孩子王", "明月镜片"] }, line: 29, why: "the second \"8)\" (sic, 9)", cls: 11 },
  { f: '=PICKS("SoC")', want: { col: ["乐鑫科技", "恒玄科技", "星辰科技"] }, line: 29, why: "SOC as printed, 星辰科技 kept", cls: 0 },
  { f: '=PICKS("电源及温控")', want: { col: ["禾望电气", "中恒电气", "麦格米特", "申菱环境", "江海股份"] }, line: 29, why: "power and thermal", cls: 0 },
  { f: '=PICKS("铜/光互联")', want: { col: ["瑞可达", "博创科技", "太辰光", "东山精密"] }, line: 29, why: "copper/optical", cls: 0 },
  { f: '=PICKS("Brands and ODM")', want: { col: ["小米集团", "影石创新", "歌尔股份", "国光电器"] }, line: 29, why: "brands", cls: 0 },
  { f: '=PICKS()', want: { rows: 33 }, line: 29, why: "header + 32 picks (the list printed twice, counted once)", cls: 0 },
  { f: '=PICKS("GPU")', want: { err: "#N/A" }, line: 29, why: "no such segment", cls: 0 },
  { f: '=PICKS("Servers","en")', want: { has: [/Huaqin/] }, line: 29, why: "English names", cls: 0 },

  // ---- MARKET ----
  { f: '=MARKET.SIZE("AI ASIC market",2024)', want: { n: 120 }, line: 1872, why: "Morgan Stanley 120亿美元", cls: 0 },
  { f: '=MARKET.SIZE("AI ASIC market",2027)', want: { n: 300 }, line: 1872, why: "300亿美元", cls: 0 },
  { f: '=MARKET.SIZE("AI ASIC market",2027,"USD bn")', want: { n: 30 }, line: 1872, why: "unit asked for", cls: 12 },
  { f: '=MARKET.SIZE("Global ASIC market",2024)', want: { n: 65 }, line: 167, why: "VerifiedMarket 65亿美元, never mixed with MS's 120 (Q31)", cls: 0 },
  { f: '=MARKET.SIZE("全球ASIC市场",2033)', want: { n: 152 }, line: 167, why: "152亿美元", cls: 0 },
  { f: '=MARKET.SIZE("AI ASIC market",2025)', want: { err: "#N/A" }, line: 1872, why: "no 2025 figure", cls: 0 },
  { f: '=MARKET.CAGR("Global ASIC market",2024,2033)', want: { n: cagr(65, 152, 9) }, line: 167, why: "Q30: 9.90% recomputed", cls: 6 },
  { f: '=MARKET.CAGR("Global ASIC market",,,"stated")', want: { n: 0.128 }, line: 167, why: "12.8% as printed", cls: 7 },
  { f: '=MARKET.CAGR("AI ASIC market")', want: { n: cagr(120, 300, 3) }, line: 1872, why: "Q31: 35.72% recomputed", cls: 6 },
  { f: '=MARKET.CAGR("AI ASIC market",,,"stated")', want: { n: 0.34 }, line: 1872, why: "34% as printed", cls: 7 },
  { f: '=MARKET.CAGR("AI ASIC market",2024,2024)', want: { err: "#NUM!" }, line: 1872, why: "zero years", cls: 0 },
  { f: '=MARKET.SIZE("global smartphones",2024)', want: { n: 12.39 }, line: 2101, why: "12.39亿部 in the report's unit", cls: 12 },
  { f: '=MARKET.SIZE("中国智能算力",2025)', want: { n: 1037.3 }, line: 1285, why: "1,037.3 EFLOPS", cls: 12 },
  { f: '=MARKET.SIZE("中国智能算力",2028)', want: { n: 2781.9 }, line: 1285, why: "突破 2,781.9 EFLOPS", cls: 0 },
  { f: '=MARKET.CAGR("中国智能算力",,,"stated")', want: { n: 0.462 }, line: 1285, why: "46.2% (2023-2028)", cls: 7 },
  { f: '=MARKET.CAGR("中国智能算力")', want: { err: "#N/A", msg: ["46.2"] }, line: 1285, why: "Q32: 2023 not printed; point to the stated 46.2%", cls: 9 },
  { f: '=MARKET.CAGR("中国智能算力",2025,2028)', want: { n: cagr(1037.3, 2781.9, 3) }, line: 1285, why: "38.94% from the printed sizes", cls: 0 },
  { f: '=MARKET.SIZE("中国通用算力",2028)', want: { n: 140.1 }, line: 1285, why: "140.1 EFLOPS", cls: 0 },
  { f: '=MARKET.CAGR("中国通用算力",,,"stated")', want: { n: 0.188 }, line: 1285, why: "18.8%", cls: 7 },
  { f: '=MARKET.SIZE("Global foldable phones",2024)', want: { n: 1970 }, line: 2189, why: "约1970万台 in 万", cls: 12 },
  { f: '=MARKET.SIZE("China AR glasses",2024)', want: { n: 28.6 }, line: 2648, why: "28.6 万台", cls: 12 },
  { f: '=MARKET.SIZE("中国加速芯片市场","2024H1")', want: { n: 90 }, line: 1555, why: "超过90万张, in 万", cls: 12 },
  { f: '=MARKET.SIZE("中国加速芯片市场","2023H1")', want: { n: 50 }, line: 1554, why: "超过50万张", cls: 12 },

  // ---- MODEL.SCORE ----
  { f: '=MODEL.SCORE("DeepSeek-R1-0528","AIME 2024")', want: { n: 91.4 }, line: 1165, why: "README example", cls: 0 },
  { f: '=MODEL.SCORE("deepseek-r1-0528","aime 2025")', want: { n: 87.5 }, line: 1166, why: "lower case", cls: 0 },
  { f: '=MODEL.SCORE("OpenAI-o3","GPQA Diamond")', want: { n: 83.3 }, line: 1167, why: "83.3", cls: 0 },
  // figures: changed from { n: 90.8 }: L1165 is "Gemini-2.5-Pro-0506 ... pass@1" and L1362 the Qwen3 table's "Gemini2.5-Pro" (avg of 64 samples): two versions and scorings, so the user names the table (see /work/notes/figures.md).
  { f: '=MODEL.SCORE("Gemini-2.5-Pro","AIME 2024")', want: { err: "#N/A", msg: ["pass@1", "Qwen3"] }, line: [1165, 1362], why: "Q42: the help says the first table answers (90.8, -0506); 92.0 in the Qwen3 table", cls: 4 },
  // figures: changed from { n: 63.5 }: L1168 is LiveCodeBench pass@1 (63.5), L1364 "LiveCodeBench v5, 2024.10-2025.02" (64.3): two test versions, the user names one.
  { f: '=MODEL.SCORE("DeepSeek-R1","LiveCodeBench")', want: { err: "#N/A", msg: ["pass@1", "v5"] }, line: [1168, 1364], why: "Q42: 63.5 first, 64.3 (v5) later", cls: 4 },
  { f: '=MODEL.SCORE("Qwen3-235B-A22B","ArenaHard")', want: { n: 95.6 }, line: 1361, why: "95.6", cls: 0 },
  { f: '=MODEL.SCORE("Qwen3-32B","CodeForces")', want: { n: 1977 }, line: 1365, why: "CodeForces Elo Rating", cls: 11 },
  { f: '=MODEL.SCORE("Grok 3","ArenaHard")', want: { err: "#N/A", msg: ["-"] }, line: 1361, why: "'-' blank for Grok 3", cls: 11 },
  { f: '=MODEL.SCORE("QwQ-32B","MATH-500")', want: { n: 90.6 }, line: 1447, why: "\"MATH- 500 pass@1\" with a stray space", cls: 11 },
  { f: '=MODEL.SCORE("DeepSeek-R1-Distill-Llama-70B","CodeForces")', want: { n: 1633 }, line: 1453, why: "1633.0", cls: 0 },
  { f: '=MODEL.SCORE("o1-mini","GPQA Diamond")', want: { n: 60 }, line: 1446, why: "60.0", cls: 0 },
  { f: '=MODEL.SCORE("Seedance 1.0","Arena ELO")', want: { err: "#N/A", msg: [/text.to.video|T2V/i] }, line: [1124, 1138], why: "T2V 1299 vs I2V 1343: ask which", cls: 0 },
  { f: '=MODEL.SCORE("Seedance 1.0","Arena ELO","T2V")', want: { n: 1299 }, line: 1124, why: "short variant name T2V", cls: 11 },
  { f: '=MODEL.SCORE("Seedance 1.0","Arena ELO","image to video")', want: { n: 1343 }, line: 1138, why: "I2V by words", cls: 11 },
  { f: '=MODEL.SCORE("Kling 1.5 (Pro)","Arena ELO")', want: { n: 1054 }, line: 1128, why: "only in the T2V table", cls: 0 },
  { f: '=MODEL.SCORE("Veo 3 Preview","Arena ELO","I2V")', want: { n: 1238 }, line: 1139, why: "I2V", cls: 11 },
  { f: '=MODEL.SCORE("Doubao-1.5-pro","MMLU")', want: { n: 88.6 }, line: 1204, why: "Q41: first column only", cls: 0 },
  { f: '=MODEL.SCORE("Llama3.1-405B","MMLU")', want: { err: "#N/A" }, line: [1203, 1204], why: "Q41: columns misaligned, not served", cls: 0 },
  { f: '=MODEL.SCORE("DeepSeek-R1-0528","Humanity\'s Last Exam")', want: { n: 17.7 }, line: 1170, why: "apostrophe in the name", cls: 0 },
  { f: '=MODEL.SCORE("Qwen3-235B-A22B","AIME\'24")', want: { n: 85.7 }, line: [1165, 1362], why: "same score in both tables", cls: 0 },
  { f: '=MODEL.SCORE("DeepSeek-R1-0528","AIME 2026")', want: { err: "#N/A", msg: ["AIME"] }, line: 1165, why: "unknown benchmark", cls: 0 },

  // ---- STOCK ----
  { f: '=STOCK.RETURN("NVDA")', want: { n: 141.97 / 97.63 - 1 }, line: 138, why: "45% rounded", cls: 7 },
  { f: '=STOCK.RETURN("CRWV")', want: { n: 147.19 / 49.85 - 1 }, line: 131, why: "195%", cls: 11 },
  { f: '=STOCK.RETURN("CRWV.O")', want: { n: 147.19 / 49.85 - 1 }, line: 131, why: "Wind ticker", cls: 11 },
  { f: '=STOCK.RETURN("CoreWeave")', want: { n: 147.19 / 49.85 - 1 }, line: 131, why: "company name", cls: 0 },
  { f: '=STOCK.RETURN("甲骨文")', want: { n: 215.22 / 126.7 - 1 }, line: 133, why: "Oracle in Chinese", cls: 0 },
  { f: '=STOCK.RETURN("pltr")', want: { n: 137.4 / 77.84 - 1 }, line: 131, why: "software half of the table", cls: 11 },
  { f: '=STOCK.RETURN("Google")', want: { n: 174.67 / 146.57 - 1 }, line: 141, why: "GOOGL.O 谷歌", cls: 0 },
  { f: '=STOCK.RETURN("微软")', want: { n: 474.96 / 357.2 - 1 }, line: 138, why: "MSFT", cls: 0 },
  { f: '=STOCK.RETURN("多邻国")', want: { n: 478.48 / 296.51 - 1 }, line: 132, why: "Duolingo", cls: 0 },
  { f: '=STOCK.RETURN("SAP.N")', want: { n: 293.36 / 239.45 - 1 }, line: 140, why: "NYSE suffix", cls: 0 },
  { f: '=STOCK.PRICE("NVDA","2025-06-13")', want: { n: 141.97 }, line: 138, why: "close", cls: 0 },
  { f: '=STOCK.PRICE("MU.O","2025-04-07")', want: { n: 68.37 }, line: 134, why: "Micron", cls: 0 },
  { f: '=STOCK.PRICE("SMCI",45821)', want: { n: 41.56 }, line: 141, why: "a date serial (2025-06-13)", cls: 0 },
  { f: '=STOCK.PRICE("AVGO","2025/6/13")', want: { n: 248.7 }, line: 135, why: "date typed with slashes", cls: 0 },
  { f: '=STOCK.PRICE("NVDA","2025-05-01")', want: { err: "#N/A", msg: ["2025-06-13"] }, line: 130, why: "only two dates", cls: 0 },
  { f: '=STOCK.RETURN("AAPL")', want: { err: "#N/A" }, line: 129, why: "not in the table", cls: 0 },

  // ---- ATLAS ----
  { f: '=ATLAS.VALUE("NVIDIA","revenue","FY2025")', want: { err: "#N/A", msg: [/China|中国/] }, line: 1385, why: "170.1 is mainland China + HK, not the total", cls: 5 },
  { f: '=ATLAS.VALUE("NVIDIA","revenue","FY2025","China")', want: { n: 170.1 }, line: 1385, why: "regional variant by a short name", cls: 11 },
  { f: '=ATLAS.VALUE("NVIDIA","revenue","FY2026Q1")', want: { n: 441 }, line: 150, why: "Q27: printed FY25Q3, results of 2025-05-29 = FY2026 Q1", cls: 0 },
  { f: '=ATLAS.VALUE("NVIDIA","revenue","FY25Q3")', want: { err: "#N/A", msg: ["FY2026Q1"] }, line: 150, why: "the mislabelled period as printed: point to FY2026Q1", cls: 9 },
  { f: '=ATLAS.VALUE("NVIDIA","gross_margin","4Q24")', want: { n: 0.73 }, line: 1872, why: "73.0% as a fraction, calendar quarter", cls: 7 },
  { f: '=ATLAS.VALUE("SMIC","revenue",2024)', want: { n: 80.3 }, line: 1609, why: "80.3亿美元", cls: 0 },
  { f: '=ATLAS.VALUE("中芯国际","revenue","1Q25")', want: { n: 22.47 }, line: 1609, why: "22.47亿美元", cls: 0 },
  { f: '=ATLAS.VALUE("SMIC","net_profit","1Q25")', want: { n: 1.88 }, line: 1609, why: "1.88亿美元", cls: 0 },
  { f: '=ATLAS.VALUE("SMIC","net_profit",2024)', want: { n: 4.93 }, line: 1609, why: "4.93亿美元", cls: 0 },
  { f: '=ATLAS.VALUE("SMIC","utilization","1Q25")', want: { n: 0.896 }, line: 1648, why: "89.6% as a fraction", cls: 7 },
  { f: '=ATLAS.VALUE("Hygon","revenue","1Q25")', want: { n: 24 }, line: 1813, why: "24亿元", cls: 0 },
  { f: '=ATLAS.VALUE("海光信息","net_profit","1Q25")', want: { n: 5.06 }, line: 1813, why: "5.06亿元", cls: 0 },
  { f: '=ATLAS.VALUE("Cambricon","revenue","1Q25")', want: { n: 11.11 }, line: 1833, why: "11.11亿元", cls: 0 },
  { f: '=ATLAS.VALUE("寒武纪","net_profit","1Q25")', want: { n: 3.55 }, line: 1833, why: "3.55亿元", cls: 0 },
  { f: '=ATLAS.VALUE("Intellifusion","net_profit","1Q25")', want: { n: -0.86 }, line: 1848, why: "a loss, -0.86亿元", cls: 0 },
  { f: '=ATLAS.VALUE("云天励飞","revenue","1Q25")', want: { n: 2.64 }, line: 1848, why: "2.64亿元", cls: 0 },
  { f: '=ATLAS.VALUE("Alibaba Cloud","revenue","1Q25")', want: { n: 301.27 }, line: 1336, why: "阿里云 301.27亿元", cls: 0 },
  { f: '=ATLAS.VALUE("OpenAI","ARR",2024)', want: { n: 55 }, line: 198, why: "55亿美元", cls: 0 },
  { f: '=ATLAS.VALUE("Xiaomi YU7","range")', want: { n: 835 }, line: 2050, why: "the car stays reachable here", cls: 11 },
  { f: '=ATLAS.VALUE("B30","price",,"low")', want: { n: 6500 }, line: [294, 314], why: "range low end in USD", cls: 2 },
  { f: '=ATLAS.VALUE("920","training throughput",,"ResNet-50")', want: { n: 2800 }, line: 1730, why: "short variant name ResNet-50", cls: 11 },
  { f: '=ATLAS.VALUE("Tencent","capex","1Q25")', want: { n: 275 }, line: 1296, why: "quarter", cls: 0 },
  { f: '=ATLAS.DATASETS()', want: { minRows: 134 }, line: 0, why: "133 datasets + header", cls: 0 },
  { f: '=ATLAS.DATASETS("domestic")', want: { has: ["tencent_capex_annual"] }, line: 1293, why: "help's own example id", cls: 0 },
  { f: '=ATLAS.TABLE("tencent_capex_annual")', want: { minRows: 2 }, line: 1295, why: "a dataset by id", cls: 0 },
  { f: '=ATLAS.TABLE("no_such_table")', want: { err: "#N/A" }, line: 0, why: "unknown id", cls: 0 },
  { f: '=ATLAS.VERSION()', want: { t: /\d+\.\d+\.\d+/ }, line: 0, why: "version text", cls: 0 },
  { f: '=ATLAS.SOURCE("Global ASIC market","market_cagr")', want: { has: [0.128, cagr(65, 152, 9)] }, line: 167, why: "stated and recomputed, both fractions", cls: 7 },
  { f: '=ATLAS.SOURCE("Tencent","capex_yoy","2025Q1")', want: { has: [275 / 144 - 1] }, line: [1296, 1304], why: "recomputed beside the stated 91%", cls: 7 },

  // ---- batch 3: more variants, ranges, scopes, units, periods ----
  { f: '=AICHIP.SPEC("A100 80GB PCIe","INT8")', want: { n: 642 }, line: 1559, why: "Q06: 642 TOPS as printed on the PCIe card (624 elsewhere)", cls: 1 },
  { f: '=AICHIP.SPEC("H100 SXM","TDP")', want: { n: 700 }, line: 1558, why: "the SXM form as printed", cls: 1 },
  { f: '=AICHIP.SPEC("H100 SXM","FP16","sparse")', want: { n: 1979 }, line: 1558, why: "the SXM form's sparse FP16", cls: 1 },
  { f: '=AICHIP.SPEC("910B OAM","interconnect")', want: { n: 392 }, line: 1580, why: "the card table's 392 GB/s", cls: 1 },
  { f: '=AICHIP.SPEC("曦云C500 OAM","FP16")', want: { n: 240 }, line: 1576, why: "card form as printed in the header", cls: 1 },
  { f: '=AICHIP.SPEC("S4000 OAM","FP16")', want: { n: 100 }, line: 1576, why: "card form as printed", cls: 1 },
  { f: '=AICHIP.SPEC("云燧T21 OAM","TDP")', want: { n: 300 }, line: 1581, why: "card form as printed", cls: 1 },
  { f: '=AICHIP.SPEC("Trainium2","release year")', want: { n: 2024 }, line: [451, 178], why: "Q23: the default set (2024), not 2023", cls: 4 },
  { f: '=AICHIP.SPEC("TPUv6e","INT8")', want: { n: 1836 }, line: 452, why: "1836 TOPs", cls: 0 },
  { f: '=AICHIP.SPEC("MTIA v2","FP32")', want: { n: 2.76 }, line: 176, why: "2.76", cls: 0 },
  { f: '=AICHIP.SPEC("Maia 100","process")', want: { n: 5 }, line: 177, why: "5nm", cls: 0 },
  { f: '=AICHIP.SPEC("Trainium2","process")', want: { n: 4 }, line: 178, why: "4nm", cls: 0 },
  { f: '=AICHIP.SPEC("TPUv5e","release year")', want: { n: 2023 }, line: 174, why: "2023", cls: 0 },
  { f: '=AICHIP.SPEC("DeepEdge 10","FP16")', want: { n: 2 }, line: 1855, why: "2 TFLOPS (FP16)", cls: 0 },
  { f: '=AICHIP.SPEC("DeepEdge 10 Max","FP16")', want: { n: 8 }, line: 1855, why: "a sibling, not the base chip's 2", cls: 1 },
  { f: '=AICHIP.SPEC("DeepEdge 10 C","INT16")', want: { n: 4 }, line: 1855, why: "\"4 TOPS (INT16)/ 1.5 TFLOPS (FP16)\"", cls: 1 },
  { f: '=AICHIP.SPEC("DeepEdge 10 C","TDP")', want: { err: "#N/A", msg: ["-"] }, line: 1859, why: "'-' for the C model, never the base 10W", cls: 1 },
  { f: '=AICHIP.SPEC("DeepEdge 10 Max","TDP")', want: { n: 40 }, line: 1859, why: "40W", cls: 1 },
  { f: '=AICHIP.SPEC("Xeon 6980P","cores")', want: { n: 128 }, line: 1774, why: "CPU table", cls: 0 },
  { f: '=AICHIP.SPEC("EPYC 9965","threads")', want: { n: 384 }, line: 1775, why: "超线程 384", cls: 0 },
  { f: '=AICHIP.SPEC("海光7390","frequency")', want: { n: 2.7 }, line: 1776, why: "2.7 GHz", cls: 0 },
  { f: '=AICHIP.SPEC("龙芯3D5000","threads")', want: { err: "#N/A", msg: ["不支持"] }, line: 1775, why: "不支持 = not supported", cls: 0 },
  { f: '=AICHIP.SPEC("Trainium2","cards linked","high")', want: { n: 64 }, line: 455, why: "16~64 range", cls: 2 },
  { f: '=AICHIP.SPEC("TPUv6e","cards linked","low")', want: { n: 2 }, line: 455, why: "2~8 range", cls: 2 },
  { f: '=AICHIP.SERVERS("B30",1000)', want: { err: "#N/A", msg: ["low", "high"] }, line: 313, why: "80-100 TFLOPS range", cls: 2 },
  { f: '=AICHIP.SERVERS("B30",1000,,"high")', want: { n: 1250 }, line: 313, why: "ceil(1e6/(8*100))", cls: 2 },
  { f: '=AICHIP.COMPARE("910B OAM","910B","FP16")', want: { n: 376 / 320 }, line: [1576, 1682], why: "card form vs the base chip", cls: 1 },
  { f: '=AICHIP.COMPARE("K100_AI","K100","TDP","high")', want: { n: 400 / 300 }, line: 1800, why: "high end of 350 - 400W over K100's single 300W", cls: 2 },
  { f: '=AICHIP.SPEC("H20","price","low")', want: { n: 10000 }, line: 294, why: "Q08: the prose 1万至1.2万美元 has no context; the table's are 2024 booking / 2025 market", cls: 2 },
  { f: '=ATLAS.VALUE("H20","price",,"high")', want: { n: 12000 }, line: 294, why: "Q08: the prose figure has no period, so it answers when none is asked; USD like the B30", cls: 2 },
  { f: '=ATLAS.VALUE("H20","price","2024","low")', want: { n: 12000 }, line: 314, why: "2024 booking price 1.2万美元, in USD like the B30's 6500", cls: 12 },
  { f: '=AICHIP.COMPARE("B30","H20","price","low")', want: { n: 6500 / 10000 }, line: [294, 314], why: "both prices in one unit", cls: 12 },
  { f: '=ATLAS.VALUE("SMIC","revenue share","1Q25")', want: { err: "#N/A", msg: ["China"] }, line: 1624, why: "a share by region/application/size needs its variant", cls: 5 },
  { f: '=ATLAS.VALUE("SMIC","revenue share","1Q25","China")', want: { n: 0.843 }, line: 1624, why: "short variant name; a share as a fraction", cls: 11 },
  { f: '=ATLAS.VALUE("SMIC","revenue share","1Q25","12-inch")', want: { n: 0.781 }, line: 1626, why: "78.1%", cls: 11 },
  { f: '=ATLAS.VALUE("SMIC","gross_margin","2Q25","low")', want: { n: 0.18 }, line: 1610, why: "guidance 18到20%: range, fraction", cls: 2 },
  { f: '=ATLAS.VALUE("SMIC","monthly capacity","1Q25")', want: { n: 97.3 }, line: 1648, why: "97.3万片/月 in 万", cls: 12 },
  { f: '=ATLAS.VALUE("Musashi","production capacity","1Q25")', want: { n: 1500000 }, line: 907, why: "20万 → 150万颗 in 1Q25 (Q39); the metric's unit is a count", cls: 12 },
  { f: '=ATLAS.VALUE("Doubao","daily token usage")', want: { n: 16.4 }, line: 1076, why: "超过16.4万亿 tokens/day, in 万亿 (trillion)", cls: 12 },
  { f: '=ATLAS.VALUE("Tencent","operating capex","1Q25")', want: { n: 264 }, line: [1296, 1302], why: "264亿元 (the table's 26.4 is 10亿元)", cls: 12 },
  { f: '=ATLAS.VALUE("Tencent","non-operating capex","1Q24")', want: { n: 78 }, line: 1303, why: "Q26: 7.8 in 10亿元 = 78亿元", cls: 12 },
  { f: '=ATLAS.VALUE("Tencent","chips ordered",2024)', want: { n: 230000 }, line: 1286, why: "约23万块; the metric's unit is a count", cls: 12 },
  { f: '=ATLAS.VALUE("Apple Vision Pro","price")', want: { n: 3499 }, line: 2376, why: "3499美元起 (qualifier 起)", cls: 0 },
  { f: '=ATLAS.VALUE("Apple Vision Pro","weight",,"low")', want: { n: 600 }, line: 2375, why: "600-650g range", cls: 2 },
  { f: '=ATLAS.VALUE("XREAL Air2","weight")', want: { n: 72 }, line: 2375, why: "72g", cls: 0 },
  { f: '=ATLAS.VALUE("雷鸟X2","price")', want: { n: 4999 }, line: 2376, why: "4999元", cls: 0 },
  { f: '=ATLAS.VALUE("Ray-Ban Meta","BOM")', want: { n: 164 }, line: 2392, why: "总BOM成本约164美元: the total needs no variant; its parts do", cls: 5 },
  { f: '=ATLAS.VALUE("Xiaomi AI glasses","price")', want: { n: 1499 }, line: 2508, why: "预计售价 1499 元起", cls: 0 },
  { f: '=ATLAS.VALUE("OpenAI","ARR",2025)', want: { n: 100 }, line: 198, why: "突破100亿美元 (qualifier >)", cls: 0 },
  { f: '=ATLAS.VALUE("NVIDIA","revenue",2025,"mainland China and Hong Kong")', want: { err: "#N/A", msg: ["FY2025"] }, line: 1385, why: "2025财年 is fiscal, not calendar 2025", cls: 9 },
  { f: '=CAPEX.VALUE("Alibaba","FY2025")', want: { err: "#N/A" }, line: 1335, why: "the report gives calendar years (自然年) only", cls: 0 },
  { f: '=CAPEX.VALUE("Tencent","2025Q1","CNY")', want: { n: 27500000000 }, line: 1296, why: "275亿元 in yuan", cls: 12 },
  { f: '=CAPEX.VALUE("Tencent",2024,"USD")', want: { err: "#VALUE!" }, line: 0, why: "not a CNY unit", cls: 0 },
  { f: '=CAPEX.VALUE("Tencent","2024Q2")', want: { err: "#N/A" }, line: 1295, why: "not printed", cls: 0 },
  { f: '=CAPEX.CAGR("Tencent","2020","2024")', want: { n: cagr(340, 768, 4), tol: pct }, line: 1295, why: "years typed as text", cls: 0 },
  { f: '=CAPEX.SERIES("BAT")', want: { has: [687.4, 1574.47] }, line: 1385, why: "BAT annual", cls: 0 },
  { f: '=CAPEX.YOY("Baidu","1Q25")', want: { err: "#N/A", msg: ["42.3"] }, line: 1386, why: "1Q24 not printed: point to the stated 42.3%", cls: 9 },
  { f: '=MARKET.SIZE("AI ASIC market",2024,"USD m")', want: { n: 12000 }, line: 1872, why: "120亿美元 = 12000 USD m", cls: 12 },
  { f: '=MARKET.SIZE("Global ASIC market",2033,"USD bn")', want: { n: 15.2 }, line: 167, why: "152亿美元", cls: 12 },
  { f: '=SUPPLIERS("电力母线")', want: { err: "#N/A", msg: ["Busbar"] }, line: [394, 395], why: "two busbars print 电力母线: ask which", cls: 11 },
  { f: '=SUPPLIERS("快接头")', want: { col: ["双鸿科技", "富世达", "丹佛斯", "英维克", "富士康", "Lead Wealth", "帕克", "立敏达", "史陶比尔", "诺通"] }, line: 370, why: "快接头 is exactly UQD's printed Chinese name", cls: 11 },
  { f: '=SUPPLIERS("代工")', want: { col: ["歌尔股份", "国光电器", "天键股份", "佳禾智能", "亿道信息"] }, line: [2685, 2689], why: "AR ODM/EMS", cls: 0 },
  { f: '=SUPPLIERS("SiC")', want: { col: ["天岳先进"] }, line: 2658, why: "one name", cls: 0 },
  { f: '=SUPPLIERS("渠道商")', want: { col: ["博士眼镜", "明月镜片", "孩子王"] }, line: [2668, 2670], why: "AR channel list order (PICKS prints another order)", cls: 0 },
  { f: '=SUPPLIERS("折叠屏")', want: { col: ["精研科技", "东睦股份", "统联精密"] }, line: 2129, why: "foldable hinge parts", cls: 0 },
  { f: '=SUPPLIERS.OF("水晶光电")', want: { minRows: 4 }, line: [2121, 2626, 2664], why: "phone optics, AR optics, array waveguide", cls: 0 },
  { f: '=SUPPLIERS.OF("小米集团")', want: { minRows: 3 }, line: [29, 2653], why: "AR brands and picks", cls: 0 },
  { f: '=SUPPLIERS.OF("No Such Company")', want: { err: "#N/A" }, line: 0, why: "unknown company", cls: 0 },
  { f: '=MODEL.SCORE("Gemini2.5-Pro","BFCL v3")', want: { n: 62.9 }, line: 1368, why: "Qwen3 table spelling", cls: 0 },
  { f: '=MODEL.SCORE("OpenAI-o3-mini","LiveBench")', want: { n: 70 }, line: 1367, why: "o3-mini Medium", cls: 11 },
  { f: '=MODEL.SCORE("Qwen3-32B","Aider")', want: { n: 50.2 }, line: 1366, why: "Aider Pass@2", cls: 0 },
  { f: '=MODEL.SCORE("GPT-4o-0513","CodeForces")', want: { n: 759 }, line: 1444, why: "759.0", cls: 0 },
  { f: '=MODEL.SCORE("Claude-3.5-Sonnet-1022","LiveCodeBench")', want: { n: 38.9 }, line: 1445, why: "38.9", cls: 0 },
  { f: '=MODEL.SCORE("DeepSeek-R1-Distill-Qwen-7B","AIME 2024","cons@64")', want: { n: 83.3 }, line: 1449, why: "the cons@64 column by its short name", cls: 11 },
  { f: '=MODEL.SCORE("Runway Gen 4","Arena ELO")', want: { n: 1121 }, line: 1142, why: "only in the I2V table", cls: 0 },
  { f: '=MODEL.SCORE("Sora","Arena ELO")', want: { n: 1053 }, line: 1129, why: "\"OpenAI Sora\" by its short name", cls: 11 },
  { f: '=MODEL.SCORE("Veo 2","Arena ELO","text-to-video")', want: { n: 1128 }, line: 1126, why: "T2V in words", cls: 0 },
  { f: '=STOCK.RETURN("AMD")', want: { n: 116.16 / 83.64 - 1 }, line: 139, why: "39%", cls: 0 },
  { f: '=STOCK.RETURN("博通")', want: { n: 248.7 / 154.14 - 1 }, line: 135, why: "Broadcom in Chinese", cls: 0 },
  { f: '=STOCK.RETURN("ServiceNow")', want: { n: 988.66 / 735.5 - 1 }, line: 137, why: "34%", cls: 0 },
  { f: '=STOCK.PRICE("CRWV","2025-04-07")', want: { n: 49.85 }, line: 131, why: "ticker without suffix in another function", cls: 11 },
  { f: '=STOCK.PRICE("ORCL.N","2025-06-13")', want: { n: 215.22 }, line: 133, why: "Oracle close", cls: 0 },
  { f: '=ATLAS.VALUE("Ray-Ban Meta","share of BOM cost",,"SoC")', want: { n: 0.34 }, line: 2548, why: "约34% as a fraction", cls: 7 },
  { f: '=ATLAS.VALUE("Hygon","gross_margin",2024)', want: { n: 0.6372 }, line: 1814, why: "63.72% as a fraction", cls: 7 },
  { f: '=ATLAS.VALUE("Cambricon","Revenue YoY growth (as stated)","1Q25")', want: { n: 42.3022 }, line: 1833, why: "+4230.22% as a fraction (metric typed as the add-in labels it)", cls: 7 },
  { f: '=ATLAS.VALUE("Cambricon","revenue YoY growth","1Q25")', want: { n: 42.3022 }, line: 1833, why: "the label without its \"(as stated)\" suffix", cls: 11 },
  { f: '=ATLAS.VALUE("SMIC","Revenue YoY growth (as stated)",2024)', want: { n: 0.27 }, line: 1609, why: "+27% as a fraction", cls: 7 },
];

describe("issue #11, outside checks: formulas typed from the report", () => {
  test("at least 150 cases, every function family covered", () => {
    expect(CASES.length).toBeGreaterThanOrEqual(150);
    const families = new Set(CASES.map((c) => parseFormula(c.f)?.id.split(".")[0]));
    for (const fam of ["AICHIP", "CAPEX", "SUPPLIERS", "MARKET", "MODEL", "STOCK", "PICKS", "ATLAS"]) expect(families).toContain(fam);
  });

  test.each(CASES.map((c) => [c.f, c] as const))("%s", (_f, c) => {
    const o = evalFormula(c.f);
    expect(JSON.stringify(o)).not.toMatch(LEAK);
    expect(mismatch(o, c.want)).toBe("");
  });
});

/** The spilled rows of a formula that must succeed. */
function spill(formula: string): Cell[][] {
  const o = evalFormula(formula);
  if (!("value" in o) || !Array.isArray(o.value)) throw new Error(`${formula} did not spill: ${JSON.stringify(o).slice(0, 300)}`);
  return o.value as Cell[][];
}
const q = (text: string) => `"${text.replace(/"/g, '""')}"`;
const withHeader = (rows: Cell[][]) => rows.slice(1);

/** Class 11: every name the add-in prints works when typed back as an argument. */
describe("issue #11, outside checks: names the add-in prints, typed back", () => {
  const walks: [string, () => string[]][] = [
    ["AICHIP.LIST() -> AICHIP.METRICS", () => spill("=AICHIP.LIST()").map((r) => `=AICHIP.METRICS(${q(String(r[0]))})`)],
    ["SUPPLIERS.COMPONENTS() -> SUPPLIERS", () => spill("=SUPPLIERS.COMPONENTS()").map((r) => `=SUPPLIERS(${q(String(r[0]))})`)],
    ["ATLAS.DATASETS() -> ATLAS.TABLE", () => withHeader(spill("=ATLAS.DATASETS()")).map((r) => `=ATLAS.TABLE(${q(String(r[0]))})`)],
    ["PICKS() segments -> PICKS", () => [...new Set(withHeader(spill("=PICKS()")).map((r) => String(r[0])))].map((seg) => `=PICKS(${q(seg)})`)],
    ["PICKS() names -> SUPPLIERS.OF", () => withHeader(spill("=PICKS()")).map((r) => `=SUPPLIERS.OF(${q(String(r[1]))})`)],
    ['SUPPLIERS("NVQD") names -> SUPPLIERS.OF', () => spill('=SUPPLIERS("NVQD")').map((r) => `=SUPPLIERS.OF(${q(String(r[0]))})`)],
    [
      'SUPPLIERS.OF("英维克") lists -> SUPPLIERS',
      () =>
        withHeader(spill('=SUPPLIERS.OF("英维克")'))
          .filter((r) => !/pick/i.test(String(r[1])))
          .map((r) => `=SUPPLIERS(${q(String(r[0]))})`),
    ],
  ];
  test.each(walks)("%s: every printed name resolves", (_name, formulas) => {
    const failures = formulas()
      .map((f) => [f, evalFormula(f)] as const)
      .filter(([, o]) => !("value" in o) || !isExcelValue(o.value))
      .map(([f, o]) => `${f} -> ${JSON.stringify(o).slice(0, 200)}`);
    expect(failures).toEqual([]);
  });

  test("every metric AICHIP.METRICS prints for a chip works in AICHIP.SPEC and AICHIP.SOURCES for that chip", () => {
    const failures: string[] = [];
    for (const [chip] of spill("=AICHIP.LIST()")) {
      for (const [label] of withHeader(spill(`=AICHIP.METRICS(${q(String(chip))})`))) {
        for (const fn of ["AICHIP.SPEC", "AICHIP.SOURCES"]) {
          const f = `=${fn}(${q(String(chip))},${q(String(label))})`;
          const o = evalFormula(f);
          const text = JSON.stringify(o);
          if (LEAK.test(text) || ("error" in o && /Unknown metric/.test(o.message ?? ""))) failures.push(`${f} -> ${text.slice(0, 200)}`);
        }
      }
    }
    expect(failures).toEqual([]);
  });

  test("each did-you-mean suggestion in the cases above, typed back, is no longer an unknown name", () => {
    const failures: string[] = [];
    for (const c of CASES) {
      const o = evalFormula(c.f);
      if (!("error" in o) || !o.message) continue;
      const m = /Unknown (?:chip|company|stock|market|model|component|pick segment)[^"]*"([^"]+)"\. Did you mean "([^"]+)"/.exec(o.message);
      if (!m) continue;
      const retyped = c.f.replace(`"${m[1]}"`, q(m[2]));
      const again = evalFormula(retyped);
      if ("error" in again && /Unknown|Did you mean/.test(again.message ?? "")) failures.push(`${retyped} -> ${again.message}`);
    }
    expect(failures).toEqual([]);
  });
});
