/**
 * An in-memory workbook with the same interface as Excel: the pane runs against it in preview mode
 * (a plain browser, no Office) and the tests drive it. Formulas of the add-in's own functions are
 * evaluated through the same registry Excel calls (the evaluator is passed in), arrays spill down.
 */
import { cellAddress, qualified, rangeAddress, type CellRef } from "./address";
import { formatValue } from "./format";
import { footprintOf, uniqueName, type ActiveCell, type CellValue, type Place, type TableWrite, type Workbook, type WriteCell, type WriteOptions, type WriteOutcome } from "./workbook";

export type Evaluation = { ok: true; value: CellValue | CellValue[][] } | { ok: false; error: string; message?: string };
export type Evaluator = (formula: string) => Evaluation;

interface StoredCell {
  value: CellValue;
  formula?: string;
  format: string;
  style?: "title" | "header" | "source";
  /** The evaluator's message for an error value. */
  message?: string;
}

/** What the grid shows of one cell. */
export interface ShownCell {
  text: string;
  value: CellValue;
  formula?: string;
  style?: StoredCell["style"];
  /** Part of an Excel table body row: odd or even band. */
  band?: 0 | 1;
  spilled?: boolean;
}

export interface MemoryTable {
  name: string;
  address: string;
  header: CellRef;
  rows: number;
  cols: number;
}

const key = (r: number, c: number) => `${r}:${c}`;
const isEmpty = (cell: StoredCell | undefined) => cell === undefined || (cell.formula === undefined && cell.value === "");

export class MemoryWorkbook implements Workbook {
  readonly kind = "preview" as const;
  readonly sheet = "Sheet1";
  private cells = new Map<string, StoredCell>();
  /** Values spilled from array formulas, recomputed after every write. */
  private spills = new Map<string, CellValue>();
  readonly tables: MemoryTable[] = [];
  readonly widths = new Map<number, number>();
  private active: CellRef = { row: 0, col: 0 };
  private selectionListeners = new Set<() => void>();
  private changeListeners = new Set<() => void>();
  /** Bumped on every change, for React's useSyncExternalStore. */
  version = 0;

  constructor(
    private readonly evaluate: Evaluator,
    /** Yields to the UI between chunks of a large write (a macrotask in the browser). */
    private readonly yieldToUi: () => Promise<void> = () => new Promise((resolve) => setTimeout(resolve, 0)),
    private readonly chunkRows = 25,
  ) {}

  // ------------------------------------------------------------- the Workbook interface

  async insertTable(table: TableWrite, options: WriteOptions = {}): Promise<WriteOutcome> {
    const progress = options.onProgress ?? (() => undefined);
    progress(0, "checking");
    const at = options.at ?? this.active;
    const { rows, cols } = footprintOf(table);
    const blocked = this.check(at, rows, cols, options.overwrite);
    if (blocked) return blocked;
    const name = uniqueName(table.name, this.tables.map((t) => t.name));
    this.put(at.row, at.col, { value: table.title, format: "@", style: "title" });
    table.headers.forEach((h, c) => this.put(at.row + 1, at.col + c, { value: h, format: "@", style: "header" }));
    let formulas = 0;
    for (let start = 0; start < table.rows.length; start += this.chunkRows) {
      const chunk = table.rows.slice(start, start + this.chunkRows);
      chunk.forEach((row, i) =>
        row.forEach((cell, c) => {
          if (cell.formula) formulas++;
          this.put(at.row + 2 + start + i, at.col + c, this.stored(cell));
        }),
      );
      progress((start + chunk.length) / Math.max(1, table.rows.length) * 0.9, "writing");
      if (start + this.chunkRows < table.rows.length) {
        this.changed();
        await this.yieldToUi();
      }
    }
    progress(0.95, "formatting");
    this.put(at.row + 2 + table.rows.length, at.col, { value: table.source, format: "@", style: "source" });
    table.widths.forEach((w, c) => this.widths.set(at.col + c, Math.max(this.widths.get(at.col + c) ?? 0, w)));
    const header = { row: at.row + 1, col: at.col };
    this.tables.push({ name, address: rangeAddress(header, table.rows.length + 1, cols), header, rows: table.rows.length, cols });
    this.recalculate();
    progress(1, "done");
    return { status: "written", place: this.place(at, rows, cols), formulas };
  }

  async insertFormula(formula: string, options: Omit<WriteOptions, "onProgress"> = {}): Promise<WriteOutcome> {
    const at = options.at ?? this.active;
    const blocked = this.check(at, 1, 1, options.overwrite);
    if (blocked) return blocked;
    this.put(at.row, at.col, { value: "", formula, format: "General" });
    this.recalculate();
    return { status: "written", place: this.place(at, 1, 1), formulas: 1 };
  }

  async activeCell(): Promise<ActiveCell> {
    const shown = this.shown(this.active.row, this.active.col);
    return { sheet: this.sheet, address: cellAddress(this.active), at: { ...this.active }, formula: shown.formula ?? "", value: shown.value, text: shown.text };
  }

  async onSelectionChanged(listener: () => void): Promise<() => void> {
    this.selectionListeners.add(listener);
    return () => this.selectionListeners.delete(listener);
  }

  // ------------------------------------------------------------- for the grid and the tests

  select(at: CellRef): void {
    if (at.row === this.active.row && at.col === this.active.col) return;
    this.active = { row: Math.max(0, at.row), col: Math.max(0, at.col) };
    this.changed();
    this.selectionListeners.forEach((l) => l());
  }

  get selection(): CellRef {
    return { ...this.active };
  }

  subscribe(listener: () => void): () => void {
    this.changeListeners.add(listener);
    return () => this.changeListeners.delete(listener);
  }

  /** Rows and columns in use (0 when empty). */
  extent(): { rows: number; cols: number } {
    let rows = 0;
    let cols = 0;
    for (const k of [...this.cells.keys(), ...this.spills.keys()]) {
      const [r, c] = k.split(":").map(Number);
      rows = Math.max(rows, r + 1);
      cols = Math.max(cols, c + 1);
    }
    return { rows, cols };
  }

  shown(row: number, col: number): ShownCell {
    const cell = this.cells.get(key(row, col));
    const band = this.bandOf(row, col);
    if (!cell) {
      const spilled = this.spills.get(key(row, col));
      return spilled === undefined ? { text: "", value: "", band } : { text: formatValue(spilled, "General"), value: spilled, spilled: true, band };
    }
    return { text: formatValue(cell.value, cell.format), value: cell.value, formula: cell.formula, style: cell.style, band };
  }

  /** The error message behind an error value, as Excel shows it on hover. */
  messageAt(row: number, col: number): string | undefined {
    return this.cells.get(key(row, col))?.message;
  }

  /** Types a value or formula into a cell, as a user would (tests, and the grid's edit box). */
  setCell(at: CellRef, input: string): void {
    if (input === "") this.cells.delete(key(at.row, at.col));
    else if (input.startsWith("=")) this.put(at.row, at.col, { value: "", formula: input, format: "General" });
    else this.put(at.row, at.col, { value: /^[-+]?\d+(\.\d+)?$/.test(input) ? Number(input) : input, format: "General" });
    this.recalculate();
    // The active cell's content changed: whoever shows it (the cell audit) reads it again.
    this.selectionListeners.forEach((l) => l());
  }

  // ------------------------------------------------------------- internals

  private check(at: CellRef, rows: number, cols: number, overwrite?: boolean): WriteOutcome | undefined {
    if (overwrite) return undefined;
    let occupied = 0;
    for (let r = at.row; r < at.row + rows; r++) {
      for (let c = at.col; c < at.col + cols; c++) if (!isEmpty(this.cells.get(key(r, c))) || this.spills.has(key(r, c))) occupied++;
    }
    if (occupied === 0) return undefined;
    const free = { row: this.extent().rows + 1, col: at.col };
    return { status: "occupied", place: this.place(at, rows, cols), occupied, free: this.place(free, rows, cols) };
  }

  private place(at: CellRef, rows: number, cols: number): Place {
    return { sheet: this.sheet, at: { ...at }, address: qualified(this.sheet, rangeAddress(at, rows, cols)) };
  }

  private stored(cell: WriteCell): StoredCell {
    return cell.formula ? { value: cell.value, formula: cell.formula, format: cell.format } : { value: cell.value, format: cell.format };
  }

  private put(row: number, col: number, cell: StoredCell): void {
    this.cells.set(key(row, col), cell);
  }

  private inTable(t: MemoryTable, row: number, col: number): boolean {
    return row >= t.header.row && row <= t.header.row + t.rows && col >= t.header.col && col < t.header.col + t.cols;
  }

  private bandOf(row: number, col: number): 0 | 1 | undefined {
    const t = [...this.tables].reverse().find((x) => this.inTable(x, row, col) && row > x.header.row);
    return t ? (((row - t.header.row - 1) % 2) as 0 | 1) : undefined;
  }

  /** Evaluates every formula, spilling arrays down and right into empty cells (#SPILL! if blocked). */
  private recalculate(): void {
    this.spills.clear();
    for (const [k, cell] of this.cells) {
      if (cell.formula === undefined) continue;
      const [row, col] = k.split(":").map(Number);
      const result = this.evaluate(cell.formula);
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
      const blocked = matrix.some((r, i) => r.some((_, j) => (i > 0 || j > 0) && (!isEmpty(this.cells.get(key(row + i, col + j))) || this.spills.has(key(row + i, col + j)))));
      if (blocked) {
        cell.value = "#SPILL!";
        cell.message = "The spill range isn't blank.";
        continue;
      }
      cell.value = matrix[0]?.[0] ?? "";
      matrix.forEach((r, i) => r.forEach((v, j) => (i > 0 || j > 0 ? this.spills.set(key(row + i, col + j), v) : undefined)));
    }
    this.changed();
  }

  private changed(): void {
    this.version++;
    this.changeListeners.forEach((l) => l());
  }
}
