/**
 * The one interface between the task pane and a workbook. Two implementations: Excel (excel.ts, one
 * Excel.run per user action) and an in-memory workbook (memory.ts) for preview mode and tests.
 * Components receive a Workbook and never call Excel.run.
 */
import type { CellRef } from "./address";

export type CellValue = number | string | boolean;

/** One cell to write: a formula, or a value; and its number format ("@" = text). */
export interface WriteCell {
  value: CellValue;
  formula?: string;
  format: string;
}

/** A formatted table to insert: a title row, an Excel table (headers + body), a source line under it. */
export interface TableWrite {
  /** Excel table name stem; the workbook makes it unique. */
  name: string;
  title: string;
  headers: string[];
  rows: WriteCell[][];
  source: string;
  /** Column widths in characters. */
  widths: number[];
}

export interface Footprint {
  rows: number;
  cols: number;
}

/** Rows and columns a table write covers: title, header, body, source. */
export function footprintOf(table: TableWrite): Footprint {
  return { rows: table.rows.length + 3, cols: Math.max(1, table.headers.length) };
}

export interface Place {
  sheet: string;
  /** Top-left cell. */
  at: CellRef;
  /** "Sheet1!B2:F12". */
  address: string;
}

export type WriteOutcome =
  | { status: "written"; place: Place; formulas: number }
  /** Nothing was written: `occupied` cells of `place` hold something; `free` is a place that does not. */
  | { status: "occupied"; place: Place; occupied: number; free: Place };

export interface WriteOptions {
  /** Where to write (top-left); default: the active cell. */
  at?: CellRef;
  /** Write even over non-empty cells: only after the user confirmed. */
  overwrite?: boolean;
  /** Progress in [0, 1], with a stage name. */
  onProgress?: (fraction: number, stage: "checking" | "writing" | "formatting" | "done") => void;
}

export interface ActiveCell {
  sheet: string;
  address: string;
  at: CellRef;
  /** The formula as typed ("=AICHIP.SPEC(...)"), or "" for a constant or an empty cell. */
  formula: string;
  value: CellValue;
  /** What the cell shows, formatted. */
  text: string;
}

export interface Workbook {
  readonly kind: "excel" | "preview";
  insertTable(table: TableWrite, options?: WriteOptions): Promise<WriteOutcome>;
  insertFormula(formula: string, options?: Omit<WriteOptions, "onProgress">): Promise<WriteOutcome>;
  activeCell(): Promise<ActiveCell>;
  /** Calls `listener` after the selection moves; returns a function that stops listening. */
  onSelectionChanged(listener: () => void): Promise<() => void>;
}

/** Excel table names: letters, digits, underscores; unique in the workbook (case-insensitive). */
export function uniqueName(stem: string, taken: string[]): string {
  const base = (stem.replace(/[^A-Za-z0-9_]/g, "_").replace(/^([^A-Za-z_])/, "_$1") || "Table").slice(0, 240);
  const lower = new Set(taken.map((n) => n.toLowerCase()));
  let name = base;
  for (let n = 2; lower.has(name.toLowerCase()); n++) name = `${base}_${n}`;
  return name;
}
