/**
 * The Excel adapter's sharing pieces against the fake Excel: freeze and restore round trips (formulas
 * back byte for byte), the hidden ledger and its visible note, settings, recalculation, selection,
 * templates as new sheets. Each action is one Excel.run with a fixed number of syncs, whatever its size.
 */
import { ExcelWorkbook, keepAsTyped, pointsForChars, type ExcelApi } from "../../../src/office/excel";
import { LEDGER_SHEET, NOTE_SHEET, Unsupported } from "../../../src/office/workbook";
import { Atlas } from "../../../src/domain/atlas";
import { batCapexModel } from "../../../src/sharing/templates";
import { FakeExcel } from "../../support/fake-excel";
import { testCatalog } from "../../support/catalog";

const ALL = ["1.1", "1.2", "1.3", "1.4", "1.7", "1.12"];

function setup(supported = ALL) {
  const fake = new FakeExcel();
  const workbook = new ExcelWorkbook(fake.api as unknown as ExcelApi, (_, v) => supported.includes(v));
  return { fake, workbook };
}

const MIXED = '=ROUND(AICHIP.SPEC("910C","FP16")/1000,1)';
const CROSS = "=CAPEX.CAGR('Model inputs'!A1,2020,2024)";
const SPILL = '=SUPPLIERS("UQD")';

/** A two-sheet model: a spill, a mixed formula, a reference to another sheet, an Excel-only formula, constants. */
function model(fake: FakeExcel) {
  fake.sheetName = "Model";
  fake.addSheet("Model inputs").cells.set("0:0", { value: "Tencent", format: "General" });
  fake.set("A1", "Chip");
  fake.set("B2", 800, '=AICHIP.SPEC("910C","FP16")');
  fake.set("B3", 0.8, MIXED);
  fake.set("B4", 0.2259, CROSS);
  fake.set("C2", 1600, "=B2*2");
  fake.spill("D2", SPILL, [["双鸿科技"], ["2025"], ["丹佛斯"]]);
  fake.set("A1", 0.2259, "=B4", "Model inputs");
  fake.set("B1", 7, '=AICHIP.SPEC("910C","process")', "Model inputs");
}

const formulasOf = (fake: FakeExcel) => fake.sheets.flatMap((s) => [...s.cells].filter(([, c]) => c.formula).map(([k, c]) => `${s.name}!${k}=${c.formula}`)).sort();

describe("freeze and restore in Excel", () => {
  test("scan reads every formula with its value and spill range in one run and three syncs", async () => {
    const { fake, workbook } = setup();
    model(fake);
    const scan = await workbook.scan();
    expect([fake.runs, fake.syncs]).toEqual([1, 3]);
    expect(scan.sheets).toEqual(["Model", "Model inputs"]);
    expect(scan.cells.find((c) => c.address === "D2")).toEqual({ sheet: "Model", address: "D2", formula: SPILL, values: [["双鸿科技"], ["2025"], ["丹佛斯"]], spill: "D2:D4" });
    expect(scan.cells.find((c) => c.address === "C2")).toEqual({ sheet: "Model", address: "C2", formula: "=B2*2", values: [[1600]] });
    expect(scan.valueAt("Model inputs", "A1")).toBe(0.2259);
    expect(scan.valueAt("Model", "Z99")).toBe("");
    expect(scan.valueAt("Nope", "A1")).toBeUndefined();
  });

  test("freezes the workbook to values, keeps the formulas in a hidden ledger with a visible note, and restores them byte for byte", async () => {
    const { fake, workbook } = setup();
    model(fake);
    const before = formulasOf(fake);
    const outcome = await workbook.freeze(undefined, "0.1.0", new Date("2026-11-28T10:00:00Z"));
    expect(outcome).toEqual({ frozen: 5, sheets: ["Model", "Model inputs"] });
    expect([fake.runs, fake.syncs]).toEqual([1, 4]);
    // Only Excel's own formulas remain; every add-in formula is its value.
    expect(formulasOf(fake).filter((f) => !f.includes(LEDGER_SHEET))).toEqual(["Model inputs!0:0==B4", "Model!1:2==B2*2"]);
    expect(fake.at("B3", "Model")).toMatchObject({ value: 0.8 });
    expect(fake.at("D3", "Model")).toMatchObject({ value: "2025", quoted: true });
    expect(fake.sheet(LEDGER_SHEET).visibility).toBe("Hidden");
    expect(fake.sheet(NOTE_SHEET).visibility).toBe("Visible");
    expect(String(fake.at("A2", NOTE_SHEET)?.value)).toMatch(/5 AI Compute Atlas formulas were replaced by their values on 2026-11-28/);
    expect([...fake.sheet(LEDGER_SHEET).cells.values()].every((c) => c.format === "@" && !c.formula)).toBe(true);

    const frozen = await workbook.frozen();
    expect(frozen?.entries.map((e) => e.formula)).toEqual(['=AICHIP.SPEC("910C","FP16")', SPILL, MIXED, CROSS, '=AICHIP.SPEC("910C","process")']);

    const runs = fake.runs;
    const syncs = fake.syncs;
    await expect(workbook.restore(undefined)).resolves.toEqual({ status: "restored", restored: 5, missing: [] });
    expect([fake.runs - runs, fake.syncs - syncs]).toEqual([1, 4]);
    expect(formulasOf(fake)).toEqual(before);
    // The spill's cells were emptied first, or the restored SUPPLIERS would meet #SPILL!.
    expect(fake.at("D3", "Model")).toBeUndefined();
    expect(fake.log).toContain("clear Contents Model!D2:D4");
    expect(fake.sheets.map((s) => s.name)).toEqual(["Model", "Model inputs"]);
    await expect(workbook.frozen()).resolves.toBeUndefined();
  });

  test("restore asks first when a frozen cell was edited: nothing written until forced", async () => {
    const { fake, workbook } = setup();
    model(fake);
    await workbook.freeze("Model", "0.1.0", new Date());
    fake.set("B2", 801, undefined, "Model");
    const asked = await workbook.restore("Model");
    expect(asked.status).toBe("edited");
    if (asked.status === "edited") expect(asked.edited.map((e) => e.address)).toEqual(["B2"]);
    expect(fake.at("B2", "Model")).toMatchObject({ value: 801 });
    expect(fake.at("B3", "Model")?.formula).toBeUndefined();
    await expect(workbook.restore("Model", { force: true })).resolves.toMatchObject({ status: "restored", restored: 4 });
    expect(fake.at("B2", "Model")?.formula).toBe('=AICHIP.SPEC("910C","FP16")');
  });

  test("freezing sheet by sheet keeps one ledger; restoring one sheet leaves the other frozen", async () => {
    const { fake, workbook } = setup();
    model(fake);
    await workbook.freeze("Model", "0.1.0", new Date());
    await workbook.freeze("Model inputs", "0.1.0", new Date());
    expect((await workbook.frozen())?.entries).toHaveLength(5);
    await workbook.restore("Model inputs");
    expect(fake.at("B1", "Model inputs")?.formula).toBe('=AICHIP.SPEC("910C","process")');
    expect((await workbook.frozen())?.entries.map((e) => e.sheet)).toEqual(["Model", "Model", "Model", "Model"]);
    expect(fake.sheet(LEDGER_SHEET).visibility).toBe("Hidden");
    expect(String(fake.at("A5", NOTE_SHEET)?.value)).toBe("Model: 4 frozen cells");
  });

  test("without ExcelApi 1.12 (spill ranges) freezing is refused before anything is read or written", async () => {
    const { fake, workbook } = setup(["1.1", "1.2", "1.4", "1.7"]);
    model(fake);
    await expect(workbook.freeze(undefined, "0.1.0", new Date())).rejects.toBeInstanceOf(Unsupported);
    expect(fake.runs).toBe(0);
    expect(fake.at("B2", "Model")?.formula).toBeDefined();
  });

  test("a damaged ledger is never overwritten or half-restored", async () => {
    const { fake, workbook } = setup();
    model(fake);
    await workbook.freeze("Model", "0.1.0", new Date());
    fake.sheet(LEDGER_SHEET).cells.set("1:3", { value: "=broken", format: "@" });
    await expect(workbook.restore(undefined)).rejects.toThrow(/damaged/);
    await expect(workbook.freeze("Model inputs", "0.1.0", new Date())).rejects.toThrow(/damaged/);
    expect(fake.at("B1", "Model inputs")?.formula).toBeDefined();
  });

  test("text that Excel would read as a number, date, boolean or formula keeps an apostrophe", () => {
    expect(["2025", "1-2", "=x", "TRUE", "双鸿科技", "7nm", 5, "#N/A"].map(keepAsTyped)).toEqual(["'2025", "'1-2", "'=x", "'TRUE", "双鸿科技", "7nm", 5, "#N/A"]);
  });
});

describe("settings, recalculation, selection", () => {
  test("workbook settings round-trip as JSON, one run and one sync each; without ExcelApi 1.4 they are absent", async () => {
    const { fake, workbook } = setup();
    await expect(workbook.getSetting("atlas.dataStamp")).resolves.toBeUndefined();
    await expect(workbook.setSetting("atlas.dataStamp", { dataVersion: "0.1.0", calls: [] })).resolves.toBe(true);
    await expect(workbook.getSetting("atlas.dataStamp")).resolves.toEqual({ dataVersion: "0.1.0", calls: [] });
    expect([fake.runs, fake.syncs]).toEqual([3, 3]);
    const old = setup(["1.1"]);
    await expect(old.workbook.setSetting("k", 1)).resolves.toBe(false);
    await expect(old.workbook.getSetting("k")).resolves.toBeUndefined();
    expect(old.fake.runs).toBe(0);
  });

  test("recalculate re-enters every add-in formula (not Excel's own) and asks for a full calculation, in one run", async () => {
    const { fake, workbook } = setup();
    model(fake);
    await expect(workbook.recalculate()).resolves.toBe(5);
    expect(fake.runs).toBe(1);
    expect(fake.syncs).toBe(4);
    const rewrites = fake.log.filter((l) => l.startsWith("formulas"));
    expect(rewrites).toEqual(["formulas B2", "formulas D2", "formulas B3", "formulas B4", "formulas B1"]);
    expect(fake.log[fake.log.length - 1]).toBe("calculate Full");
    expect(fake.at("C2", "Model")?.formula).toBe("=B2*2");
  });

  test("replaceFormula writes only over the formula it expects; selectCell activates the sheet and the cell", async () => {
    const { fake, workbook } = setup();
    model(fake);
    await expect(workbook.replaceFormula("Model", "B2", '=AICHIP.SPEC("910X","FP16")', "=1")).resolves.toBe(false);
    expect(fake.at("B2", "Model")?.formula).toBe('=AICHIP.SPEC("910C","FP16")');
    await expect(workbook.replaceFormula("Model", "B2", '=AICHIP.SPEC("910C","FP16")', '=AICHIP.SPEC("910B","FP16")')).resolves.toBe(true);
    expect(fake.at("B2", "Model")?.formula).toBe('=AICHIP.SPEC("910B","FP16")');
    await workbook.selectCell("Model inputs", "B1");
    expect([fake.activeSheet, fake.active]).toEqual(["Model inputs", { row: 0, col: 1 }]);
  });
});

describe("templates as new sheets", () => {
  const atlas = new Atlas(testCatalog());

  test("adds a uniquely named sheet with formats before values, styles, widths and a chart, in one run and two syncs", async () => {
    const { fake, workbook } = setup();
    fake.addSheet("BAT capex");
    const plan = batCapexModel(atlas);
    const added = await workbook.addSheet(plan);
    expect(added).toEqual({ sheet: "BAT capex (2)", charted: true });
    expect([fake.runs, fake.syncs]).toEqual([1, 2]);
    expect(fake.activeSheet).toBe("BAT capex (2)");
    const formula = plan.cells.find((c) => c.formula)!;
    expect(fake.at(formula.address, "BAT capex (2)")).toMatchObject({ formula: formula.formula, format: formula.numberFormat });
    expect(fake.log.indexOf(`numberFormat ${formula.address}`)).toBeLessThan(fake.log.indexOf(`formulas ${formula.address}`));
    expect(fake.at("A1", "BAT capex (2)")?.font).toMatchObject({ bold: true, size: 14 });
    expect(fake.at("A3", "BAT capex (2)")).toMatchObject({ fill: "#4472C4", font: { bold: true, color: "#FFFFFF" } });
    expect(fake.columnWidths.get(0)).toBe(pointsForChars(plan.columnWidths[0]));
    expect(fake.charts).toHaveLength(1);
    expect(fake.charts[0]).toMatchObject({ sheet: "BAT capex (2)", type: "ColumnClustered", source: "C3:C7", title: plan.chart?.title });
    expect(fake.charts[0].series).toEqual([
      { values: "C3:C7", xValues: "A4:A7" },
      { name: "Capex, end (亿元)", values: "E4:E7", xValues: "A4:A7" },
    ]);
  });
});
