/**
 * Every custom function declared once, as data: its id, help, arguments (with the valid choices the
 * formula builder offers) and the domain query it runs. functions.ts turns each into an Excel entry
 * point; the task pane's formula builder and preview workbook use the same specs, so a formula gives
 * the same answer in the pane as in Excel. Pure: no Office, no CustomFunctions.
 */
import type { Atlas } from "../domain/atlas";
import { capexCagr, capexPeriods, resolveCapexCompany } from "../domain/capex";
import { chipSpec, resolveChip } from "../domain/chips";
import { andThen, ok, type Result } from "../domain/result";
import { parseLanguage, supplierName, suppliersOf } from "../domain/suppliers";
import { factValue, resolveAnyEntity } from "../domain/values";

/** A valid argument value and how the builder shows it. */
export interface Choice {
  value: string | number;
  label: string;
}

export interface ArgSpec {
  name: string;
  /** "text": a name or label (a number is taken as text: 910 -> "910"). "raw": parsed by the query (years, periods). */
  kind: "text" | "raw";
  optional?: boolean;
  help: string;
  /** The values the formula builder offers, given the arguments chosen before this one. */
  choices?: (atlas: Atlas, before: ArgValue[]) => Choice[];
}

export type ArgValue = string | number | boolean | null;
export type CellValue = number | string | boolean;
export type FunctionResult = CellValue | CellValue[][];

export interface FunctionSpec {
  id: string;
  family: string;
  help: { en: string; zh: string };
  example: string;
  args: readonly ArgSpec[];
  run: (atlas: Atlas, args: ArgValue[]) => Result<FunctionResult>;
}

const str = (v: ArgValue): string => (v === null ? "" : String(v));
const opt = (v: ArgValue): string | undefined => (v === null ? undefined : String(v));

// ---------------------------------------------------------------- choices the builder offers

export const chipChoices = (atlas: Atlas): Choice[] =>
  atlas.catalog.entities
    .filter((e) => (e.type === "chip" || e.type === "product") && atlas.metricsOf(e.id).some((m) => atlas.metrics.get(m)?.family === "chip"))
    .map((e) => ({ value: atlas.displayName(e), label: e.zh && e.zh !== atlas.displayName(e) ? `${atlas.displayName(e)} ${e.zh}` : atlas.displayName(e) }));

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
  atlas.catalog.entities.filter((e) => atlas.facts(e.id, "capex").length > 0).map((e) => ({ value: e.en ?? e.zh ?? e.id, label: atlas.displayName(e) }));

export const capexYearChoices = (atlas: Atlas, before: ArgValue[]): Choice[] => {
  const company = resolveCapexCompany(atlas, str(before[0]));
  if (!company.ok) return [];
  return capexPeriods(atlas, company.value)
    .filter((p) => /^\d{4}$/.test(p))
    .map((p) => ({ value: Number(p), label: p }));
};

export const componentChoices = (atlas: Atlas): Choice[] => {
  const seen = new Set<string>();
  const out: Choice[] = [];
  for (const list of atlas.catalog.lists) {
    if (list.kind === "picks" || seen.has(list.subject)) continue;
    seen.add(list.subject);
    const e = atlas.entities.get(list.subject);
    if (e) out.push({ value: e.en ?? e.zh ?? e.id, label: e.en && e.zh ? `${e.en} ${e.zh}` : (e.en ?? e.zh ?? e.id) });
  }
  return out;
};

export const entityChoices = (atlas: Atlas): Choice[] =>
  atlas.catalog.entities.filter((e) => atlas.metricsOf(e.id).length > 0).map((e) => ({ value: atlas.displayName(e), label: atlas.displayName(e) }));

export const entityMetricChoices = (atlas: Atlas, before: ArgValue[]): Choice[] => {
  const entity = resolveAnyEntity(atlas, str(before[0]));
  if (!entity.ok) return [];
  return atlas.metricsOf(entity.value.id).map((id) => {
    const m = atlas.metrics.get(id);
    return { value: id, label: m ? `${m.en} · ${m.zh}` : id };
  });
};

export const entityPeriodChoices = (atlas: Atlas, before: ArgValue[]): Choice[] => {
  const entity = resolveAnyEntity(atlas, str(before[0]));
  if (!entity.ok) return [];
  const metric = atlas.resolveMetric(str(before[1]), "metric", () => true);
  if (!metric.ok) return [];
  const periods = new Set(atlas.facts(entity.value.id, metric.value.id).map((f) => f.period).filter((p): p is string => p !== undefined));
  return [...periods].sort().map((p) => ({ value: p, label: p }));
};

export const entityVariantChoices = (atlas: Atlas, before: ArgValue[]): Choice[] => {
  const entity = resolveAnyEntity(atlas, str(before[0]));
  if (!entity.ok) return [];
  const metric = atlas.resolveMetric(str(before[1]), "metric", () => true);
  if (!metric.ok) return [];
  const names = new Set(atlas.facts(entity.value.id, metric.value.id).map((f) => f.variant).filter((v): v is string => v !== undefined));
  return [...names].map((n) => ({ value: n, label: n }));
};

const LANGUAGES: Choice[] = [
  { value: "en", label: "English names where known" },
  { value: "zh", label: "中文" },
];

// ---------------------------------------------------------------- the functions

export const FUNCTION_SPECS: readonly FunctionSpec[] = [
  {
    id: "AICHIP.SPEC",
    family: "AICHIP",
    help: { en: "One specification of one AI accelerator", zh: "单个AI加速卡的一项参数" },
    example: '=AICHIP.SPEC("910C","FP16")',
    args: [
      { name: "chip", kind: "text", help: 'Accelerator, e.g. "910C", "昇腾910C", "H100"', choices: chipChoices },
      { name: "metric", kind: "text", help: "FP16, BF16, INT8, HBM, bandwidth, TDP, process ...", choices: chipMetricChoices },
      { name: "variant", kind: "text", optional: true, help: '"dense"/"sparse", "low"/"high" for ranges, or a product variant', choices: chipVariantChoices },
    ],
    run: (atlas, [chip, metric, variant]) => andThen(chipSpec(atlas, str(chip), str(metric), opt(variant)), (s) => ok(s.value)),
  },
  {
    id: "CAPEX.CAGR",
    family: "CAPEX",
    help: { en: "Compound annual growth of capital expenditure, as a fraction", zh: "资本开支年均复合增长率（小数）" },
    example: '=CAPEX.CAGR("Tencent",2020,2024)',
    args: [
      { name: "company", kind: "text", help: 'Company, e.g. "Tencent", "腾讯", "BAT"', choices: capexCompanyChoices },
      { name: "start_year", kind: "raw", help: "First year, e.g. 2020", choices: capexYearChoices },
      { name: "end_year", kind: "raw", help: "Last year, e.g. 2024", choices: capexYearChoices },
    ],
    run: (atlas, [company, start, end]) => andThen(capexCagr(atlas, str(company), start, end), (d) => ok(d.value)),
  },
  {
    id: "SUPPLIERS",
    family: "SUPPLIERS",
    help: { en: "The companies the report names for a component, spilled down a column", zh: "报告列出的某一部件的供应商（向下溢出）" },
    example: '=SUPPLIERS("NVQD")',
    args: [
      { name: "component", kind: "text", help: 'Component or segment, e.g. "NVQD", "UQD", "高速铜缆"', choices: componentChoices },
      { name: "language", kind: "text", optional: true, help: '"en" for English names where known, "zh", or empty for names as printed', choices: () => LANGUAGES },
    ],
    run: (atlas, [component, language]) =>
      andThen(parseLanguage(opt(language)), (lang) => andThen(suppliersOf(atlas, str(component)), (rows) => ok(rows.map((r) => [supplierName(r, lang)])))),
  },
  {
    id: "ATLAS.VALUE",
    family: "ATLAS",
    help: { en: "Any figure of the report by name, metric, period and variant", zh: "按名称、指标、期间和口径取报告中的任一数据" },
    example: '=ATLAS.VALUE("Tencent","capex",2024)',
    args: [
      { name: "name", kind: "text", help: "A chip, company, product, model or market, in English or Chinese", choices: entityChoices },
      { name: "metric", kind: "text", help: 'What is measured, e.g. "capex", "revenue", "FP16", "market_share"', choices: entityMetricChoices },
      { name: "period", kind: "raw", optional: true, help: 'A period such as 2024, "2025Q1", "2023-2028", where the report gives several', choices: entityPeriodChoices },
      { name: "variant", kind: "text", optional: true, help: "Which of several figures: a variant, context or \"low\"/\"high\" for a range", choices: entityVariantChoices },
    ],
    run: (atlas, [name, metric, period, variant]) => andThen(factValue(atlas, str(name), str(metric), period, opt(variant)), (a) => ok(a.value)),
  },
];

export const SPEC_BY_ID: ReadonlyMap<string, FunctionSpec> = new Map(FUNCTION_SPECS.map((s) => [s.id, s]));
