/** A1 addresses: column letters, cell and range addresses, zero-based rows and columns. */

export interface CellRef {
  row: number;
  col: number;
}

export function columnName(col: number): string {
  let n = col + 1;
  let s = "";
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

export function cellAddress(ref: CellRef): string {
  return `${columnName(ref.col)}${ref.row + 1}`;
}

export function rangeAddress(from: CellRef, rows: number, cols: number): string {
  const to = { row: from.row + rows - 1, col: from.col + cols - 1 };
  return rows === 1 && cols === 1 ? cellAddress(from) : `${cellAddress(from)}:${cellAddress(to)}`;
}

/** "B3", "$B$3", "Sheet1!B3:C4" (the top-left cell), case-insensitive; undefined if not an address. */
export function parseCell(address: string): CellRef | undefined {
  const bare = address.includes("!") ? address.slice(address.lastIndexOf("!") + 1) : address;
  const m = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})/.exec(bare.trim());
  if (!m) return undefined;
  let col = 0;
  for (const ch of m[1].toUpperCase()) col = col * 26 + (ch.charCodeAt(0) - 64);
  const row = Number(m[2]);
  if (row < 1 || col < 1 || col > 16384 || row > 1048576) return undefined;
  return { row: row - 1, col: col - 1 };
}

/** Excel sheet names that need quoting in an address: 'My Sheet'!A1. */
export function qualified(sheet: string, address: string): string {
  return /^[A-Za-z_][A-Za-z0-9_.]*$/.test(sheet) ? `${sheet}!${address}` : `'${sheet.replace(/'/g, "''")}'!${address}`;
}
