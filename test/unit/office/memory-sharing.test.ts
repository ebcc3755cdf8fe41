/**
 * Sharing through the in-memory workbook (what preview mode runs), with formulas really evaluated:
 * freeze/restore round trips byte for byte (a spilled SUPPLIERS, a formula mixing the add-in with
 * Excel's ROUND, a reference to another sheet), the stamp and its diff against a newer catalogue, the
 * error inspector, and templates landing as sheets whose formulas answer.
 */
import type { Catalog } from "../../../src/data/catalog";
import { Atlas } from "../../../src/domain/atlas";
import { MemoryWorkbook } from "../../../src/office/memory";
import { LEDGER_SHEET, NOTE_SHEET } from "../../../src/office/workbook";
import { ADDIN_IDS } from "../../../src/sharing/ids";
import { inspect } from "../../../src/sharing/inspector";
import { diffStamp, makeStamp, parseStamp } from "../../../src/sharing/stamp";
import { acceleratorComparison, batCapexModel, supplyChainMap } from "../../../src/sharing/templates";
import { atlasEvaluator } from "../../../src/formula/atlas";
import { testCatalog } from "../../support/catalog";

const atlas = new Atlas(testCatalog());
const book = () => new MemoryWorkbook(atlasEvaluator(atlas), () => Promise.resolve());

const MIXED = '=ROUND(AICHIP.SPEC("910C","FP16")/1000,1)';
const CROSS = "=CAPEX.CAGR('Model inputs'!A1,2020,2024)";
const SPILL = '=SUPPLIERS("UQD")';

function model(): MemoryWorkbook {
  const wb = book();
  wb.load({
    sheets: [
      { name: "Model", cells: { A1: "Chip", A2: "910C", B2: '=AICHIP.SPEC(A2,"FP16")', B3: MIXED, B4: CROSS, C2: "=B2*2", D2: SPILL, F1: "=SUM(B2:B3)" } },
      { name: "Model inputs", cells: { A1: "Tencent", B1: "=Model!B2" } },
    ],
  });
  return wb;
}

const allFormulas = (wb: MemoryWorkbook) =>
  wb.allSheets().flatMap((s) =>
    Array.from({ length: 20 }, (_, r) => Array.from({ length: 8 }, (_, c) => `${String.fromCharCode(65 + c)}${r + 1}`))
      .flat()
      .map((a) => [s.name, a, wb.formulaAt(s.name, a)] as const)
      .filter(([, , f]) => f !== ""),
  );

describe("the preview engine evaluates what the templates and mixed formulas need", () => {
  test("references on any sheet, Excel's ROUND and IFERROR around add-in calls, & and arithmetic", () => {
    const wb = model();
    expect(wb.valueAt("Model", "B2")).toBe(800);
    expect(wb.valueAt("Model", "B3")).toBe(0.8);
    expect(wb.valueAt("Model", "B4")).toBeCloseTo(0.2259, 4);
    expect(wb.valueAt("Model", "C2")).toBe(1600);
    expect(wb.valueAt("Model inputs", "B1")).toBe(800);
    expect(wb.valueAt("Model", "D3")).not.toBe("");
    expect(wb.valueAt("Model", "F1")).toBe("#NAME?");
    const ev = atlasEvaluator(atlas);
    const read = { read: () => "910X" };
    expect(ev('=IFERROR(AICHIP.SPEC(A1,"FP16"),"n/a")', read)).toEqual({ ok: true, value: "n/a" });
    expect(ev('=AICHIP.SPEC(A1,"FP16")', read)).toMatchObject({ ok: false, error: "#N/A", message: expect.stringMatching(/910X/) });
    expect(ev('=ATLAS.VALUE("Tencent","capex",2020&"")', read)).toMatchObject({ ok: true });
  });
});

describe("freeze and restore in the preview workbook", () => {
  test("freezing the workbook leaves values, a hidden ledger and a visible note; restore gives back every formula byte for byte", async () => {
    const wb = model();
    const before = allFormulas(wb);
    const shownBefore = wb.valueAt("Model", "D3");
    const outcome = await wb.freeze(undefined, atlas.catalog.version, new Date("2026-11-28T10:00:00Z"));
    expect(outcome).toEqual({ frozen: 4, sheets: ["Model"] });
    expect(wb.formulaAt("Model", "B2")).toBe("");
    expect(wb.formulaAt("Model", "C2")).toBe("=B2*2");
    expect(wb.valueAt("Model", "B3")).toBe(0.8);
    expect(wb.valueAt("Model", "D3")).toBe(shownBefore);
    expect(wb.allSheets()).toEqual([
      { name: "Model", hidden: false },
      { name: "Model inputs", hidden: false },
      { name: NOTE_SHEET, hidden: false },
      { name: LEDGER_SHEET, hidden: true },
    ]);
    // The note sheet explains, the scan never treats the ledger or the note as model sheets.
    expect((await wb.scan()).sheets).toEqual(["Model", "Model inputs"]);
    expect(String(wb.valueAt(NOTE_SHEET, "A2"))).toMatch(/4 AI Compute Atlas formulas/);

    await expect(wb.restore(undefined)).resolves.toEqual({ status: "restored", restored: 4, missing: [] });
    expect(allFormulas(wb)).toEqual(before);
    expect(wb.valueAt("Model", "D3")).toBe(shownBefore);
    expect(wb.valueAt("Model", "B4")).toBeCloseTo(0.2259, 4);
    expect(wb.allSheets().map((s) => s.name)).toEqual(["Model", "Model inputs"]);
  });

  test("a cell edited since the freeze: restore asks, and restores only when forced", async () => {
    const wb = model();
    await wb.freeze("Model", "0.1.0", new Date());
    wb.activate("Model");
    wb.setCell({ row: 2, col: 1 }, "0.9");
    const asked = await wb.restore("Model");
    expect(asked).toMatchObject({ status: "edited", edited: [{ address: "B3", formula: MIXED }] });
    expect(wb.valueAt("Model", "B3")).toBe(0.9);
    await expect(wb.restore("Model", { force: true })).resolves.toMatchObject({ status: "restored", restored: 4 });
    expect(wb.formulaAt("Model", "B3")).toBe(MIXED);
  });

  test("a cell edited inside a frozen spill is named by its own address, not the spill's anchor (issue 17, item 8)", async () => {
    const wb = model();
    await wb.freeze("Model", "0.1.0", new Date());
    wb.activate("Model");
    wb.setCell({ row: 2, col: 3 }, "edited");
    const asked = await wb.restore("Model");
    expect(asked).toMatchObject({ status: "edited", edited: [{ address: "D2", editedCells: ["D3"] }] });
    // The ledger keeps a short hash per spilled cell: that is what names the edited one.
    const ledger = await wb.frozen();
    expect(ledger?.entries.find((e) => e.address === "D2")?.cells).toMatch(/^[0-9a-z]+(\.[0-9a-z]+)+$/);
  });

  test("a sheet frozen alone; a second freeze merges; nothing frozen means nothing to restore", async () => {
    const wb = model();
    await expect(wb.restore(undefined)).resolves.toEqual({ status: "nothing" });
    await wb.freeze("Model inputs", "0.1.0", new Date());
    expect(wb.formulaAt("Model", "B2")).toBe('=AICHIP.SPEC(A2,"FP16")');
    expect(wb.formulaAt("Model inputs", "B1")).toBe("=Model!B2"); // Excel's own formula: not frozen
    await wb.freeze("Model", "0.1.0", new Date());
    expect((await wb.frozen())?.entries.map((e) => `${e.sheet}!${e.address}`)).toEqual(["Model!B2", "Model!D2", "Model!B3", "Model!B4"]);
  });
});

describe("data-version stamp and inspector over the workbook", () => {
  test("the stamp records the workbook's calls; a newer catalogue lists what changed, old and new, and where", async () => {
    const wb = model();
    const scan = await wb.scan();
    const stamp = makeStamp(atlas, scan.cells, ADDIN_IDS, scan.valueAt, new Date("2026-11-28T00:00:00Z"));
    await wb.setSetting("atlas.dataStamp", stamp);
    const stored = parseStamp(await wb.getSetting("atlas.dataStamp"));
    expect(stored).toEqual(stamp);
    expect(stamp.calls.map((c) => `${c.sheet}!${c.address} ${c.text}`)).toEqual([
      'Model!B2 AICHIP.SPEC(A2,"FP16")',
      'Model!D2 SUPPLIERS("UQD")',
      'Model!B3 AICHIP.SPEC("910C","FP16")',
      "Model!B4 CAPEX.CAGR('Model inputs'!A1,2020,2024)",
    ]);

    const newer: Catalog = structuredClone(atlas.catalog);
    newer.version = "9.9.9";
    newer.contentHash = "newer";
    newer.facts.find((f) => f.entity === "ascend-910c" && f.metric === "fp16" && f.preferred)!.value = 900;
    const diff = diffStamp(new Atlas(newer), stored!);
    expect(diff).toMatchObject({ newerData: true, from: { version: atlas.catalog.version }, to: { version: "9.9.9" } });
    expect(diff.changes.map((c) => [c.address, c.before, c.after])).toEqual([
      ["B2", { value: 800 }, { value: 900 }],
      ["B3", { value: 800 }, { value: 900 }],
    ]);
    expect(diffStamp(atlas, stored!).changes).toEqual([]);
  });

  test("recalculate runs every add-in formula again and counts them", async () => {
    const wb = model();
    await expect(wb.recalculate()).resolves.toBe(4);
    expect(wb.calculations).toBe(1);
  });

  test("the inspector finds a bad chip on another sheet, with a fix the workbook can apply", async () => {
    const wb = model();
    wb.activate("Model inputs");
    wb.setCell({ row: 4, col: 2 }, '=AICHIP.SPEC("910X","FP16")');
    const scan = await wb.scan();
    const findings = inspect(atlas, scan.cells, ADDIN_IDS, scan.valueAt);
    expect(findings).toHaveLength(1);
    const [f] = findings;
    expect(f).toMatchObject({ sheet: "Model inputs", address: "C5", error: "#N/A", fix: { replace: "910X" } });
    const fixed = f.formula.replace(`"${f.fix!.replace}"`, `"${f.fix!.with}"`);
    await expect(wb.replaceFormula(f.sheet, f.address, "=stale", fixed)).resolves.toBe(false);
    await expect(wb.replaceFormula(f.sheet, f.address, f.formula, fixed)).resolves.toBe(true);
    expect(typeof wb.valueAt("Model inputs", "C5")).toBe("number");
    await wb.selectCell("Model", "B3");
    expect([wb.sheet, wb.selection]).toEqual(["Model", { row: 2, col: 1 }]);
  });
});

describe("templates in the preview workbook", () => {
  test("each template lands as a new, uniquely named sheet whose live formulas answer", async () => {
    const wb = book();
    const plans = [acceleratorComparison(atlas), batCapexModel(atlas), supplyChainMap(atlas, "NVQD")!, acceleratorComparison(atlas)];
    const added = [];
    for (const plan of plans) added.push(await wb.addSheet(plan));
    expect(added.map((a) => a.sheet)).toEqual(["Accelerators", "BAT capex", plans[2].sheetName, "Accelerators (2)"]);
    expect(added[1].charted).toBe(true);
    expect(wb.sheet).toBe("Accelerators (2)");
    expect(wb.valueAt("Accelerators", "B5")).toBe(800);
    expect(wb.valueAt("BAT capex", "F4")).toBeCloseTo(0.2259, 3);
    expect(wb.valueAt(plans[2].sheetName, "A5")).not.toBe("");
    const errors = (await wb.scan()).cells.filter((c) => typeof c.values[0][0] === "string" && String(c.values[0][0]).startsWith("#"));
    expect(errors).toEqual([]);
  });
});
