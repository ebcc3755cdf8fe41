/**
 * A small fake of the Excel JavaScript API, enough for src/office/excel.ts: proxies queue their writes
 * until context.sync(), loaded properties are readable only after a sync, and every Excel.run and
 * sync is counted, so tests can hold the adapter to "one Excel.run per action, no sync in a loop,
 * load before read". office-addin-mock does not model ranges, tables or collections, hence this.
 */
import { cellAddress, parseCell, rangeAddress } from "../../src/office/address";

type Value = string | number | boolean;
interface Cell {
  value: Value;
  formula?: string;
  format: string;
  font?: Record<string, unknown>;
}

export class FakeExcel {
  readonly cells = new Map<string, Cell>();
  readonly tables: { name: string; address: string; hasHeaders: boolean; style?: string; showBandedRows?: boolean }[] = [];
  readonly columnWidths = new Map<number, number>();
  readonly log: string[] = [];
  active = { row: 0, col: 0 };
  sheetName = "Sheet1";
  runs = 0;
  syncs = 0;
  selectionHandlers: (() => Promise<void>)[] = [];

  get(row: number, col: number): Cell | undefined {
    return this.cells.get(`${row}:${col}`);
  }

  set(address: string, value: Value, formula?: string): void {
    const ref = parseCell(address);
    if (!ref) throw new Error(address);
    this.cells.set(`${ref.row}:${ref.col}`, { value, formula, format: "General" });
  }

  /** The Excel namespace to pass to ExcelWorkbook. */
  readonly api = {
    run: async <T>(...args: unknown[]): Promise<T> => {
      const callback = args[args.length - 1] as (ctx: FakeContext) => Promise<T>;
      this.runs++;
      // Excel.run(context, batch) continues an earlier context (used to remove an event handler).
      return callback(args[0] instanceof FakeContext ? args[0] : new FakeContext(this));
    },
  };
}

class FakeContext {
  private queue: (() => void)[] = [];
  private syncCount = 0;
  readonly workbook;

  constructor(readonly excel: FakeExcel) {
    const sheet = new FakeSheet(this);
    this.workbook = {
      worksheets: { getActiveWorksheet: () => sheet },
      getActiveCell: () => new FakeRange(this, excel.active.row, excel.active.col, 1, 1),
      getSelectedRange: () => new FakeRange(this, excel.active.row, excel.active.col, 1, 1),
      tables: new FakeTables(this),
      onSelectionChanged: {
        add: (handler: () => Promise<void>) => {
          this.enqueue(() => excel.selectionHandlers.push(handler));
          return { context: this, remove: () => this.enqueue(() => (excel.selectionHandlers = excel.selectionHandlers.filter((h) => h !== handler))) };
        },
      },
    };
  }

  get synced(): number {
    return this.syncCount;
  }

  enqueue(op: () => void): void {
    this.queue.push(op);
  }

  async sync(): Promise<void> {
    this.excel.syncs++;
    this.syncCount++;
    const ops = this.queue;
    this.queue = [];
    ops.forEach((op) => op());
  }
}

/** Properties become readable after the sync that follows their load. */
class Loadable {
  private loaded = new Map<string, number>();
  constructor(protected readonly ctx: FakeContext) {}
  load(props: string): this {
    for (const p of props.split(",").map((s) => s.trim())) this.loaded.set(p, this.ctx.synced);
    return this;
  }
  protected read<T>(prop: string, value: () => T): T {
    const at = this.loaded.get(prop);
    if (at === undefined) throw new Error(`${prop} was not loaded`);
    if (this.ctx.synced <= at) throw new Error(`${prop} read before context.sync()`);
    return value();
  }
}

class FakeSheet extends Loadable {
  readonly tables;
  constructor(ctx: FakeContext) {
    super(ctx);
    this.tables = {
      add: (address: string, hasHeaders: boolean) => {
        const table = { name: "Table1", address, hasHeaders } as FakeExcel["tables"][number];
        ctx.enqueue(() => ctx.excel.tables.push(table));
        return table;
      },
    };
  }
  get name(): string {
    return this.read("name", () => this.ctx.excel.sheetName);
  }
  getCell(row: number, col: number): FakeRange {
    return new FakeRange(this.ctx, row, col, 1, 1);
  }
  getUsedRangeOrNullObject(): FakeUsedRange {
    return new FakeUsedRange(this.ctx);
  }
}

class FakeUsedRange extends Loadable {
  private extent() {
    let last = -1;
    let first = Infinity;
    for (const [k, c] of this.ctx.excel.cells) {
      if (c.value === "" && !c.formula) continue;
      const row = Number(k.split(":")[0]);
      last = Math.max(last, row);
      first = Math.min(first, row);
    }
    return { first, last };
  }
  get isNullObject(): boolean {
    return this.read("rowIndex", () => this.extent().last < 0);
  }
  get rowIndex(): number {
    return this.read("rowIndex", () => this.extent().first);
  }
  get rowCount(): number {
    return this.read("rowCount", () => this.extent().last - this.extent().first + 1);
  }
}

class FakeTables extends Loadable {
  get items(): { name: string }[] {
    return this.read("items/name", () => this.ctx.excel.tables.map((t) => ({ name: t.name })));
  }
}

class FakeRange extends Loadable {
  constructor(
    ctx: FakeContext,
    readonly r: number,
    readonly c: number,
    readonly rows: number,
    readonly cols: number,
  ) {
    super(ctx);
  }
  private matrix<T>(f: (cell: Cell | undefined) => T): T[][] {
    return Array.from({ length: this.rows }, (_, i) => Array.from({ length: this.cols }, (_, j) => f(this.ctx.excel.get(this.r + i, this.c + j))));
  }
  private write(what: string, matrix: unknown[][], apply: (cell: Cell, v: unknown) => void): void {
    if (matrix.length !== this.rows || matrix.some((row) => row.length !== this.cols)) throw new Error(`${what}: ${matrix.length}x${matrix[0]?.length} for a ${this.rows}x${this.cols} range`);
    this.ctx.enqueue(() => {
      this.ctx.excel.log.push(`${what} ${this.address0}`);
      matrix.forEach((row, i) =>
        row.forEach((v, j) => {
          const key = `${this.r + i}:${this.c + j}`;
          const cell = this.ctx.excel.cells.get(key) ?? { value: "", format: "General" };
          apply(cell, v);
          this.ctx.excel.cells.set(key, cell);
        }),
      );
    });
  }
  private get address0(): string {
    return rangeAddress({ row: this.r, col: this.c }, this.rows, this.cols);
  }
  get address(): string {
    return this.read("address", () => `${this.ctx.excel.sheetName}!${this.address0}`);
  }
  get rowIndex(): number {
    return this.read("rowIndex", () => this.r);
  }
  get columnIndex(): number {
    return this.read("columnIndex", () => this.c);
  }
  get formulas(): Value[][] {
    return this.read("formulas", () => this.matrix((cell) => cell?.formula ?? cell?.value ?? ""));
  }
  set formulas(m: Value[][]) {
    this.write("formulas", m, (cell, v) => {
      if (typeof v === "string" && v.startsWith("=") && cell.format !== "@") {
        cell.formula = v;
        cell.value = 0;
      } else {
        delete cell.formula;
        cell.value = v as Value;
      }
    });
  }
  get values(): Value[][] {
    return this.read("values", () => this.matrix((cell) => cell?.value ?? ""));
  }
  set values(m: Value[][]) {
    this.write("values", m, (cell, v) => {
      delete cell.formula;
      cell.value = v as Value;
    });
  }
  get text(): string[][] {
    return this.read("text", () => this.matrix((cell) => String(cell?.value ?? "")));
  }
  set numberFormat(m: string[][]) {
    this.write("numberFormat", m, (cell, v) => (cell.format = String(v)));
  }
  get format() {
    const range = this as FakeRange;
    const font = new Proxy({} as Record<string, unknown>, {
      set: (_, prop, v) => {
        range.ctx.enqueue(() => {
          const key = `${range.r}:${range.c}`;
          const cell = range.ctx.excel.cells.get(key) ?? { value: "", format: "General" };
          cell.font = { ...cell.font, [String(prop)]: v };
          range.ctx.excel.cells.set(key, cell);
        });
        return true;
      },
    });
    return {
      font,
      set columnWidth(w: number) {
        range.ctx.enqueue(() => range.ctx.excel.columnWidths.set(range.c, w));
      },
    };
  }
  getCell(i: number, j: number): FakeRange {
    return new FakeRange(this.ctx, this.r + i, this.c + j, 1, 1);
  }
  getResizedRange(dr: number, dc: number): FakeRange {
    return new FakeRange(this.ctx, this.r, this.c, this.rows + dr, this.cols + dc);
  }
}

export { cellAddress };
