/** The formula front end: one tree for every reader, Excel's semantics when evaluated, dependency-ordered recalculation. */
import { Atlas } from "../../../src/domain/atlas";
import { messageOf } from "../../../src/domain/messages";
import { EXCEL_CODE } from "../../../src/domain/result";
import { addinCalls, literalCall, parseFormula, soleCall, usesAddin, type FormulaNode } from "../../../src/formula";
import { atlasEvaluator } from "../../../src/formula/atlas";
import { MemoryWorkbook } from "../../../src/office/memory";
import { ADDIN_IDS } from "../../../src/sharing/ids";
import { inspect } from "../../../src/sharing/inspector";
import { testCatalog } from "../../support/catalog";

const atlas = new Atlas(testCatalog());
const ev = atlasEvaluator(atlas);
const none = { read: () => undefined };

describe("the tree", () => {
  test.each([
    ["=A1", { type: "ref", area: { at: { row: 0, col: 0 }, rows: 1, cols: 1 }, spill: false }],
    ["=$B$2:C3", { type: "ref", area: { at: { row: 1, col: 1 }, rows: 2, cols: 2 } }],
    ["=Sheet2!A1", { type: "ref", sheet: "Sheet2" }],
    ["='My sheet'!A1", { type: "ref", sheet: "My sheet" }],
    ["='It''s'!A1", { type: "ref", sheet: "It's" }],
    [`='Q"1'!A1`, { type: "ref", sheet: 'Q"1' }],
    ["=D2#", { type: "ref", spill: true, area: { at: { row: 1, col: 3 } } }],
    ['="a""b"', { type: "text", value: 'a"b' }],
    ["=-1.5e2", { type: "number", value: -150 }],
    ["=TRUE", { type: "boolean", value: true }],
    ["=#N/A", { type: "error", value: "#N/A" }],
    ["={1,2;3,4}", { type: "array" }],
    ['=_xldudf_AICHIP.SPEC("910C")', { type: "call", id: "AICHIP.SPEC" }],
    ["=MyName", { type: "name" }],
    ["=1+2*3", { type: "binary", operator: "+" }],
  ])("%s", (text, node) => {
    expect(parseFormula(text)?.root).toMatchObject(node as Partial<FormulaNode>);
  });

  test.each(["910C", "", "=SUM(", "=2023年", '="open'])("%j is no formula", (text) => {
    expect(parseFormula(text)).toBeUndefined();
  });

  test("add-in calls: outermost first, the ones under IFERROR marked handled, text never counts", () => {
    const calls = addinCalls(parseFormula('=IFERROR(AICHIP.SPEC(AICHIP.LIST("Huawei"),"FP16"),"AICHIP.SPEC(x)")&CAPEX.CAGR("BAT",2022,2024)'), ADDIN_IDS);
    expect(calls.map((c) => [c.text, c.handled])).toEqual([
      ['AICHIP.SPEC(AICHIP.LIST("Huawei"),"FP16")', true],
      ['AICHIP.LIST("Huawei")', true],
      ['CAPEX.CAGR("BAT",2022,2024)', false],
    ]);
    expect(usesAddin(`='Q"1'!A1&AICHIP.SPEC("910C","FP16")`, ADDIN_IDS)).toBe(true);
    expect(usesAddin('="AICHIP.SPEC(1)"', ADDIN_IDS)).toBe(false);
    expect(soleCall(parseFormula('=AICHIP.LIST("Huawei")'), ADDIN_IDS)?.id).toBe("AICHIP.LIST");
    expect(soleCall(parseFormula('=AICHIP.LIST("Huawei")&""'), ADDIN_IDS)).toBeUndefined();
    expect(literalCall('= aichip.spec( "910C" , "FP16" , )', ADDIN_IDS)).toEqual({ id: "AICHIP.SPEC", args: ["910C", "FP16", null] });
    expect(literalCall('=AICHIP.SPEC(A1,"FP16")', ADDIN_IDS)).toBeUndefined();
  });
});

describe("evaluation", () => {
  test.each([
    ["=1+2*3", 7],
    ["=2^3-1", 7],
    ["=50%", 0.5],
    ['="a"&1&TRUE', "a1TRUE"],
    ['=0.1+0.2&""', "0.3"],
    ['="10"*2', 20],
    ["=1<2", true],
    ['="b">"A"', true],
    ['=1<"a"', true],
    ["=ROUND(2.345,2)", 2.35],
    ["=ROUND(-2.5,0)", -3],
    ['=IF(1>2,"yes","no")', "no"],
    ['=IFERROR(1/0,"caught")', "caught"],
    ['=IFERROR(AICHIP.SPEC("910X","FP16"),"n/a")', "n/a"],
    ['=ROUND(AICHIP.SPEC("910C","FP16")/1000,1)', 0.8],
  ])("%s = %j", (formula, value) => {
    expect(ev(formula, none)).toEqual({ ok: true, value });
  });

  test.each([
    ["=1/0", "#DIV/0!"],
    ['="x"+1', "#VALUE!"],
    ["=#N/A+1", "#N/A"],
    ['=AICHIP.SPEC("910X","FP16")&"!"', "#N/A"],
    ["=NOSUCH(1)", "#NAME?"],
    ["=MyName", "#NAME?"],
    ["=Gone!A1", "#REF!"],
  ])("%s is %s", (formula, error) => {
    expect(ev(formula, none)).toMatchObject({ ok: false, error });
  });

  test("a scalar function given an array is lifted over it, one answer per element", () => {
    const list = ev('=AICHIP.LIST("Huawei")', none);
    const lifted = ev('=AICHIP.SPEC(AICHIP.LIST("Huawei"),"FP16")', none);
    if (!list.ok || !lifted.ok || !Array.isArray(list.value) || !Array.isArray(lifted.value)) throw new Error("expected arrays");
    expect(lifted.value).toHaveLength(list.value.length);
    expect(lifted.value.length).toBeGreaterThan(1);
    const chips = list.value.map((row) => String(row[0]));
    lifted.value.forEach((row, i) => {
      const one = ev(`=AICHIP.SPEC("${chips[i]}","FP16")`, none);
      expect(row).toEqual([one.ok ? one.value : one.error]);
    });
    expect(ev('={"910C";"910X"}&"-"&{1,2}', none)).toEqual({
      ok: true,
      value: [
        ["910C-1", "910C-2"],
        ["910X-1", "910X-2"],
      ],
    });
    expect(ev('=IFERROR(AICHIP.SPEC({"910C";"910X"},"FP16"),"n/a")', none)).toEqual({ ok: true, value: [[800], ["n/a"]] });
  });
});

describe("recalculation in dependency order", () => {
  test("a four-step chain of references computes whatever the cells' order", () => {
    const wb = new MemoryWorkbook(ev, () => Promise.resolve());
    wb.load({ sheets: [{ name: "S", cells: { A1: "=B1+1", B1: "=C1*2", C1: "=D1-1", D1: '=AICHIP.SPEC("910C","FP16")' } }] });
    expect(["A1", "B1", "C1", "D1"].map((a) => wb.valueAt("S", a))).toEqual([1599, 1598, 799, 800]);
  });

  test("across sheets, into a spill and through a spill reference", () => {
    const wb = new MemoryWorkbook(ev, () => Promise.resolve());
    wb.load({
      sheets: [
        { name: "A", cells: { A1: '=B!B2&""', A3: "=B!A1#" } },
        { name: "B", cells: { A1: "={1;2;3}", B1: "=A3*10", B2: "=B1+1" } },
      ],
    });
    expect(wb.valueAt("A", "A1")).toBe("31");
    expect(wb.valueAt("A", "A3")).toBe(1);
    expect(wb.valueAt("A", "A5")).toBe(3);
  });

  test("a circular reference is an error, not a hang or a stale value", () => {
    const wb = new MemoryWorkbook(ev, () => Promise.resolve());
    wb.load({ sheets: [{ name: "S", cells: { A1: "=B1+1", B1: "=A1+1", C1: "=A1", D1: "=5" } }] });
    expect(["A1", "B1", "C1", "D1"].map((a) => wb.valueAt("S", a))).toEqual(["#CALC!", "#CALC!", "#CALC!", 5]);
    expect(wb.messageAt(0, 0)).toMatch(/Circular/);
  });

  test("a formula reading the cell a later formula spills into sees the spilled value", () => {
    const wb = new MemoryWorkbook(ev, () => Promise.resolve());
    wb.load({ sheets: [{ name: "S", cells: { A1: "=B3", B1: '={"x";"y";"z"}' } }] });
    expect(wb.valueAt("S", "A1")).toBe("z");
  });
});

describe("structured failures", () => {
  test("a failure carries the argument and suggestions as data, worded in English for Excel and in Chinese for the pane", () => {
    const r = ev('=AICHIP.SPEC("910X","FP16")', none);
    if (r.ok || !r.failure) throw new Error("expected a failure");
    expect(r.failure).toMatchObject({ code: "unknownName", key: "unknownName", argument: "910X", suggestions: expect.arrayContaining([expect.stringMatching(/^910[BCD]$/)]) });
    expect(messageOf(r.failure, "en")).toBe(r.failure.message);
    expect(messageOf(r.failure, "zh")).toMatch(/^未知的芯片 "910X"。您是不是要找 "910[BCD]"/);
    // A failure without a catalogue entry still reads as Chinese in the Chinese pane: its kind, then its text.
    expect(messageOf({ code: "impossible", message: "Zero years." }, "zh")).toBe("无法计算：Zero years.");
  });

  test("the inspector's fix is the first suggestion, not a reading of the message", () => {
    const findings = inspect(atlas, [{ sheet: "S", address: "A1", formula: '=AICHIP.SPEC(" 910X ","FP16")' }], ADDIN_IDS, () => "");
    expect(findings).toHaveLength(1);
    expect(findings[0].fix).toEqual({ replace: "910X", with: findings[0].failure.suggestions?.[0] });
    expect(EXCEL_CODE[findings[0].failure.code]).toBe(findings[0].error);
  });
});
