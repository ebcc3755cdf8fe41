/**
 * Random freeze/restore round trips (the attack of issue 17), shared by the CI test (a few, fixed seed) and
 * `npm run attack` (300): a random workbook of add-in formulas (scalars, spills, formulas mixing the add-in
 * with Excel's own, references to sheets whose names need quotes, CJK dates, numbers as text), Excel-only
 * formulas and constants is frozen (all of it or one sheet), saved and reopened (the preview's snapshot as
 * JSON), then restored; every cell must show the same value throughout and hold the same formula at the end,
 * byte for byte.
 */
import fc from "fast-check";
import type { Atlas } from "../../src/domain/atlas";
import { atlasEvaluator } from "../../src/formula/atlas";
import { cellAddress, qualified } from "../../src/formula/address";
import { usesAddin } from "../../src/formula/calls";
import { MemoryWorkbook, type PreviewDocument } from "../../src/office/memory";
import { ADDIN_IDS } from "../../src/sharing/ids";

/** Sheet names Excel accepts, several of which need quoting in a reference (a space, a quote, CJK, brackets). */
const SHEET_NAMES = ["Sheet1", "Model inputs", "It's", "算力 模型", 'Q"1', "Data (2025)", "O'Neil's"];
const ROWS = 24;
const COLS = 8;

const CONSTANTS = [
  "910C",
  "910B",
  "Tencent",
  "2023年8月17日",
  "12月18日",
  "2024 年 12 月",
  "0123",
  "1,234",
  "800",
  "2025-06-13",
  "TRUE",
  "1e5",
  "12/18",
  "双鸿科技",
  "-5",
  "3.14",
  "'quoted",
];
const SCALARS = [
  '=AICHIP.SPEC("910C","FP16")',
  '=AICHIP.SPEC("910B","TDP")',
  '=CAPEX.VALUE("Tencent","1Q25")',
  '=CAPEX.CAGR("Tencent",2020,2024)',
  '=AICHIP.SPEC("910X","FP16")',
  '=STOCK.PRICE("NVDA","2025-06-13")',
  '=AICHIP.SERVERS("910C",1000)',
  '=MARKET.CAGR("AI ASIC market",2024,2024)',
];
const MIXED = [
  '=ROUND(AICHIP.SPEC("910C","FP16")/1000,1)',
  '=IFERROR(AICHIP.SPEC("910X","FP16"),"n/a")',
  '=AICHIP.SPEC("910C","FP16")&""',
  '=AICHIP.SPEC("910B","FP16")&"年"',
  '=IF(AICHIP.SPEC("910C","FP16")>500,"2023年8月17日","12月18日")',
  '=CAPEX.VALUE("Tencent","1Q25")*2',
];
const SPILLS = ['=SUPPLIERS("UQD")', '=ATLAS.TABLE("china_llm_release_timeline")', '=AICHIP.LIST("Huawei")', '=PICKS("服务器")'];

type Item = { kind: "constant" | "scalar" | "mixed" | "spill" | "reference" | "excel"; text: string };

/** One item's formula or constant; references name another sheet of the workbook (quoted as Excel quotes it). */
function itemArb(sheets: string[]): fc.Arbitrary<Item> {
  const at = fc.tuple(fc.integer({ min: 1, max: ROWS }), fc.integer({ min: 1, max: COLS })).map(([r, c]) => cellAddress({ row: r, col: c }));
  const ref = fc.tuple(fc.constantFrom(...sheets), at).map(([s, a]) => qualified(s, a));
  return fc.oneof(
    { weight: 3, arbitrary: fc.constantFrom(...CONSTANTS).map((text): Item => ({ kind: "constant", text })) },
    { weight: 3, arbitrary: fc.constantFrom(...SCALARS).map((text): Item => ({ kind: "scalar", text })) },
    { weight: 3, arbitrary: fc.constantFrom(...MIXED).map((text): Item => ({ kind: "mixed", text })) },
    { weight: 2, arbitrary: fc.constantFrom(...SPILLS).map((text): Item => ({ kind: "spill", text })) },
    {
      weight: 2,
      arbitrary: fc
        .tuple(ref, fc.constantFrom('AICHIP.SPEC(%,"FP16")', '%&AICHIP.SPEC("910C","FP16")', 'IFERROR(AICHIP.SPEC(%,"TDP"),"n/a")'))
        .map(([r, f]): Item => ({ kind: "reference", text: `=${f.replace("%", r)}` })),
    },
    { weight: 2, arbitrary: fc.tuple(ref, fc.constantFrom("%", '%&""', 'IF(%="",0,1)')).map(([r, f]): Item => ({ kind: "excel", text: `=${f.replace("%", r)}` })) },
  );
}

export interface RoundTripCase {
  doc: PreviewDocument;
  /** Freeze and restore the whole workbook (undefined) or one sheet. */
  scope: string | undefined;
}

export const roundTripCase: fc.Arbitrary<RoundTripCase> = fc.uniqueArray(fc.constantFrom(...SHEET_NAMES), { minLength: 1, maxLength: 3 }).chain((sheets) =>
  fc
    .record({
      cells: fc.tuple(
        ...sheets.map(() => fc.array(fc.tuple(fc.integer({ min: 1, max: ROWS }), fc.integer({ min: 1, max: COLS }), itemArb(sheets)), { minLength: 2, maxLength: 14 })),
      ),
      scope: fc.option(fc.constantFrom(...sheets), { nil: undefined }),
    })
    .map(({ cells, scope }): RoundTripCase => ({
      doc: { sheets: sheets.map((name, i) => ({ name, cells: Object.fromEntries(cells[i].map(([r, c, item]) => [cellAddress({ row: r, col: c }), item.text])) })) },
      scope,
    })),
);

/** Every cell of every model sheet that holds something: its formula and what it shows, typed ("n:800" vs "s:800"). */
type Contents = Map<string, { sheet: string; formula: string; shown: string }>;
function contents(wb: MemoryWorkbook, sheets: string[]): Contents {
  const out: Contents = new Map();
  for (const sheet of sheets) {
    for (let r = 1; r <= ROWS + 16; r++) {
      for (let c = 1; c <= COLS + 6; c++) {
        const address = cellAddress({ row: r, col: c });
        const formula = wb.formulaAt(sheet, address);
        const value = wb.valueAt(sheet, address);
        if (formula === "" && (value === "" || value === undefined)) continue;
        out.set(qualified(sheet, address), { sheet, formula, shown: `${typeof value}:${String(value)}` });
      }
    }
  }
  return out;
}

export interface RoundTripResult {
  /** Add-in formulas frozen. */
  frozen: number;
  /** Cells checked (non-empty cells of the workbook before the freeze). */
  cells: number;
  /** What was lost or changed, "where: before → after" (empty: nothing). */
  lost: string[];
}

/** Freezes, saves and reopens, restores; compares every cell with the workbook before the freeze. */
export async function roundTrip(atlas: Atlas, { doc, scope }: RoundTripCase): Promise<RoundTripResult> {
  const book = () => new MemoryWorkbook(atlasEvaluator(atlas), () => Promise.resolve());
  const wb = book();
  wb.load(doc);
  const sheets = doc.sheets.map((s) => s.name);
  const before = contents(wb, sheets);
  const lost: string[] = [];
  // After a freeze, the add-in formulas in scope are values; every other formula is as it was.
  const frozenAway = (a: { sheet: string; formula: string } | undefined, b: { formula: string } | undefined) =>
    a !== undefined && b?.formula === "" && usesAddin(a.formula, ADDIN_IDS) && (scope === undefined || a.sheet === scope);
  const compare = (stage: string, now: Contents, formulas: "same" | "frozen") => {
    for (const key of new Set([...before.keys(), ...now.keys()])) {
      const a = before.get(key);
      const b = now.get(key);
      if (a?.shown !== b?.shown) lost.push(`${stage} ${key}: shows ${a?.shown ?? "nothing"} → ${b?.shown ?? "nothing"}`);
      if (a?.formula !== b?.formula && (formulas === "same" || !frozenAway(a, b))) lost.push(`${stage} ${key}: formula ${a?.formula || "none"} → ${b?.formula || "none"}`);
    }
  };
  const outcome = await wb.freeze(scope, atlas.catalog.version, new Date("2026-12-02T00:00:00Z"));
  compare("after freeze", contents(wb, sheets), "frozen");
  const reopened = book();
  if (!reopened.restoreSnapshot(JSON.parse(JSON.stringify(wb.snapshot())))) lost.push("the saved workbook did not reopen");
  compare("after reopening", contents(reopened, sheets), "frozen");
  const restored = await reopened.restore(scope);
  if (outcome.frozen > 0 && (restored.status !== "restored" || restored.restored !== outcome.frozen))
    lost.push(`restore answered ${JSON.stringify(restored).slice(0, 300)} for ${outcome.frozen} frozen`);
  compare("after restore", contents(reopened, sheets), "same");
  const left = reopened.allSheets().map((s) => s.name);
  if (JSON.stringify(left) !== JSON.stringify(sheets)) lost.push(`sheets after restore: ${JSON.stringify(left)}, before ${JSON.stringify(sheets)}`);
  return { frozen: outcome.frozen, cells: before.size, lost };
}
