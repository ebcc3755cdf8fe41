/**
 * What the entity pages, the charts and the series insert write: a chip's specification sheet, a time
 * series wide (periods across, metrics down) or long, and a chart's data as a template sheet with a
 * live Excel chart. Every figure is the live formula that answers it where one does (checked by
 * evaluating it), formatted as the report prints it; else the figure as printed.
 */
import type { Fact } from "../data/catalog";
import { stripMarkup } from "../data/normalize";
import type { Atlas } from "../domain/atlas";
import { cellFigure, describeFigure } from "../domain/facts";
import { printedFormat } from "../domain/formats";
import type { PageFigure, Series } from "../domain/pages";
import { textWidth, type Lang } from "../domain/tableView";
import { unitLabel } from "../domain/units";
import { formulaForFact } from "../functions/formulas";
import type { TableWrite, WriteCell } from "../office/workbook";
import type { PlannedCell, SheetPlan } from "../sharing/templates";
import { STRINGS } from "./i18n";

/** One figure as a cell: its live formula (or its value), formatted as the report prints it. */
export function figureCell(atlas: Atlas, fact: Fact | undefined, live: boolean): WriteCell {
  if (!fact) return { value: "", format: "@" };
  const value = cellFigure(fact);
  const format = typeof value === "number" && fact.value !== undefined ? printedFormat(fact, value) : "@";
  const formula = live ? formulaForFact(atlas, fact) : undefined;
  return formula ? { value, formula, format } : { value, format };
}

const width = (cells: string[]) => Math.min(48, Math.max(6, ...cells.map((c) => textWidth(c) + 2)));

function sourceOf(facts: Fact[], lang: Lang): string {
  const lines = [...new Set(facts.map((f) => f.line))].sort((a, b) => a - b);
  const span = lines.length === 1 ? `line ${lines[0]}` : `lines ${lines.slice(0, 12).join(", ")}${lines.length > 12 ? ", …" : ""}`;
  return `${STRINGS[lang].chartSource("")}AI Compute Atlas / report ${span}`;
}

const nameOf = (atlas: Atlas, id: string, lang: Lang) => {
  const e = atlas.entities.get(id);
  return e ? (lang === "zh" ? (e.zh ?? e.en ?? id) : (e.en ?? e.zh ?? id)) : id;
};

/** A chip's specification sheet as a table: metric, value (live), unit, variant, line, other values. */
export function chipSheetWrite(atlas: Atlas, chipName: string, rows: PageFigure[], lang: Lang, live = true): TableWrite {
  const t = STRINGS[lang];
  const body = rows.map((r): WriteCell[] => [
    { value: lang === "zh" ? r.metric.zh : r.metric.en, format: "@" },
    figureCell(atlas, r.fact, live),
    { value: r.fact.unit ?? "", format: "@" },
    { value: [r.fact.variant, r.fact.sparsity].filter(Boolean).join(", "), format: "@" },
    { value: r.fact.line, format: "0" },
    { value: r.others.map((o) => `${describeFigure(o)} (line ${o.line}${o.variant ? `, ${o.variant}` : ""})`).join("; "), format: "@" },
  ]);
  const headers = [...t.columnsSheet];
  return {
    name: `Atlas_${chipName}_spec`,
    title: t.sheetTitle(chipName),
    headers,
    rows: body,
    source: sourceOf(
      rows.map((r) => r.fact),
      lang,
    ),
    widths: headers.map((h, c) => width([h, ...body.map((row) => String(row[c].value))])),
  };
}

const seriesSource = (series: Series, lang: Lang) =>
  sourceOf(
    series.rows.flatMap((r) => r.cells.filter((f): f is Fact => f !== undefined)),
    lang,
  );

function seriesLabel(atlas: Atlas, row: Series["rows"][number], lang: Lang): string {
  const unit = row.cells.find(Boolean)?.unit;
  const metric = lang === "zh" ? row.metric.zh : row.metric.en;
  return `${nameOf(atlas, row.entity.id, lang)} · ${metric}${row.variant ? ` (${row.variant})` : ""}${unit ? ` (${unitLabel(atlas, unit, lang)})` : ""}`;
}

/** Wide: periods across the columns, one row per entity and metric, as analysts lay out models. */
export function seriesWideWrite(atlas: Atlas, name: string, title: string, series: Series, lang: Lang, live: boolean): TableWrite {
  const headers = [STRINGS[lang].seriesMetric, ...series.periods];
  const rows = series.rows.map((r): WriteCell[] => [{ value: seriesLabel(atlas, r, lang), format: "@" }, ...r.cells.map((f) => figureCell(atlas, f, live))]);
  const widths = headers.map((h, c) => (c === 0 ? width([h, ...rows.map((row) => String(row[0].value))]) : Math.max(10, textWidth(h) + 2)));
  return seriesTable(name, title, headers, rows, series, lang, widths);
}

/** Long: one row per period, one column per entity and metric. */
export function seriesLongWrite(atlas: Atlas, name: string, title: string, series: Series, lang: Lang, live: boolean): TableWrite {
  const headers = [STRINGS[lang].columnsSeriesLong[0], ...series.rows.map((r) => seriesLabel(atlas, r, lang))];
  const rows = series.periods.map((p, i): WriteCell[] => [{ value: p, format: "@" }, ...series.rows.map((r) => figureCell(atlas, r.cells[i], live))]);
  const widths = headers.map((h) => Math.min(40, Math.max(10, textWidth(h) + 2)));
  return seriesTable(name, title, headers, rows, series, lang, widths);
}

/** A series laid out either way, with its source line under the table. */
function seriesTable(name: string, title: string, headers: string[], rows: WriteCell[][], series: Series, lang: Lang, widths: number[]): TableWrite {
  return { name, title, headers, rows, source: seriesSource(series, lang), widths };
}

export interface ChartPoint {
  label: string;
  fact: Fact;
}

/**
 * A chart's data as a new sheet: a title, a note, a header row, one row per point (the label, then the
 * live formula), and a clustered column chart over it, as the templates write theirs.
 */
export function chartPlan(atlas: Atlas, sheetName: string, title: string, valueHeader: string, points: ChartPoint[], lang: Lang): SheetPlan {
  const cells: PlannedCell[] = [
    { address: "A1", value: title, style: "title" },
    {
      address: "A2",
      value: `${sourceOf(
        points.map((p) => p.fact),
        lang,
      )} · AI Compute Atlas ${atlas.catalog.version}`,
      style: "note",
    },
    { address: "A3", value: lang === "zh" ? "类别" : "Category", style: "header" },
    { address: "B3", value: valueHeader, style: "header" },
  ];
  points.forEach((p, i) => {
    const cell = figureCell(atlas, p.fact, true);
    cells.push({ address: `A${i + 4}`, value: p.label });
    cells.push(
      cell.formula
        ? { address: `B${i + 4}`, formula: cell.formula, numberFormat: cell.format }
        : { address: `B${i + 4}`, value: typeof cell.value === "number" ? cell.value : stripMarkup(String(cell.value)), numberFormat: cell.format },
    );
  });
  const last = points.length + 3;
  return {
    sheetName: sheetName.slice(0, 31),
    title: { en: title, zh: title },
    cells,
    columnWidths: [Math.min(30, Math.max(12, ...points.map((p) => textWidth(p.label) + 2))), Math.max(14, textWidth(valueHeader) + 2)],
    chart: { type: "columnClustered", range: `A3:A${last},B3:B${last}`, title },
  };
}
