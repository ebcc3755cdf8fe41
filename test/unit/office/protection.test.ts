/**
 * Protected sheets and workbooks (office-js #6395): Insert, Freeze, Restore, Recalculate (where it writes),
 * template sheets and inspector fixes check protection before writing anything and refuse with a message;
 * nothing is half done. The fake Excel fails a write to a protected sheet at sync, after the writes queued
 * before it, as Excel does; so a missing check would show as a partial write here.
 */
import { Atlas } from "../../../src/domain/atlas";
import { ExcelWorkbook, type ExcelApi } from "../../../src/office/excel";
import { MemoryWorkbook } from "../../../src/office/memory";
import { LEDGER_SHEET, NOTE_SHEET, Protected, type TableWrite, type Workbook } from "../../../src/office/workbook";
import { batCapexModel } from "../../../src/sharing/templates";
import { atlasEvaluator } from "../../../src/formula/atlas";
import { testCatalog } from "../../support/catalog";
import { FakeExcel } from "../../support/fake-excel";

const atlas = new Atlas(testCatalog());
const ALL = ["1.1", "1.2", "1.3", "1.4", "1.6", "1.7", "1.12"];
const table: TableWrite = {
  name: "T",
  title: "Title",
  headers: ["a", "b"],
  rows: [
    [
      { value: "910C", format: "@" },
      { value: 800, formula: '=AICHIP.SPEC("910C","FP16")', format: "General" },
    ],
  ],
  source: "Source",
  widths: [6, 6],
};

function excel(supported = ALL) {
  const fake = new FakeExcel();
  fake.sheetName = "Model";
  fake.set("A1", "Chip");
  fake.set("B2", 800, '=AICHIP.SPEC("910C","FP16")');
  fake.set("B3", 320, '=AICHIP.SPEC("910B","FP16")');
  fake.addSheet("Other").cells.set("0:0", { value: 157, formula: '=AICHIP.SERVERS("910C",1000)', format: "General" });
  fake.active = { row: 9, col: 0 };
  return { fake, workbook: new ExcelWorkbook(fake.api as unknown as ExcelApi, (_, v) => supported.includes(v)) };
}

const snapshot = (fake: FakeExcel) => JSON.stringify(fake.sheets.map((s) => [s.name, s.visibility, [...s.cells].sort()]));

describe("Excel: protection is checked before anything is written", () => {
  test("insert table and insert formula on a protected sheet: refused, nothing written, no extra sync", async () => {
    const { fake, workbook } = excel();
    fake.sheet("Model").protected = true;
    const before = snapshot(fake);
    await expect(workbook.insertTable(table)).resolves.toMatchObject({ status: "protected", place: { sheet: "Model", address: "Model!A10:B13" } });
    await expect(workbook.insertFormula("=1")).resolves.toMatchObject({ status: "protected" });
    expect(snapshot(fake)).toBe(before);
    expect(fake.tables).toEqual([]);
    expect([fake.runs, fake.syncs]).toEqual([2, 2]);
  });

  test("freeze with one protected sheet among those it would change: Protected naming it, no sheet frozen, no ledger", async () => {
    const { fake, workbook } = excel();
    fake.sheet("Other").protected = true;
    const before = snapshot(fake);
    const refusal = workbook.freeze(undefined, "0.1.0", new Date());
    await expect(refusal).rejects.toBeInstanceOf(Protected);
    await expect(refusal).rejects.toMatchObject({ sheets: ["Other"], structure: false });
    expect(snapshot(fake)).toBe(before);
    // Freezing only the unprotected sheet works.
    await expect(workbook.freeze("Model", "0.1.0", new Date())).resolves.toMatchObject({ frozen: 2 });
  });

  test("freeze in a workbook whose structure is protected (the ledger sheet cannot be added): refused, nothing written", async () => {
    const { fake, workbook } = excel();
    fake.workbookProtected = true;
    const before = snapshot(fake);
    await expect(workbook.freeze(undefined, "0.1.0", new Date())).rejects.toMatchObject({ structure: true });
    expect(snapshot(fake)).toBe(before);
  });

  test("restore onto a sheet protected since the freeze: refused, ledger and values intact", async () => {
    const { fake, workbook } = excel();
    await workbook.freeze(undefined, "0.1.0", new Date());
    fake.sheet("Other").protected = true;
    const before = snapshot(fake);
    await expect(workbook.restore(undefined)).rejects.toMatchObject({ sheets: ["Other"] });
    expect(snapshot(fake)).toBe(before);
    expect(fake.sheets.map((s) => s.name)).toEqual(expect.arrayContaining([LEDGER_SHEET, NOTE_SHEET]));
    fake.sheet("Other").protected = false;
    await expect(workbook.restore(undefined)).resolves.toMatchObject({ status: "restored", restored: 3 });
  });

  test("template sheets in a structure-protected workbook: refused before the sheet is added", async () => {
    const { fake, workbook } = excel();
    fake.workbookProtected = true;
    await expect(workbook.addSheet(batCapexModel(atlas))).rejects.toMatchObject({ structure: true });
    expect(fake.sheets.map((s) => s.name)).toEqual(["Model", "Other"]);
  });

  test("an inspector fix on a protected sheet: refused", async () => {
    const { fake, workbook } = excel();
    fake.sheet("Model").protected = true;
    await expect(workbook.replaceFormula("Model", "B2", '=AICHIP.SPEC("910C","FP16")', "=1")).rejects.toBeInstanceOf(Protected);
    expect(fake.at("B2", "Model")?.formula).toBe('=AICHIP.SPEC("910C","FP16")');
  });

  test("recalculate with ExcelApi 1.6 marks each sheet dirty and writes nothing, so a protected sheet recalculates too", async () => {
    const { fake, workbook } = excel();
    fake.sheet("Model").protected = true;
    await expect(workbook.recalculate()).resolves.toBe(3);
    expect(fake.log).toEqual(["calculate sheet Model markAllDirty", "calculate sheet Other markAllDirty"]);
  });

  test("recalculate without ExcelApi 1.6 re-enters formulas: a protected sheet refuses it before any is re-entered", async () => {
    const { fake, workbook } = excel(["1.1", "1.2", "1.7"]);
    fake.sheet("Other").protected = true;
    await expect(workbook.recalculate()).rejects.toMatchObject({ sheets: ["Other"] });
    expect(fake.log).toEqual([]);
    fake.sheet("Other").protected = false;
    await expect(workbook.recalculate()).resolves.toBe(3);
    expect(fake.log).toEqual(["formulas B2", "formulas B3", "formulas A1", "calculate Full"]);
  });
});

describe("preview workbook: the same refusals", () => {
  function memory(): MemoryWorkbook {
    const wb = new MemoryWorkbook(atlasEvaluator(atlas), () => Promise.resolve());
    wb.load({
      sheets: [
        { name: "Model", protected: true, cells: { A1: "Chip", B2: '=AICHIP.SPEC("910C","FP16")' } },
        { name: "Open", cells: { A1: '=AICHIP.SERVERS("910C",1000)' } },
      ],
    });
    return wb;
  }
  const formulas = (wb: MemoryWorkbook) => [wb.formulaAt("Model", "B2"), wb.formulaAt("Open", "A1"), wb.allSheets().length];

  test("insert on a protected sheet, freeze, template: refused and nothing changes", async () => {
    const wb: MemoryWorkbook & Workbook = memory();
    const before = formulas(wb);
    await expect(wb.insertFormula("=1", { at: { row: 5, col: 0 } })).resolves.toMatchObject({ status: "protected" });
    await expect(wb.insertTable(table, { at: { row: 5, col: 0 } })).resolves.toMatchObject({ status: "protected" });
    await expect(wb.freeze(undefined, "0.1.0", new Date())).rejects.toMatchObject({ sheets: ["Model"] });
    expect(formulas(wb)).toEqual(before);
    wb.protect(undefined);
    await expect(wb.addSheet(batCapexModel(atlas))).rejects.toMatchObject({ structure: true });
    expect(wb.allSheets().length).toBe(2);
    await expect(wb.recalculate()).resolves.toBe(2);
  });

  test("restore onto a sheet protected after the freeze: refused; unprotected, it restores", async () => {
    const wb = memory();
    wb.protect("Model", false);
    await wb.freeze(undefined, "0.1.0", new Date());
    wb.protect("Model");
    await expect(wb.restore(undefined)).rejects.toMatchObject({ sheets: ["Model"] });
    expect(wb.formulaAt("Model", "B2")).toBe("");
    wb.protect("Model", false);
    await expect(wb.restore(undefined)).resolves.toMatchObject({ status: "restored", restored: 2 });
    expect(wb.formulaAt("Model", "B2")).toBe('=AICHIP.SPEC("910C","FP16")');
  });
});
