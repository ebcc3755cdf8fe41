/** The pane's counts read as English: one formula, two formulas (a write once said "1 live formulas"). */
import { STRINGS } from "../../../src/taskpane/i18n";

const en = STRINGS.en;

test.each([
  [0, "Written to Sheet1!A1."],
  [1, "Written to Sheet1!A1, 1 live formula."],
  [2, "Written to Sheet1!A1, 2 live formulas."],
])("a write of %p formulas says %p", (n, text) => {
  expect(en.written("Sheet1!A1", n)).toBe(text);
});

test.each([
  [1, 1, "Written to Sheet1!A1, 1 live formula; replaced 1 non-empty cell."],
  [0, 5, "Written to Sheet1!A1; replaced 5 non-empty cells."],
])("a write of %p formulas that replaced %p cells says %p", (n, replaced, text) => {
  expect(en.written("Sheet1!A1", n, replaced)).toBe(text);
});

test.each([
  [1, 1, "1 of 1 figure is a live formula; the others are written as printed."],
  [1, 12, "1 of 12 figures is a live formula; the others are written as printed."],
  [5, 12, "5 of 12 figures are live formulas; the others are written as printed."],
])("%p of %p figures", (n, total, text) => {
  expect(en.formulaCount(n, total)).toBe(text);
});

test("Chinese has no plural to get wrong, and says the count", () => {
  expect(STRINGS.zh.written("Sheet1!A1", 1)).toContain("1");
  expect(STRINGS.zh.written("Sheet1!A1", 0, 5)).toBe("已写入 Sheet1!A1；覆盖了 5 个非空单元格。");
  expect(STRINGS.zh.formulaCount(1, 12)).toMatch(/1.*12|12.*1/);
});

test.each([
  [0, "0 results"],
  [1, "1 result"],
  [17, "17 results"],
])("a search with %p hits says %p", (n, text) => {
  expect(en.results(n)).toBe(text);
});
