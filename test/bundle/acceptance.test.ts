/**
 * The acceptance workbook (`npm run excel-acceptance`), opened with exceljs as a reader would: at least one
 * row per function and per error code, every live formula the add-in call its "as typed" column shows, and
 * every expected value equal to what the built bundle answers for that call. Needs `npm run build` first.
 */
import { mkdtempSync, readFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import ExcelJS from "exceljs";
import { literalCall } from "../../src/formula";
import { ADDIN_IDS } from "../../src/sharing/ids";
import { FUNCTION_SPECS } from "../../src/functions/registry";
import { excelRetypes } from "../../src/formula/retype";
import { FREEZE_SHEET, FROZEN_TEXT_TABLE, loadBundle, stored, writeAcceptanceWorkbook } from "../../scripts/excel-acceptance";

const file = join(mkdtempSync(join(tmpdir(), "atlas-acceptance-")), "atlas-acceptance.xlsx");
const book = new ExcelJS.Workbook();
let call: ReturnType<typeof loadBundle>;

beforeAll(async () => {
  await writeAcceptanceWorkbook(file);
  await book.xlsx.readFile(file);
  call = loadBundle();
}, 60_000);

interface Row {
  sheet: string;
  row: number;
  typed: string;
  formula: string;
  expected: unknown;
  check: string;
  kind: string;
  block?: string;
}

function rows(): Row[] {
  const out: Row[] = [];
  book.worksheets
    .filter((ws) => ws.name !== "Summary" && ws.name !== FREEZE_SHEET)
    .forEach((ws) => {
      ws.eachRow((r, n) => {
        const live = r.getCell(2);
        if (n < 4 || !live.formula) return;
        out.push({
          sheet: ws.name,
          row: n,
          typed: String(r.getCell(1).value),
          formula: live.formula,
          expected: r.getCell(3).value,
          check: r.getCell(4).formula ?? "",
          kind: String(r.getCell(5).value),
          block: r.getCell(6).value ? String(r.getCell(6).value) : undefined,
        });
      });
    });
  return out;
}

const range = (ws: ExcelJS.Worksheet, block: string) => {
  const [from, to] = block.split(":").map((a) => ws.getCell(a));
  const grid: unknown[][] = [];
  for (let r = Number(from.row); r <= Number(to.row); r++) {
    const line: unknown[] = [];
    for (let c = Number(from.col); c <= Number(to.col); c++) line.push(ws.getCell(r, c).value);
    grid.push(line);
  }
  return grid;
};

test("one sheet per family and a Summary whose failure count sums every sheet's", () => {
  expect(book.worksheets.map((w) => w.name)).toEqual(["Summary", ...new Set(FUNCTION_SPECS.map((s) => s.family)), FREEZE_SHEET]);
  const summary = book.getWorksheet("Summary");
  const last = summary?.getColumn(1).values.findIndex((v) => v === "failures") ?? -1;
  expect(summary?.getCell(`D${last}`).formula).toBe(`SUM(D4:D${last - 1})`);
  expect(summary?.getCell("C4").formula).toMatch(/^COUNTIF\('AICHIP'!D4:D\d+,"OK"\)$/);
});

test("at least one row per function and per error code; every row has an OK/FAIL check", () => {
  const all = rows();
  const ids = new Set(all.map((r) => literalCall(r.typed, ADDIN_IDS)?.id).filter(Boolean));
  expect([...ids].sort()).toEqual(FUNCTION_SPECS.map((s) => s.id).sort());
  const errors = new Set(all.filter((r) => r.kind === "error" || /^#/.test(String(r.expected))).map((r) => r.expected));
  expect([...errors].sort()).toEqual(["#N/A", "#NUM!", "#VALUE!"]);
  for (const r of all) expect([r.sheet, r.row, r.check]).toEqual([r.sheet, r.row, expect.stringMatching(/"(OK|FAIL)","(OK|FAIL)"/)]);
  expect(all.some((r) => r.block)).toBe(true);
  expect(all.find((r) => r.formula.startsWith("_xlfn.FIELDVALUE"))).toMatchObject({ typed: expect.stringMatching(/^=B\d+\.FP16$/), expected: 800 });
});

test("every expected value is the bundle's answer to the formula the row shows, and the live formula is that call", () => {
  for (const r of rows()) {
    if (r.formula.startsWith("_xlfn.FIELDVALUE")) continue;
    expect(r.formula).toBe(stored(r.typed));
    const parsed = literalCall(r.typed, ADDIN_IDS);
    if (!parsed) throw new Error(`${r.sheet}!A${r.row} is not an add-in call: ${r.typed}`);
    const answer = call(parsed.id, parsed.args);
    if ("error" in answer) expect([r.typed, r.expected]).toEqual([r.typed, answer.error]);
    else if (r.block) {
      const ws = book.getWorksheet(r.sheet) as ExcelJS.Worksheet;
      expect([r.typed, range(ws, r.block)]).toEqual([r.typed, (answer.value as unknown[][]).map((row) => row.map((v) => v))]);
    } else if (r.kind === "card") expect(r.expected).toBe("a card (entity value)");
    else expect([r.typed, r.expected]).toEqual([r.typed, answer.value]);
  }
});

describe("the freeze sheet: CJK dates that must stay text through Freeze, a save in zh-CN Excel and Restore (issue 17, item 9)", () => {
  const report = readFileSync(join(__dirname, "..", "..", "data", "source", "report.txt"), "utf8");
  const freezeRows = () => {
    const ws = book.getWorksheet(FREEZE_SHEET) as ExcelJS.Worksheet;
    const out: { row: number; typed: string; formula: string; expected: unknown; check: string }[] = [];
    ws.eachRow((r, n) => {
      if (n >= 4 && r.getCell(2).formula)
        out.push({ row: n, typed: String(r.getCell(1).value), formula: r.getCell(2).formula, expected: r.getCell(3).value, check: r.getCell(4).formula ?? "" });
    });
    return out;
  };

  test("rows for 2023年8月17日 and 12月18日, each text as printed in the report and text Excel would re-type", () => {
    const all = freezeRows();
    const texts = all.map((r) => r.expected);
    expect(texts).toEqual(expect.arrayContaining(["2023年8月17日", "12月18日", "2023-08-17"]));
    for (const r of all) {
      expect([r.row, typeof r.expected, excelRetypes(String(r.expected))]).toEqual([r.row, "string", true]);
      // A CJK date is the report's own text; the ISO column is the dataset's normalised date.
      if (/[年月日]/.test(String(r.expected))) expect([r.row, report.includes(String(r.expected))]).toEqual([r.row, true]);
    }
  });

  test("each row reads one cell of the live table, expects the bundle's answer there, and checks ISTEXT and EXACT", () => {
    const table = call("ATLAS.TABLE", [FROZEN_TEXT_TABLE]);
    if (!("value" in table)) throw new Error(`ATLAS.TABLE("${FROZEN_TEXT_TABLE}") answered ${table.error}`);
    const grid = table.value as unknown[][];
    const all = freezeRows();
    expect(all.length).toBeGreaterThanOrEqual(2);
    for (const r of all) {
      const m = new RegExp(`^=INDEX\\(ATLAS\\.TABLE\\("${FROZEN_TEXT_TABLE}"\\),(\\d+),(\\d+)\\)$`).exec(r.typed);
      if (!m) throw new Error(`${FREEZE_SHEET}!A${r.row} is not an INDEX of the table: ${r.typed}`);
      expect([r.typed, r.expected]).toEqual([r.typed, grid[Number(m[1]) - 1][Number(m[2]) - 1]]);
      expect(r.formula).toBe(stored(r.typed));
      expect(r.check).toBe(`IFERROR(IF(AND(ISTEXT(B${r.row}),EXACT(B${r.row},C${r.row})),"OK","FAIL"),"FAIL")`);
    }
    const summary = book.getWorksheet("Summary") as ExcelJS.Worksheet;
    const line = summary.getColumn(1).values.findIndex((v) => v === FREEZE_SHEET);
    expect([summary.getCell(`B${line}`).value, summary.getCell(`C${line}`).formula]).toEqual([all.length, `COUNTIF('${FREEZE_SHEET}'!D4:D${4 + all.length},"OK")`]);
  });
});
