/**
 * `npm run excel-acceptance` (after `npm run build`): writes dist/atlas-acceptance.xlsx, a workbook that tests
 * the add-in inside real Excel. One sheet per function family; each row an add-in formula (every README
 * example, the headline cases, error cases, spilled results, a card read with =A1.FP16), the answer expected
 * computed here by running the built dist/functions.js in Node, and a check cell that says OK or FAIL. The
 * Summary sheet counts the failures. Opening the file in Excel with the add-in loaded is the whole test.
 *
 * Formulas are written as Excel saves add-in formulas, with the _xldudf_ prefix (AICHIP.SPEC is stored as
 * _xldudf_AICHIP_SPEC), so that Excel binds them to the add-in when it loads; `-- --plain` writes the names as typed.
 */
import { existsSync, readFileSync } from "fs";
import { join } from "path";
import { runInNewContext } from "vm";
import ExcelJS from "exceljs";
import { literalCall } from "../src/formula";
import { ADDIN_IDS } from "../src/sharing/ids";
import { FUNCTION_SPECS, SPEC_BY_ID, type ArgValue, type FunctionSpec } from "../src/functions/registry";
import { excelRetypes } from "../src/formula/retype";
import { errorCases } from "./excel-help";
import { makeCustomFunctionsGlobal } from "../test/support/custom-functions";

export const DIST = join(__dirname, "..", "dist");
export const ACCEPTANCE_FILE = join(DIST, "atlas-acceptance.xlsx");

/** Cases beyond the README examples: the report's headline numbers, aliases, a #NUM! and free text where a value list is declared. */
export const HEADLINE_CASES = [
  '=AICHIP.SPEC("昇腾910C","FP16")',
  '=AICHIP.SPEC("910C","fp16")',
  '=AICHIP.SPEC("910B","TDP")',
  '=AICHIP.SERVERS("910C",1000)',
  '=AICHIP.LIST("Huawei")',
  '=CAPEX.VALUE("腾讯","1Q25")',
  '=CAPEX.VALUE("Tencent",2024,"CNY bn")',
  '=CAPEX.YOY("Tencent","1Q25")',
  '=CAPEX.CAGR("Tencent",2020,2024)',
  '=CAPEX.CAGR("Tencent",2020,2020)',
  '=SUPPLIERS("NVQD")',
  '=SUPPLIERS.COMMON("NVQD","UQD","en")',
  '=MARKET.CAGR("Global ASIC market",,,"stated")',
  '=MARKET.CAGR("AI ASIC market",2024,2024)',
  '=STOCK.RETURN("NVDA")',
  '=STOCK.PRICE("NVDA","2025-06-13")',
  '=PICKS("服务器")',
];

/**
 * The freeze case (issue 17, item 9): text cells of this table that Excel's input parser would turn into a date
 * or a number if Freeze wrote them bare (2023年8月17日, 12月18日 in zh-CN Excel; 2023-08-17 everywhere).
 */
export const FROZEN_TEXT_TABLE = "china_llm_release_timeline";
export const FREEZE_SHEET = "Freeze";

/** `=INDEX(ATLAS.TABLE("china_llm_release_timeline"),row,col)` for each cell of the bundle's table that Excel would re-type. */
export function frozenTextCases(call: ReturnType<typeof loadBundle>): { formula: string; row: number; col: number; text: string }[] {
  const answer = call("ATLAS.TABLE", [FROZEN_TEXT_TABLE]);
  if (!("value" in answer) || !isGrid(answer.value)) throw new Error(`ATLAS.TABLE("${FROZEN_TEXT_TABLE}") did not answer a table`);
  return answer.value.flatMap((line, i) =>
    line.flatMap((v, j) =>
      typeof v === "string" && excelRetypes(v) ? [{ formula: `=INDEX(ATLAS.TABLE("${FROZEN_TEXT_TABLE}"),${i + 1},${j + 1})`, row: i + 1, col: j + 1, text: v }] : [],
    ),
  );
}

export type Answer = { value: unknown } | { error: string; message?: string };

/** A fresh instance of the built dist/functions.js, run as Excel runs it: its registered functions and its realm. */
export function bundleInstance(source = readFileSync(join(DIST, "functions.js"), "utf8")) {
  const fake = makeCustomFunctionsGlobal();
  const sandbox: Record<string, unknown> = { CustomFunctions: fake.global, console, setTimeout, clearTimeout };
  sandbox.self = sandbox;
  sandbox.window = sandbox;
  runInNewContext(source, sandbox, { filename: "functions.js" });
  return {
    registry: fake.registry,
    ErrorClass: fake.global.Error,
    realm: runInNewContext("({ Object, Array, String, Function })", sandbox) as {
      Object: ObjectConstructor;
      Array: ArrayConstructor;
      String: StringConstructor;
      Function: FunctionConstructor;
    },
  };
}

/** The built bundle, loaded as Excel loads it: registered functions by id. */
export function loadBundle(): (id: string, args: readonly ArgValue[]) => Answer {
  if (!existsSync(join(DIST, "functions.js"))) throw new Error("dist/functions.js is missing: run `npm run build` first");
  const instance = bundleInstance();
  const fake = { registry: instance.registry, global: { Error: instance.ErrorClass } };
  return (id, args) => {
    const fn = fake.registry.get(id);
    if (!fn) return { error: "#NAME?" };
    const spec = SPEC_BY_ID.get(id) as FunctionSpec;
    const padded = [...args, ...Array<null>(Math.max(0, spec.args.length - args.length)).fill(null)];
    // The add-in returns errors as values (Excel shows a returned CustomFunctions.Error as a thrown one).
    let result: unknown;
    try {
      result = fn(...padded);
    } catch (e) {
      result = e;
    }
    if (!(result instanceof fake.global.Error)) return { value: result };
    const err = result as { code?: string; detail?: string };
    return { error: err.code ?? "#VALUE!", message: err.detail };
  };
}

export interface Case {
  formula: string;
  kind: "example" | "headline" | "error" | "card";
  spec: FunctionSpec;
  args: ArgValue[];
}

/** Every case, by family: each function's example, the headline cases, each function's error cases, the card. */
export function acceptanceCases(): Case[] {
  const of = (formula: string, kind: Case["kind"]): Case => {
    const call = literalCall(formula, ADDIN_IDS);
    const spec = call && SPEC_BY_ID.get(call.id);
    if (!call || !spec) throw new Error(`not an add-in call: ${formula}`);
    return { formula, kind, spec, args: call.args as ArgValue[] };
  };
  return [
    ...FUNCTION_SPECS.map((s) => of(s.example, "example")),
    ...HEADLINE_CASES.map((f) => of(f, "headline")),
    ...FUNCTION_SPECS.flatMap((s) => errorCases(s).map((e) => ({ formula: e.formula, kind: "error" as const, spec: s, args: e.args }))),
  ].map((c) => (c.spec.shape === "entity" && c.kind !== "error" ? { ...c, kind: "card" as const } : c));
}

const ERROR_TYPE: Record<string, number> = { "#NULL!": 1, "#DIV/0!": 2, "#VALUE!": 3, "#REF!": 4, "#NAME?": 5, "#NUM!": 6, "#N/A": 7 };

/** A formula as stored in the file: add-in calls with Excel's _xldudf_ prefix (or as typed), without "=". */
export function stored(formula: string, plain = false): string {
  const body = formula.replace(/^=/, "");
  if (plain) return body;
  const ids = FUNCTION_SPECS.map((s) => s.id).sort((a, b) => b.length - a.length);
  const pattern = new RegExp(`(?<![A-Za-z0-9_.])(${ids.map((id) => id.replace(/\./g, "\\.")).join("|")})\\(`, "g");
  return body.replace(pattern, (_, id: string) => `_xldudf_${id.replace(/\./g, "_")}(`);
}

/** A cell's A1 address: column index from 1. */
const colName = (c: number): string => (c <= 26 ? String.fromCharCode(64 + c) : colName(Math.floor((c - 1) / 26)) + String.fromCharCode(65 + ((c - 1) % 26)));
const addr = (r: number, c: number) => `${colName(c)}${r}`;

type Grid = unknown[][];
const isGrid = (v: unknown): v is Grid => Array.isArray(v) && v.every(Array.isArray);
/** An entity value's property, as =A1.FP16 reads it. */
const fieldOf = (v: unknown, field: string) => (isGrid(v) ? (v[0]?.[0] as { properties?: Record<string, { basicValue?: unknown }> })?.properties?.[field]?.basicValue : undefined);

export async function writeAcceptanceWorkbook(file = ACCEPTANCE_FILE, options: { plain?: boolean } = {}): Promise<{ rows: number; sheets: string[] }> {
  const call = loadBundle();
  const book = new ExcelJS.Workbook();
  book.creator = "AI Compute Atlas";
  book.calcProperties.fullCalcOnLoad = true;
  const summary = book.addWorksheet("Summary");
  const families = [...new Set(FUNCTION_SPECS.map((s) => s.family))];
  const cases = acceptanceCases();
  let rows = 0;
  const counts: { family: string; checks: string; n: number }[] = [];
  for (const family of families) {
    const ws = book.addWorksheet(family);
    ws.getCell("A1").value = `${family}: open with the AI Compute Atlas add-in loaded. Column D says OK where the add-in answers as the bundle did when this file was written.`;
    ws.getRow(3).values = ["formula (as typed)", "answer (live add-in formula)", "expected (the bundle's answer)", "check", "case", "expected spill (from column H)"];
    ws.getRow(3).font = { bold: true };
    ws.getColumn(1).width = 52;
    ws.getColumn(2).width = 24;
    ws.getColumn(3).width = 24;
    let r = 4;
    const first = r;
    const mine = cases.filter((c) => c.spec.family === family);
    // Scalars first, one per row; spilled results after, each with room for its block.
    const answered = mine.map((c) => ({ c, answer: call(c.spec.id, c.args) }));
    const ordered = [
      ...answered.filter((a) => !("value" in a.answer) || !isGrid(a.answer.value) || a.c.kind === "card"),
      ...answered.filter((a) => "value" in a.answer && isGrid(a.answer.value) && a.c.kind !== "card"),
    ];
    for (const { c, answer } of ordered) {
      ws.getCell(addr(r, 1)).value = c.formula;
      ws.getCell(addr(r, 5)).value = c.kind;
      const live = addr(r, 2);
      if ("error" in answer) {
        ws.getCell(live).value = { formula: stored(c.formula, options.plain) } as ExcelJS.CellFormulaValue;
        ws.getCell(addr(r, 3)).value = answer.error;
        ws.getCell(addr(r, 4)).value = { formula: `IF(IFERROR(ERROR.TYPE(${live}),0)=${ERROR_TYPE[answer.error]},"OK","FAIL")` } as ExcelJS.CellFormulaValue;
        r++;
      } else if (c.kind === "card") {
        // The card in B, and in the next row =B<r>.FP16 (stored as FIELDVALUE), expected 800 from the bundle's entity.
        ws.getCell(live).value = { formula: stored(c.formula, options.plain) } as ExcelJS.CellFormulaValue;
        ws.getCell(addr(r, 3)).value = "a card (entity value)";
        ws.getCell(addr(r, 4)).value = { formula: `IF(ISERROR(${live}),"FAIL","OK")` } as ExcelJS.CellFormulaValue;
        r++;
        ws.getCell(addr(r, 1)).value = `=${live}.FP16`;
        ws.getCell(addr(r, 5)).value = "card";
        ws.getCell(addr(r, 2)).value = { formula: `_xlfn.FIELDVALUE(${live},"FP16")` } as ExcelJS.CellFormulaValue;
        ws.getCell(addr(r, 3)).value = fieldOf(answer.value, "FP16") as number;
        ws.getCell(addr(r, 4)).value = { formula: `IFERROR(IF(${addr(r, 2)}=${addr(r, 3)},"OK","FAIL"),"FAIL")` } as ExcelJS.CellFormulaValue;
        r++;
      } else if (isGrid(answer.value)) {
        const grid = answer.value as (string | number | boolean)[][];
        const height = grid.length;
        const width = Math.max(...grid.map((row) => row.length));
        const block = `${live}:${addr(r + height - 1, 2 + width - 1)}`;
        // A legacy array formula over exactly the expected block: every client shows it (no dynamic-array flag needed).
        ws.getCell(live).value = { formula: stored(c.formula, options.plain), shareType: "array", ref: block } as unknown as ExcelJS.CellFormulaValue;
        const expectedAt = 8;
        grid.forEach((row, i) => row.forEach((v, j) => (ws.getCell(addr(r + i, expectedAt + j)).value = v)));
        const expectedBlock = `${addr(r, expectedAt)}:${addr(r + height - 1, expectedAt + width - 1)}`;
        ws.getCell(addr(r, 3)).value = `${height} × ${width}, in ${expectedBlock}`;
        ws.getCell(addr(r, 6)).value = expectedBlock;
        const f = stored(c.formula, options.plain);
        ws.getCell(addr(r, 4)).value = {
          formula: `IFERROR(IF(AND(ROWS(${f})=${height},COLUMNS(${f})=${width},SUMPRODUCT(--(${block}&""<>${expectedBlock}&""))=0),"OK","FAIL"),"FAIL")`,
        } as ExcelJS.CellFormulaValue;
        r += height + 1;
      } else {
        const value = answer.value as string | number | boolean;
        ws.getCell(live).value = { formula: stored(c.formula, options.plain) } as ExcelJS.CellFormulaValue;
        ws.getCell(addr(r, 3)).value = value;
        const same = typeof value === "number" ? `ABS(${live}-${addr(r, 3)})<=1E-9*MAX(1,ABS(${addr(r, 3)}))` : `EXACT(${live}&"",${addr(r, 3)}&"")`;
        ws.getCell(addr(r, 4)).value = { formula: `IFERROR(IF(${same},"OK","FAIL"),"FAIL")` } as ExcelJS.CellFormulaValue;
        r++;
      }
      rows++;
    }
    // Every check cell in column D, counted where it is written.
    let n = 0;
    for (let row = first; row < r; row++) if (ws.getCell(addr(row, 4)).formula) n++;
    counts.push({ family, checks: `'${family}'!D${first}:D${r}`, n });
  }
  // The freeze sheet: text Excel would re-type, read out of a spilled table by INDEX (a mixed formula, frozen to its value).
  const fz = book.addWorksheet(FREEZE_SHEET);
  fz.getCell("A1").value =
    "Freeze: text that Excel's parser (zh-CN included) would turn into a date or number. Column D says OK while column B holds exactly that text, as text: before Freeze, after Freeze, after saving and reopening the file (in zh-CN Excel too), and after Restore.";
  fz.getRow(3).values = ["formula (as typed)", "answer (live, then frozen)", "expected text (the bundle's answer)", "check (ISTEXT and EXACT)", "case"];
  fz.getRow(3).font = { bold: true };
  fz.getColumn(1).width = 60;
  fz.getColumn(2).width = 24;
  fz.getColumn(3).width = 24;
  const frozenCases = frozenTextCases(call);
  frozenCases.forEach((c, i) => {
    const r = 4 + i;
    fz.getCell(addr(r, 1)).value = c.formula;
    fz.getCell(addr(r, 2)).value = { formula: stored(c.formula, options.plain) } as ExcelJS.CellFormulaValue;
    fz.getCell(addr(r, 3)).value = c.text;
    fz.getCell(addr(r, 4)).value = { formula: `IFERROR(IF(AND(ISTEXT(B${r}),EXACT(B${r},C${r})),"OK","FAIL"),"FAIL")` } as ExcelJS.CellFormulaValue;
    fz.getCell(addr(r, 5)).value = "frozen text";
    rows++;
  });
  counts.push({ family: FREEZE_SHEET, checks: `'${FREEZE_SHEET}'!D4:D${4 + frozenCases.length}`, n: frozenCases.length });
  summary.getCell("A1").value = "AI Compute Atlas: acceptance workbook. Open it in Excel with the add-in loaded; every check should say OK.";
  summary.getRow(3).values = ["sheet", "checks", "OK", "FAIL (failures)"];
  summary.getRow(3).font = { bold: true };
  counts.forEach((c, i) => {
    const row = 4 + i;
    summary.getCell(`A${row}`).value = c.family;
    summary.getCell(`B${row}`).value = c.n;
    summary.getCell(`C${row}`).value = { formula: `COUNTIF(${c.checks},"OK")` } as ExcelJS.CellFormulaValue;
    summary.getCell(`D${row}`).value = { formula: `B${row}-C${row}` } as ExcelJS.CellFormulaValue;
  });
  const total = 4 + counts.length;
  summary.getCell(`A${total}`).value = "failures";
  summary.getCell(`D${total}`).value = { formula: `SUM(D4:D${total - 1})` } as ExcelJS.CellFormulaValue;
  summary.getCell(`A${total}`).font = { bold: true };
  summary.getColumn(1).width = 16;
  await book.xlsx.writeFile(file);
  return { rows, sheets: families };
}

if (require.main === module) {
  writeAcceptanceWorkbook(ACCEPTANCE_FILE, { plain: process.argv.includes("--plain") }).then(
    ({ rows, sheets }) => console.log(`dist/atlas-acceptance.xlsx: ${rows} formulas on ${sheets.length} sheets (${sheets.join(", ")}), ${FREEZE_SHEET} and a Summary`),
    (e) => {
      console.error(e instanceof Error ? e.message : e);
      process.exit(1);
    },
  );
}
