/** The Excel adapter against a fake Excel: one Excel.run per action, at most two syncs, never over data. */
import { ExcelWorkbook, TABLE_STYLE, pointsForChars } from "../../../src/office/excel";
import type { ExcelApi } from "../../../src/office/excel";
import type { TableWrite } from "../../../src/office/workbook";
import { FakeExcel } from "../../support/fake-excel";

const table: TableWrite = {
  name: "Atlas_demo",
  title: "Demo 演示",
  headers: ["Chip", "FP16 (TFLOPS)", "Note"],
  rows: [
    [
      { value: "910C", format: "@" },
      { value: 800, formula: '=AICHIP.SPEC("910C","FP16")', format: "General" },
      { value: "1-2", format: "@" },
    ],
    [
      { value: "910B", format: "@" },
      { value: 320, format: "0" },
      { value: "", format: "@" },
    ],
  ],
  source: "资料来源：报告 / Source: report §2.3.3, lines 1683–1692",
  widths: [8, 14, 6],
};

function setup(supported = ["1.2", "1.3", "1.7"]) {
  const fake = new FakeExcel();
  const workbook = new ExcelWorkbook(fake.api as unknown as ExcelApi, (_, v) => supported.includes(v));
  return { fake, workbook };
}

describe("ExcelWorkbook.insertTable", () => {
  test("writes title, header, body (formats before values), source, an Excel table and widths in one Excel.run and two syncs", async () => {
    const { fake, workbook } = setup();
    fake.active = { row: 1, col: 1 };
    const stages: string[] = [];
    const outcome = await workbook.insertTable(table, { onProgress: (_, s) => stages.push(s) });
    expect(outcome).toEqual({ status: "written", place: { sheet: "Sheet1", at: { row: 1, col: 1 }, address: "Sheet1!B2:D6" }, formulas: 1 });
    expect(fake.runs).toBe(1);
    expect(fake.syncs).toBe(2);
    expect(fake.get(1, 1)?.value).toBe("Demo 演示");
    expect(fake.get(1, 1)?.font).toMatchObject({ bold: true });
    expect([fake.get(2, 1)?.value, fake.get(2, 2)?.value, fake.get(2, 3)?.value]).toEqual(["Chip", "FP16 (TFLOPS)", "Note"]);
    expect(fake.get(3, 2)).toMatchObject({ formula: '=AICHIP.SPEC("910C","FP16")', format: "General" });
    expect(fake.get(3, 3)).toMatchObject({ value: "1-2", format: "@" });
    expect(fake.get(4, 2)).toMatchObject({ value: 320, format: "0" });
    expect(fake.get(5, 1)).toMatchObject({ value: table.source, font: { italic: true } });
    const body = fake.log.findIndex((l) => l === "formulas B4:D5");
    expect(fake.log.findIndex((l) => l === "numberFormat B4:D5")).toBeLessThan(body);
    expect(fake.tables).toEqual([{ name: "Atlas_demo", address: "Sheet1!B3:D5", hasHeaders: true, style: TABLE_STYLE, showBandedRows: true }]);
    expect([...fake.columnWidths.entries()]).toEqual([
      [1, pointsForChars(8)],
      [2, pointsForChars(14)],
      [3, pointsForChars(6)],
    ]);
    expect(stages).toEqual(["checking", "writing", "formatting", "done"]);
  });

  test("refuses to write over a non-empty cell: nothing written, one sync, a free place below the used range", async () => {
    const { fake, workbook } = setup();
    fake.set("C4", "keep me");
    fake.set("A9", 1);
    fake.active = { row: 1, col: 1 };
    const outcome = await workbook.insertTable(table);
    expect(outcome).toEqual({
      status: "occupied",
      place: { sheet: "Sheet1", at: { row: 1, col: 1 }, address: "Sheet1!B2:D6" },
      occupied: 1,
      free: { sheet: "Sheet1", at: { row: 10, col: 1 }, address: "Sheet1!B11:D15" },
    });
    expect(fake.runs).toBe(1);
    expect(fake.syncs).toBe(1);
    expect(fake.get(3, 2)?.value).toBe("keep me");
    expect(fake.tables).toEqual([]);
    expect(fake.log).toEqual([]);
  });

  test("writes at the free place it offered, and over data only when told to", async () => {
    const { fake, workbook } = setup();
    fake.set("B2", "x");
    fake.active = { row: 1, col: 1 };
    const refused = await workbook.insertTable(table);
    if (refused.status !== "occupied") throw new Error("expected a refusal");
    const free = await workbook.insertTable(table, { at: refused.free.at });
    expect(free).toMatchObject({ status: "written" });
    expect(free).not.toHaveProperty("replaced");
    expect(fake.get(refused.free.at.row, 1)?.value).toBe("Demo 演示");
    fake.set("C2", "beside the title");
    const forced = await workbook.insertTable(table, { at: refused.place.at, overwrite: true });
    // The outcome says how many non-empty cells were replaced: "x", the cell beside the title, and the 7 of the
    // table written at B4 that lie in B2:D6 (its title, header and first body row).
    expect(forced).toMatchObject({ status: "written", replaced: 9 });
    expect(fake.get(1, 1)?.value).toBe("Demo 演示");
    // Replacing empties the whole area, the cells the table leaves blank too.
    expect(fake.get(1, 2)?.value ?? "").toBe("");
    expect(fake.tables.map((t) => t.name)).toEqual(["Atlas_demo", "Atlas_demo_2"]);
    expect(fake.runs).toBe(3);
  });

  test("without ExcelApi 1.3 / 1.2 it skips banded rows and widths, and uses the selection's first cell without 1.7", async () => {
    const { fake, workbook } = setup([]);
    fake.active = { row: 0, col: 0 };
    await workbook.insertTable(table);
    expect(fake.tables[0].showBandedRows).toBeUndefined();
    expect(fake.columnWidths.size).toBe(0);
    expect(fake.get(0, 0)?.value).toBe("Demo 演示");
  });
});

describe("ExcelWorkbook.insertFormula and activeCell", () => {
  test("inserts into an empty active cell; refuses a full one", async () => {
    const { fake, workbook } = setup();
    fake.active = { row: 4, col: 2 };
    await expect(workbook.insertFormula('=AICHIP.SPEC("910C","FP16")')).resolves.toMatchObject({ status: "written", place: { address: "Sheet1!C5" } });
    expect(fake.get(4, 2)?.formula).toBe('=AICHIP.SPEC("910C","FP16")');
    const again = await workbook.insertFormula('=SUPPLIERS("NVQD")');
    expect(again).toMatchObject({ status: "occupied", occupied: 1 });
    expect(fake.get(4, 2)?.formula).toBe('=AICHIP.SPEC("910C","FP16")');
    expect(fake.runs).toBe(2);
    expect(fake.syncs).toBe(3);
  });

  test("reads the active cell in one run and one sync", async () => {
    const { fake, workbook } = setup();
    fake.set("D7", 800, '=AICHIP.SPEC("910C","FP16")');
    fake.active = { row: 6, col: 3 };
    await expect(workbook.activeCell()).resolves.toEqual({
      sheet: "Sheet1",
      address: "D7",
      at: { row: 6, col: 3 },
      formula: '=AICHIP.SPEC("910C","FP16")',
      value: 800,
      text: "800",
    });
    expect([fake.runs, fake.syncs]).toEqual([1, 1]);
  });

  test("registers and removes a selection handler", async () => {
    const { fake, workbook } = setup();
    const calls: number[] = [];
    const stop = await workbook.onSelectionChanged(() => calls.push(1));
    expect(fake.selectionHandlers).toHaveLength(1);
    await fake.selectionHandlers[0]();
    expect(calls).toEqual([1]);
    stop();
    await new Promise((resolve) => setImmediate(resolve));
    expect(fake.selectionHandlers).toHaveLength(0);
  });
});

describe("ExcelWorkbook.insertFormula over a spill area", () => {
  test("checks every cell the result spills into, offers the rows under the data, formats the cell, replaces only when told", async () => {
    const { fake, workbook } = setup();
    for (let r = 0; r < 9; r++) for (let c = 2; c < 10; c++) fake.set(`${"ABCDEFGHIJ"[c]}${r + 1}`, `d${r}${c}`);
    fake.active = { row: 0, col: 4 };
    const refused = await workbook.insertFormula('=SUPPLIERS("NVQD")', { size: { rows: 12, cols: 1 } });
    expect(refused).toMatchObject({ status: "occupied", occupied: 9, place: { address: "Sheet1!E1:E12" }, free: { address: "Sheet1!E11:E22", at: { row: 10, col: 4 } } });
    expect(fake.get(0, 4)?.value).toBe("d04");
    if (refused.status !== "occupied") throw new Error("expected a refusal");
    await expect(workbook.insertFormula('=SUPPLIERS("NVQD")', { at: refused.free.at, size: { rows: 12, cols: 1 } })).resolves.toMatchObject({
      status: "written",
      place: { address: "Sheet1!E11:E22" },
    });
    expect(fake.get(10, 4)?.formula).toBe('=SUPPLIERS("NVQD")');
    await workbook.insertFormula('=CAPEX.CAGR("Tencent",2020,2024)', { at: { row: 30, col: 0 }, format: "0.00%" });
    expect(fake.get(30, 0)?.format).toBe("0.00%");
    await expect(workbook.insertFormula('=SUPPLIERS("NVQD")', { at: { row: 0, col: 5 }, size: { rows: 12, cols: 1 }, overwrite: true })).resolves.toMatchObject({
      status: "written",
    });
    expect(fake.get(0, 5)?.formula).toBe('=SUPPLIERS("NVQD")');
    expect(fake.get(1, 5)?.value ?? "").toBe("");
    expect(fake.get(0, 6)?.value).toBe("d06");
  });
});
