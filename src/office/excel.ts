/**
 * The Workbook interface over Excel. One Excel.run per user action; each loads only what it reads
 * and syncs at most twice (read, then write), never in a loop. Optional features are gated with
 * isSetSupported. Takes the Excel namespace and the feature check as parameters so the tests can
 * pass a fake.
 */
import { freezeSteps, ledgerFrom, ledgerToRows, restoreScope, restoreSteps, type FormulaCell, type Ledger, type Scalar } from "../sharing/freeze";
import { ADDIN_IDS, ARRAY_IDS } from "../sharing/ids";
import { usesAddin } from "../formula/calls";
import { excelRetypes } from "../formula/retype";
import type { SheetPlan } from "../sharing/templates";
import { cellAddress, parseArea, parseCell, qualified, rangeAddress, splitQualified, type CellRef } from "../formula/address";
import {
  fitsSheet,
  footprintOf,
  freePlace,
  LEDGER_SHEET,
  NOTE_SHEET,
  noteRows,
  offSheetRefusal,
  placeOf,
  protectionRefusal,
  uniqueName,
  uniqueSheetName,
  Unsupported,
  type ActiveCell,
  type CellValue,
  type FormulaWriteOptions,
  type FreezeOutcome,
  type Place,
  type RestoreOutcome,
  type TableWrite,
  type Workbook,
  type WorkbookScan,
  type WriteOptions,
  type WriteOutcome,
} from "./workbook";

/** The parts of the Excel namespace this adapter uses. */
export type ExcelApi = Pick<typeof Excel, "run">;
export type Supports = (set: "ExcelApi", version: string) => boolean;

export const TABLE_STYLE = "TableStyleMedium2";
/** Excel column width is in points; about 6 points per character of Calibri 11, plus padding. */
export const pointsForChars = (chars: number) => Math.round(chars * 6 + 12);

export function officeSupports(set: "ExcelApi", version: string): boolean {
  return Office.context?.requirements?.isSetSupported(set, version) ?? false;
}

interface Target {
  sheet: Excel.Worksheet;
  range: Excel.Range;
  used: Excel.Range;
  /** The sheet's protection (ExcelApi 1.2), read with the rest. */
  protection?: Excel.WorksheetProtection;
}

/** Protection read in the same sync as an action's other reads: which sheets are protected, and the structure. */
interface ProtectionRead {
  sheets: { name: string; protection: Excel.WorksheetProtection }[];
  workbook?: Excel.WorkbookProtection;
}

export class ExcelWorkbook implements Workbook {
  readonly kind = "excel" as const;

  constructor(
    private readonly excel: ExcelApi = Excel,
    private readonly supports: Supports = officeSupports,
  ) {}

  /** The range a write covers, from `at` or the active cell, with what the checks read queued. */
  private target(ctx: Excel.RequestContext, at: CellRef | undefined, rows: number, cols: number): Target {
    const sheet = ctx.workbook.worksheets.getActiveWorksheet();
    const topLeft = at ? sheet.getCell(at.row, at.col) : this.activeRange(ctx);
    const range = rows === 1 && cols === 1 ? topLeft : topLeft.getResizedRange(rows - 1, cols - 1);
    range.load("address,rowIndex,columnIndex,formulas,values");
    sheet.load("name");
    const used = sheet.getUsedRangeOrNullObject(true);
    used.load("rowIndex,rowCount,columnIndex,columnCount");
    const protection = this.supports("ExcelApi", "1.2") ? sheet.protection.load("protected") : undefined;
    return { sheet, range, used, protection };
  }

  /**
   * Queues the protection of `sheets` (ExcelApi 1.2) and of the workbook's structure (1.7) for the next sync.
   * Where a client lacks those sets nothing is known, and Excel itself refuses the write.
   */
  private queueProtection(ctx: Excel.RequestContext, sheets: string[]): ProtectionRead {
    return {
      sheets: this.supports("ExcelApi", "1.2") ? sheets.map((name) => ({ name, protection: ctx.workbook.worksheets.getItem(name).protection.load("protected") })) : [],
      workbook: this.supports("ExcelApi", "1.7") ? ctx.workbook.protection.load("protected") : undefined,
    };
  }

  /** After the sync: throws Protected when the action writes to a protected sheet or adds or deletes a sheet of a protected structure. */
  private refuseIfProtected(read: ProtectionRead, writes: Iterable<string>, addsOrDeletes: boolean): void {
    const locked = new Set(read.sheets.filter((s) => s.protection.protected).map((s) => s.name));
    const refusal = protectionRefusal(writes, locked, read.workbook?.protected === true, addsOrDeletes);
    if (refusal) throw refusal;
  }

  private activeRange(ctx: Excel.RequestContext): Excel.Range {
    return this.supports("ExcelApi", "1.7") ? ctx.workbook.getActiveCell() : ctx.workbook.getSelectedRange().getCell(0, 0);
  }

  /** After the read sync: the non-empty cells of the write's area. */
  private occupied(t: Target): number {
    let occupied = 0;
    t.range.formulas.forEach((row, r) => row.forEach((f, c) => (f !== "" || t.range.values[r][c] !== "" ? occupied++ : undefined)));
    return occupied;
  }

  /** After the read sync, before anything is written: how many non-empty cells a write the user chose to replace with overwrites. */
  private replaced(t: Target, overwrite: boolean | undefined): { replaced?: number } {
    const replaced = overwrite ? this.occupied(t) : 0;
    return replaced > 0 ? { replaced } : {};
  }

  /** After the read sync: undefined if the write may go ahead, else the refusal with a free place. */
  private refusal(t: Target, rows: number, cols: number, overwrite: boolean | undefined): WriteOutcome | undefined {
    const at = { row: t.range.rowIndex, col: t.range.columnIndex };
    if (overwrite) return undefined;
    const occupied = this.occupied(t);
    if (occupied === 0) return undefined;
    const used = t.used.isNullObject ? { rows: 0, cols: 0 } : { rows: t.used.rowIndex + t.used.rowCount, cols: t.used.columnIndex + t.used.columnCount };
    return { status: "occupied", place: this.place(t.sheet.name, at, rows, cols), occupied, free: freePlace(t.sheet.name, used, at, { rows, cols }) };
  }

  private place(sheet: string, at: CellRef, rows: number, cols: number): Place {
    return placeOf(sheet, at, { rows, cols });
  }

  /**
   * The read sync of a write, refusing one that would run past XFD1048576 (the shared offSheetRefusal): a given
   * place is checked before anything is queued; from the active cell, Excel itself fails the batch (a range past
   * the sheet's edge is an invalid argument), and then one more read says whether that was the reason.
   */
  private async readTarget(ctx: Excel.RequestContext, at: CellRef | undefined, rows: number, cols: number): Promise<Target | WriteOutcome> {
    const beyond = async (from: Excel.Range | undefined): Promise<WriteOutcome | undefined> => {
      const sheet = ctx.workbook.worksheets.getActiveWorksheet().load("name");
      from?.load("rowIndex,columnIndex");
      await ctx.sync();
      return offSheetRefusal(sheet.name, from ? { row: from.rowIndex, col: from.columnIndex } : (at as CellRef), { rows, cols });
    };
    if (at && !fitsSheet(at, { rows, cols })) return (await beyond(undefined)) as WriteOutcome;
    const t = this.target(ctx, at, rows, cols);
    try {
      await ctx.sync();
    } catch (error) {
      const refusal = at ? undefined : await beyond(this.activeRange(ctx)).catch(() => undefined);
      if (refusal) return refusal;
      throw error;
    }
    return t;
  }

  async insertTable(table: TableWrite, options: WriteOptions = {}): Promise<WriteOutcome> {
    const progress = options.onProgress ?? (() => undefined);
    const { rows, cols } = footprintOf(table);
    const bodyRows = table.rows.length;
    return this.excel.run(async (ctx) => {
      progress(0.05, "checking");
      const names = ctx.workbook.tables;
      names.load("items/name");
      const t = await this.readTarget(ctx, options.at, rows, cols);
      if ("status" in t) return t;
      if (t.protection?.protected) return { status: "protected", place: this.place(t.sheet.name, { row: t.range.rowIndex, col: t.range.columnIndex }, rows, cols) };
      const refused = this.refusal(t, rows, cols, options.overwrite);
      if (refused) return refused;
      const replaced = this.replaced(t, options.overwrite);

      progress(0.3, "writing");
      const at = { row: t.range.rowIndex, col: t.range.columnIndex };
      // Replacing (after the user chose it) replaces the whole area: cells the table leaves blank (the title and
      // source rows right of their first cell) are emptied too.
      if (options.overwrite) t.range.clear("Contents");
      const title = t.range.getCell(0, 0);
      title.numberFormat = [["@"]];
      title.values = [[table.title]];
      title.format.font.bold = true;
      title.format.font.size = 13;

      const header = t.range.getCell(1, 0).getResizedRange(0, cols - 1);
      header.numberFormat = [table.headers.map(() => "@")];
      header.values = [table.headers];
      let formulas = 0;
      if (bodyRows > 0) {
        const body = t.range.getCell(2, 0).getResizedRange(bodyRows - 1, cols - 1);
        // Formats first: a text cell formatted "@" keeps "1-2" or "=x" as text.
        body.numberFormat = table.rows.map((row) => row.map((c) => c.format));
        body.formulas = table.rows.map((row) =>
          row.map((c): CellValue => {
            if (c.formula) formulas++;
            return c.formula ?? c.value;
          }),
        );
      }
      const source = t.range.getCell(bodyRows + 2, 0);
      source.numberFormat = [["@"]];
      source.values = [[table.source]];
      source.format.font.italic = true;
      source.format.font.size = 9;
      source.format.font.color = "#595959";

      progress(0.6, "formatting");
      const excelTable = t.sheet.tables.add(qualified(t.sheet.name, rangeAddress({ row: at.row + 1, col: at.col }, bodyRows + 1, cols)), true);
      excelTable.name = uniqueName(
        table.name,
        names.items.map((n) => n.name),
      );
      excelTable.style = TABLE_STYLE;
      if (this.supports("ExcelApi", "1.3")) excelTable.showBandedRows = true;
      if (this.supports("ExcelApi", "1.2")) {
        table.widths.forEach((w, c) => {
          t.range.getCell(1, c).format.columnWidth = pointsForChars(w);
        });
      }
      await ctx.sync();
      progress(1, "done");
      return { status: "written", place: this.place(t.sheet.name, at, rows, cols), formulas, ...replaced };
    });
  }

  async insertFormula(formula: string, options: FormulaWriteOptions = {}): Promise<WriteOutcome> {
    // The whole area the result spills into is checked, not only the formula's cell: a spill over data is #SPILL!.
    const rows = Math.max(1, options.size?.rows ?? 1);
    const cols = Math.max(1, options.size?.cols ?? 1);
    return this.excel.run(async (ctx) => {
      const t = await this.readTarget(ctx, options.at, rows, cols);
      if ("status" in t) return t;
      if (t.protection?.protected) return { status: "protected", place: this.place(t.sheet.name, { row: t.range.rowIndex, col: t.range.columnIndex }, rows, cols) };
      const refused = this.refusal(t, rows, cols, options.overwrite);
      if (refused) return refused;
      const replaced = this.replaced(t, options.overwrite);
      const at = { row: t.range.rowIndex, col: t.range.columnIndex };
      // Replacing (after the user chose it): clear the spill area first, or the result would spill into #SPILL!.
      if (options.overwrite && (rows > 1 || cols > 1)) t.range.clear("Contents");
      const cell = rows === 1 && cols === 1 ? t.range : t.range.getCell(0, 0);
      if (options.format) cell.numberFormat = [[options.format]];
      cell.formulas = [[formula]];
      await ctx.sync();
      return { status: "written", place: this.place(t.sheet.name, at, rows, cols), formulas: 1, ...replaced };
    });
  }

  async activeCell(): Promise<ActiveCell> {
    return this.excel.run(async (ctx) => {
      const cell = this.activeRange(ctx);
      cell.load("address,formulas,values,text");
      await ctx.sync();
      const { sheet = "", local } = splitQualified(cell.address);
      const formula = String(cell.formulas[0][0] ?? "");
      return {
        sheet,
        address: local,
        at: parseCell(local) ?? { row: 0, col: 0 },
        formula: formula.startsWith("=") ? formula : "",
        value: cell.values[0][0] as CellValue,
        text: String(cell.text[0][0] ?? ""),
      };
    });
  }

  async onSelectionChanged(listener: () => void): Promise<() => void> {
    if (!this.supports("ExcelApi", "1.2")) return () => undefined;
    const registration = await this.excel.run(async (ctx) => {
      const handler = ctx.workbook.onSelectionChanged.add(() => Promise.resolve(listener()));
      await ctx.sync();
      return handler;
    });
    return () => {
      void this.excel.run(registration.context, async (ctx) => {
        registration.remove();
        await ctx.sync();
      });
    };
  }

  // ------------------------------------------------------------- sharing

  async scan(sheet?: string): Promise<WorkbookScan> {
    return this.excel.run(async (ctx) => {
      const read = await this.readSheets(ctx, sheet, false);
      return { sheets: read.sheets, cells: read.cells, valueAt: read.valueAt };
    });
  }

  async freeze(sheet: string | undefined, dataVersion: string, now: Date): Promise<FreezeOutcome> {
    // Spill ranges (ExcelApi 1.12) are what keeps a spilled result whole; without them, refuse rather than lose cells.
    if (!this.supports("ExcelApi", "1.12")) throw new Unsupported("ExcelApi 1.12");
    return this.excel.run(async (ctx) => {
      const read = await this.readSheets(ctx, sheet, true);
      const steps = freezeSteps(read.cells, read.ledger?.values, ADDIN_IDS, ARRAY_IDS, dataVersion, now);
      if (!steps.ledger) return steps.outcome;
      this.refuseIfProtected(read.protection, [...steps.writes.map((w) => w.sheet), LEDGER_SHEET, NOTE_SHEET], !read.ledgerExists || !read.noteExists);
      const sheets = ctx.workbook.worksheets;
      for (const w of steps.writes) sheets.getItem(w.sheet).getRange(w.range).values = w.values.map((row) => row.map(keepAsTyped));
      this.writeLedger(ctx, steps.ledger, read.ledgerExists, read.noteExists);
      await ctx.sync();
      return steps.outcome;
    });
  }

  async restore(sheet: string | undefined, options: { force?: boolean } = {}): Promise<RestoreOutcome> {
    return this.excel.run(async (ctx) => {
      const found = await this.readLedger(ctx);
      const inScope = restoreScope(found?.ledger, sheet);
      if (!found || inScope.length === 0) return { status: "nothing" as const };
      const names = new Set(found.sheets);
      const protection = this.queueProtection(
        ctx,
        [...new Set([...inScope.map((e) => e.sheet), LEDGER_SHEET, ...(found.noteExists ? [NOTE_SHEET] : [])])].filter((n) => names.has(n)),
      );
      const ranges = new Map<string, Excel.Range>();
      for (const e of inScope) {
        if (!names.has(e.sheet)) continue;
        const range = ctx.workbook.worksheets.getItem(e.sheet).getRange(e.spill ?? e.address);
        range.load("values");
        ranges.set(`${e.sheet}!${e.spill ?? e.address}`, range);
      }
      await ctx.sync();
      const steps = restoreSteps(found.ledger, sheet, (s, r) => ranges.get(`${s}!${r}`)?.values as Scalar[][] | undefined, names, options.force === true);
      if (!steps.ledger) return steps.outcome;
      this.refuseIfProtected(protection, [...steps.clears.map((c) => c.sheet), ...steps.formulas.map((f) => f.sheet), LEDGER_SHEET, NOTE_SHEET], steps.ledger.entries.length === 0);
      for (const c of steps.clears) ctx.workbook.worksheets.getItem(c.sheet).getRange(c.range).clear("Contents");
      for (const f of steps.formulas) ctx.workbook.worksheets.getItem(f.sheet).getRange(f.address).formulas = [[f.formula]];
      this.writeLedger(ctx, steps.ledger, true, found.noteExists);
      await ctx.sync();
      return steps.outcome;
    });
  }

  async frozen(): Promise<Ledger | undefined> {
    return this.excel.run(async (ctx) => (await this.readLedger(ctx))?.ledger);
  }

  async getSetting(key: string): Promise<unknown> {
    if (!this.supports("ExcelApi", "1.4")) return undefined;
    return this.excel.run(async (ctx) => {
      const stored = ctx.workbook.settings.getItemOrNullObject(key).load("value");
      await ctx.sync();
      return stored.isNullObject ? undefined : (stored.value as unknown);
    });
  }

  async setSetting(key: string, value: unknown): Promise<boolean> {
    if (!this.supports("ExcelApi", "1.4")) return false;
    return this.excel.run(async (ctx) => {
      ctx.workbook.settings.add(key, value);
      await ctx.sync();
      return true;
    });
  }

  /**
   * Makes every add-in formula run again (custom functions are not volatile). With ExcelApi 1.6,
   * Worksheet.calculate(markAllDirty) on each sheet that holds one: Excel marks every cell dirty and
   * recalculates, custom functions included, and nothing is written (so protected sheets are fine and the
   * file's formulas stay untouched). Without it, each add-in formula is written again and a full
   * calculation is asked for; that writes, so a protected sheet refuses it before anything is re-entered.
   */
  async recalculate(): Promise<number> {
    return this.excel.run(async (ctx) => {
      const read = await this.readSheets(ctx, undefined, false);
      const addin = read.cells.filter((c) => usesAddin(c.formula, ADDIN_IDS));
      if (this.supports("ExcelApi", "1.6")) {
        for (const name of new Set(addin.map((c) => c.sheet))) ctx.workbook.worksheets.getItem(name).calculate(true);
      } else {
        this.refuseIfProtected(
          read.protection,
          addin.map((c) => c.sheet),
          false,
        );
        for (const c of addin) ctx.workbook.worksheets.getItem(c.sheet).getRange(c.address).formulas = [[c.formula]];
        ctx.workbook.application.calculate("Full");
      }
      await ctx.sync();
      return addin.length;
    });
  }

  async replaceFormula(sheet: string, address: string, expected: string, next: string): Promise<boolean> {
    return this.excel.run(async (ctx) => {
      const fixed = ctx.workbook.worksheets.getItem(sheet).getRange(address).load("formulas");
      const protection = this.queueProtection(ctx, [sheet]);
      await ctx.sync();
      if (fixed.formulas[0]?.[0] !== expected) return false;
      this.refuseIfProtected(protection, [sheet], false);
      fixed.formulas = [[next]];
      await ctx.sync();
      return true;
    });
  }

  async selectCell(sheet: string, address: string): Promise<void> {
    return this.excel.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem(sheet);
      ws.activate();
      ws.getRange(address).select();
      await ctx.sync();
    });
  }

  async addSheet(plan: SheetPlan): Promise<{ sheet: string; charted: boolean }> {
    return this.excel.run(async (ctx) => {
      const sheets = ctx.workbook.worksheets;
      sheets.load("items/name");
      const protection = this.queueProtection(ctx, []);
      await ctx.sync();
      this.refuseIfProtected(protection, [], true);
      const name = uniqueSheetName(
        plan.sheetName,
        sheets.items.map((s) => s.name),
      );
      const ws = sheets.add(name);
      for (const c of plan.cells) {
        const planned = ws.getRange(c.address);
        // Formats first, so that text such as "910C" stays text.
        planned.numberFormat = [[c.numberFormat ?? (typeof c.value === "string" ? "@" : "General")]];
        if (c.formula) planned.formulas = [[c.formula]];
        else if (c.value !== undefined) planned.values = [[c.value]];
        if (c.style === "title") {
          planned.format.font.bold = true;
          planned.format.font.size = 14;
        } else if (c.style === "header") {
          planned.format.font.bold = true;
          planned.format.font.color = "#FFFFFF";
          planned.format.fill.color = "#4472C4";
        } else if (c.style === "note" || c.style === "unit") {
          planned.format.font.italic = true;
          planned.format.font.color = "#595959";
        }
      }
      if (this.supports("ExcelApi", "1.2")) plan.columnWidths.forEach((w, i) => (ws.getCell(0, i).format.columnWidth = pointsForChars(w)));
      let charted = false;
      if (plan.chart) {
        const [categories, first, ...more] = plan.chart.range.split(",");
        const chart = ws.charts.add(plan.chart.type === "columnClustered" ? "ColumnClustered" : "ColumnClustered", ws.getRange(first), "Columns");
        chart.title.text = plan.chart.title;
        if (this.supports("ExcelApi", "1.7")) {
          chart.series.getItemAt(0).setXAxisValues(ws.getRange(body(categories)));
          for (const area of more) {
            const series = chart.series.add(String(plan.cells.find((c) => c.address === area.split(":")[0])?.value ?? area));
            series.setValues(ws.getRange(body(area)));
            series.setXAxisValues(ws.getRange(body(categories)));
          }
        }
        charted = true;
      }
      ws.activate();
      ws.getRange("A1").select();
      await ctx.sync();
      return { sheet: name, charted };
    });
  }

  // ------------------------------------------------------------- sharing internals

  /**
   * Reads the visible sheets' used ranges (formulas and values) and, for `withLedger`, the ledger; then
   * each add-in formula's spill range. Three syncs whatever the workbook's size.
   */
  private async readSheets(ctx: Excel.RequestContext, only: string | undefined, withLedger: boolean) {
    const worksheets = ctx.workbook.worksheets;
    worksheets.load("items/name,items/visibility");
    await ctx.sync();
    const all = worksheets.items;
    const visible = all.filter((s) => s.visibility === "Visible" && s.name !== LEDGER_SHEET && s.name !== NOTE_SHEET);
    const scope = visible.filter((s) => only === undefined || s.name === only);
    const used = scope.map((s) => ({ name: s.name, range: s.getUsedRangeOrNullObject().load("formulas,values,rowIndex,columnIndex") }));
    const ledgerSheet = all.find((s) => s.name === LEDGER_SHEET);
    const protection = this.queueProtection(ctx, [...scope.map((s) => s.name), ...all.filter((s) => s.name === LEDGER_SHEET || s.name === NOTE_SHEET).map((s) => s.name)]);
    const ledger = withLedger && ledgerSheet ? ledgerSheet.getUsedRange().load("values") : undefined;
    await ctx.sync();
    const found: { cell: Omit<FormulaCell, "values" | "spill">; value: CellValue; spill?: Excel.Range }[] = [];
    const spills = this.supports("ExcelApi", "1.12");
    for (const { name, range } of used) {
      if (range.isNullObject) continue;
      range.formulas.forEach((row, r) =>
        row.forEach((f, c) => {
          if (typeof f !== "string" || !f.startsWith("=")) return;
          const at = { row: range.rowIndex + r, col: range.columnIndex + c };
          const item: (typeof found)[number] = { cell: { sheet: name, address: cellAddress(at), formula: f }, value: range.values[r][c] as CellValue };
          if (spills && usesAddin(f, ADDIN_IDS)) item.spill = range.getCell(r, c).getSpillingToRangeOrNullObject().load("address,values,rowCount,columnCount");
          found.push(item);
        }),
      );
    }
    if (found.some((f) => f.spill)) await ctx.sync();
    const cells: FormulaCell[] = found.map(({ cell, value, spill }) =>
      spill && !spill.isNullObject && (spill.rowCount > 1 || spill.columnCount > 1)
        ? { ...cell, values: spill.values as Scalar[][], spill: local(spill.address) }
        : { ...cell, values: [[value]] },
    );
    const byName = new Map(used.map((u) => [u.name, u.range]));
    const valueAt = (sheet: string, address: string): CellValue | undefined => {
      const range = byName.get(sheet);
      const at = parseCell(address);
      if (!range || !at) return undefined;
      if (range.isNullObject) return "";
      return (range.values[at.row - range.rowIndex]?.[at.col - range.columnIndex] as CellValue | undefined) ?? "";
    };
    return { sheets: visible.map((s) => s.name), cells, valueAt, ledger, ledgerExists: ledgerSheet !== undefined, noteExists: all.some((s) => s.name === NOTE_SHEET), protection };
  }

  /** The ledger and the sheet names, in two syncs; undefined when nothing is frozen. A damaged ledger throws. */
  private async readLedger(ctx: Excel.RequestContext): Promise<{ ledger: Ledger; sheets: string[]; noteExists: boolean } | undefined> {
    const worksheets = ctx.workbook.worksheets;
    worksheets.load("items/name");
    await ctx.sync();
    const names = worksheets.items.map((s) => s.name);
    if (!names.includes(LEDGER_SHEET)) return undefined;
    const used = worksheets.getItem(LEDGER_SHEET).getUsedRange().load("values");
    await ctx.sync();
    return { ledger: ledgerFrom(used.values) as Ledger, sheets: names, noteExists: names.includes(NOTE_SHEET) };
  }

  /** Queues the ledger (hidden, text) and its visible note; deletes both when nothing is frozen any more. */
  private writeLedger(ctx: Excel.RequestContext, ledger: Ledger, ledgerExists: boolean, noteExists: boolean): void {
    const sheets = ctx.workbook.worksheets;
    if (ledger.entries.length === 0) {
      if (ledgerExists) sheets.getItem(LEDGER_SHEET).delete();
      if (noteExists) sheets.getItem(NOTE_SHEET).delete();
      return;
    }
    const write = (name: string, exists: boolean, rows: string[][], hidden: boolean) => {
      const ws = exists ? sheets.getItem(name) : sheets.add(name);
      if (exists) ws.getRange().clear("Contents");
      const width = Math.max(...rows.map((r) => r.length));
      const grid = rows.map((r) => [...r, ...Array<string>(width - r.length).fill("")]);
      const block = ws.getRange(rangeAddress({ row: 0, col: 0 }, grid.length, width));
      block.numberFormat = grid.map((r) => r.map(() => "@"));
      block.values = grid;
      if (hidden) ws.visibility = "Hidden";
      return ws;
    };
    write(LEDGER_SHEET, ledgerExists, ledgerToRows(ledger), true);
    const note = write(NOTE_SHEET, noteExists, noteRows(ledger), false);
    note.getRange("A1").format.font.bold = true;
  }
}

/** "Sheet1!B2:B9" -> "B2:B9". */
const local = (address: string) => splitQualified(address).local;

/** "C3:C7" -> "C4:C7": a column's cells under its header. */
function body(address: string): string {
  const a = parseArea(address);
  return a ? rangeAddress({ row: a.at.row + 1, col: a.at.col }, a.rows - 1, a.cols) : address;
}

/**
 * A value written where a formula was: text that Excel would read as a number, date (2023年8月17日
 * included), boolean or formula gets the apostrophe that keeps it text (values read back without it).
 */
export function keepAsTyped(v: Scalar): Scalar {
  return typeof v === "string" && excelRetypes(v) ? `'${v}` : v;
}
