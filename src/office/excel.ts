/**
 * The Workbook interface over Excel. One Excel.run per user action; each loads only what it reads
 * and syncs at most twice (read, then write), never in a loop. Optional features are gated with
 * isSetSupported. Takes the Excel namespace and the feature check as parameters so the tests can
 * pass a fake.
 */
import { parseCell, qualified, rangeAddress, type CellRef } from "./address";
import { footprintOf, uniqueName, type ActiveCell, type CellValue, type Place, type TableWrite, type Workbook, type WriteOptions, type WriteOutcome } from "./workbook";

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
    used.load("rowIndex,rowCount");
    return { sheet, range, used };
  }

  private activeRange(ctx: Excel.RequestContext): Excel.Range {
    return this.supports("ExcelApi", "1.7") ? ctx.workbook.getActiveCell() : ctx.workbook.getSelectedRange().getCell(0, 0);
  }

  /** After the read sync: undefined if the write may go ahead, else the refusal with a free place. */
  private refusal(t: Target, rows: number, cols: number, overwrite: boolean | undefined): WriteOutcome | undefined {
    const at = { row: t.range.rowIndex, col: t.range.columnIndex };
    if (overwrite) return undefined;
    let occupied = 0;
    t.range.formulas.forEach((row, r) => row.forEach((f, c) => (f !== "" || t.range.values[r][c] !== "" ? occupied++ : undefined)));
    if (occupied === 0) return undefined;
    const freeRow = t.used.isNullObject ? 0 : t.used.rowIndex + t.used.rowCount + 1;
    return { status: "occupied", place: this.place(t.sheet.name, at, rows, cols), occupied, free: this.place(t.sheet.name, { row: freeRow, col: at.col }, rows, cols) };
  }

  private place(sheet: string, at: CellRef, rows: number, cols: number): Place {
    return { sheet, at, address: qualified(sheet, rangeAddress(at, rows, cols)) };
  }

  async insertTable(table: TableWrite, options: WriteOptions = {}): Promise<WriteOutcome> {
    const progress = options.onProgress ?? (() => undefined);
    const { rows, cols } = footprintOf(table);
    const bodyRows = table.rows.length;
    return this.excel.run(async (ctx) => {
      progress(0.05, "checking");
      const t = this.target(ctx, options.at, rows, cols);
      const names = ctx.workbook.tables;
      names.load("items/name");
      await ctx.sync();
      const refused = this.refusal(t, rows, cols, options.overwrite);
      if (refused) return refused;

      progress(0.3, "writing");
      const at = { row: t.range.rowIndex, col: t.range.columnIndex };
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
      excelTable.name = uniqueName(table.name, names.items.map((n) => n.name));
      excelTable.style = TABLE_STYLE;
      if (this.supports("ExcelApi", "1.3")) excelTable.showBandedRows = true;
      if (this.supports("ExcelApi", "1.2")) {
        table.widths.forEach((w, c) => {
          t.range.getCell(1, c).format.columnWidth = pointsForChars(w);
        });
      }
      await ctx.sync();
      progress(1, "done");
      return { status: "written", place: this.place(t.sheet.name, at, rows, cols), formulas };
    });
  }

  async insertFormula(formula: string, options: Omit<WriteOptions, "onProgress"> = {}): Promise<WriteOutcome> {
    return this.excel.run(async (ctx) => {
      const t = this.target(ctx, options.at, 1, 1);
      await ctx.sync();
      const refused = this.refusal(t, 1, 1, options.overwrite);
      if (refused) return refused;
      t.range.formulas = [[formula]];
      await ctx.sync();
      return { status: "written", place: this.place(t.sheet.name, { row: t.range.rowIndex, col: t.range.columnIndex }, 1, 1), formulas: 1 };
    });
  }

  async activeCell(): Promise<ActiveCell> {
    return this.excel.run(async (ctx) => {
      const cell = this.activeRange(ctx);
      cell.load("address,formulas,values,text");
      await ctx.sync();
      const address = cell.address;
      const bang = address.lastIndexOf("!");
      const sheet = bang >= 0 ? address.slice(0, bang).replace(/^'(.*)'$/, "$1").replace(/''/g, "'") : "";
      const local = bang >= 0 ? address.slice(bang + 1) : address;
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
      const handler = ctx.workbook.onSelectionChanged.add(async () => listener());
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
}
