/**
 * A write that would run past XFD1048576 is refused by both workbooks through the one shared check
 * (offSheetRefusal), with a place that fits offered; nothing is written and nothing is reported as written.
 */
import { Atlas } from "../../../src/domain/atlas";
import { atlasEvaluator } from "../../../src/formula/atlas";
import { ExcelWorkbook, type ExcelApi } from "../../../src/office/excel";
import { MemoryWorkbook } from "../../../src/office/memory";
import { fitsSheet, freePlace, offSheetRefusal, type TableWrite, type Workbook } from "../../../src/office/workbook";
import { testCatalog } from "../../support/catalog";
import { FakeExcel } from "../../support/fake-excel";

/** 8 columns, 11 rows with title, header and source: the domestic-cards table's footprint. */
const table: TableWrite = {
  name: "Atlas_edge",
  title: "Edge",
  headers: ["a", "b", "c", "d", "e", "f", "g", "h"],
  rows: Array.from({ length: 8 }, (_, r) => Array.from({ length: 8 }, (_, c) => ({ value: `r${r}c${c}`, format: "@" }))),
  source: "Source: report",
  widths: Array(8).fill(6),
};
const XFA1048570 = { row: 1048569, col: 16380 };

test("the shared check: A1:XFD1048576 is the whole sheet; the offered place is moved up and left just enough", () => {
  expect(fitsSheet({ row: 1048575, col: 16383 }, { rows: 1, cols: 1 })).toBe(true);
  expect(fitsSheet({ row: 1048575, col: 16383 }, { rows: 2, cols: 1 })).toBe(false);
  expect(fitsSheet({ row: 0, col: 16383 }, { rows: 1, cols: 2 })).toBe(false);
  expect(offSheetRefusal("Sheet1", { row: 0, col: 0 }, { rows: 11, cols: 8 })).toBeUndefined();
  expect(offSheetRefusal("Sheet1", XFA1048570, { rows: 11, cols: 8 })).toEqual({
    status: "offSheet",
    place: { sheet: "Sheet1", at: XFA1048570, address: "Sheet1!XFA1048570" },
    size: { rows: 11, cols: 8 },
    fit: { sheet: "Sheet1", at: { row: 1048565, col: 16376 }, address: "Sheet1!XEW1048566:XFD1048576" },
  });
  // A free place below data that reaches the last rows would run off the sheet: the place offered is right of it.
  expect(freePlace("Sheet1", { rows: 1048570, cols: 3 }, { row: 0, col: 0 }, { rows: 11, cols: 8 }).address).toBe("Sheet1!E1:L11");
  expect(freePlace("Sheet1", { rows: 4, cols: 3 }, { row: 0, col: 16383 }, { rows: 11, cols: 8 }).address).toBe("Sheet1!XEW6:XFD16");
});

const memory = () => new MemoryWorkbook(atlasEvaluator(new Atlas(testCatalog())), () => Promise.resolve());
function excel() {
  const fake = new FakeExcel();
  return { fake, workbook: new ExcelWorkbook(fake.api as unknown as ExcelApi, () => true) };
}

describe.each([
  [
    "preview",
    () => ({
      workbook: memory() as Workbook,
      cells: (wb: Workbook) => (wb as MemoryWorkbook).snapshot().sheets[0].cells.length,
      select: (wb: Workbook) => (wb as MemoryWorkbook).select(XFA1048570),
    }),
  ],
  [
    "Excel",
    () => {
      const { fake, workbook } = excel();
      return { workbook: workbook as Workbook, cells: () => fake.log.length, select: () => (fake.active = XFA1048570) };
    },
  ],
])("%s workbook", (_, make) => {
  test("a table from the active cell XFA1048570 is refused, nothing written, and lands whole at the place offered", async () => {
    const { workbook, cells, select } = make();
    select(workbook);
    const refused = await workbook.insertTable(table);
    expect(refused).toMatchObject({ status: "offSheet", place: { address: "Sheet1!XFA1048570" }, fit: { address: "Sheet1!XEW1048566:XFD1048576" } });
    expect(cells(workbook)).toBe(0);
    if (refused.status !== "offSheet" || !refused.fit) throw new Error("expected a place that fits");
    await expect(workbook.insertTable(table, { at: refused.fit.at })).resolves.toMatchObject({ status: "written", place: { address: "Sheet1!XEW1048566:XFD1048576" } });
  });

  test("a given place past the edge and a spilling formula at XFD1 are refused the same way", async () => {
    const { workbook, cells } = make();
    await expect(workbook.insertTable(table, { at: { row: 0, col: 16383 } })).resolves.toMatchObject({ status: "offSheet", fit: { address: "Sheet1!XEW1:XFD11" } });
    await expect(workbook.insertFormula('=SUPPLIERS("NVQD")', { at: { row: 0, col: 16383 }, size: { rows: 1, cols: 3 } })).resolves.toMatchObject({
      status: "offSheet",
      place: { address: "Sheet1!XFD1" },
      fit: { address: "Sheet1!XFB1:XFD1" },
    });
    expect(cells(workbook)).toBe(0);
    // A spill down from XFD1 fits: it is written.
    await expect(workbook.insertFormula('=SUPPLIERS("NVQD")', { at: { row: 0, col: 16383 }, size: { rows: 12, cols: 1 } })).resolves.toMatchObject({ status: "written" });
  });
});
