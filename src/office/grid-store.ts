/**
 * The preview workbook's cells: sheets of stored cells and of values spilled by array formulas, read
 * and written by zero-based row and column. No formulas are evaluated here (memory-engine.ts does) and
 * no Workbook operation lives here (memory.ts does).
 */
import { parseArea, parseCell, type CellRef } from "../formula/address";
import type { CellValue } from "./workbook";

export interface StoredCell {
  value: CellValue;
  formula?: string;
  format: string;
  style?: "title" | "header" | "source";
  /** The evaluator's message for an error value. */
  message?: string;
}

export interface MemorySheet {
  name: string;
  hidden: boolean;
  cells: Map<string, StoredCell>;
  /** Values spilled from array formulas, recomputed after every write. */
  spills: Map<string, CellValue>;
  /** Each spilling formula's extent, by its own cell. */
  spillSize: Map<string, { rows: number; cols: number }>;
  widths: Map<number, number>;
  chart?: { title: string; range: string };
  /** Protected (Review › Protect Sheet): nothing may write to it. */
  protected?: boolean;
}

export const cellKey = (r: number, c: number) => `${r}:${c}`;
export const keyCell = (k: string): CellRef => {
  const [row, col] = k.split(":").map(Number);
  return { row, col };
};
export const isEmpty = (cell: StoredCell | undefined) => cell === undefined || (cell.formula === undefined && cell.value === "");
export const newSheet = (name: string, hidden = false): MemorySheet => ({ name, hidden, cells: new Map(), spills: new Map(), spillSize: new Map(), widths: new Map() });

/** What a cell shows: its own value, else a value spilled into it, else "". */
export function shownValue(s: MemorySheet, row: number, col: number): CellValue {
  return s.cells.get(cellKey(row, col))?.value ?? s.spills.get(cellKey(row, col)) ?? "";
}

/** True when a cell holds anything, typed or spilled. */
export function occupied(s: MemorySheet, row: number, col: number): boolean {
  return !isEmpty(s.cells.get(cellKey(row, col))) || s.spills.has(cellKey(row, col));
}

export function valuesOf(s: MemorySheet, at: CellRef, rows: number, cols: number): CellValue[][] {
  return Array.from({ length: rows }, (_, i) => Array.from({ length: cols }, (_, j) => shownValue(s, at.row + i, at.col + j)));
}

/** Rows and columns in use (0 when empty). */
export function extentOf(s: MemorySheet): { rows: number; cols: number } {
  let rows = 0;
  let cols = 0;
  for (const k of [...s.cells.keys(), ...s.spills.keys()]) {
    const { row, col } = keyCell(k);
    rows = Math.max(rows, row + 1);
    cols = Math.max(cols, col + 1);
  }
  return { rows, cols };
}

/** A value or formula typed into a cell, as a user would; "" empties it. Keeps the cell's format. */
export function typeInto(s: MemorySheet, at: CellRef, input: string): void {
  const k = cellKey(at.row, at.col);
  const format = s.cells.get(k)?.format ?? "General";
  if (input === "") s.cells.delete(k);
  else if (input.startsWith("=")) s.cells.set(k, { value: "", formula: input, format });
  else s.cells.set(k, { value: /^[-+]?\d+(\.\d+)?$/.test(input) ? Number(input) : input, format });
}

/** The sheets, found by name as Excel does (ignoring case). */
export class GridStore {
  sheets: MemorySheet[] = [newSheet("Sheet1")];

  sheetNamed(name: string): MemorySheet | undefined {
    const lower = name.toLowerCase();
    return this.sheets.find((s) => s.name.toLowerCase() === lower);
  }

  /** What a cell shows ("" for empty), or undefined when the sheet or the address does not exist. */
  read(sheet: string, address: string): CellValue | undefined {
    const s = this.sheetNamed(sheet);
    const at = parseCell(address);
    return s && at ? shownValue(s, at.row, at.col) : undefined;
  }

  rangeValues(sheet: string, range: string): CellValue[][] | undefined {
    const s = this.sheetNamed(sheet);
    const a = parseArea(range);
    return s && a ? valuesOf(s, a.at, a.rows, a.cols) : undefined;
  }

  cellAt(sheet: string, address: string): StoredCell | undefined {
    const s = this.sheetNamed(sheet);
    const at = parseCell(address);
    return s && at ? s.cells.get(cellKey(at.row, at.col)) : undefined;
  }
}
