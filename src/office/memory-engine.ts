/**
 * The preview workbook's calculation, in dependency order: a formula is evaluated when its value is
 * first needed, so the cells it reads (on any sheet, through any chain of references) are settled
 * before it, whatever their position. A cell that an array formula above-left of it may spill into is
 * settled by evaluating that formula first. A formula that needs its own value is a circular reference
 * and shows #CALC!. Arrays spill down and right into empty cells (#SPILL! if blocked).
 */
import type { Evaluator } from "../formula/atlas";
import { cellKey, keyCell, occupied, type GridStore, type MemorySheet } from "./grid-store";
import type { CellValue } from "./workbook";

export type { CellSource, Evaluator } from "../formula/atlas";
export type { Evaluation } from "../formula/evaluate";

export const CIRCULAR = "Circular reference: this formula depends on its own value.";

export function recalculate(store: GridStore, evaluate: Evaluator): void {
  new Calculation(store, evaluate).run();
}

/** Thrown to give up a speculative evaluation (see `probe`) that ran into a formula being evaluated. */
class Reentered extends Error {}

class Calculation {
  private readonly done = new Set<string>();
  private readonly stack: string[] = [];
  private readonly cyclic = new Set<string>();
  private readonly pending = new Map<MemorySheet, Set<string>>();
  private probing = 0;

  constructor(
    private readonly store: GridStore,
    private readonly evaluate: Evaluator,
  ) {}

  run(): void {
    for (const s of this.store.sheets) {
      s.spills.clear();
      s.spillSize.clear();
      this.pending.set(s, new Set([...s.cells].filter(([, c]) => c.formula !== undefined).map(([k]) => k)));
    }
    for (const s of this.store.sheets) for (const k of [...(this.pending.get(s) ?? [])]) this.settle(s, k);
  }

  private id(s: MemorySheet, k: string): string {
    return `${this.store.sheets.indexOf(s)}|${k}`;
  }

  /** Evaluates the formula at `k` unless done; false when it is being evaluated (a circular reference). */
  private settle(s: MemorySheet, k: string): boolean {
    const id = this.id(s, k);
    if (this.done.has(id)) return true;
    const at = this.stack.indexOf(id);
    if (at >= 0) {
      if (this.probing > 0) throw new Reentered();
      this.stack.slice(at).forEach((c) => this.cyclic.add(c));
      return false;
    }
    this.stack.push(id);
    try {
      this.compute(s, k);
      this.done.add(id);
      this.pending.get(s)?.delete(k);
    } finally {
      this.stack.pop();
    }
    return true;
  }

  private compute(s: MemorySheet, k: string): void {
    const cell = s.cells.get(k);
    if (!cell || cell.formula === undefined) return;
    const { row, col } = keyCell(k);
    const sheetOf = (name: string | undefined) => (name === undefined ? s : this.store.sheetNamed(name));
    const result = this.evaluate(cell.formula, {
      read: (name, r, c) => {
        const target = sheetOf(name);
        return target ? this.read(target, r, c) : undefined;
      },
      spill: (name, r, c) => {
        const target = sheetOf(name);
        if (!target || target.cells.get(cellKey(r, c))?.formula === undefined) return undefined;
        this.settle(target, cellKey(r, c));
        return target.spillSize.get(cellKey(r, c)) ?? { rows: 1, cols: 1 };
      },
    });
    delete cell.message;
    if (this.cyclic.has(this.id(s, k))) {
      cell.value = "#CALC!";
      cell.message = CIRCULAR;
      return;
    }
    if (!result.ok) {
      cell.value = result.error;
      if (result.message) cell.message = result.message;
      return;
    }
    if (!Array.isArray(result.value)) {
      cell.value = result.value;
      return;
    }
    const matrix = result.value;
    if (matrix.some((r, i) => r.some((_, j) => (i > 0 || j > 0) && occupied(s, row + i, col + j)))) {
      cell.value = "#SPILL!";
      cell.message = "The spill range isn't blank.";
      return;
    }
    cell.value = matrix[0]?.[0] ?? "";
    s.spillSize.set(k, { rows: matrix.length, cols: matrix[0]?.length ?? 1 });
    matrix.forEach((r, i) => r.forEach((v, j) => (i > 0 || j > 0 ? s.spills.set(cellKey(row + i, col + j), v) : undefined)));
  }

  /** What a cell shows once everything it depends on is settled. */
  private read(s: MemorySheet, row: number, col: number): CellValue {
    const k = cellKey(row, col);
    const cell = s.cells.get(k);
    if (cell?.formula !== undefined) return this.settle(s, k) ? cell.value : "#CALC!";
    if (cell && cell.value !== "") return cell.value;
    return s.spills.get(k) ?? this.probe(s, row, col);
  }

  /** An empty cell: formulas above-left of it may spill into it; evaluate those not yet done first. */
  private probe(s: MemorySheet, row: number, col: number): CellValue {
    const k = cellKey(row, col);
    for (const candidate of [...(this.pending.get(s) ?? [])]) {
      const at = keyCell(candidate);
      if (at.row > row || at.col > col || this.stack.includes(this.id(s, candidate))) continue;
      this.probing++;
      try {
        this.settle(s, candidate);
      } catch (e) {
        if (!(e instanceof Reentered)) throw e;
      } finally {
        this.probing--;
      }
      const spilled = s.spills.get(k);
      if (spilled !== undefined) return spilled;
    }
    return "";
  }
}
