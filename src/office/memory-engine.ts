/**
 * The preview workbook's calculation: every formula of every sheet evaluated, arrays spilled down and
 * right into empty cells (#SPILL! if blocked). The evaluator is passed in (the add-in's registry inside
 * a subset of Excel's language, src/taskpane/evaluator.ts).
 */
import { cellKey, isEmpty, keyCell, type GridStore, type MemorySheet } from "./grid-store";
import type { CellValue } from "./workbook";

export type Evaluation = { ok: true; value: CellValue | CellValue[][] } | { ok: false; error: string; message?: string };
/** Reads what a cell shows; `sheet` undefined means the formula's own sheet. */
export type CellReader = (sheet: string | undefined, address: string) => CellValue | undefined;
export type Evaluator = (formula: string, read: CellReader) => Evaluation;

/**
 * Evaluates every formula of every sheet. Twice, so that formulas reading other formulas' cells (on
 * any sheet) see settled values.
 */
export function recalculate(store: GridStore, evaluate: Evaluator): void {
  for (let pass = 0; pass < 2; pass++) {
    for (const s of store.sheets) {
      s.spills.clear();
      s.spillSize.clear();
    }
    for (const s of store.sheets) calculateSheet(store, s, evaluate);
  }
}

function calculateSheet(store: GridStore, s: MemorySheet, evaluate: Evaluator): void {
  const read = (sheet: string | undefined, address: string) => store.read(sheet ?? s.name, address);
  for (const [k, cell] of s.cells) {
    if (cell.formula === undefined) continue;
    const { row, col } = keyCell(k);
    const result = evaluate(cell.formula, read);
    delete cell.message;
    if (!result.ok) {
      cell.value = result.error;
      if (result.message) cell.message = result.message;
      continue;
    }
    if (!Array.isArray(result.value)) {
      cell.value = result.value;
      continue;
    }
    const matrix = result.value;
    const blocked = matrix.some((r, i) => r.some((_, j) => (i > 0 || j > 0) && (!isEmpty(s.cells.get(cellKey(row + i, col + j))) || s.spills.has(cellKey(row + i, col + j)))));
    if (blocked) {
      cell.value = "#SPILL!";
      cell.message = "The spill range isn't blank.";
      continue;
    }
    cell.value = matrix[0]?.[0] ?? "";
    s.spillSize.set(k, { rows: matrix.length, cols: matrix[0]?.length ?? 1 });
    matrix.forEach((r, i) => r.forEach((v, j) => (i > 0 || j > 0 ? s.spills.set(cellKey(row + i, col + j), v) : undefined)));
  }
}
