/**
 * An in-memory workbook with the same interface as Excel: the pane runs against it in preview mode
 * (a plain browser, no Office) and the tests drive it. Formulas of the add-in's own functions are
 * evaluated through the same registry Excel calls (the evaluator is passed in), arrays spill down.
 */
import { freezeSteps, LEDGER_HEADER, ledgerFrom, ledgerToRows, restoreSteps, type FormulaCell, type Ledger } from "../sharing/freeze";
import { usesAddin } from "../formula/calls";
import { ADDIN_IDS, ARRAY_IDS } from "../sharing/ids";
import type { SheetPlan } from "../sharing/templates";
import { cellAddress, parseArea, parseCell, rangeAddress, type CellRef } from "../formula/address";
import { cellKey, extentOf, GridStore, newSheet, occupied, typeInto, valuesOf, type MemorySheet, type StoredCell } from "./grid-store";
import { recalculate, type Evaluator } from "./memory-engine";
import { formatValue } from "./format";
import {
  footprintOf,
  freePlace,
  LEDGER_SHEET,
  NOTE_SHEET,
  noteRows,
  offSheetRefusal,
  onSheet,
  placeOf,
  protectionRefusal,
  uniqueName,
  uniqueSheetName,
  type ActiveCell,
  type CellValue,
  type FormulaWriteOptions,
  type FreezeOutcome,
  type Place,
  type RestoreOutcome,
  type TableWrite,
  type Workbook,
  type WorkbookScan,
  type WriteCell,
  type WriteOptions,
  type WriteOutcome,
} from "./workbook";

export type { CellSource, Evaluation, Evaluator } from "./memory-engine";

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
  sheet: string;
  address: string;
  header: CellRef;
  rows: number;
  cols: number;
}

/** A workbook to open in preview mode: sheets of typed input (as setCell takes it) and settings. */
export interface PreviewDocument {
  sheets: { name: string; hidden?: boolean; protected?: boolean; cells: Record<string, string> }[];
  settings?: Record<string, unknown>;
  /** The workbook's structure is protected: no sheet may be added or deleted. */
  structureProtected?: boolean;
}

/** Everything the preview workbook holds, as JSON: kept in localStorage so a reload does not lose it. */
export interface PreviewSnapshot {
  v: 1;
  sheets: { name: string; hidden: boolean; protected?: boolean; cells: [string, StoredCell][]; widths: [number, number][]; chart?: { title: string; range: string } }[];
  structureProtected?: boolean;
  current: string;
  active: CellRef;
  tables: MemoryTable[];
  settings: [string, unknown][];
}

const key = cellKey;

export class MemoryWorkbook implements Workbook {
  readonly kind = "preview" as const;
  private readonly store = new GridStore();
  private current: MemorySheet = this.store.sheets[0];
  private settings = new Map<string, unknown>();
  readonly tables: MemoryTable[] = [];
  private active: CellRef = { row: 0, col: 0 };
  private selectionListeners = new Set<() => void>();
  private changeListeners = new Set<() => void>();
  /** Bumped on every change, for React's useSyncExternalStore. */
  version = 0;
  /** Full calculations run (recalculate() counts them, for the tests). */
  calculations = 0;
  /** The workbook's structure is protected (Review › Protect Workbook). */
  private structureProtected = false;

  constructor(
    private readonly evaluate: Evaluator,
    /** Yields to the UI between chunks of a large write (a macrotask in the browser). */
    private readonly yieldToUi: () => Promise<void> = () => new Promise((resolve) => setTimeout(resolve, 0)),
    private readonly chunkRows = 25,
  ) {}

  /** The active sheet's name. */
  get sheet(): string {
    return this.current.name;
  }

  /** The active sheet's column widths, in characters. */
  get widths(): Map<number, number> {
    return this.current.widths;
  }

  private get cells(): Map<string, StoredCell> {
    return this.current.cells;
  }

  private get sheets(): MemorySheet[] {
    return this.store.sheets;
  }

  private set sheets(sheets: MemorySheet[]) {
    this.store.sheets = sheets;
  }

  /** The whole workbook as JSON-safe data (cells as stored: values, formulas, formats, styles). */
  snapshot(): PreviewSnapshot {
    return {
      v: 1,
      sheets: this.sheets.map((s) => ({
        name: s.name,
        hidden: s.hidden,
        ...(s.protected ? { protected: true } : {}),
        cells: [...s.cells],
        widths: [...s.widths],
        ...(s.chart ? { chart: s.chart } : {}),
      })),
      ...(this.structureProtected ? { structureProtected: true } : {}),
      current: this.current.name,
      active: { ...this.active },
      tables: this.tables.map((t) => ({ ...t })),
      settings: [...this.settings],
    };
  }

  /** Opens a snapshot taken by snapshot(); false (and nothing changed) when it is not one. */
  restoreSnapshot(snap: PreviewSnapshot): boolean {
    if (snap?.v !== 1 || !Array.isArray(snap.sheets) || snap.sheets.length === 0) return false;
    this.sheets = snap.sheets.map((s) => ({
      ...newSheet(s.name, s.hidden),
      protected: s.protected === true,
      cells: new Map(s.cells),
      widths: new Map(s.widths),
      ...(s.chart ? { chart: s.chart } : {}),
    }));
    this.structureProtected = snap.structureProtected === true;
    this.current = this.sheets.find((s) => s.name === snap.current) ?? this.sheets[0];
    this.active = { row: Math.max(0, snap.active?.row ?? 0), col: Math.max(0, snap.active?.col ?? 0) };
    this.tables.splice(0, this.tables.length, ...(snap.tables ?? []));
    this.settings = new Map(snap.settings ?? []);
    this.recalculateAll();
    this.selectionListeners.forEach((l) => l());
    return true;
  }

  /** Opens a document: replaces every sheet and setting. */
  load(doc: PreviewDocument): void {
    this.sheets = doc.sheets.map((s) => ({ ...newSheet(s.name, s.hidden ?? false), protected: s.protected === true }));
    this.structureProtected = doc.structureProtected === true;
    if (this.sheets.length === 0) this.sheets = [newSheet("Sheet1")];
    this.current = this.sheets.find((s) => !s.hidden) ?? this.sheets[0];
    this.settings = new Map(Object.entries(doc.settings ?? {}));
    doc.sheets.forEach((s, i) => {
      for (const [address, input] of Object.entries(s.cells)) {
        const at = parseCell(address);
        if (at) this.type(this.sheets[i], at, input);
      }
    });
    this.active = { row: 0, col: 0 };
    this.recalculateAll();
  }

  // ------------------------------------------------------------- the Workbook interface

  async insertTable(table: TableWrite, options: WriteOptions = {}): Promise<WriteOutcome> {
    const progress = options.onProgress ?? (() => undefined);
    progress(0, "checking");
    const at = options.at ?? this.active;
    const { rows, cols } = footprintOf(table);
    const beyond = offSheetRefusal(this.sheet, at, { rows, cols });
    if (beyond) return beyond;
    if (this.current.protected) return { status: "protected", place: this.place(at, rows, cols) };
    const blocked = this.check(at, rows, cols, options.overwrite);
    if (blocked) return blocked;
    const replaced = this.replacing(at, rows, cols, options.overwrite);
    const name = uniqueName(
      table.name,
      this.tables.map((t) => t.name),
    );
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
      progress(((start + chunk.length) / Math.max(1, table.rows.length)) * 0.9, "writing");
      if (start + this.chunkRows < table.rows.length) {
        this.changed();
        await this.yieldToUi();
      }
    }
    progress(0.95, "formatting");
    this.put(at.row + 2 + table.rows.length, at.col, { value: table.source, format: "@", style: "source" });
    table.widths.forEach((w, c) => this.widths.set(at.col + c, Math.max(this.widths.get(at.col + c) ?? 0, w)));
    const header = { row: at.row + 1, col: at.col };
    this.tables.push({ name, sheet: this.sheet, address: rangeAddress(header, table.rows.length + 1, cols), header, rows: table.rows.length, cols });
    this.recalculateAll();
    progress(1, "done");
    return { status: "written", place: this.place(at, rows, cols), formulas, ...replaced };
  }

  async insertFormula(formula: string, options: FormulaWriteOptions = {}): Promise<WriteOutcome> {
    const at = options.at ?? this.active;
    const rows = Math.max(1, options.size?.rows ?? 1);
    const cols = Math.max(1, options.size?.cols ?? 1);
    const beyond = offSheetRefusal(this.sheet, at, { rows, cols });
    if (beyond) return beyond;
    if (this.current.protected) return { status: "protected", place: this.place(at, rows, cols) };
    const blocked = this.check(at, rows, cols, options.overwrite);
    if (blocked) return blocked;
    const replaced = this.replacing(at, rows, cols, options.overwrite);
    this.put(at.row, at.col, { value: "", formula, format: options.format ?? "General" });
    this.recalculateAll();
    return { status: "written", place: this.place(at, rows, cols), formulas: 1, ...replaced };
  }

  async activeCell(): Promise<ActiveCell> {
    const shown = this.shown(this.active.row, this.active.col);
    return { sheet: this.sheet, address: cellAddress(this.active), at: { ...this.active }, formula: shown.formula ?? "", value: shown.value, text: shown.text };
  }

  async onSelectionChanged(listener: () => void): Promise<() => void> {
    this.selectionListeners.add(listener);
    return () => this.selectionListeners.delete(listener);
  }

  // ------------------------------------------------------------- sharing

  async scan(sheet?: string): Promise<WorkbookScan> {
    const visible = this.visibleSheets();
    const scope = sheet === undefined ? visible : visible.filter((s) => s.name === sheet);
    const cells: FormulaCell[] = [];
    for (const s of scope) {
      const entries = [...s.cells].filter(([, c]) => c.formula !== undefined).map(([k, c]) => ({ at: k.split(":").map(Number), c }));
      entries.sort((a, b) => a.at[0] - b.at[0] || a.at[1] - b.at[1]);
      for (const { at, c } of entries) {
        const [row, col] = at;
        const size = s.spillSize.get(key(row, col));
        const address = cellAddress({ row, col });
        if (size && (size.rows > 1 || size.cols > 1)) {
          cells.push({
            sheet: s.name,
            address,
            formula: c.formula as string,
            values: valuesOf(s, { row, col }, size.rows, size.cols),
            spill: rangeAddress({ row, col }, size.rows, size.cols),
          });
        } else cells.push({ sheet: s.name, address, formula: c.formula as string, values: [[c.value]] });
      }
    }
    return { sheets: visible.map((s) => s.name), cells, valueAt: (name, address) => this.read(name, address) };
  }

  async freeze(sheet: string | undefined, dataVersion: string, now: Date): Promise<FreezeOutcome> {
    const { cells } = await this.scan(sheet);
    const steps = freezeSteps(cells, this.ledgerRows(), ADDIN_IDS, ARRAY_IDS, dataVersion, now);
    if (!steps.ledger) return steps.outcome;
    this.refuseIfProtected([...steps.writes.map((w) => w.sheet), LEDGER_SHEET, NOTE_SHEET], !this.sheetNamed(LEDGER_SHEET) || !this.sheetNamed(NOTE_SHEET));
    for (const w of steps.writes) {
      const s = this.sheetNamed(w.sheet);
      const a = parseArea(w.range);
      if (!s || !a) continue;
      w.values.forEach((row, i) =>
        row.forEach((v, j) => {
          const k = key(a.at.row + i, a.at.col + j);
          s.cells.set(k, { value: v, format: s.cells.get(k)?.format ?? "General", ...(s.cells.get(k)?.style ? { style: s.cells.get(k)?.style } : {}) });
        }),
      );
    }
    if (steps.ledger) this.writeLedger(steps.ledger);
    this.recalculateAll();
    return steps.outcome;
  }

  async restore(sheet: string | undefined, options: { force?: boolean } = {}): Promise<RestoreOutcome> {
    const names = new Set(this.sheets.map((s) => s.name));
    const steps = restoreSteps(ledgerFrom(this.ledgerRows()), sheet, (name, range) => this.rangeValues(name, range), names, options.force === true);
    if (!steps.ledger) return steps.outcome;
    this.refuseIfProtected([...steps.clears.map((c) => c.sheet), ...steps.formulas.map((f) => f.sheet), LEDGER_SHEET, NOTE_SHEET], steps.ledger.entries.length === 0);
    for (const c of steps.clears) {
      const s = this.sheetNamed(c.sheet);
      const a = parseArea(c.range);
      if (!s || !a) continue;
      for (let r = 0; r < a.rows; r++) for (let col = 0; col < a.cols; col++) if (r > 0 || col > 0) s.cells.delete(key(a.at.row + r, a.at.col + col));
    }
    for (const f of steps.formulas) {
      const s = this.sheetNamed(f.sheet);
      const at = parseCell(f.address);
      if (!s || !at) continue;
      const old = s.cells.get(key(at.row, at.col));
      s.cells.set(key(at.row, at.col), { value: "", formula: f.formula, format: old?.format ?? "General", ...(old?.style ? { style: old.style } : {}) });
    }
    if (steps.ledger) {
      this.writeLedger(steps.ledger);
      this.recalculateAll();
    }
    return steps.outcome;
  }

  async frozen(): Promise<Ledger | undefined> {
    return ledgerFrom(this.ledgerRows());
  }

  async getSetting(name: string): Promise<unknown> {
    return this.settings.get(name);
  }

  async setSetting(name: string, value: unknown): Promise<boolean> {
    this.settings.set(name, JSON.parse(JSON.stringify(value)));
    return true;
  }

  async recalculate(): Promise<number> {
    // As Excel with ExcelApi 1.6 (Worksheet.calculate(markAllDirty)): nothing is written, so protected sheets recalculate too.
    let n = 0;
    for (const s of this.sheets) for (const c of s.cells.values()) if (c.formula && usesAddin(c.formula, ADDIN_IDS)) n++;
    this.calculations++;
    this.recalculateAll();
    return n;
  }

  async replaceFormula(sheet: string, address: string, expected: string, next: string): Promise<boolean> {
    const s = this.sheetNamed(sheet);
    const at = parseCell(address);
    const cell = s && at ? s.cells.get(key(at.row, at.col)) : undefined;
    if (!s || !at || !cell || cell.formula !== expected) return false;
    this.refuseIfProtected([sheet], false);
    s.cells.set(key(at.row, at.col), { ...cell, formula: next });
    this.recalculateAll();
    this.selectionListeners.forEach((l) => l());
    return true;
  }

  async selectCell(sheet: string, address: string): Promise<void> {
    const s = this.sheetNamed(sheet);
    const at = parseCell(address);
    if (!s || !at || s.hidden) return;
    this.current = s;
    this.active = { row: -1, col: -1 };
    this.select1(at);
  }

  async addSheet(plan: SheetPlan): Promise<{ sheet: string; charted: boolean }> {
    this.refuseIfProtected([], true);
    const s = newSheet(
      uniqueSheetName(
        plan.sheetName,
        this.sheets.map((x) => x.name),
      ),
    );
    this.sheets.push(s);
    for (const c of plan.cells) {
      const at = parseCell(c.address);
      if (!at) continue;
      const style = c.style === "title" ? "title" : c.style === "header" ? "header" : c.style ? "source" : undefined;
      const format = c.numberFormat ?? (typeof c.value === "string" ? "@" : "General");
      s.cells.set(key(at.row, at.col), { value: c.formula ? "" : (c.value ?? ""), ...(c.formula ? { formula: c.formula } : {}), format, ...(style ? { style } : {}) });
    }
    plan.columnWidths.forEach((w, i) => s.widths.set(i, w));
    if (plan.chart) s.chart = { title: plan.chart.title, range: plan.chart.range };
    this.current = s;
    this.active = { row: 0, col: 0 };
    this.recalculateAll();
    this.selectionListeners.forEach((l) => l());
    return { sheet: s.name, charted: plan.chart !== undefined };
  }

  /** Throws Protected, before anything is written, when the action touches a protected sheet or needs the structure. */
  private refuseIfProtected(writes: Iterable<string>, addsOrDeletes: boolean): void {
    const locked = new Set(this.sheets.filter((s) => s.protected).map((s) => s.name));
    const refusal = protectionRefusal(writes, locked, this.structureProtected, addsOrDeletes);
    if (refusal) throw refusal;
  }

  // ------------------------------------------------------------- for the grid and the tests

  /** Protects or unprotects a sheet (Review › Protect Sheet), or with no sheet the workbook's structure. */
  protect(sheet: string | undefined, on = true): void {
    if (sheet === undefined) this.structureProtected = on;
    else {
      const s = this.sheetNamed(sheet);
      if (s) s.protected = on;
    }
  }

  /** Visible sheets' names, in order, the note on frozen formulas included. */
  sheetNames(): string[] {
    return this.sheets.filter((s) => !s.hidden).map((s) => s.name);
  }

  /** Every sheet, hidden ones too, with visibility (the tests look at the ledger sheet). */
  allSheets(): { name: string; hidden: boolean }[] {
    return this.sheets.map((s) => ({ name: s.name, hidden: s.hidden }));
  }

  activate(name: string): void {
    const s = this.sheetNamed(name);
    if (!s || s === this.current) return;
    this.current = s;
    this.active = { row: 0, col: 0 };
    this.changed();
    this.selectionListeners.forEach((l) => l());
  }

  /** The active sheet's chart, where a template added one. */
  get chart(): { title: string; range: string } | undefined {
    return this.current.chart;
  }

  /** The formula (or "" for a constant or empty cell) of a cell on any sheet. */
  formulaAt(sheet: string, address: string): string {
    return this.store.cellAt(sheet, address)?.formula ?? "";
  }

  valueAt(sheet: string, address: string): CellValue | undefined {
    return this.read(sheet, address);
  }

  select(at: CellRef): void {
    this.select1(at);
  }

  private select1(at: CellRef): void {
    // Excel's last cell is XFD1048576: a selection never goes past it.
    if (!onSheet({ row: Math.max(0, at.row), col: Math.max(0, at.col) })) return;
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

  /** Rows and columns in use on the active sheet (0 when empty). */
  extent(): { rows: number; cols: number } {
    return extentOf(this.current);
  }

  shown(row: number, col: number): ShownCell {
    const cell = this.cells.get(key(row, col));
    const band = this.bandOf(row, col);
    if (!cell) {
      const spilled = this.current.spills.get(key(row, col));
      return spilled === undefined ? { text: "", value: "", band } : { text: formatValue(spilled, "General"), value: spilled, spilled: true, band };
    }
    return { text: formatValue(cell.value, cell.format), value: cell.value, formula: cell.formula, style: cell.style, band };
  }

  /** The error message behind an error value, as Excel shows it on hover. */
  messageAt(row: number, col: number): string | undefined {
    return this.cells.get(key(row, col))?.message;
  }

  /** Types a value or formula into a cell of the active sheet, as a user would (tests, and the grid's edit box). */
  setCell(at: CellRef, input: string): void {
    this.type(this.current, at, input);
    this.recalculateAll();
    // The active cell's content changed: whoever shows it (the cell audit) reads it again.
    this.selectionListeners.forEach((l) => l());
  }

  // ------------------------------------------------------------- internals

  private type(s: MemorySheet, at: CellRef, input: string): void {
    typeInto(s, at, input);
  }

  private visibleSheets(): MemorySheet[] {
    return this.sheets.filter((s) => !s.hidden && s.name !== NOTE_SHEET);
  }

  private sheetNamed(name: string): MemorySheet | undefined {
    return this.store.sheetNamed(name);
  }

  private read(sheet: string, address: string): CellValue | undefined {
    return this.store.read(sheet, address);
  }

  private rangeValues(sheet: string, range: string): CellValue[][] | undefined {
    return this.store.rangeValues(sheet, range);
  }

  /** The hidden ledger sheet's rows: undefined when there is none. */
  private ledgerRows(): CellValue[][] | undefined {
    const s = this.sheetNamed(LEDGER_SHEET);
    return s ? valuesOf(s, { row: 0, col: 0 }, extentOf(s).rows, LEDGER_HEADER.length) : undefined;
  }

  /** Writes the ledger (hidden) and its visible explanation; removes both when nothing is frozen any more. */
  private writeLedger(ledger: Ledger): void {
    this.sheets = this.sheets.filter((s) => s.name !== LEDGER_SHEET && s.name !== NOTE_SHEET);
    if (!this.sheets.includes(this.current)) this.current = this.sheets[0];
    if (ledger.entries.length === 0) return;
    const hidden = newSheet(LEDGER_SHEET, true);
    ledgerToRows(ledger).forEach((row, r) => row.forEach((v, c) => hidden.cells.set(key(r, c), { value: v, format: "@" })));
    const note = newSheet(NOTE_SHEET);
    noteRows(ledger).forEach((row, r) => row.forEach((v, c) => note.cells.set(key(r, c), { value: v, format: "@", ...(r === 0 ? { style: "title" as const } : {}) })));
    this.sheets.push(note, hidden);
  }

  /** Non-empty cells of the area. */
  private taken(at: CellRef, rows: number, cols: number): number {
    let taken = 0;
    for (let r = at.row; r < at.row + rows; r++) {
      for (let c = at.col; c < at.col + cols; c++) if (occupied(this.current, r, c)) taken++;
    }
    return taken;
  }

  private check(at: CellRef, rows: number, cols: number, overwrite?: boolean): WriteOutcome | undefined {
    if (overwrite) return undefined;
    const taken = this.taken(at, rows, cols);
    if (taken === 0) return undefined;
    return { status: "occupied", place: this.place(at, rows, cols), occupied: taken, free: freePlace(this.sheet, this.extent(), at, { rows, cols }) };
  }

  /**
   * Replacing (after the user chose it) replaces the whole area: cells the write leaves blank are emptied too, so a
   * formula spills instead of #SPILL! and nothing replaced stays beside a table's title. Says how many were not empty.
   */
  private replacing(at: CellRef, rows: number, cols: number, overwrite?: boolean): { replaced?: number } {
    if (!overwrite) return {};
    const replaced = this.taken(at, rows, cols);
    for (let r = 0; r < rows; r++) for (let c = 0; c < cols; c++) this.cells.delete(key(at.row + r, at.col + c));
    return replaced > 0 ? { replaced } : {};
  }

  private place(at: CellRef, rows: number, cols: number): Place {
    return placeOf(this.sheet, at, { rows, cols });
  }

  private stored(cell: WriteCell): StoredCell {
    return cell.formula ? { value: cell.value, formula: cell.formula, format: cell.format } : { value: cell.value, format: cell.format };
  }

  private put(row: number, col: number, cell: StoredCell): void {
    this.cells.set(key(row, col), cell);
  }

  private inTable(t: MemoryTable, row: number, col: number): boolean {
    return t.sheet === this.sheet && row >= t.header.row && row <= t.header.row + t.rows && col >= t.header.col && col < t.header.col + t.cols;
  }

  private bandOf(row: number, col: number): 0 | 1 | undefined {
    const t = [...this.tables].reverse().find((x) => this.inTable(x, row, col) && row > x.header.row);
    return t ? (((row - t.header.row - 1) % 2) as 0 | 1) : undefined;
  }

  private recalculateAll(): void {
    recalculate(this.store, this.evaluate);
    this.changed();
  }

  private changed(): void {
    this.version++;
    this.changeListeners.forEach((l) => l());
  }
}
