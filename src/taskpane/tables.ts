/**
 * From a dataset's TableView to what the workbook writes: values as printed, or live formulas where
 * an add-in function answers a cell with exactly the number (or text) the cell shows.
 */
import { printedForm } from "../data/normalize";
import type { Atlas } from "../domain/atlas";
import { GENERAL, uniqueHeaders, type TableView, type ViewCell } from "../domain/tableView";
import { evaluateStandalone } from "../formula/atlas";
import { formulaForFact } from "../functions/formulas";
import type { TableWrite } from "../office/workbook";

export type InsertMode = "values" | "formulas";

/** A cell that is only a figure and its unit: "376T", "1.6 TB/s", "400W"; not "64G HBM2e" or "342台". */
const FIGURE_WITH_UNIT = /^[-+]?\d[\d,]*(\.\d+)?\s*[A-Za-z/%]{0,8}$/;

const close = (a: number, b: number) => Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));

/** A number format that shows the unit after a figure, for a cell the report prints as "376T". */
export function unitFormat(unit: string | undefined): string {
  return unit ? `General" ${unit.replace(/"/g, "")}"` : GENERAL;
}

/**
 * The live formula for one cell, or undefined where none answers it exactly: a formula must return the
 * value a values insert writes, or, for a cell printed as the figure with its unit ("376T"), the figure
 * in the fact's unit, if the cell holds nothing else. Approximate figures ("约3P") stay as printed so the qualifier is not lost.
 */
export function liveCell(atlas: Atlas, cell: ViewCell): ViewCell | undefined {
  const fact = cell.fact;
  if (!fact || fact.qualifier) return undefined;
  const formula = formulaForFact(atlas, fact);
  if (!formula) return undefined;
  const result = evaluateStandalone(atlas, formula);
  if (!result.ok || Array.isArray(result.value)) return undefined;
  const value = result.value;
  if (typeof value === "number" && typeof cell.value === "number" && close(value, cell.value)) return { ...cell, formula, value };
  if (typeof value === "number" && typeof cell.value === "string" && printedForm(cell.printed) === printedForm(fact.raw) && FIGURE_WITH_UNIT.test(printedForm(cell.printed))) {
    return { ...cell, formula, value, format: unitFormat(fact.unit) };
  }
  if (typeof value === "string" && value === cell.value) return { ...cell, formula, format: GENERAL };
  return undefined;
}

/** The view with every cell a formula can answer replaced by that formula. */
export function withFormulas(atlas: Atlas, view: TableView): TableView {
  return { ...view, rows: view.rows.map((row) => ({ ...row, cells: row.cells.map((cell) => liveCell(atlas, cell) ?? cell) })) };
}

export function countFormulas(view: TableView): number {
  return view.rows.reduce((n, row) => n + row.cells.filter((c) => c.formula).length, 0);
}

export function tableWrite(view: TableView): TableWrite {
  return {
    name: `Atlas_${view.dataset.id}`,
    title: view.title,
    headers: uniqueHeaders(view.columns.map((c) => c.header)),
    rows: view.rows.map((row) => row.cells.map((c) => (c.formula ? { value: c.value, formula: c.formula, format: c.format } : { value: c.value, format: c.format }))),
    source: view.source,
    widths: view.columns.map((c) => c.width),
  };
}
