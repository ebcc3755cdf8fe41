/**
 * The one interface between the task pane and a workbook. Two implementations: Excel (excel.ts, one
 * Excel.run per user action) and an in-memory workbook (memory.ts) for preview mode and tests.
 * Components receive a Workbook and never call Excel.run.
 */
import type { FormulaCell, FreezeOutcome, Ledger, RestoreOutcome } from "../sharing/freeze";
import type { SheetPlan } from "../sharing/templates";
import { MAX_COLS, MAX_ROWS, qualified, rangeAddress, cellAddress, type CellRef } from "../formula/address";

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
  /** `replaced`: the non-empty cells the write overwrote, when the user chose Replace and there were any. */
  | { status: "written"; place: Place; formulas: number; replaced?: number }
  /** Nothing was written: the sheet is protected (Review › Unprotect Sheet). */
  | { status: "protected"; place: Place }
  /** Nothing was written: `occupied` cells of `place` hold something; `free` is a place that does not. */
  | { status: "occupied"; place: Place; occupied: number; free: Place }
  /**
   * Nothing was written: `size` at `place` (its top-left cell) would run past the sheet's last column (XFD) or row
   * (1048576); `fit` is the nearest place inside the sheet (moved up and left), none when the sheet is too small.
   */
  | { status: "offSheet"; place: Place; size: Footprint; fit?: Place };

/** A write's area lies inside A1:XFD1048576, Excel's whole sheet. */
export function fitsSheet(at: CellRef, size: Footprint): boolean {
  return at.row >= 0 && at.col >= 0 && size.rows <= MAX_ROWS - at.row && size.cols <= MAX_COLS - at.col;
}

/** A cell inside A1:XFD1048576. */
export const onSheet = (at: CellRef) => fitsSheet(at, { rows: 1, cols: 1 });

/** The place a write covers, "Sheet1!B2:F12"; its top-left cell alone when it would run past the sheet. */
export function placeOf(sheet: string, at: CellRef, size: Footprint): Place {
  const address = fitsSheet(at, size) ? rangeAddress(at, size.rows, size.cols) : cellAddress(at);
  return { sheet, at: { ...at }, address: qualified(sheet, address) };
}

/**
 * The one check both workbooks (Excel and preview) make before a write: undefined when `size` at `at` fits inside
 * the sheet, else the refusal, with the nearest place that fits (moved up and left just enough).
 */
export function offSheetRefusal(sheet: string, at: CellRef, size: Footprint): WriteOutcome | undefined {
  if (fitsSheet(at, size)) return undefined;
  const fit = { row: Math.min(Math.max(0, at.row), MAX_ROWS - size.rows), col: Math.min(Math.max(0, at.col), MAX_COLS - size.cols) };
  return { status: "offSheet", place: placeOf(sheet, at, size), size, ...(fitsSheet(fit, size) ? { fit: placeOf(sheet, fit, size) } : {}) };
}

/**
 * The free place a refusal offers, inside the sheet: below the used range (`used`: rows and columns from A1 to
 * its far corner) after a blank row, in the write's column (moved left if it would run past XFD); else, when
 * that runs past row 1048576, right of the used range after a blank column. Every write checks its cells again,
 * so the last resort (a sheet full to both edges) is refused, never written over.
 */
export function freePlace(sheet: string, used: Footprint, at: CellRef, size: Footprint): Place {
  const below = { row: used.rows + 1, col: Math.max(0, Math.min(at.col, MAX_COLS - size.cols)) };
  if (fitsSheet(below, size)) return placeOf(sheet, below, size);
  const right = { row: Math.max(0, Math.min(at.row, MAX_ROWS - size.rows)), col: used.cols + 1 };
  if (fitsSheet(right, size)) return placeOf(sheet, right, size);
  return placeOf(sheet, { row: Math.max(0, MAX_ROWS - size.rows), col: below.col }, size);
}

export interface WriteOptions {
  /** Where to write (top-left); default: the active cell. */
  at?: CellRef;
  /** Write even over non-empty cells: only after the user confirmed. */
  overwrite?: boolean;
  /** Progress in [0, 1], with a stage name. */
  onProgress?: (fraction: number, stage: "checking" | "writing" | "formatting" | "done") => void;
}

/** A formula write: where its result will spill (the builder knows it) and the number format of its cell. */
export interface FormulaWriteOptions extends Omit<WriteOptions, "onProgress"> {
  /** The area the result covers, the formula's cell at its top-left; default 1 x 1. Checked whole, like a table. */
  size?: Footprint;
  /** Number format for the formula's cell (a rate "0.00%", a figure as the report prints it). */
  format?: string;
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
  insertFormula(formula: string, options?: FormulaWriteOptions): Promise<WriteOutcome>;
  activeCell(): Promise<ActiveCell>;
  /** Calls `listener` after the selection moves; returns a function that stops listening. */
  onSelectionChanged(listener: () => void): Promise<() => void>;

  // ------------------------------------------------------------- sharing (issue 8)

  /** Every formula cell of one sheet or of the workbook (the ledger sheets excluded), with what it shows. */
  scan(sheet?: string): Promise<WorkbookScan>;
  /** Add-in formulas of a sheet or the workbook to values; the formulas kept in the hidden ledger sheet. */
  freeze(sheet: string | undefined, dataVersion: string, now: Date): Promise<FreezeOutcome>;
  /** The ledger's formulas back; without `force`, nothing is written when a frozen cell was edited since. */
  restore(sheet: string | undefined, options?: { force?: boolean }): Promise<RestoreOutcome>;
  /** The hidden ledger, or undefined when nothing is frozen. */
  frozen(): Promise<Ledger | undefined>;
  /** A workbook setting (kept in the file), JSON. */
  getSetting(key: string): Promise<unknown>;
  setSetting(key: string, value: unknown): Promise<boolean>;
  /** Makes every add-in formula run again (they are not volatile): re-enters them, then a full calculation. */
  recalculate(): Promise<number>;
  /** Writes `next` into a cell only if it still holds `expected`. */
  replaceFormula(sheet: string, address: string, expected: string, next: string): Promise<boolean>;
  selectCell(sheet: string, address: string): Promise<void>;
  /** A new sheet from a template plan, activated; `charted` is false where the client has no charts. */
  addSheet(plan: SheetPlan): Promise<{ sheet: string; charted: boolean }>;
}

export interface WorkbookScan {
  /** Visible sheets, in order. */
  sheets: string[];
  cells: FormulaCell[];
  /** What a cell shows now ("" for empty), or undefined when the sheet does not exist. */
  valueAt: (sheet: string, address: string) => CellValue | undefined;
}

export type { FreezeOutcome, RestoreOutcome } from "../sharing/freeze";

/** A client lacks a requirement set the action needs: nothing was changed. */
export class Unsupported extends Error {
  constructor(readonly requirement: string) {
    super(`This version of Excel lacks ${requirement}.`);
  }
}

/**
 * The action would write to a protected sheet, or add or delete a sheet of a workbook whose structure is
 * protected (office-js #6395): it is refused before anything is written, so nothing is half done.
 */
export class Protected extends Error {
  constructor(
    /** The protected sheets the action would write to (empty when only the structure is protected). */
    readonly sheets: string[],
    /** The workbook's structure is protected and the action adds or deletes a sheet. */
    readonly structure = false,
  ) {
    super(
      structure
        ? "The workbook's structure is protected, so no sheet can be added or deleted (Review › Protect Workbook to unprotect it). Nothing was changed."
        : `${sheets.map((n) => `"${n}"`).join(", ")} ${sheets.length === 1 ? "is a protected sheet" : "are protected sheets"} (Review › Unprotect Sheet). Nothing was changed.`,
    );
  }
}

/**
 * The refusal for an action that writes to `writes` (sheet names) and, with `addsOrDeletes`, changes the
 * sheets themselves; undefined if nothing it touches is protected.
 */
export function protectionRefusal(writes: Iterable<string>, locked: ReadonlySet<string>, structureLocked: boolean, addsOrDeletes: boolean): Protected | undefined {
  if (addsOrDeletes && structureLocked) return new Protected([], true);
  const hit = [...new Set(writes)].filter((s) => locked.has(s));
  return hit.length > 0 ? new Protected(hit) : undefined;
}

/** The hidden sheet that keeps frozen formulas, and the visible sheet that explains it. */
export const LEDGER_SHEET = "AtlasFrozenFormulas";
export const NOTE_SHEET = "Frozen by Atlas";
export const STAMP_SETTING = "atlas.dataStamp";

/** The visible explanation: what was frozen, when, with which data, where the formulas are, how to restore. */
export function noteRows(ledger: Ledger): string[][] {
  const bySheet = new Map<string, number>();
  ledger.entries.forEach((e) => bySheet.set(e.sheet, (bySheet.get(e.sheet) ?? 0) + 1));
  return [
    ["Frozen values / 已冻结为数值"],
    [
      `${ledger.entries.length} AI Compute Atlas formulas were replaced by their values on ${ledger.frozenAt.slice(0, 10)} (data ${ledger.dataVersion}), so this file opens without the add-in.`,
    ],
    [`The formulas are kept, exactly, in the hidden sheet "${LEDGER_SHEET}". To put them back: Atlas › Share › Restore formulas.`],
    ["本文件中的 AI Compute Atlas 公式已替换为数值；原公式保存在隐藏工作表中，可在 Atlas › 分享 › 恢复公式 中恢复。"],
    ...[...bySheet].map(([sheet, n]) => [`${sheet}: ${n} frozen cell${n === 1 ? "" : "s"}`]),
  ];
}

/** Excel table names: letters, digits, underscores; unique in the workbook (case-insensitive). */
export function uniqueName(stem: string, taken: string[]): string {
  const base = (stem.replace(/[^A-Za-z0-9_]/g, "_").replace(/^([^A-Za-z_])/, "_$1") || "Table").slice(0, 240);
  const lower = new Set(taken.map((n) => n.toLowerCase()));
  let name = base;
  for (let n = 2; lower.has(name.toLowerCase()); n++) name = `${base}_${n}`;
  return name;
}

/** Excel sheet names: no []:*?/\, at most 31 characters, unique ignoring case. */
export function uniqueSheetName(stem: string, taken: string[]): string {
  const base =
    stem
      .replace(/[[\]:*?/\\]/g, " ")
      .trim()
      .slice(0, 31) || "Sheet";
  const lower = new Set(taken.map((n) => n.toLowerCase()));
  let name = base;
  for (let n = 2; lower.has(name.toLowerCase()); n++) name = `${base.slice(0, 31 - String(n).length - 3)} (${n})`;
  return name;
}
