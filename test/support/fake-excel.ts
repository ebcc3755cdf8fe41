/**
 * A small fake of the Excel JavaScript API, enough for src/office/excel.ts: proxies queue their writes
 * until context.sync(), loaded properties are readable only after a sync, and every Excel.run and
 * sync is counted, so tests can hold the adapter to "one Excel.run per action, no sync in a loop,
 * load before read". office-addin-mock does not model ranges, tables or collections, hence this.
 * Sheets, visibility, spill ranges (set by the test: the fake does not calculate), workbook settings,
 * charts and full calculations are modelled for the sharing features.
 */
import { cellAddress, parseCell, rangeAddress } from "../../src/formula/address";

type Value = string | number | boolean;
interface Cell {
  value: Value;
  formula?: string;
  format: string;
  font?: Record<string, unknown>;
  fill?: string;
  /** Written with a leading apostrophe: kept as text. */
  quoted?: boolean;
}

export interface SheetData {
  name: string;
  visibility: "Visible" | "Hidden" | "VeryHidden";
  cells: Map<string, Cell>;
  /** Spilling formulas' extents, by their cell ("r:c"). */
  spills: Map<string, { rows: number; cols: number }>;
  /** Protected (Review › Protect Sheet): a write to it fails at sync, as in Excel, after the writes queued before it. */
  protected?: boolean;
}

export interface FakeChart {
  sheet: string;
  type: string;
  source: string;
  title?: string;
  series: { name?: string; values?: string; xValues?: string }[];
}

export class FakeExcel {
  readonly sheets: SheetData[] = [newSheet("Sheet1")];
  readonly tables: { name: string; address: string; hasHeaders: boolean; style?: string; showBandedRows?: boolean }[] = [];
  readonly columnWidths = new Map<number, number>();
  readonly settings = new Map<string, unknown>();
  readonly charts: FakeChart[] = [];
  readonly log: string[] = [];
  active = { row: 0, col: 0 };
  activeSheet = "Sheet1";
  runs = 0;
  syncs = 0;
  /** The workbook's structure is protected: adding, deleting or hiding a sheet fails at sync. */
  workbookProtected = false;
  selectionHandlers: (() => Promise<void>)[] = [];

  get sheetName(): string {
    return this.activeSheet;
  }

  set sheetName(name: string) {
    this.sheet(this.activeSheet).name = name;
    this.activeSheet = name;
  }

  /** The active sheet's cells. */
  get cells(): Map<string, Cell> {
    return this.sheet(this.activeSheet).cells;
  }

  sheet(name: string): SheetData {
    const found = this.sheets.find((s) => s.name === name);
    if (!found) throw new Error(`no sheet ${name}`);
    return found;
  }

  addSheet(name: string, visibility: SheetData["visibility"] = "Visible"): SheetData {
    const s = newSheet(name, visibility);
    this.sheets.push(s);
    return s;
  }

  get(row: number, col: number, sheet = this.activeSheet): Cell | undefined {
    return this.sheet(sheet).cells.get(`${row}:${col}`);
  }

  /** A cell by address: "B2" on the active sheet, or on `sheet`. */
  at(address: string, sheet = this.activeSheet): Cell | undefined {
    const ref = parseCell(address);
    return ref ? this.get(ref.row, ref.col, sheet) : undefined;
  }

  set(address: string, value: Value, formula?: string, sheet = this.activeSheet): void {
    const ref = parseCell(address);
    if (!ref) throw new Error(address);
    this.sheet(sheet).cells.set(`${ref.row}:${ref.col}`, { value, formula, format: "General" });
  }

  /** A formula that spills `values` from `address` (as Excel would have calculated it). */
  spill(address: string, formula: string, values: Value[][], sheet = this.activeSheet): void {
    const ref = parseCell(address);
    if (!ref) throw new Error(address);
    const s = this.sheet(sheet);
    values.forEach((row, i) =>
      row.forEach((v, j) => s.cells.set(`${ref.row + i}:${ref.col + j}`, i === 0 && j === 0 ? { value: v, formula, format: "General" } : { value: v, format: "General" })),
    );
    s.spills.set(`${ref.row}:${ref.col}`, { rows: values.length, cols: values[0].length });
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

function newSheet(name: string, visibility: SheetData["visibility"] = "Visible"): SheetData {
  return { name, visibility, cells: new Map(), spills: new Map() };
}

class FakeContext {
  private queue: (() => void)[] = [];
  private syncCount = 0;
  readonly workbook;

  constructor(readonly excel: FakeExcel) {
    const range = (sheet: () => string) => new FakeRange(this, sheet, excel.active.row, excel.active.col, 1, 1);
    this.workbook = {
      worksheets: new FakeSheets(this),
      getActiveCell: () => range(() => excel.activeSheet),
      getSelectedRange: () => range(() => excel.activeSheet),
      tables: new FakeTables(this),
      settings: {
        getItemOrNullObject: (key: string) => new FakeSetting(this, key),
        add: (key: string, value: unknown) => this.enqueue(() => excel.settings.set(key, JSON.parse(JSON.stringify(value)))),
      },
      protection: new FakeProtection(this, () => excel.workbookProtected),
      application: { calculate: (type: string) => this.enqueue(() => excel.log.push(`calculate ${type}`)) },
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
  /** isNullObject: readable after any load has been synced. */
  protected readAny<T>(value: () => T): T {
    const at = Math.min(...this.loaded.values());
    if (!Number.isFinite(at) || this.ctx.synced <= at) throw new Error("isNullObject read before load and sync");
    return value();
  }
}

class FakeProtection extends Loadable {
  constructor(
    ctx: FakeContext,
    private readonly on: () => boolean,
  ) {
    super(ctx);
  }
  get protected(): boolean {
    return this.read("protected", this.on);
  }
}

/** Excel's answer to a write into a protected sheet or structure: the sync throws. */
function refuse(what: string): never {
  throw new Error(`AccessDenied: ${what} is protected`);
}

class FakeSetting extends Loadable {
  constructor(
    ctx: FakeContext,
    private readonly key: string,
  ) {
    super(ctx);
  }
  get isNullObject(): boolean {
    return this.readAny(() => !this.ctx.excel.settings.has(this.key));
  }
  get value(): unknown {
    return this.read("value", () => this.ctx.excel.settings.get(this.key));
  }
}

class FakeSheets extends Loadable {
  get items(): FakeSheet[] {
    return this.read("items/name", () => this.ctx.excel.sheets.map((s) => new FakeSheet(this.ctx, () => s.name, true)));
  }
  getActiveWorksheet(): FakeSheet {
    return new FakeSheet(this.ctx, () => this.ctx.excel.activeSheet);
  }
  getItem(name: string): FakeSheet {
    return new FakeSheet(this.ctx, () => this.ctx.excel.sheet(name).name);
  }
  add(name: string): FakeSheet {
    this.ctx.enqueue(() => {
      if (this.ctx.excel.workbookProtected) refuse("the workbook structure");
      if (this.ctx.excel.sheets.some((s) => s.name.toLowerCase() === name.toLowerCase())) throw new Error(`sheet ${name} exists`);
      this.ctx.excel.addSheet(name);
    });
    return new FakeSheet(this.ctx, () => name);
  }
}

class FakeSheet extends Loadable {
  readonly tables;
  readonly charts;
  constructor(
    ctx: FakeContext,
    private readonly sheetName: () => string,
    /** An item of a loaded collection: its name and visibility are readable. */
    private readonly item = false,
  ) {
    super(ctx);
    this.tables = {
      add: (address: string, hasHeaders: boolean) => {
        const table = { name: "Table1", address, hasHeaders } as FakeExcel["tables"][number];
        ctx.enqueue(() => ctx.excel.tables.push(table));
        return table;
      },
    };
    this.charts = {
      add: (type: string, source: FakeRange, seriesBy: string) => {
        const chart: FakeChart = { sheet: sheetName(), type, source: source.address0, series: [{ values: source.address0 }] };
        ctx.enqueue(() => ctx.excel.charts.push(chart));
        void seriesBy;
        return {
          title: {
            set text(t: string) {
              chart.title = t;
            },
          },
          series: {
            getItemAt: (i: number) => ({ setXAxisValues: (r: FakeRange) => (chart.series[i].xValues = r.address0) }),
            add: (name: string) => {
              const s: FakeChart["series"][number] = { name };
              chart.series.push(s);
              return { setValues: (r: FakeRange) => (s.values = r.address0), setXAxisValues: (r: FakeRange) => (s.xValues = r.address0) };
            },
          },
        };
      },
    };
  }
  private get data(): SheetData {
    return this.ctx.excel.sheet(this.sheetName());
  }
  get protection(): FakeProtection {
    return new FakeProtection(this.ctx, () => this.data.protected === true);
  }
  get name(): string {
    return this.item ? this.sheetName() : this.read("name", () => this.sheetName());
  }
  get visibility(): string {
    if (!this.item) throw new Error("visibility was not loaded");
    return this.data.visibility;
  }
  set visibility(v: string) {
    this.ctx.enqueue(() => {
      if (this.ctx.excel.workbookProtected) refuse("the workbook structure");
      this.data.visibility = v as SheetData["visibility"];
    });
  }
  delete(): void {
    this.ctx.enqueue(() => {
      if (this.ctx.excel.workbookProtected) refuse("the workbook structure");
      const data = this.data;
      this.ctx.excel.sheets.splice(this.ctx.excel.sheets.indexOf(data), 1);
      this.ctx.excel.log.push(`delete sheet ${data.name}`);
    });
  }
  activate(): void {
    this.ctx.enqueue(() => (this.ctx.excel.activeSheet = this.sheetName()));
  }
  /** Worksheet.calculate(markAllDirty): logged (the fake does not calculate). */
  calculate(markAllDirty: boolean): void {
    this.ctx.enqueue(() => this.ctx.excel.log.push(`calculate sheet ${this.sheetName()}${markAllDirty ? " markAllDirty" : ""}`));
  }
  getCell(row: number, col: number): FakeRange {
    return new FakeRange(this.ctx, this.sheetName, row, col, 1, 1);
  }
  /** An address, or the whole sheet. */
  getRange(address?: string): FakeRange {
    if (address === undefined) return new FakeRange(this.ctx, this.sheetName, 0, 0, 1048576, 16384);
    const [from, to] = address.split(":");
    const a = parseCell(from);
    const b = parseCell(to ?? from);
    if (!a || !b) throw new Error(`bad address ${address}`);
    return new FakeRange(this.ctx, this.sheetName, a.row, a.col, b.row - a.row + 1, b.col - a.col + 1);
  }
  getUsedRangeOrNullObject(): FakeUsedRange {
    return new FakeUsedRange(this.ctx, this.sheetName);
  }
  getUsedRange(): FakeUsedRange {
    return new FakeUsedRange(this.ctx, this.sheetName);
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
    readonly sheetName: () => string,
    readonly r: number,
    readonly c: number,
    readonly rows: number,
    readonly cols: number,
  ) {
    super(ctx);
    // As Excel: a range past XFD1048576 (getCell, getResizedRange off the sheet's edge) fails the whole batch.
    if (r < 0 || c < 0 || r + rows > 1048576 || c + cols > 16384) {
      ctx.enqueue(() => {
        throw Object.assign(new Error("The argument is invalid or missing or has an incorrect format."), { code: "InvalidArgument" });
      });
    }
  }
  protected get data(): SheetData {
    return this.ctx.excel.sheet(this.sheetName());
  }
  private matrix<T>(f: (cell: Cell | undefined) => T): T[][] {
    return Array.from({ length: this.rows }, (_, i) => Array.from({ length: this.cols }, (_, j) => f(this.data.cells.get(`${this.r + i}:${this.c + j}`))));
  }
  private write(what: string, matrix: unknown[][], apply: (cell: Cell, v: unknown) => void): void {
    if (matrix.length !== this.rows || matrix.some((row) => row.length !== this.cols))
      throw new Error(`${what}: ${matrix.length}x${matrix[0]?.length} for a ${this.rows}x${this.cols} range`);
    this.ctx.enqueue(() => {
      if (this.data.protected) refuse(`sheet ${this.sheetName()}`);
      this.ctx.excel.log.push(`${what} ${this.address0}`);
      matrix.forEach((row, i) =>
        row.forEach((v, j) => {
          const key = `${this.r + i}:${this.c + j}`;
          const cell = this.data.cells.get(key) ?? { value: "", format: "General" };
          apply(cell, v);
          this.data.cells.set(key, cell);
        }),
      );
    });
  }
  get address0(): string {
    return rangeAddress({ row: this.r, col: this.c }, this.rows, this.cols);
  }
  get address(): string {
    return this.read("address", () => `${this.sheetName()}!${this.address0}`);
  }
  get rowIndex(): number {
    return this.read("rowIndex", () => this.r);
  }
  get columnIndex(): number {
    return this.read("columnIndex", () => this.c);
  }
  get rowCount(): number {
    return this.read("rowCount", () => this.rows);
  }
  get columnCount(): number {
    return this.read("columnCount", () => this.cols);
  }
  get formulas(): Value[][] {
    return this.read("formulas", () => this.matrix((cell) => cell?.formula ?? cell?.value ?? ""));
  }
  set formulas(m: Value[][]) {
    this.write("formulas", m, (cell, v) => {
      delete cell.quoted;
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
      delete cell.quoted;
      this.data.spills.delete(`${this.r}:${this.c}`);
      if (typeof v === "string" && v.startsWith("'")) {
        cell.value = v.slice(1);
        cell.quoted = true;
      } else if (typeof v === "string" && v.startsWith("=")) throw new Error(`values: ${v} would become a formula`);
      else cell.value = v as Value;
    });
  }
  get text(): string[][] {
    return this.read("text", () => this.matrix((cell) => String(cell?.value ?? "")));
  }
  set numberFormat(m: string[][]) {
    this.write("numberFormat", m, (cell, v) => (cell.format = String(v)));
  }
  clear(what: string): void {
    this.ctx.enqueue(() => {
      if (this.data.protected) refuse(`sheet ${this.sheetName()}`);
      this.ctx.excel.log.push(`clear ${what} ${this.sheetName()}!${this.address0}`);
      for (const key of [...this.data.cells.keys()]) {
        const [row, col] = key.split(":").map(Number);
        if (row >= this.r && row < this.r + this.rows && col >= this.c && col < this.c + this.cols) this.data.cells.delete(key);
      }
    });
  }
  select(): void {
    this.ctx.enqueue(() => {
      this.ctx.excel.activeSheet = this.sheetName();
      this.ctx.excel.active = { row: this.r, col: this.c };
    });
  }
  getSpillingToRangeOrNullObject(): FakeSpill {
    return new FakeSpill(this.ctx, this.sheetName, this.r, this.c);
  }
  get format() {
    const range = this as FakeRange;
    const style = (apply: (cell: Cell) => void) =>
      range.ctx.enqueue(() => {
        if (range.data.protected) refuse(`sheet ${range.sheetName()}`);
        const key = `${range.r}:${range.c}`;
        const cell = range.data.cells.get(key) ?? { value: "", format: "General" };
        apply(cell);
        range.data.cells.set(key, cell);
      });
    const font = new Proxy({} as Record<string, unknown>, {
      set: (_, prop, v) => {
        style((cell) => (cell.font = { ...cell.font, [String(prop)]: v }));
        return true;
      },
    });
    return {
      font,
      fill: {
        set color(v: string) {
          style((cell) => (cell.fill = v));
        },
      },
      set columnWidth(w: number) {
        range.ctx.enqueue(() => range.ctx.excel.columnWidths.set(range.c, w));
      },
    };
  }
  getCell(i: number, j: number): FakeRange {
    return new FakeRange(this.ctx, this.sheetName, this.r + i, this.c + j, 1, 1);
  }
  getResizedRange(dr: number, dc: number): FakeRange {
    return new FakeRange(this.ctx, this.sheetName, this.r, this.c, this.rows + dr, this.cols + dc);
  }
}

/** The used range: the smallest block holding every non-empty cell, or a null object. */
class FakeUsedRange extends FakeRange {
  constructor(ctx: FakeContext, sheetName: () => string) {
    super(ctx, sheetName, 0, 0, 0, 0);
  }
  private extent() {
    let [top, left, bottom, right] = [Infinity, Infinity, -1, -1];
    for (const [k, c] of this.data.cells) {
      if (c.value === "" && !c.formula) continue;
      const [row, col] = k.split(":").map(Number);
      [top, left, bottom, right] = [Math.min(top, row), Math.min(left, col), Math.max(bottom, row), Math.max(right, col)];
    }
    return bottom < 0 ? undefined : { top, left, bottom, right };
  }
  private block(): FakeRange {
    const e = this.extent();
    if (!e) throw new Error("read from a null used range");
    return new FakeRange(this.ctx, this.sheetName, e.top, e.left, e.bottom - e.top + 1, e.right - e.left + 1);
  }
  get isNullObject(): boolean {
    return this.readAny(() => this.extent() === undefined);
  }
  override get rowIndex(): number {
    return this.read("rowIndex", () => this.block().r);
  }
  override get columnIndex(): number {
    return this.read("columnIndex", () => this.block().c);
  }
  override get rowCount(): number {
    return this.read("rowCount", () => this.block().rows);
  }
  override get columnCount(): number {
    return this.read("columnCount", () => this.block().cols);
  }
  override get formulas(): Value[][] {
    return this.read("formulas", () => {
      const b = this.block();
      return this.cellsOf(b, (cell) => cell?.formula ?? cell?.value ?? "");
    });
  }
  override get values(): Value[][] {
    return this.read("values", () => this.cellsOf(this.block(), (cell) => cell?.value ?? ""));
  }
  private cellsOf<T>(b: FakeRange, f: (cell: Cell | undefined) => T): T[][] {
    return Array.from({ length: b.rows }, (_, i) => Array.from({ length: b.cols }, (_, j) => f(this.data.cells.get(`${b.r + i}:${b.c + j}`))));
  }
  override getCell(i: number, j: number): FakeRange {
    const e = this.extent();
    return new FakeRange(this.ctx, this.sheetName, (e?.top ?? 0) + i, (e?.left ?? 0) + j, 1, 1);
  }
}

class FakeSpill extends FakeRange {
  constructor(ctx: FakeContext, sheetName: () => string, r: number, c: number) {
    const size = ctx.excel.sheet(sheetName()).spills.get(`${r}:${c}`);
    super(ctx, sheetName, r, c, size?.rows ?? 1, size?.cols ?? 1);
  }
  get isNullObject(): boolean {
    return this.readAny(() => !this.data.spills.has(`${this.r}:${this.c}`));
  }
}

export { cellAddress };
