/** The in-memory workbook (preview mode): writes, refusals, free places, spills, progress; formats and addresses. */
import { Atlas } from "../../../src/domain/atlas";
import { cellAddress, columnName, parseCell, qualified } from "../../../src/formula/address";
import { formatValue } from "../../../src/office/format";
import { MemoryWorkbook } from "../../../src/office/memory";
import type { TableWrite } from "../../../src/office/workbook";
import { atlasEvaluator } from "../../../src/formula/atlas";
import { testCatalog } from "../../support/catalog";

const atlas = new Atlas(testCatalog());
const book = (chunkRows = 25) => new MemoryWorkbook(atlasEvaluator(atlas), () => Promise.resolve(), chunkRows);

const table = (rows: number): TableWrite => ({
  name: "Atlas_t",
  title: "T",
  headers: ["Chip", "FP16"],
  rows: Array.from({ length: rows }, (_, i) => [
    { value: `c${i}`, format: "@" },
    i === 0 ? { value: 800, formula: '=AICHIP.SPEC("910C","FP16")', format: 'General" TFLOPS"' } : { value: i, format: "0.0" },
  ]),
  source: "资料来源 / Source: report §2.3.3, line 1683",
  widths: [6, 10],
});

describe("MemoryWorkbook", () => {
  test("writes title, headers, body and source at the active cell; formulas evaluate; body rows are banded", async () => {
    const wb = book();
    wb.select({ row: 1, col: 1 });
    const outcome = await wb.insertTable(table(3));
    expect(outcome).toEqual({ status: "written", place: { sheet: "Sheet1", at: { row: 1, col: 1 }, address: "Sheet1!B2:C7" }, formulas: 1 });
    expect(wb.shown(1, 1)).toMatchObject({ text: "T", style: "title" });
    expect(wb.shown(2, 2)).toMatchObject({ text: "FP16", style: "header" });
    expect(wb.shown(3, 2)).toMatchObject({ text: "800 TFLOPS", value: 800, formula: '=AICHIP.SPEC("910C","FP16")', band: 0 });
    expect(wb.shown(4, 2)).toMatchObject({ text: "1.0", band: 1 });
    expect(wb.shown(6, 1)).toMatchObject({ text: "资料来源 / Source: report §2.3.3, line 1683", style: "source" });
    expect(wb.tables).toEqual([{ name: "Atlas_t", sheet: "Sheet1", address: "B3:C6", header: { row: 2, col: 1 }, rows: 3, cols: 2 }]);
    expect(wb.widths.get(2)).toBe(10);
  });

  test("refuses a write over any non-empty cell, offers the first free rows below, and overwrites only when told", async () => {
    const wb = book();
    wb.setCell({ row: 3, col: 0 }, "keep");
    const refused = await wb.insertTable(table(2));
    expect(refused).toEqual({
      status: "occupied",
      place: { sheet: "Sheet1", at: { row: 0, col: 0 }, address: "Sheet1!A1:B5" },
      occupied: 1,
      free: { sheet: "Sheet1", at: { row: 5, col: 0 }, address: "Sheet1!A6:B10" },
    });
    expect(wb.shown(3, 0).text).toBe("keep");
    expect(wb.shown(0, 0).text).toBe("");
    if (refused.status !== "occupied") throw new Error();
    await expect(wb.insertTable(table(2), { at: refused.free.at })).resolves.toMatchObject({ status: "written" });
    // Beside the title: a cell the table leaves blank, which Replace empties with the rest of the area.
    wb.setCell({ row: 0, col: 1 }, "beside the title");
    // The outcome says how many non-empty cells were replaced: "keep" and the cell beside the title.
    await expect(wb.insertTable(table(2), { overwrite: true })).resolves.toMatchObject({ status: "written", replaced: 2 });
    expect(wb.shown(3, 0).text).toBe("c1");
    expect(wb.shown(0, 1).text).toBe("");
    expect(wb.tables.map((t) => t.name)).toEqual(["Atlas_t", "Atlas_t_2"]);
  });

  test("a large insert writes in chunks, reports progress and yields between them", async () => {
    let yields = 0;
    const wb = new MemoryWorkbook(atlasEvaluator(atlas), async () => void yields++, 10);
    const progress: number[] = [];
    await wb.insertTable(table(35), { onProgress: (f) => progress.push(f) });
    expect(yields).toBe(3);
    expect(progress[0]).toBe(0);
    expect(progress[progress.length - 1]).toBe(1);
    expect(progress).toEqual([...progress].sort((a, b) => a - b));
  });

  test("a formula into the active cell; arrays spill down; a blocked spill is #SPILL!; errors carry the message", async () => {
    const wb = book();
    wb.select({ row: 0, col: 3 });
    await wb.insertFormula('=SUPPLIERS("NVQD")');
    expect(wb.shown(0, 3).text).not.toBe("");
    expect(wb.shown(1, 3)).toMatchObject({ spilled: true });
    expect(await wb.insertFormula("=1")).toMatchObject({ status: "occupied", occupied: 1 });
    wb.select({ row: 1, col: 3 });
    expect(await wb.insertFormula("=1")).toMatchObject({ status: "occupied" }); // a spilled cell is not empty
    wb.setCell({ row: 2, col: 3 }, "x");
    expect(wb.shown(0, 3).text).toBe("#SPILL!");
    wb.setCell({ row: 5, col: 0 }, '=AICHIP.SPEC("910X","FP16")');
    expect(wb.shown(5, 0).text).toBe("#N/A");
    expect(wb.messageAt(5, 0)).toMatch(/Unknown chip "910X"/);
    wb.setCell({ row: 6, col: 0 }, "=SUM(A1:A3)");
    expect(wb.shown(6, 0).text).toBe("#NAME?");
  });

  test("the active cell and selection listeners", async () => {
    const wb = book();
    const calls: string[] = [];
    const stop = await wb.onSelectionChanged(() => calls.push("moved"));
    wb.select({ row: 2, col: 2 });
    wb.setCell({ row: 2, col: 2 }, '=CAPEX.CAGR("Tencent",2020,2024)');
    const active = await wb.activeCell();
    expect(active).toMatchObject({ sheet: "Sheet1", address: "C3", formula: '=CAPEX.CAGR("Tencent",2020,2024)' });
    expect(active.value).toBeCloseTo(0.2259, 4);
    stop();
    wb.select({ row: 0, col: 0 });
    expect(calls).toEqual(["moved", "moved"]);
  });
});

describe("formatValue (what the preview grid shows)", () => {
  test.each([
    [768, "General", "768"],
    [126.7, "0.00", "126.70"],
    [5454, "#,##0", "5,454"],
    [-10174, "#,##0;(#,##0)", "(10,174)"],
    [23340, "#,##0;(#,##0)", "23,340"],
    [1.95, "0%", "195%"],
    [0.3852, "0.00%", "38.52%"],
    [759, "0.0", "759.0"],
    [376, 'General" TFLOPS"', "376 TFLOPS"],
    [0.225947, "General", "0.225947"],
    [-2.5, "0.0", "-2.5"],
    ["text", "@", "text"],
    [true, "General", "TRUE"],
  ])("%s as %s -> %s", (value, format, shown) => {
    expect(formatValue(value, format)).toBe(shown);
  });
});

describe("addresses", () => {
  test("columns, cells, parsing and quoting", () => {
    expect([columnName(0), columnName(25), columnName(26), columnName(701), columnName(702)]).toEqual(["A", "Z", "AA", "ZZ", "AAA"]);
    expect(cellAddress({ row: 9, col: 27 })).toBe("AB10");
    expect(parseCell("Sheet1!$B$3:C4")).toEqual({ row: 2, col: 1 });
    expect(parseCell("'My Sheet'!aa10")).toEqual({ row: 9, col: 26 });
    expect(parseCell("nope")).toBeUndefined();
    expect(qualified("My Sheet", "A1")).toBe("'My Sheet'!A1");
    expect(qualified("Sheet1", "A1")).toBe("Sheet1!A1");
  });
});

describe("MemoryWorkbook.insertFormula over a spill area, and snapshots", () => {
  test("refuses a spill over data, offers the first free rows, replaces only when told", async () => {
    const wb = book();
    for (let r = 0; r < 9; r++) for (let c = 2; c < 10; c++) wb.setCell({ row: r, col: c }, `d${r}${c}`);
    wb.select({ row: 0, col: 4 });
    const refused = await wb.insertFormula('=SUPPLIERS("NVQD")', { size: { rows: 12, cols: 1 } });
    expect(refused).toMatchObject({ status: "occupied", occupied: 9, free: { address: "Sheet1!E11:E22" } });
    expect(wb.shown(0, 4).text).toBe("d04");
    const replaced = await wb.insertFormula('=SUPPLIERS("NVQD")', { size: { rows: 12, cols: 1 }, overwrite: true, format: "@" });
    expect(replaced).toMatchObject({ status: "written", place: { address: "Sheet1!E1:E12" }, replaced: 9 });
    expect(wb.shown(0, 4).text).not.toBe("#SPILL!");
    expect(wb.shown(11, 4)).toMatchObject({ spilled: true });
    expect(wb.shown(0, 5).text).toBe("d05");
  });

  test("a snapshot restores cells, formats, formulas, widths, tables and the selection", async () => {
    const wb = book();
    await wb.insertTable(table(2));
    await wb.insertFormula('=CAPEX.CAGR("Tencent",2020,2024)', { at: { row: 8, col: 0 }, format: "0.00%" });
    wb.select({ row: 8, col: 0 });
    const copy = book();
    expect(copy.restoreSnapshot(JSON.parse(JSON.stringify(wb.snapshot())))).toBe(true);
    expect(copy.shown(8, 0)).toEqual(wb.shown(8, 0));
    expect(copy.shown(8, 0).text).toMatch(/%$/);
    expect(copy.shown(3, 1)).toEqual(wb.shown(3, 1));
    expect(copy.tables).toEqual(wb.tables);
    expect(copy.selection).toEqual({ row: 8, col: 0 });
    expect(copy.restoreSnapshot({ v: 2 } as never)).toBe(false);
  });
});
