/**
 * Ready model sheets built from live formulas: an accelerator comparison, a BAT capex model with
 * CAGRs and a chart, and a supply-chain map for a component. Each is a plan (cells, formats, widths,
 * a chart) that the Office adapter or the preview workbook writes; the numbers always come from the
 * add-in's functions, so the sheet refreshes with the data. Pure.
 */
import type { Atlas } from "../domain/atlas";
import { capexPeriods, resolveCapexCompany } from "../domain/capex";
import { resolveComponent } from "../domain/suppliers";
import { columnName } from "../formula/address";
import { quote } from "../functions/formulas";

export interface PlannedCell {
  /** A1 address on the template's sheet. */
  address: string;
  value?: string | number;
  formula?: string;
  numberFormat?: string;
  style?: "title" | "note" | "header" | "unit";
}

export interface SheetPlan {
  /** Suggested sheet name (the adapter makes it unique). */
  sheetName: string;
  title: { en: string; zh: string };
  cells: PlannedCell[];
  /** Column widths in characters, from column A. */
  columnWidths: number[];
  chart?: { type: "columnClustered"; range: string; title: string };
}

const col = columnName;

function header(atlas: Atlas, en: string, zh: string): PlannedCell[] {
  return [
    { address: "A1", value: `${en} / ${zh}`, style: "title" },
    {
      address: "A2",
      value: `AI Compute Atlas data ${atlas.catalog.version} (${atlas.catalog.date}). Every number is a live formula; select a cell and open Atlas › Audit for its report line. n/a: the report gives no such figure.`,
      style: "note",
    },
  ];
}

const COMPARISON_METRICS: { metric: string; unit: string; format: string }[] = [
  { metric: "FP16", unit: "TFLOPS", format: "#,##0" },
  { metric: "BF16", unit: "TFLOPS", format: "#,##0" },
  { metric: "INT8", unit: "TOPS", format: "#,##0" },
  { metric: "HBM", unit: "GB", format: "#,##0" },
  { metric: "bandwidth", unit: "TB/s", format: "0.00" },
  { metric: "interconnect", unit: "GB/s", format: "#,##0" },
  { metric: "TDP", unit: "W", format: "#,##0" },
];

export const DEFAULT_COMPARISON_CHIPS = ["910C", "910B", "A100", "H100", "H20", "Trainium2", "TPUv6e", "K100 AI", "C500", "T100", "天垓150", "T21", "S4000", "MLU370X8"];

/** Chips down, metrics across, each cell =IFERROR(AICHIP.SPEC($A5,B$3),"n/a"). */
export function acceleratorComparison(atlas: Atlas, chips: string[] = DEFAULT_COMPARISON_CHIPS): SheetPlan {
  const cells = header(atlas, "Accelerator comparison", "加速卡对比");
  cells.push({ address: "A3", value: "Chip / 芯片", style: "header" }, { address: "A4", value: "unit", style: "unit" });
  COMPARISON_METRICS.forEach((m, i) => {
    cells.push({ address: `${col(i + 1)}3`, value: m.metric, style: "header" }, { address: `${col(i + 1)}4`, value: m.unit, style: "unit" });
  });
  chips.forEach((chip, r) => {
    const row = r + 5;
    cells.push({ address: `A${row}`, value: chip });
    COMPARISON_METRICS.forEach((m, i) => {
      cells.push({ address: `${col(i + 1)}${row}`, formula: `=IFERROR(AICHIP.SPEC($A${row},${col(i + 1)}$3),"n/a")`, numberFormat: m.format });
    });
  });
  return { sheetName: "Accelerators", title: { en: "Accelerator comparison", zh: "加速卡对比" }, cells, columnWidths: [14, ...COMPARISON_METRICS.map(() => 12)] };
}

/** BAT capex: the annual figures the report gives, the CAGR over each company's span, and the report's own CAGR beside it. */
export function batCapexModel(atlas: Atlas): SheetPlan {
  const companies = ["Tencent", "Alibaba", "Baidu", "BAT"];
  const cells = header(atlas, "BAT capital expenditure", "BAT资本开支");
  const head = [
    "Company / 公司",
    "Start year",
    "Capex, start (亿元)",
    "End year",
    "Capex, end (亿元)",
    "CAGR (computed)",
    "CAGR (as stated)",
    "1Q25 capex (亿元)",
    "1Q25 YoY (as stated)",
  ];
  head.forEach((h, i) => cells.push({ address: `${col(i)}3`, value: h, style: "header" }));
  let row = 4;
  for (const name of companies) {
    const company = resolveCapexCompany(atlas, name);
    if (!company.ok) continue;
    const years = capexPeriods(atlas, company.value).filter((p) => /^\d{4}$/.test(p));
    const quarters = capexPeriods(atlas, company.value);
    const q = quote(name);
    cells.push({ address: `A${row}`, value: name });
    if (years.length >= 2) {
      const [start, end] = [years[0], years[years.length - 1]];
      cells.push(
        { address: `B${row}`, value: Number(start), numberFormat: "0" },
        { address: `C${row}`, formula: `=ATLAS.VALUE(${q},"capex",B${row})`, numberFormat: "#,##0.00" },
        { address: `D${row}`, value: Number(end), numberFormat: "0" },
        { address: `E${row}`, formula: `=ATLAS.VALUE(${q},"capex",D${row})`, numberFormat: "#,##0.00" },
        { address: `F${row}`, formula: `=CAPEX.CAGR(${q},B${row},D${row})`, numberFormat: "0.00%" },
        { address: `G${row}`, formula: `=IFERROR(ATLAS.VALUE(${q},"capex_cagr",B${row}&"-"&D${row}),"n/a")`, numberFormat: "0.00%" },
      );
    }
    if (quarters.includes("2025Q1")) {
      cells.push(
        { address: `H${row}`, formula: `=ATLAS.VALUE(${q},"capex","2025Q1")`, numberFormat: "#,##0.00" },
        { address: `I${row}`, formula: `=IFERROR(ATLAS.VALUE(${q},"capex_yoy","2025Q1"),"n/a")`, numberFormat: "0.00%" },
      );
    }
    row++;
  }
  return {
    sheetName: "BAT capex",
    title: { en: "BAT capital expenditure", zh: "BAT资本开支" },
    cells,
    columnWidths: [16, 10, 16, 10, 16, 14, 14, 16, 16],
    chart: { type: "columnClustered", range: `A3:A${row - 1},C3:C${row - 1},E3:E${row - 1}`, title: "Capex, start vs end year (亿元)" },
  };
}

/** A component's suppliers as printed and in English, side by side, each a spilled SUPPLIERS formula. */
export function supplyChainMap(atlas: Atlas, component: string): SheetPlan | undefined {
  const resolved = resolveComponent(atlas, component);
  if (!resolved.ok) return undefined;
  const e = resolved.value;
  const name = e.en ?? e.zh ?? component;
  const cells = header(atlas, `Suppliers: ${e.en ?? name}`, `供应商：${e.zh ?? name}`);
  cells.push(
    { address: "A3", value: "As printed / 原文", style: "header" },
    { address: "B3", value: "English", style: "header" },
    { address: "A4", formula: `=SUPPLIERS(${quote(name)})` },
    { address: "B4", formula: `=SUPPLIERS(${quote(name)},"en")` },
  );
  return { sheetName: `Suppliers ${name}`.slice(0, 31), title: { en: `Suppliers: ${name}`, zh: `供应商：${e.zh ?? name}` }, cells, columnWidths: [28, 28] };
}
