/**
 * Sharing a workbook, planned purely: finding add-in calls in formulas, freezing them to values with a
 * ledger and restoring them exactly, stamping the data version and diffing against newer data, and
 * inspecting errors with a fix.
 */
import type { Catalog } from "../../../src/data/catalog";
import { Atlas } from "../../../src/domain/atlas";
import { FUNCTION_SPECS } from "../../../src/functions/registry";
import { addinCalls, parseFormula } from "../../../src/formula";
import { cellPrints, fingerprint, ledgerToRows, mergeLedgers, planFreeze, planRestore, rowsToLedger, type FormulaCell, type Scalar } from "../../../src/sharing/freeze";
import { inspect } from "../../../src/sharing/inspector";
import { diffStamp, makeStamp, parseStamp } from "../../../src/sharing/stamp";
import { testCatalog } from "../../support/catalog";

const ids = new Set(FUNCTION_SPECS.map((s) => s.id));
const atlas = new Atlas(testCatalog());

describe("finding add-in calls in formulas", () => {
  test.each([
    ['=AICHIP.SPEC("910C","FP16")', ['AICHIP.SPEC("910C","FP16")']],
    ['=ROUND(AICHIP.SPEC("910C","FP16")/1000,1)', ['AICHIP.SPEC("910C","FP16")']],
    ['=aichip.spec(A2, Sheet2!B$1) + CAPEX.CAGR("BAT",2022,2024)', ["aichip.spec(A2, Sheet2!B$1)", 'CAPEX.CAGR("BAT",2022,2024)']],
    ['="AICHIP.SPEC(x)"&A1', []],
    ["=SUM(A1:A3)", []],
    ['=_xldudf_SUPPLIERS("NVQD")', ['_xldudf_SUPPLIERS("NVQD")']],
    [`='Q"1'!A1&AICHIP.SPEC("910C","FP16")`, ['AICHIP.SPEC("910C","FP16")']],
    [`='It''s'!A1&AICHIP.SPEC("910C",'O''Neil "x"'!B2)`, [`AICHIP.SPEC("910C",'O''Neil "x"'!B2)`]],
    ["not a formula AICHIP.SPEC(1,2)", []],
  ])("%s", (formula, expected) => {
    expect(addinCalls(parseFormula(formula), ids).map((c) => c.text)).toEqual(expected);
  });

  test("arguments are split at top-level commas only", () => {
    expect(addinCalls(parseFormula('=ATLAS.VALUE("a,b",MAX(1,2),,"x""y")'), ids)[0].args).toEqual(['"a,b"', "MAX(1,2)", "", '"x""y"']);
  });
});

describe("freeze and restore", () => {
  const cells: FormulaCell[] = [
    { sheet: "Model", address: "B2", formula: '=AICHIP.SPEC("910C","FP16")', values: [[800]] },
    { sheet: "Model", address: "B3", formula: '=ROUND(AICHIP.SPEC(A3,"TDP")/1000,1)', values: [[0.3]] },
    { sheet: "Model", address: "D2", formula: '=SUPPLIERS("UQD")', values: [["双鸿科技"], ["富世达"], ["丹佛斯"]], spill: "D2:D4" },
    { sheet: "Other sheet", address: "A1", formula: "=Model!B2*2", values: [[1600]] },
    { sheet: "Other sheet", address: "A2", formula: "=CAPEX.CAGR('Model'!E1,2020,2024)", values: [[0.2259]] },
    { sheet: "Model", address: "F1", formula: "=SUM(B2:B3)", values: [[800.3]] },
  ];
  const plan = planFreeze(cells, ids, "0.1.0", new Date("2026-11-28T10:00:00Z"));

  test("freezes every formula that calls the add-in, alone or mixed with Excel's own, and nothing else", () => {
    expect(plan.ledger.entries.map((e) => `${e.sheet}!${e.address}`)).toEqual(["Model!B2", "Model!B3", "Model!D2", "Other sheet!A2"]);
    expect(plan.writes).toContainEqual({ sheet: "Model", range: "D2:D4", values: [["双鸿科技"], ["富世达"], ["丹佛斯"]] });
    expect(plan.writes).toContainEqual({ sheet: "Model", range: "B2", values: [[800]] });
  });

  test("the ledger survives the hidden sheet byte for byte, formulas included", () => {
    const rows = ledgerToRows(plan.ledger);
    expect(rows.every((r) => r.every((c) => !c.startsWith("=")))).toBe(true);
    const back = rowsToLedger(rows);
    expect(back).toEqual({ ok: true, value: plan.ledger });
  });

  test("restore puts every formula back exactly, clearing spills first", () => {
    const frozen = new Map(cells.map((c) => [`${c.sheet}!${c.spill ?? c.address}`, c.values]));
    const restore = planRestore(plan.ledger, (sheet, range) => frozen.get(`${sheet}!${range}`));
    expect(restore.formulas).toEqual(plan.ledger.entries.map((e) => ({ sheet: e.sheet, address: e.address, formula: e.formula })));
    expect(restore.formulas.map((f) => f.formula)).toEqual(cells.filter((c) => c.address !== "F1" && c.address !== "A1").map((c) => c.formula));
    expect(restore.clears).toEqual([{ sheet: "Model", range: "D2:D4" }]);
    expect(restore.edited).toEqual([]);
  });

  test("restore notices cells edited since the freeze, and sheets that are gone", () => {
    const restore = planRestore(plan.ledger, (sheet, range) =>
      sheet === "Model" && range === "B2" ? [[801]] : sheet === "Other sheet" ? undefined : cells.find((c) => (c.spill ?? c.address) === range)?.values,
    );
    expect(restore.edited.map((e) => e.address)).toEqual(["B2"]);
    expect(restore.missing.map((e) => e.address)).toEqual(["A2"]);
  });

  test("freezing sheet by sheet keeps one entry per cell, the newest", () => {
    const later = planFreeze([{ ...cells[0], values: [[752]] }], ids, "0.2.0", new Date("2026-12-01T00:00:00Z")).ledger;
    const merged = mergeLedgers(plan.ledger, later);
    expect(merged.entries.filter((e) => e.address === "B2" && e.sheet === "Model")).toHaveLength(1);
    expect(merged.entries.find((e) => e.address === "B2")?.fingerprint).toBe(fingerprint([[752]]));
    expect(merged.dataVersion).toBe("0.2.0");
  });

  test("a damaged ledger is refused, not half-restored", () => {
    const rows = ledgerToRows(plan.ledger);
    expect(rowsToLedger(rows.slice(0, -1)).ok).toBe(false);
    const broken = rows.map((r) => [...r]);
    broken[1][3] = "=AICHIP.SPEC()";
    expect(rowsToLedger(broken)).toEqual({ ok: false, failure: { code: "badArgument", message: "Row 2 of the frozen-formula ledger is damaged." } });
  });
});

describe("data-version stamp", () => {
  const formulas = [
    { sheet: "Model", address: "B2", formula: '=AICHIP.SPEC("910C","FP16")' },
    { sheet: "Model", address: "B3", formula: '=AICHIP.SPEC(A3,"FP16")' },
    { sheet: "Model", address: "B4", formula: '=CAPEX.CAGR("Tencent",2020,2024)' },
    { sheet: "Model", address: "B5", formula: '=AICHIP.SPEC(A3:A4,"FP16")' },
    { sheet: "Model", address: "B6", formula: '=AICHIP.SPEC(A3&"","FP16")' },
  ];
  const readRef = (sheet: string, address: string): Scalar => (sheet === "Model" && address === "A3" ? "910B" : "");

  test("records each call's arguments and answer with the data version", () => {
    const stamp = makeStamp(atlas, formulas, ids, readRef, new Date("2026-11-28T00:00:00Z"));
    expect(stamp.dataVersion).toBe(atlas.catalog.version);
    expect(stamp.calls.map((c) => [c.address, c.args, c.answer])).toEqual([
      ["B2", ["910C", "FP16"], { value: 800 }],
      ["B3", ["910B", "FP16"], { value: 320 }],
      ["B4", ["Tencent", 2020, 2024], { value: expect.closeTo(0.2259, 4) }],
      ["B6", ["910B", "FP16"], { value: 320 }],
    ]);
    expect(stamp.unchecked).toBe(1);
    expect(parseStamp(JSON.parse(JSON.stringify(stamp)))).toEqual(stamp);
    expect(parseStamp({ dataVersion: 1 })).toBeUndefined();
  });

  test("with newer data, lists exactly the calls whose answer changed, old and new", () => {
    const stamp = makeStamp(atlas, formulas, ids, readRef, new Date());
    const newer: Catalog = structuredClone(atlas.catalog);
    newer.version = "0.2.0";
    newer.contentHash = "newer";
    const fact = newer.facts.find((f) => f.entity === "ascend-910b" && f.metric === "fp16" && f.preferred);
    fact!.value = 330;
    const diff = diffStamp(new Atlas(newer), stamp);
    expect(diff.newerData).toBe(true);
    expect(diff.to.version).toBe("0.2.0");
    expect(diff.changes).toEqual([
      { sheet: "Model", address: "B3", text: 'AICHIP.SPEC(A3,"FP16")', before: { value: 320 }, after: { value: 330 } },
      { sheet: "Model", address: "B6", text: 'AICHIP.SPEC(A3&"","FP16")', before: { value: 320 }, after: { value: 330 } },
    ]);
  });

  test("the same data gives no change", () => {
    const stamp = makeStamp(atlas, formulas, ids, readRef, new Date());
    expect(diffStamp(atlas, stamp)).toMatchObject({ newerData: false, changes: [] });
  });
});

describe("error inspector", () => {
  test("lists each failing call with Excel's code, the message and a fix", () => {
    const findings = inspect(
      atlas,
      [
        { sheet: "Model", address: "C1", formula: '=AICHIP.SPEC("910X","FP16")' },
        { sheet: "Model", address: "C2", formula: '=CAPEX.CAGR("Tencent",2020,2020)' },
        { sheet: "Model", address: "C3", formula: '=AICHIP.SPEC("910C","FP16")' },
        { sheet: "Model", address: "C4", formula: "=SUPPLIERS(A1)" },
      ],
      ids,
      () => "NVQQ",
    );
    expect(findings.map((f) => [f.address, f.error])).toEqual([
      ["C1", "#N/A"],
      ["C2", "#NUM!"],
      ["C4", "#N/A"],
    ]);
    expect(findings[0].fix?.replace).toBe("910X");
    expect(findings[0].fix?.with).toMatch(/^910[BCD]$/);
    expect(findings[2].fix).toEqual({ replace: "NVQQ", with: "NVQD" });
    expect(findings[1].fix).toBeUndefined();
  });
});

describe("legacy Ctrl+Shift+Enter arrays", () => {
  const arrayIds = new Set(["SUPPLIERS", "ATLAS.TABLE"]);
  const cse = (address: string, value: string): FormulaCell => ({ sheet: "Model", address, formula: '=SUPPLIERS("UQD")', values: [[value]] });

  test("a block of one array call is frozen and restored as one formula spilling over the same cells", () => {
    const cells = [cse("D2", "双鸿科技"), cse("D3", "富世达"), cse("D4", "丹佛斯")];
    const plan = planFreeze(cells, ids, "0.1.0", new Date(0), arrayIds);
    expect(plan.ledger.entries).toEqual([
      {
        sheet: "Model",
        address: "D2",
        formula: '=SUPPLIERS("UQD")',
        spill: "D2:D4",
        fingerprint: fingerprint([["双鸿科技"], ["富世达"], ["丹佛斯"]]),
        cells: cellPrints([["双鸿科技"], ["富世达"], ["丹佛斯"]]),
      },
    ]);
    expect(plan.writes).toEqual([{ sheet: "Model", range: "D2:D4", values: [["双鸿科技"], ["富世达"], ["丹佛斯"]] }]);
    const restore = planRestore(plan.ledger, () => [["双鸿科技"], ["富世达"], ["丹佛斯"]]);
    expect(restore.clears).toEqual([{ sheet: "Model", range: "D2:D4" }]);
    expect(restore.formulas).toEqual([{ sheet: "Model", address: "D2", formula: '=SUPPLIERS("UQD")' }]);
    expect(restore.edited).toEqual([]);
  });

  test("copies of one array formula blocked by each other (#SPILL!) are separate formulas, each restored (found by the attack's round trips)", () => {
    const blocked = ["B20", "B21"].map((a): FormulaCell => ({ sheet: "S", address: a, formula: '=ATLAS.TABLE("x")', values: [["#SPILL!"]] }));
    const plan = planFreeze(blocked, ids, "0.1.0", new Date(0), arrayIds);
    expect(plan.ledger.entries.map((e) => [e.address, e.spill])).toEqual([
      ["B20", undefined],
      ["B21", undefined],
    ]);
    const restore = planRestore(plan.ledger, () => [["#SPILL!"]]);
    expect(restore.formulas.map((f) => f.address)).toEqual(["B20", "B21"]);
    expect(restore.clears).toEqual([]);
  });

  test("two-dimensional blocks keep their shape", () => {
    const table = ["A1", "B1", "A2", "B2"].map((a, i): FormulaCell => ({ sheet: "S", address: a, formula: '=ATLAS.TABLE("x")', values: [[i]] }));
    const plan = planFreeze(table, ids, "0.1.0", new Date(0), arrayIds);
    expect(plan.writes).toEqual([
      {
        sheet: "S",
        range: "A1:B2",
        values: [
          [0, 1],
          [2, 3],
        ],
      },
    ]);
  });

  test("scalar formulas filled down, mixed formulas and non-rectangular blocks are never merged", () => {
    const scalar = ["B2", "B3"].map((a): FormulaCell => ({ sheet: "Model", address: a, formula: '=AICHIP.SPEC("910C","FP16")', values: [[800]] }));
    const mixed = ["C2", "C3"].map((a): FormulaCell => ({ sheet: "Model", address: a, formula: '=ROWS(SUPPLIERS("UQD"))', values: [[10]] }));
    const ragged = [cse("E2", "a"), cse("E3", "b"), cse("F3", "c")];
    const plan = planFreeze([...scalar, ...mixed, ...ragged], ids, "0.1.0", new Date(0), arrayIds);
    expect(plan.ledger.entries.map((e) => e.address)).toEqual(["B2", "B3", "C2", "C3", "E2", "E3", "F3"]);
    expect(plan.ledger.entries.every((e) => e.spill === undefined)).toBe(true);
  });
});
