/**
 * A1 addresses, the one converter: column letters, cell and range addresses, sheet-qualified
 * addresses, zero-based rows and columns. Parsing goes through @borgar/fx (the formula front end's
 * library), so an address means here what it means inside a formula.
 */
import { fromCol, parseA1Ref, toCol } from "@borgar/fx";

export interface CellRef {
  row: number;
  col: number;
}

/** A rectangle of cells: its top-left cell and its size. */
export interface Area {
  at: CellRef;
  rows: number;
  cols: number;
}

export const MAX_ROWS = 1048576;
export const MAX_COLS = 16384;

/** 0 -> "A", 25 -> "Z", 26 -> "AA". */
export function columnName(col: number): string {
  return toCol(col);
}

/** "A" -> 0, "aa" -> 26. */
export function columnIndex(letters: string): number {
  return fromCol(letters);
}

export function cellAddress(ref: CellRef): string {
  return `${columnName(ref.col)}${ref.row + 1}`;
}

export function rangeAddress(from: CellRef, rows: number, cols: number): string {
  const to = { row: from.row + rows - 1, col: from.col + cols - 1 };
  return rows === 1 && cols === 1 ? cellAddress(from) : `${cellAddress(from)}:${cellAddress(to)}`;
}

export function areaAddress(area: Area): string {
  return rangeAddress(area.at, area.rows, area.cols);
}

/** "B2", "$B$2:d4", "Sheet1!B2", "'My sheet'!B2:C3" as a rectangle; undefined if not a bounded A1 range. */
export function parseArea(address: string): Area | undefined {
  const ref = parseA1Ref(address.trim());
  const range = ref && "range" in ref ? ref.range : undefined;
  if (!range || range.top == null || range.left == null) return undefined;
  const bottom = range.bottom ?? range.top;
  const right = range.right ?? range.left;
  return { at: { row: range.top, col: range.left }, rows: bottom - range.top + 1, cols: right - range.left + 1 };
}

/** "B3", "$B$3", "Sheet1!B3:C4" (the top-left cell), case-insensitive; undefined if not an address. */
export function parseCell(address: string): CellRef | undefined {
  return parseArea(address)?.at;
}

const PLAIN_SHEET = /^[A-Za-z_][A-Za-z0-9_.]*$/;

/** A sheet name as it stands before "!" in a formula: 'My Sheet', 'It''s', Sheet1. */
export function quoteSheet(sheet: string): string {
  return PLAIN_SHEET.test(sheet) && !parseCell(sheet) ? sheet : `'${sheet.replace(/'/g, "''")}'`;
}

/** Excel sheet names that need quoting in an address: 'My Sheet'!A1. */
export function qualified(sheet: string, address: string): string {
  return `${quoteSheet(sheet)}!${address}`;
}

/** "'It''s'!$B$2:C3" -> { sheet: "It's", local: "B2:C3" }: Excel's Range.address split at its sheet. */
export function splitQualified(address: string): { sheet?: string; local: string } {
  const bang = address.lastIndexOf("!");
  const local = address.slice(bang + 1).replace(/\$/g, "");
  if (bang < 0) return { local };
  const raw = address.slice(0, bang);
  const sheet = /^'.*'$/.test(raw) ? raw.slice(1, -1).replace(/''/g, "'") : raw;
  return { sheet, local };
}
