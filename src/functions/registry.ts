/**
 * Every custom function declared once, as data: its id, help, arguments (with the valid choices the
 * formula builder offers) and the domain query it runs. functions.ts turns each into an Excel entry
 * point; the task pane's formula builder and preview workbook use the same specs, so a formula gives
 * the same answer in the pane as in Excel. Pure: no Office, no CustomFunctions.
 */
import type { Atlas } from "../domain/atlas";
import { capexCagr, capexGrowth, capexPeriods, capexSeries, capexValue, resolveCapexCompany } from "../domain/capex";
import { chipCard, type EntityValue } from "../domain/cards";
import { shownUnit } from "../domain/facts";
import { cellFigure, chipCategories, chipCompare, chipList, chipMetrics, chipServers, chipSpec, listedChips, resolveChip } from "../domain/chips";
import { dataVersion, datasetsIn, datasetTable } from "../domain/datasets";
import { marketCagr, marketSize, resolveMarket, statedMarketCagr } from "../domain/markets";
import { modelBenchmarks, modelScore, resolveModel } from "../domain/models";
import { pickLists, picks } from "../domain/picks";
import { andThen, fail, ok, type Result } from "../domain/result";
import { factSources } from "../domain/sources";
import { stockDates, stockPrice, stockReturn, resolveStock } from "../domain/stocks";
import { commonSuppliers, listsOfCompany, parseLanguage, supplierName, suppliersOf, supplyComponents } from "../domain/suppliers";
import { resolveTheme } from "../domain/datasets";
import { unitsLike } from "../domain/units";
import { factValue, resolveAnyEntity } from "../domain/values";

/** A valid argument value and how the builder shows it. */
export interface Choice {
  value: string | number;
  label: string;
}

export interface ArgSpec {
  name: string;
  /**
   * "text": a name or label (a number is taken as text: 910 -> "910"). "number": a number (numeric text
   * is accepted). "raw": parsed by the query (years, periods, dates).
   */
  kind: "text" | "number" | "raw";
  optional?: boolean;
  help: string;
  /** The values the formula builder offers, given the arguments chosen before this one. */
  choices?: (atlas: Atlas, before: ArgValue[]) => Choice[];
  /** The help in Chinese (zh-CN Excel's function help, the Chinese help page). */
  zh?: string;
  /**
   * A fixed set of values Excel offers in AutoComplete (@customenum). Only for arguments that take one of
   * a few values; an argument that names something (a chip, a company) stays free text.
   */
  enum?: EnumSpec;
}

/** One value of a fixed set, with its tooltip in both languages. */
export interface EnumValue {
  value: string;
  en: string;
  zh: string;
}

/** A value list for AutoComplete: its id is the enum's name in functions.ts and functions.json. */
export interface EnumSpec {
  id: string;
  values: (atlas: Atlas) => EnumValue[];
}

/**
 * What a function answers with: one value ("scalar"), one value per row ("column"), rows and columns
 * with a header ("table"), or an Excel entity value with a table fallback ("entity"). Every shape but
 * "scalar" is an array result: it spills, and Freeze treats a legacy Ctrl+Shift+Enter block of it as one.
 */
export type ResultShape = "scalar" | "column" | "table" | "entity";

export type ArgValue = string | number | boolean | null;
export type CellValue = number | string | boolean;
export type FunctionResult = CellValue | CellValue[][];

export interface FunctionSpec {
  id: string;
  family: string;
  help: { en: string; zh: string };
  example: string;
  shape: ResultShape;
  /** What the README shows for the example instead of its answer, where the answer changes with every data edit. */
  exampleShown?: string;
  /** For a scalar: whether it is always a number or always text (absent: either). */
  result?: "number" | "text";
  /** Excel's description of the function (Insert Function, AutoComplete, the help page), in English. */
  doc: string;
  /** What the result is, in a sentence (JSDoc @returns, the help page). */
  returns: string;
  args: readonly ArgSpec[];
  run: (atlas: Atlas, args: ArgValue[]) => Result<FunctionResult>;
  /**
   * For functions that answer with an Excel entity value (AICHIP.CARD): the entity, where the host
   * supports them; `run` gives the readable fallback (and what the task pane previews). Undefined:
   * the caller asked for the fallback.
   */
  entity?: (atlas: Atlas, args: ArgValue[]) => Result<EntityValue | undefined>;
}

const str = (v: ArgValue): string => (v === null ? "" : String(v));
const opt = (v: ArgValue): string | undefined => (v === null ? undefined : String(v));

// ---------------------------------------------------------------- choices the builder offers

export const chipChoices = (atlas: Atlas): Choice[] =>
  atlas.catalog.entities
    .filter((e) => (e.type === "chip" || e.type === "product") && atlas.metricsOf(e.id).some((m) => atlas.metrics.get(m)?.family === "chip"))
    .map((e) => ({ value: atlas.formulaName(e), label: e.zh && e.zh !== atlas.formulaName(e) ? `${atlas.formulaName(e)} ${e.zh}` : atlas.formulaName(e) }));

export const chipMetricChoices = (atlas: Atlas, before: ArgValue[]): Choice[] => {
  const chip = resolveChip(atlas, str(before[0]));
  if (!chip.ok) return [];
  return atlas
    .metricsOf(chip.value.id)
    .map((id) => atlas.metrics.get(id))
    .filter((m): m is NonNullable<typeof m> => m !== undefined && m.family === "chip")
    .map((m) => ({ value: atlas.metricLabel(m), label: `${atlas.metricLabel(m)} · ${m.zh}${m.unit ? ` (${m.unit})` : ""}` }));
};

export const chipVariantChoices = (atlas: Atlas, before: ArgValue[]): Choice[] => {
  const chip = resolveChip(atlas, str(before[0]));
  if (!chip.ok) return [];
  const metric = atlas.resolveMetric(str(before[1]), "metric", (m) => m.family === "chip");
  if (!metric.ok) return [];
  const facts = atlas.facts(chip.value.id, metric.value.id);
  const names = new Set<string>();
  for (const f of facts) {
    if (f.variant) names.add(f.variant);
    if (f.sparsity) names.add(f.sparsity);
    if (f.low !== undefined) ["low", "high"].forEach((n) => names.add(n));
  }
  return [...names].map((n) => ({ value: n, label: n }));
};

export const capexCompanyChoices = (atlas: Atlas): Choice[] =>
  atlas.catalog.entities.filter((e) => atlas.facts(e.id, "capex").length > 0).map((e) => ({ value: atlas.formulaName(e), label: atlas.displayName(e) }));

export const capexYearChoices = (atlas: Atlas, before: ArgValue[]): Choice[] => {
  const company = resolveCapexCompany(atlas, str(before[0]));
  if (!company.ok) return [];
  return capexPeriods(atlas, company.value)
    .filter((p) => /^\d{4}$/.test(p))
    .map((p) => ({ value: Number(p), label: p }));
};

export const componentChoices = (atlas: Atlas): Choice[] =>
  supplyComponents(atlas).map((e) => ({ value: atlas.formulaName(e), label: e.en && e.zh && e.en !== e.zh ? `${e.en} ${e.zh}` : atlas.formulaName(e) }));

export const entityChoices = (atlas: Atlas): Choice[] =>
  atlas.catalog.entities.filter((e) => atlas.metricsOf(e.id).length > 0).map((e) => ({ value: atlas.formulaName(e), label: atlas.displayName(e) }));

export const entityMetricChoices = (atlas: Atlas, before: ArgValue[]): Choice[] => {
  const entity = resolveAnyEntity(atlas, str(before[0]));
  if (!entity.ok) return [];
  return atlas.metricsOf(entity.value.id).map((id) => {
    const m = atlas.metrics.get(id);
    return { value: id, label: m ? `${m.en} · ${m.zh}` : id };
  });
};

/** The facts an ATLAS.VALUE call names with its first two arguments (none while they do not resolve). */
function namedFacts(atlas: Atlas, before: ArgValue[]) {
  const entity = resolveAnyEntity(atlas, str(before[0]));
  if (!entity.ok) return [];
  const metric = atlas.resolveMetric(str(before[1]), "metric", () => true);
  return metric.ok ? atlas.facts(entity.value.id, metric.value.id) : [];
}

export const entityPeriodChoices = (atlas: Atlas, before: ArgValue[]): Choice[] => {
  const periods = new Set(namedFacts(atlas, before).map((f) => f.period).filter((p): p is string => p !== undefined));
  return [...periods].sort().map((p) => ({ value: p, label: p }));
};

export const entityVariantChoices = (atlas: Atlas, before: ArgValue[]): Choice[] => {
  const names = new Set(namedFacts(atlas, before).map((f) => f.variant).filter((v): v is string => v !== undefined));
  return [...names].map((n) => ({ value: n, label: n }));
};

const themeChoices = (atlas: Atlas): Choice[] => atlas.catalog.themes.map((t) => ({ value: t.id, label: `${t.number} ${t.en} · ${t.zh}` }));

const chipFilterChoices = (atlas: Atlas): Choice[] => {
  const vendors = new Set(listedChips(atlas).map((c) => c.vendor).filter((v): v is string => v !== undefined));
  return [
    ...chipCategories(atlas).map((c) => ({ value: c, label: `${c} (category)` })),
    ...[...vendors].map((id) => atlas.entities.get(id)).filter((e): e is NonNullable<typeof e> => e !== undefined).map((e) => ({ value: atlas.formulaName(e), label: atlas.displayName(e) })),
  ];
};

const numberChipMetricChoices = (atlas: Atlas, before: ArgValue[]): Choice[] => {
  const a = chipMetricChoices(atlas, [before[0]]);
  const b = new Set(chipMetricChoices(atlas, [before[1]]).map((c) => c.value));
  return a.filter((c) => b.has(c.value) && atlas.resolveMetric(String(c.value), "metric", (m) => m.kind === "number").ok);
};

const capexPeriodChoices = (atlas: Atlas, before: ArgValue[]): Choice[] => {
  const company = resolveCapexCompany(atlas, str(before[0]));
  return company.ok ? capexPeriods(atlas, company.value).map((p) => ({ value: /^\d{4}$/.test(p) ? Number(p) : p, label: p })) : [];
};

const capexQuarterChoices = (atlas: Atlas, before: ArgValue[]): Choice[] => capexPeriodChoices(atlas, before).filter((c) => typeof c.value === "string");

const cnyUnitChoices = (atlas: Atlas): Choice[] => unitsLike(atlas, "CNY 100m").map((u) => ({ value: u.id, label: u.zh ? `${u.id} ${u.zh}` : u.id }));

const marketChoices = (atlas: Atlas): Choice[] =>
  atlas.catalog.entities.filter((e) => e.type === "market" && resolveMarket(atlas, e.id).ok).map((e) => ({ value: atlas.formulaName(e), label: atlas.displayName(e) }));

/** Markets the report gives sizes for (MARKET.SIZE); some have only a stated growth rate. */
const sizedMarketChoices = (atlas: Atlas): Choice[] => marketChoices(atlas).filter((c) => marketPeriodChoices(atlas, [c.value]).length > 0);

const marketPeriodChoices = (atlas: Atlas, before: ArgValue[]): Choice[] => {
  const market = resolveMarket(atlas, str(before[0]));
  if (!market.ok) return [];
  const periods = new Set(["market_size", "compute_capacity", "shipments"].flatMap((m) => atlas.facts(market.value.id, m).map((f) => f.period)).filter((p): p is string => p !== undefined));
  return [...periods].sort().map((p) => ({ value: /^\d{4}$/.test(p) ? Number(p) : p, label: p }));
};

const marketYearChoices = (atlas: Atlas, before: ArgValue[]): Choice[] => marketPeriodChoices(atlas, before).filter((c) => typeof c.value === "number");

const marketUnitChoices = (atlas: Atlas, before: ArgValue[]): Choice[] => {
  const market = resolveMarket(atlas, str(before[0]));
  const fact = market.ok ? atlas.facts(market.value.id, "market_size")[0] : undefined;
  return fact?.unit ? unitsLike(atlas, fact.unit).map((u) => ({ value: u.id, label: u.zh ? `${u.id} ${u.zh}` : u.id })) : [];
};

const modelChoices = (atlas: Atlas): Choice[] =>
  atlas.catalog.entities.filter((e) => (e.type === "model" || e.type === "product") && resolveModel(atlas, e.id).ok).map((e) => ({ value: atlas.formulaName(e), label: atlas.displayName(e) }));

const benchmarkChoices = (atlas: Atlas, before: ArgValue[]): Choice[] => {
  const model = resolveModel(atlas, str(before[0]));
  return model.ok ? modelBenchmarks(atlas, model.value).map((m) => ({ value: atlas.metricLabel(m), label: `${m.en}` })) : [];
};

const modelVariantChoices = (atlas: Atlas, before: ArgValue[]): Choice[] => {
  const model = resolveModel(atlas, str(before[0]));
  const metric = atlas.resolveMetric(str(before[1]), "benchmark", () => true);
  if (!model.ok || !metric.ok) return [];
  const names = new Set(atlas.facts(model.value.id, metric.value.id).map((f) => f.variant).filter((v): v is string => v !== undefined));
  return [...names].map((n) => ({ value: n, label: n }));
};

const stockChoices = (atlas: Atlas): Choice[] =>
  atlas.catalog.entities.filter((e) => atlas.facts(e.id, "stock_close").length > 0).map((e) => ({ value: e.ticker ?? atlas.formulaName(e), label: `${e.ticker ?? ""} ${atlas.displayName(e)}`.trim() }));

const stockDateChoices = (atlas: Atlas, before: ArgValue[]): Choice[] => {
  const stock = resolveStock(atlas, str(before[0]));
  return stock.ok ? stockDates(atlas, stock.value).map((d) => ({ value: d, label: d })) : [];
};

const companyInListChoices = (atlas: Atlas): Choice[] => {
  const ids = new Set(atlas.catalog.lists.flatMap((l) => l.members.map((m) => m.entity)));
  return [...ids].map((id) => atlas.entities.get(id)).filter((e): e is NonNullable<typeof e> => e !== undefined).map((e) => ({ value: atlas.formulaName(e), label: atlas.displayName(e) }));
};

const pickSegmentChoices = (atlas: Atlas): Choice[] =>
  pickLists(atlas).map((l) => atlas.entities.get(l.subject)).filter((e): e is NonNullable<typeof e> => e !== undefined).map((e) => ({ value: atlas.formulaName(e), label: `${e.en ?? ""} ${e.zh ?? ""}`.trim() }));

const datasetChoices = (atlas: Atlas): Choice[] => atlas.catalog.datasets.map((d) => ({ value: d.id, label: `${d.title.en} · ${d.title.zh}` }));

const sourceMetricChoices = (atlas: Atlas, before: ArgValue[]): Choice[] => entityMetricChoices(atlas, before);

const FREQUENCIES: Choice[] = [
  { value: "annual", label: "Annual figures (年度)" },
  { value: "quarterly", label: "Quarterly figures (季度)" },
];

const CARD_FORMATS: Choice[] = [
  { value: "entity", label: "A card (entity value): =A1.FP16 reads a spec" },
  { value: "table", label: "A two-column table of properties" },
];

const CAGR_BASES: Choice[] = [
  { value: "computed", label: "Recomputed from the report's sizes" },
  { value: "stated", label: "As the report states it" },
];

/** A number the query needs, not null: the contract has already checked "number" arguments. */
const num = (v: ArgValue): number => (typeof v === "number" ? v : Number(v));

/** Header row plus one row per figure: [period, value]. */
const seriesTable = (unit: string, points: { period: string; value: number }[]): CellValue[][] => [["period", `capex (${unit})`], ...points.map((p) => [p.period, p.value])];

function parseCardFormat(v: ArgValue): Result<"entity" | "table"> {
  const s = str(v).normalize("NFKC").trim().toLowerCase();
  if (s === "" || s === "entity" || s === "card") return ok("entity");
  if (s === "table" || s === "text" || s === "list") return ok("table");
  return fail("badArgument", `format must be "entity" (a card) or "table" (two columns), not "${str(v)}".`);
}

function parseBasis(v: ArgValue): Result<"computed" | "stated"> {
  const s = str(v).normalize("NFKC").trim().toLowerCase();
  if (s === "" || s === "computed" || s === "recomputed" || s === "ours") return ok("computed");
  if (s === "stated" || s === "reported" || s === "report") return ok("stated");
  return fail("badArgument", `basis must be "computed" (from the report's sizes, the default) or "stated" (the report's own figure), not "${str(v)}".`);
}

const percentAsFraction = (v: number | undefined, label: string): Result<number> => (v === undefined ? fail("missingFact", `${label} is not a single number in the report.`) : ok(v / 100));

/** An end year's choices: those after the start year already chosen (the argument just before). */
const after =
  (years: (atlas: Atlas, before: ArgValue[]) => Choice[]) =>
  (atlas: Atlas, before: ArgValue[]): Choice[] => {
    const start = Number(before[before.length - 1]);
    return years(atlas, before).filter((c) => !Number.isFinite(start) || before[before.length - 1] === null || Number(c.value) > start);
  };

/** A start year's choices: every year but the last. */
const beforeLast =
  (years: (atlas: Atlas, before: ArgValue[]) => Choice[]) =>
  (atlas: Atlas, before: ArgValue[]): Choice[] =>
    years(atlas, before).slice(0, -1);

const LANGUAGES: Choice[] = [
  { value: "en", label: "English names where known" },
  { value: "zh", label: "中文" },
];

// ---------------------------------------------------------------- value lists for AutoComplete

const FREQUENCY_ENUM: EnumSpec = {
  id: "FREQUENCY",
  values: () => [
    { value: "annual", en: "Annual figures", zh: "年度数据" },
    { value: "quarterly", en: "Quarterly figures", zh: "季度数据" },
  ],
};

const LANGUAGE_ENUM: EnumSpec = {
  id: "LANGUAGE",
  values: () => [
    { value: "en", en: "English names where known", zh: "尽量用英文名" },
    { value: "zh", en: "Chinese names", zh: "中文名" },
  ],
};

const BASIS_ENUM: EnumSpec = {
  id: "BASIS",
  values: () => [
    { value: "computed", en: "Recomputed from the report's sizes (the default)", zh: "按报告规模数据重算（默认）" },
    { value: "stated", en: "As the report states it", zh: "报告所述" },
  ],
};

const CARD_FORMAT_ENUM: EnumSpec = {
  id: "CARD_FORMAT",
  values: () => [
    { value: "entity", en: "A card (entity value): =A1.FP16 reads a spec", zh: "卡片（实体值），可用 =A1.FP16 引用" },
    { value: "table", en: "A two-column table of properties", zh: "两列属性表" },
  ],
};

const THEME_ENUM: EnumSpec = {
  id: "THEME",
  values: (atlas) => atlas.catalog.themes.map((t) => ({ value: t.id, en: `${t.number} ${t.en}`, zh: `${t.number} ${t.zh}` })),
};

/**
 * The metric names AutoComplete offers for a chip: specifications (a measured figure with a unit, or a
 * short text spec such as the architecture) that at least this many accelerators have. Claims and
 * "as printed" copies stay out of the list (they still work when typed).
 */
const COMMON_SPEC_CHIPS = 5;

const CHIP_METRIC_ENUM: EnumSpec = {
  id: "CHIP_METRIC",
  values: (atlas) => {
    const chips = new Map<string, number>();
    for (const chip of listedChips(atlas)) for (const id of atlas.metricsOf(chip.id)) chips.set(id, (chips.get(id) ?? 0) + 1);
    return [...atlas.metrics.values()]
      .filter((m) => m.family === "chip" && (m.unit !== undefined || !m.en.includes("(")) && (chips.get(m.id) ?? 0) >= COMMON_SPEC_CHIPS)
      .map((m) => ({ value: atlas.metricLabel(m), en: m.unit ? `${m.en} (${m.unit})` : m.en, zh: m.unit ? `${m.zh}（${m.unit}）` : m.zh }));
  },
};

/** Every value list the functions use, by id. */
export const ENUMS: readonly EnumSpec[] = [CHIP_METRIC_ENUM, CARD_FORMAT_ENUM, FREQUENCY_ENUM, LANGUAGE_ENUM, THEME_ENUM, BASIS_ENUM];

// ---------------------------------------------------------------- the functions

export const FUNCTION_SPECS: readonly FunctionSpec[] = [
  {
    id: "AICHIP.SPEC",
    family: "AICHIP",
    help: { en: "One specification of one AI accelerator; a variant typed as the name (\"910B OAM\") answers that variant only; a rate as a fraction", zh: "单个AI加速卡的一项参数（比率以小数表示）" },
    example: '=AICHIP.SPEC("910C","FP16")',
    shape: "scalar",
    doc: "One specification of one AI accelerator, as the report gives it. Units: FP4/FP8/FP16/BF16/TF32/FP32/FP64 in TFLOPS; INT4/INT8/INT16 in TOPS; HBM / memory in GB; bandwidth (memory) in TB/s; interconnect in GB/s; TDP in W; process in nm; release year. Text specs (architecture, memory type, process label) come back as text. A rate comes back as a fraction (0.5 for +50%). A variant typed as the name (\"910B OAM\", \"A100 80GB PCIe\") answers that variant only, or #N/A. Where the report contradicts itself the default follows the add-in's written rule; AICHIP.SOURCES lists every value. Example: =AICHIP.SPEC(\"910C\",\"FP16\") returns 800.",
    returns: "The figure, in the unit listed above for the metric.",
    args: [
      { name: "chip", kind: "text", help: 'Accelerator, e.g. "910C", "昇腾910C", "H100"', choices: chipChoices, zh: '加速卡名称（中英文均可），如 "910C"、"昇腾910C"、"H100"' },
      { name: "metric", kind: "text", help: "FP16, BF16, INT8, HBM, bandwidth, TDP, process ...", choices: chipMetricChoices, zh: "参数：FP16、BF16、INT8、HBM、bandwidth（带宽）、TDP、process（制程）……", enum: CHIP_METRIC_ENUM },
      { name: "variant", kind: "text", optional: true, help: '"dense"/"sparse", "low"/"high" (the ends of a range), or a product variant (a unique part of its name is enough)', choices: chipVariantChoices, zh: '可选："dense"/"sparse"（稠密/稀疏）；区间取 "low"/"high"；或产品型号（型号名称中唯一的一部分即可）' },
    ],
    run: (atlas, [chip, metric, variant]) => andThen(chipSpec(atlas, str(chip), str(metric), opt(variant)), (s) => ok(s.value)),
  },
  {
    id: "AICHIP.LIST",
    family: "AICHIP",
    help: { en: "The accelerators the report gives specifications for, spilled down a column", zh: "报告给出参数的AI芯片列表" },
    example: '=AICHIP.LIST("NVIDIA")',
    shape: "column",
    doc: "The AI accelerators the report gives specifications for, one per row (spills down), in the report's order: all of them, or one vendor's (\"NVIDIA\", \"华为\", \"Google\"), or one category's (\"GPU\", \"NPU\", \"ASIC\", \"CPU\", \"DCU\", \"SoC\"). Each name works as the chip argument of the other AICHIP functions. Example: =AICHIP.LIST(\"Huawei\") spills 910B, 910C, 910D, 920.",
    returns: "One chip name per row.",
    args: [{ name: "vendor_or_category", kind: "text", optional: true, help: 'A vendor ("NVIDIA", "华为") or a category ("GPU", "NPU", "ASIC", "CPU"); empty for all', choices: chipFilterChoices, zh: '可选：厂商（"NVIDIA"、"华为"）或类别（"GPU"、"NPU"、"ASIC"、"CPU"）；留空为全部' }],
    run: (atlas, [filter]) => andThen(chipList(atlas, opt(filter)), (chips) => (chips.length > 0 ? ok(chips.map((c) => [atlas.formulaName(c)])) : fail("missingFact", "No chips match."))),
  },
  {
    id: "AICHIP.METRICS",
    family: "AICHIP",
    help: { en: "Every specification of one accelerator: metric, value, unit (a spilled table with a header)", zh: "单个AI芯片的全部参数（指标、数值、单位）" },
    example: '=AICHIP.METRICS("910C")',
    shape: "table",
    doc: 'Every specification the report gives for one accelerator, as a table that spills: a header row, then metric, value and unit per row (the default figure where the report gives several; ranges and missing figures as text). Example: =AICHIP.METRICS("910C") spills FP16 800 TFLOPS, INT8, HBM, TDP 310 W ...',
    returns: "A header row (metric, value, unit) and one row per specification.",
    args: [{ name: "chip", kind: "text", help: 'Accelerator, e.g. "910C", "H100"', choices: chipChoices, zh: '加速卡名称，如 "910C"、"H100"' }],
    run: (atlas, [chip]) =>
      andThen(chipMetrics(atlas, str(chip)), (rows) => ok([["metric", "value", "unit"], ...rows.map(({ metric, fact }) => [atlas.metricLabel(metric), cellFigure(fact), fact.value !== undefined ? shownUnit(fact) : ""])])),
  },
  {
    id: "AICHIP.COMPARE",
    family: "AICHIP",
    help: { en: "chip_a's figure divided by chip_b's for one metric (2 = twice as much)", zh: "两款芯片同一指标之比" },
    example: '=AICHIP.COMPARE("H100","A100","TDP")',
    shape: "scalar",
    result: "number",
    doc: "How many times chip_a's figure is chip_b's, for one number specification: chip_a / chip_b, computed from the report's default figures (2 = twice as much, 0.5 = half). Both chips use the same variant. Example: =AICHIP.COMPARE(\"H100\",\"A100\",\"TDP\") returns 1.75 (700 W / 400 W).",
    returns: "The ratio, a plain number.",
    args: [
      { name: "chip_a", kind: "text", help: "The chip in the numerator", choices: chipChoices, zh: "作分子的芯片" },
      { name: "chip_b", kind: "text", help: "The chip in the denominator", choices: chipChoices, zh: "作分母的芯片" },
      { name: "metric", kind: "text", help: "A number specification both chips have: FP16, INT8, HBM, TDP ...", choices: numberChipMetricChoices, zh: "两款芯片都有的数值参数：FP16、INT8、HBM、TDP……", enum: CHIP_METRIC_ENUM },
      { name: "variant", kind: "text", optional: true, help: '"dense"/"sparse", "low"/"high" or a variant for both chips, or one per chip as "a;b" (";sparse")', zh: '可选："dense"/"sparse"、"low"/"high" 或型号，两款芯片通用；或用 "a;b" 分别指定（如 ";sparse"）' },
    ],
    run: (atlas, [a, b, metric, variant]) => andThen(chipCompare(atlas, str(a), str(b), str(metric), opt(variant)), (r) => ok(r.value)),
  },
  {
    id: "AICHIP.SERVERS",
    family: "AICHIP",
    help: { en: "Servers needed for a target compute at the chip's FP16 dense figure", zh: "按FP16稠密算力计算达到目标算力所需服务器台数" },
    example: '=AICHIP.SERVERS("910C",1000)',
    shape: "scalar",
    result: "number",
    doc: "Servers needed to reach a target FP16 compute with one accelerator: ceil(target_pflops × 1000 / (cards_per_server × the chip's FP16 dense TFLOPS)), with 1 PFLOPS = 1000 TFLOPS. The report's own \"千P算力8卡机台数\" (servers per 1000 P, 8 cards) uses a 1024 rule and is shown as printed by =AICHIP.SOURCES(chip,\"servers_per_1000p\"). Example: =AICHIP.SERVERS(\"910C\",1000) returns 157.",
    returns: "A whole number of servers.",
    args: [
      { name: "chip", kind: "text", help: 'Accelerator, e.g. "910C"', choices: chipChoices, zh: '加速卡名称，如 "910C"' },
      { name: "target_pflops", kind: "number", help: "Target FP16 compute in PFLOPS, e.g. 1000", zh: "目标FP16算力（PFLOPS），如 1000" },
      { name: "cards_per_server", kind: "number", optional: true, help: "Accelerators per server; 8 if empty", zh: "可选：每台服务器的加速卡数；留空为 8" },
      { name: "variant", kind: "text", optional: true, help: '"low"/"high" where the FP16 figure is a range, or a product variant', choices: chipVariantChoices, zh: '可选：FP16 为区间时取 "low"/"high"，或产品型号' },
    ],
    run: (atlas, [chip, target, cards, variant]) => andThen(chipServers(atlas, str(chip), num(target), cards === null ? null : num(cards), opt(variant)), (s) => ok(s.servers)),
  },
  {
    id: "AICHIP.SOURCES",
    family: "AICHIP",
    help: { en: "Every value the report gives for one spec of one chip, with unit, section and line (conflicts side by side, the default marked)", zh: "某芯片某参数在报告中的全部取值及出处" },
    example: '=AICHIP.SOURCES("910B","FP16")',
    shape: "table",
    doc: 'Every value the report gives for one specification of one chip, as a table that spills: value, unit, the text as printed, period, variant, status ("default" is what AICHIP.SPEC returns, "variant" what a named variant returns, "alternative" another figure of the same conflict); rates as fractions, dataset, report section, report line and notes. Where the report states a derived figure (a ratio, a claim), a "recomputed" row gives ours beside it. The way to see conflicts. Example: =AICHIP.SOURCES("910B","FP16") shows 320 TFLOPS (default, three mentions) and 376 (910B OAM).',
    returns: "A header row and one row per figure.",
    args: [
      { name: "chip", kind: "text", help: 'Accelerator, e.g. "910B"', choices: chipChoices, zh: '加速卡名称，如 "910B"' },
      { name: "metric", kind: "text", help: "FP16, TDP, bandwidth ...", choices: chipMetricChoices, zh: "参数：FP16、TDP、bandwidth（带宽）……", enum: CHIP_METRIC_ENUM },
    ],
    run: (atlas, [chip, metric]) => andThen(resolveChip(atlas, str(chip)), (c) => factSources(atlas, c.id, str(metric))),
  },
  {
    id: "AICHIP.CARD",
    family: "AICHIP",
    help: { en: "An accelerator as a card (entity value): =A1.FP16 reads its specs; a two-column table where cards are not supported", zh: "芯片卡片（实体值），可用 =A1.FP16 引用参数" },
    example: '=AICHIP.CARD("910C")',
    shape: "entity",
    doc: "One accelerator as a card (an Excel entity value): the cell shows the chip's name, the card shows every specification, and =A1.FP16 (A1 holding the card) reads one, in the units listed in its \"Units\" property. Needs Excel with data types (Microsoft 365, Excel on the web); elsewhere, or with format \"table\", the same properties spill as a two-column table (property, value). Example: =AICHIP.CARD(\"910C\"), then =A1.FP16 returns 800.",
    returns: "A card, or a property/value table.",
    args: [
      { name: "chip", kind: "text", help: 'Accelerator, e.g. "910C"', choices: chipChoices, zh: '加速卡名称，如 "910C"' },
      { name: "format", kind: "text", optional: true, help: '"entity" (the default) or "table"', choices: () => CARD_FORMATS, zh: '可选："entity"（卡片，默认）或 "table"（两列表格）', enum: CARD_FORMAT_ENUM },
    ],
    run: (atlas, [chip, format]) => andThen(parseCardFormat(format), () => andThen(chipCard(atlas, str(chip)), (card) => ok(card.table))),
    entity: (atlas, [chip, format]) =>
      andThen(parseCardFormat(format), (f) => (f === "table" ? ok(undefined) : andThen(chipCard(atlas, str(chip)), (card) => ok(card.entity)))),
  },
  {
    id: "CAPEX.VALUE",
    family: "CAPEX",
    help: { en: "Capital expenditure of one company for one year or quarter, in 亿元 (CNY 100m) unless a unit is given", zh: "某公司某年或某季度的资本开支（默认亿元）" },
    example: '=CAPEX.VALUE("Tencent","1Q25")',
    shape: "scalar",
    result: "number",
    doc: 'Capital expenditure of one company for a year or a quarter, as the report gives it, in 亿元 (CNY 100m) unless another CNY unit is asked for ("CNY bn" divides by 10). Companies: Tencent 腾讯, Alibaba 阿里巴巴, Baidu 百度, and "BAT" (the three combined). Example: =CAPEX.VALUE("Tencent","1Q25") returns 275.',
    returns: "Capex in the unit asked for.",
    args: [
      { name: "company", kind: "text", help: 'Company, e.g. "Tencent", "阿里巴巴", "BAT"', choices: capexCompanyChoices, zh: '公司，如 "Tencent"、"阿里巴巴"、"BAT"' },
      { name: "period", kind: "raw", help: 'A year (2024) or a quarter ("2025Q1", "1Q25")', choices: capexPeriodChoices, zh: '年份（2024）或季度（"2025Q1"、"1Q25"）' },
      { name: "unit", kind: "text", optional: true, help: '"CNY 100m" (亿元, the default), "CNY bn", "CNY m" ...', choices: cnyUnitChoices, zh: '可选："CNY 100m"（亿元，默认）、"CNY bn"（十亿元）、"CNY m"（百万元）……' },
    ],
    run: (atlas, [company, period, unit]) => andThen(capexValue(atlas, str(company), period, opt(unit)), (p) => ok(p.value)),
  },
  {
    id: "CAPEX.SERIES",
    family: "CAPEX",
    help: { en: "A company's capex by period, oldest first, as a spilled period/value table with a header", zh: "某公司资本开支时间序列（期间、数值）" },
    example: '=CAPEX.SERIES("Tencent",,,"quarterly")',
    shape: "table",
    doc: "A company's capex by period, oldest first, as a table that spills: a header row, then period and value per row. Annual figures by default (quarterly where the report gives no annual ones); from and to bound the periods (a year covers its quarters). Units as in CAPEX.VALUE. Example: =CAPEX.SERIES(\"Tencent\",,,\"quarterly\") spills 2024Q1 144, 2024Q4 366, 2025Q1 275.",
    returns: "A header row (period, capex) and one row per period.",
    args: [
      { name: "company", kind: "text", help: 'Company, e.g. "Tencent", "BAT"', choices: capexCompanyChoices, zh: '公司，如 "Tencent"、"BAT"' },
      { name: "from", kind: "raw", optional: true, help: "First period, e.g. 2020 or \"2024Q1\"; empty for the earliest", choices: capexPeriodChoices, zh: '可选：起始期间，如 2020 或 "2024Q1"；留空为最早' },
      { name: "to", kind: "raw", optional: true, help: "Last period; empty for the latest", choices: capexPeriodChoices, zh: "可选：截止期间；留空为最新" },
      { name: "frequency", kind: "text", optional: true, help: '"annual" or "quarterly"; empty for annual where the report gives annual figures', choices: () => FREQUENCIES, zh: '可选："annual"（年度）或 "quarterly"（季度）；留空时报告有年度数据则取年度', enum: FREQUENCY_ENUM },
      { name: "unit", kind: "text", optional: true, help: '"CNY 100m" (亿元, the default), "CNY bn" ...', choices: cnyUnitChoices, zh: '可选："CNY 100m"（亿元，默认）、"CNY bn"……' },
    ],
    run: (atlas, [company, from, to, frequency, unit]) =>
      andThen(capexSeries(atlas, str(company), from, to, opt(frequency), opt(unit)), (points) => ok(seriesTable(points[0].unit, points))),
  },
  {
    id: "CAPEX.YOY",
    family: "CAPEX",
    help: { en: "Year-on-year growth of capex for a year or a quarter, as a fraction, computed from the report's figures", zh: "资本开支同比增速（小数，按报告数值计算）" },
    example: '=CAPEX.YOY("Tencent","1Q25")',
    shape: "scalar",
    result: "number",
    doc: "Year-on-year growth of capex, computed from the report's figures, as a fraction (0.9097 = +90.97%): a year against the year before, a quarter against the same quarter a year before. The report's own printed YoY is shown beside ours by =ATLAS.SOURCE(company,\"capex_yoy\",period). Example: =CAPEX.YOY(\"Tencent\",\"1Q25\") returns 0.9097 (275 / 144 − 1).",
    returns: "Growth as a fraction.",
    args: [
      { name: "company", kind: "text", help: 'Company, e.g. "Tencent"', choices: capexCompanyChoices, zh: '公司，如 "Tencent"' },
      { name: "period", kind: "raw", help: 'A year (2024) or a quarter ("2025Q1", "1Q25")', choices: capexPeriodChoices, zh: '年份（2024）或季度（"2025Q1"、"1Q25"）' },
    ],
    run: (atlas, [company, period]) => andThen(capexGrowth(atlas, str(company), period, "yoy"), (d) => ok(d.value)),
  },
  {
    id: "CAPEX.QOQ",
    family: "CAPEX",
    help: { en: "Quarter-on-quarter growth of capex, as a fraction, computed from the report's figures", zh: "资本开支环比增速（小数，按报告数值计算）" },
    example: '=CAPEX.QOQ("Tencent","1Q25")',
    shape: "scalar",
    result: "number",
    doc: "Quarter-on-quarter growth of capex, computed from the report's figures, as a fraction (−0.2486 = −24.86%). The report's printed QoQ is shown by =ATLAS.SOURCE(company,\"capex_qoq\",period). Example: =CAPEX.QOQ(\"Tencent\",\"1Q25\") returns −0.2486 (275 / 366 − 1).",
    returns: "Growth as a fraction.",
    args: [
      { name: "company", kind: "text", help: 'Company, e.g. "Tencent", "Alibaba"', choices: capexCompanyChoices, zh: '公司，如 "Tencent"、"Alibaba"' },
      { name: "period", kind: "raw", help: 'A quarter, e.g. "2025Q1" or "1Q25"', choices: capexQuarterChoices, zh: '季度，如 "2025Q1" 或 "1Q25"' },
    ],
    run: (atlas, [company, period]) => andThen(capexGrowth(atlas, str(company), period, "qoq"), (d) => ok(d.value)),
  },
  {
    id: "CAPEX.CAGR",
    family: "CAPEX",
    help: { en: "Compound annual growth of capital expenditure, as a fraction", zh: "资本开支年均复合增长率（小数）" },
    example: '=CAPEX.CAGR("Tencent",2020,2024)',
    shape: "scalar",
    result: "number",
    doc: "Compound annual growth rate of capital expenditure between two years, computed from the report's capex figures: (end / start)^(1 / years) − 1, returned as a fraction (0.2259 = 22.59%; format the cell as a percentage). Companies: Tencent 腾讯, Alibaba 阿里巴巴, Baidu 百度, and \"BAT\" (the three combined). Example: =CAPEX.CAGR(\"Tencent\",2020,2024) returns 0.2259.",
    returns: "CAGR as a fraction.",
    args: [
      { name: "company", kind: "text", help: 'Company, e.g. "Tencent", "腾讯", "BAT"', choices: capexCompanyChoices, zh: '公司，如 "Tencent"、"腾讯"、"BAT"' },
      { name: "start_year", kind: "raw", help: "First year, e.g. 2020", choices: beforeLast(capexYearChoices), zh: "起始年份，如 2020" },
      { name: "end_year", kind: "raw", help: "Last year, e.g. 2024", choices: after(capexYearChoices), zh: "截止年份，如 2024" },
    ],
    run: (atlas, [company, start, end]) => andThen(capexCagr(atlas, str(company), start, end), (d) => ok(d.value)),
  },
  {
    id: "SUPPLIERS",
    family: "SUPPLIERS",
    help: { en: "The companies the report names for a component, spilled down a column", zh: "报告列出的某一部件的供应商（向下溢出）" },
    example: '=SUPPLIERS("NVQD")',
    shape: "column",
    doc: "The companies the report names for a component or supply-chain segment, as a column that spills down, in the report's order and spelled as printed. Components as the report prints them, in English or Chinese: \"NVQD\", \"UQD\", \"MGX 1400A Busbar\", \"High Speed Cable\", \"CDU\", \"液冷板\" ... Example: =SUPPLIERS(\"NVQD\") spills 12 names.",
    returns: "One supplier per row.",
    args: [
      { name: "component", kind: "text", help: 'Component or segment, e.g. "NVQD", "UQD", "高速铜缆"', choices: componentChoices, zh: '部件或环节，如 "NVQD"、"UQD"、"高速铜缆"' },
      { name: "language", kind: "text", optional: true, help: '"en" for English names where known, "zh", or empty for names as printed', choices: () => LANGUAGES, zh: '可选："en" 尽量用英文名，"zh" 用中文名；留空按报告原文', enum: LANGUAGE_ENUM },
    ],
    run: (atlas, [component, language]) =>
      andThen(parseLanguage(opt(language)), (lang) => andThen(suppliersOf(atlas, str(component)), (rows) => ok(rows.map((r) => [supplierName(r, lang)])))),
  },
  {
    id: "SUPPLIERS.OF",
    family: "SUPPLIERS",
    help: { en: "Every list a company appears in (components, PCB segments, supply-chain categories, picks): list, kind, name as printed, line", zh: "某公司出现在哪些供应商/厂商/推荐名单中" },
    example: '=SUPPLIERS.OF("立讯精密")',
    shape: "table",
    doc: "Every list the report names a company in: the components it supplies, PCB segments, supply-chain categories, maker lists and investment picks, as a table that spills: a header row, then the list's subject, its kind (suppliers, makers, vendors, customers, members, picks), the name as printed and the report line. Example: =SUPPLIERS.OF(\"立讯精密\") lists Luxshare's components and picks.",
    returns: "A header row and one row per list.",
    args: [{ name: "company", kind: "text", help: 'Company, e.g. "立讯精密", "Luxshare", "Foxconn"', choices: companyInListChoices, zh: '公司，如 "立讯精密"、"Luxshare"、"Foxconn"' }],
    run: (atlas, [company]) =>
      andThen(listsOfCompany(atlas, str(company)), (rows) =>
        ok([["list", "kind", "as printed", "line"], ...rows.map((r) => [r.subject.en ?? r.subject.zh ?? r.subject.id, r.list.kind, r.printed, r.list.line])]),
      ),
  },
  {
    id: "SUPPLIERS.COMPONENTS",
    family: "SUPPLIERS",
    help: { en: "The components and segments the report names suppliers for, spilled down a column", zh: "报告列出供应商的部件/环节" },
    example: '=SUPPLIERS.COMPONENTS("overseas")',
    shape: "column",
    doc: 'The components and segments the report names suppliers or makers for, one per row (spills down); each works as the component argument of SUPPLIERS. Example: =SUPPLIERS.COMPONENTS("overseas") spills NVQD, UQD, CDU ...',
    returns: "One component per row.",
    args: [{ name: "theme", kind: "text", optional: true, help: '"overseas", "domestic", "devices" (or 海外, 国内 ...); empty for all', choices: themeChoices, zh: '可选："overseas"（海外）、"domestic"（国内）、"devices"（AI终端）；留空为全部', enum: THEME_ENUM }],
    run: (atlas, [theme]) =>
      andThen(resolveTheme(atlas, opt(theme)), (t) => {
        const components = supplyComponents(atlas, t?.id);
        return components.length > 0 ? ok(components.map((e) => [atlas.formulaName(e)])) : fail("missingFact", `The report names no suppliers under ${t?.en ?? "this theme"}.`);
      }),
  },
  {
    id: "SUPPLIERS.COMMON",
    family: "SUPPLIERS",
    help: { en: "Companies the report names as suppliers of both components, spilled down a column", zh: "同时供应两个部件的公司" },
    example: '=SUPPLIERS.COMMON("NVQD","UQD")',
    shape: "column",
    doc: "The companies the report names as suppliers of both components, one per row (spills down), in the first component's order and spelling. Example: =SUPPLIERS.COMMON(\"NVQD\",\"UQD\") lists the quick-disconnect makers on both lists.",
    returns: "One company per row.",
    args: [
      { name: "component_a", kind: "text", help: 'Component, e.g. "NVQD"', choices: componentChoices, zh: '部件，如 "NVQD"' },
      { name: "component_b", kind: "text", help: 'Another component, e.g. "UQD"', choices: componentChoices, zh: '另一部件，如 "UQD"' },
      { name: "language", kind: "text", optional: true, help: '"en" for English names where known, "zh", or empty for names as printed', choices: () => LANGUAGES, zh: '可选："en" 尽量用英文名，"zh" 用中文名；留空按报告原文', enum: LANGUAGE_ENUM },
    ],
    run: (atlas, [a, b, language]) =>
      andThen(parseLanguage(opt(language)), (lang) => andThen(commonSuppliers(atlas, str(a), str(b)), (rows) => ok(rows.map((r) => [supplierName(r, lang)])))),
  },
  {
    id: "MARKET.SIZE",
    family: "MARKET",
    help: { en: "A market's size for one period, in the report's unit (亿美元 = USD 100m ...) unless a unit is given", zh: "某市场某期规模" },
    example: '=MARKET.SIZE("AI ASIC market",2027)',
    shape: "scalar",
    result: "number",
    doc: "A market's size for one period as the report gives it, in the figure's own unit (亿美元 = USD 100m for the ASIC markets) or another of the same kind (\"USD bn\"). Forecasts are the sources' (VerifiedMarket, Morgan Stanley, Marvell ...), never mixed. Example: =MARKET.SIZE(\"AI ASIC market\",2027) returns 300 (USD 100m).",
    returns: "The size, in the unit asked for.",
    args: [
      { name: "market", kind: "text", help: 'Market, e.g. "AI ASIC market", "全球ASIC市场"', choices: sizedMarketChoices, zh: '市场，如 "AI ASIC market"、"全球ASIC市场"' },
      { name: "period", kind: "raw", help: 'A year (2027) or a half-year ("2024H1")', choices: marketPeriodChoices, zh: '年份（2027）或半年（"2024H1"）' },
      { name: "unit", kind: "text", optional: true, help: 'Another unit of the same kind, e.g. "USD bn"', choices: marketUnitChoices, zh: '可选：同类其他单位，如 "USD bn"' },
    ],
    run: (atlas, [market, period, unit]) => andThen(marketSize(atlas, str(market), period, opt(unit)), (p) => ok(p.value)),
  },
  {
    id: "MARKET.CAGR",
    family: "MARKET",
    help: { en: "A market's compound annual growth as a fraction: recomputed from the report's sizes, or as the report states it", zh: "市场年均复合增速（按规模重算，或报告所述）" },
    example: '=MARKET.CAGR("Global ASIC market",2024,2033)',
    shape: "scalar",
    result: "number",
    doc: "A market's compound annual growth rate, as a fraction: by default recomputed from the report's sizes, (end / start)^(1 / years) − 1; with basis \"stated\", the report's own printed CAGR. The two can differ (the VerifiedMarket ASIC CAGR is printed 12.8% but its sizes give 9.90%); ATLAS.SOURCE shows both. Example: =MARKET.CAGR(\"Global ASIC market\",2024,2033) returns 0.0990.",
    returns: "CAGR as a fraction.",
    args: [
      { name: "market", kind: "text", help: 'Market, e.g. "Global ASIC market"', choices: marketChoices, zh: '市场，如 "Global ASIC market"' },
      { name: "start_year", kind: "raw", optional: true, help: "First year; empty for the span the report states", choices: beforeLast(marketYearChoices), zh: "可选：起始年份；留空为报告所述区间" },
      { name: "end_year", kind: "raw", optional: true, help: "Last year", choices: after(marketYearChoices), zh: "可选：截止年份" },
      { name: "basis", kind: "text", optional: true, help: '"computed" (the default) or "stated"', choices: () => CAGR_BASES, zh: '可选："computed"（按规模重算，默认）或 "stated"（报告所述）', enum: BASIS_ENUM },
    ],
    run: (atlas, [market, start, end, basis]) =>
      andThen(parseBasis(basis), (b) =>
        b === "stated"
          ? andThen(statedMarketCagr(atlas, str(market), start, end), (f) => percentAsFraction(f.value, "The stated CAGR"))
          : andThen(marketCagr(atlas, str(market), start, end), (d) => ok(d.value)),
      ),
  },
  {
    id: "MODEL.SCORE",
    family: "MODEL",
    help: { en: "A model's benchmark score as printed (AIME, GPQA, LiveCodeBench, arena Elo ...)", zh: "大模型基准测试得分" },
    example: '=MODEL.SCORE("DeepSeek-R1-0528","AIME 2024")',
    shape: "scalar",
    result: "number",
    doc: "A model's benchmark score as printed in the report (AIME 2024/2025, GPQA Diamond, LiveCodeBench, Aider, MMLU, arena Elo ...). Where several tables print different scores for the same model (another scoring method or model version), name the table as variant (a unique part such as \"Qwen3\" or \"cons@64\" is enough); #N/A lists them and ATLAS.SOURCE shows them all. Example: =MODEL.SCORE(\"DeepSeek-R1-0528\",\"AIME 2024\") returns 91.4.",
    returns: "The score, as printed.",
    args: [
      { name: "model", kind: "text", help: 'Model, e.g. "DeepSeek-R1-0528", "Qwen3-235B-A22B"', choices: modelChoices, zh: '模型，如 "DeepSeek-R1-0528"、"Qwen3-235B-A22B"' },
      { name: "benchmark", kind: "text", help: 'Benchmark, e.g. "AIME 2024", "GPQA Diamond", "LiveCodeBench"', choices: benchmarkChoices, zh: '基准测试，如 "AIME 2024"、"GPQA Diamond"、"LiveCodeBench"' },
      { name: "variant", kind: "text", optional: true, help: "Which table or scoring variant, where several print a score", choices: modelVariantChoices, zh: "可选：报告多处给分时，指定表格或评分口径" },
    ],
    run: (atlas, [model, benchmark, variant]) => andThen(modelScore(atlas, str(model), str(benchmark), opt(variant)), (s) => ok(s.value)),
  },
  {
    id: "STOCK.RETURN",
    family: "STOCK",
    help: { en: "A US AI stock's move from 2025-04-07 to 2025-06-13, as a fraction, recomputed from the report's closes", zh: "美股AI公司2025/4/7至6/13涨跌幅（小数）" },
    example: '=STOCK.RETURN("NVDA")',
    shape: "scalar",
    result: "number",
    doc: "A US AI stock's move between the report's two closes (2025-04-07 and 2025-06-13, forward-adjusted), recomputed from the closes, as a fraction; the report's rounded percentage is shown by ATLAS.SOURCE. Example: =STOCK.RETURN(\"NVDA\") returns 0.4542 (141.97 / 97.63 − 1).",
    returns: "The return as a fraction.",
    args: [{ name: "ticker", kind: "text", help: 'Ticker or company, e.g. "NVDA", "CRWV.O", "英伟达"', choices: stockChoices, zh: '股票代码或公司，如 "NVDA"、"CRWV.O"、"英伟达"' }],
    run: (atlas, [ticker]) => andThen(stockReturn(atlas, str(ticker)), (d) => ok(d.value)),
  },
  {
    id: "STOCK.PRICE",
    family: "STOCK",
    help: { en: "A US AI stock's close (USD, forward-adjusted) on a date the report gives", zh: "美股AI公司收盘价（美元，前复权）" },
    example: '=STOCK.PRICE("NVDA","2025-06-13")',
    shape: "scalar",
    result: "number",
    doc: "A US AI stock's close in USD (forward-adjusted, as the report prints it) on 2025-04-07 or 2025-06-13. Example: =STOCK.PRICE(\"NVDA\",\"2025-06-13\") returns 141.97.",
    returns: "The close in USD.",
    args: [
      { name: "ticker", kind: "text", help: 'Ticker or company, e.g. "NVDA"', choices: stockChoices, zh: '股票代码或公司，如 "NVDA"' },
      { name: "date", kind: "raw", help: '"2025-04-07" or "2025-06-13", or a cell holding one of those dates', choices: stockDateChoices, zh: '"2025-04-07" 或 "2025-06-13"，或含其中一个日期的单元格' },
    ],
    run: (atlas, [ticker, date]) => andThen(stockPrice(atlas, str(ticker), date), (f) => ok(f.value as number)),
  },
  {
    id: "PICKS",
    family: "PICKS",
    help: { en: "The report's recommended stocks: one segment's names, or segment and name for all", zh: "报告推荐标的（按环节）" },
    example: '=PICKS("PCB")',
    shape: "table",
    doc: "The report's recommended stocks (建议关注): one segment's names down a column, or, with no segment, a header row then segment and company for every pick. Segments: Servers, Compute chips, PCB, Copper / optical interconnect, Power and thermal management, Brands and ODM, SoC, Memory, Channels. Example: =PICKS(\"PCB\") spills the six PCB picks.",
    returns: "One company per row (with its segment when no segment is given).",
    args: [
      { name: "segment", kind: "text", optional: true, help: '"Servers", "PCB", "Compute chips", "存储" ...; empty for all with their segment', choices: pickSegmentChoices, zh: '可选：环节，如 "Servers"、"PCB"、"Compute chips"、"存储"；留空为全部（附环节）' },
      { name: "language", kind: "text", optional: true, help: '"en" for English names where known, "zh", or empty for names as printed', choices: () => LANGUAGES, zh: '可选："en" 尽量用英文名，"zh" 用中文名；留空按报告原文', enum: LANGUAGE_ENUM },
    ],
    run: (atlas, [segment, language]) =>
      andThen(parseLanguage(opt(language)), (lang) =>
        andThen(picks(atlas, opt(segment)), (rows) => {
          const name = (r: (typeof rows)[number]) => (lang === "en" ? (r.entity.en ?? r.printed) : lang === "zh" ? (r.entity.zh ?? r.printed) : r.printed);
          if (segment !== null) return ok(rows.map((r) => [name(r)]));
          return ok([["segment", "company"], ...rows.map((r) => [lang === "zh" ? (r.segment.zh ?? "") : (r.segment.en ?? r.segment.zh ?? ""), name(r)])]);
        }),
      ),
  },
  {
    id: "ATLAS.DATASETS",
    family: "ATLAS",
    help: { en: "The bundled datasets: id, English and Chinese title, report section (a spilled table with a header)", zh: "内置数据集列表" },
    example: '=ATLAS.DATASETS("domestic")',
    shape: "table",
    doc: 'The datasets bundled with the add-in, as a table that spills: a header row, then id, English title, Chinese title and report section. Any id works in ATLAS.TABLE. Example: =ATLAS.DATASETS("domestic").',
    returns: "A header row and one row per dataset.",
    args: [{ name: "theme", kind: "text", optional: true, help: '"overseas", "domestic", "devices", "picks", "meta"; empty for all', choices: themeChoices, zh: '可选："overseas"、"domestic"、"devices"、"picks"、"meta"（或 海外、国内……）；留空为全部', enum: THEME_ENUM }],
    run: (atlas, [theme]) => andThen(datasetsIn(atlas, opt(theme)), (ds) => ok([["dataset", "title", "标题", "section"], ...ds.map((d) => [d.id, d.title.en, d.title.zh, d.section])])),
  },
  {
    id: "ATLAS.TABLE",
    family: "ATLAS",
    help: { en: "A whole dataset as the report prints it, header included", zh: "整张数据表（按报告原样）" },
    example: '=ATLAS.TABLE("tencent_capex_annual")',
    shape: "table",
    doc: "A whole dataset as the report prints it, header included, spilled: the table's cells exactly as printed (text), or, for a dataset without a printed table, its figures (name, metric, period, variant, value, unit, line) or its lists. Example: =ATLAS.TABLE(\"tencent_capex_annual\").",
    returns: "The table, header first.",
    args: [{ name: "dataset", kind: "text", help: 'A dataset id from ATLAS.DATASETS, or its title', choices: datasetChoices, zh: "ATLAS.DATASETS 列出的数据集 id，或其标题" }],
    run: (atlas, [dataset]) => datasetTable(atlas, str(dataset)),
  },
  {
    id: "ATLAS.SOURCE",
    family: "ATLAS",
    help: { en: "Every value the report gives for a fact, with unit, section and line (rates as fractions); the default marked; stated figures with our recomputation beside them", zh: "某数据在报告中的全部取值、出处及重算值（比率以小数表示）" },
    example: '=ATLAS.SOURCE("Tencent","capex_yoy","2025Q1")',
    shape: "table",
    doc: "Every value the report gives for one fact of any name, as a table that spills: value, unit, text as printed, period, variant, rates as fractions, status (\"default\" is what ATLAS.VALUE returns; \"as stated\" marks the report's own derived figure, with our \"recomputed\" row beneath it), dataset, section, line and notes. Example: =ATLAS.SOURCE(\"Global ASIC market\",\"market_cagr\") shows 0.128 (12.8%) as stated and 0.099 recomputed.",
    returns: "A header row and one row per figure.",
    args: [
      { name: "name", kind: "text", help: "A chip, company, product, model or market", choices: entityChoices, zh: "芯片、公司、产品、模型或市场" },
      { name: "metric", kind: "text", help: 'What is measured, e.g. "capex", "capex_cagr", "market_cagr"', choices: sourceMetricChoices, zh: '指标，如 "capex"、"capex_cagr"、"market_cagr"' },
      { name: "period", kind: "raw", optional: true, help: "Only this period", choices: entityPeriodChoices, zh: "可选：仅此期间" },
    ],
    run: (atlas, [name, metric, period]) => factSources(atlas, str(name), str(metric), opt(period)),
  },
  {
    id: "ATLAS.VERSION",
    family: "ATLAS",
    help: { en: "The bundled data's version, date and content hash", zh: "内置数据版本" },
    example: "=ATLAS.VERSION()",
    exampleShown: "the data version, as text",
    shape: "scalar",
    result: "text",
    doc: 'The version of the data bundled with the add-in: version, date and content hash. Put it next to a model to record which data its numbers came from. Example: =ATLAS.VERSION() returns "0.1.0 (2026-11-28, data 1a2b3c4d)".',
    returns: "The data version as text.",
    args: [],
    run: (atlas) => ok(dataVersion(atlas)),
  },
  {
    id: "ATLAS.VALUE",
    family: "ATLAS",
    help: { en: "Any figure of the report by name, metric, period and variant; a rate as a fraction (2.21 for +221%)", zh: "按名称、指标、期间和口径取报告中的任一数据（比率以小数表示，2.21即+221%）" },
    example: '=ATLAS.VALUE("Tencent","capex",2024)',
    shape: "scalar",
    doc: "Any figure the report gives, by name, metric, period and variant: the generic way to pull a number that has no dedicated function, in the metric's unit; a rate as a fraction (2.21 for +221%). Where the report gives several periods, name one. A regional or segment figure answers only when its variant is named (a unique part such as \"China\" is enough). Example: =ATLAS.VALUE(\"Tencent\",\"capex\",2024) returns 768 (亿元, CNY 100m).",
    returns: "The figure, in the metric's unit (a rate as a fraction), or the report's text.",
    args: [
      { name: "name", kind: "text", help: "A chip, company, product, model or market, in English or Chinese", choices: entityChoices, zh: "芯片、公司、产品、模型或市场（中英文均可）" },
      { name: "metric", kind: "text", help: 'What is measured, e.g. "capex", "revenue", "FP16", "market_share"', choices: entityMetricChoices, zh: '指标，如 "capex"、"revenue"、"FP16"、"market_share"' },
      { name: "period", kind: "raw", optional: true, help: 'A period such as 2024, "2025Q1", "2023-2028", where the report gives several', choices: entityPeriodChoices, zh: '可选：期间，如 2024、"2025Q1"、"2023-2028"（报告给出多期时）' },
      { name: "variant", kind: "text", optional: true, help: "Which of several figures: a variant or context (a unique part of its name is enough, e.g. \"China\"), \"low\"/\"high\" for a range, or both (\"2024 booking price high\")", choices: entityVariantChoices, zh: '可选：多个数值中的哪一个：口径或情境（名称中唯一的一部分即可，如 "China"），区间取 "low"/"high"，或两者（"2024 booking price high"）' },
    ],
    run: (atlas, [name, metric, period, variant]) => andThen(factValue(atlas, str(name), str(metric), period, opt(variant)), (a) => ok(a.value)),
  },
];

export const SPEC_BY_ID: ReadonlyMap<string, FunctionSpec> = new Map(FUNCTION_SPECS.map((s) => [s.id, s]));

/** The functions whose result is an array (they spill): every shape but "scalar". */
export const isArrayResult = (spec: FunctionSpec): boolean => spec.shape !== "scalar";
