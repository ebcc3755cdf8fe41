/** The one A1 address converter: columns past Z, ranges, sheet quoting both ways. */
import { areaAddress, cellAddress, columnIndex, columnName, parseArea, parseCell, qualified, splitQualified } from "../../../src/formula/address";

test.each([
  [0, "A"],
  [25, "Z"],
  [26, "AA"],
  [701, "ZZ"],
  [702, "AAA"],
  [16383, "XFD"],
])("column %i is %s, and back", (col, name) => {
  expect(columnName(col)).toBe(name);
  expect(columnIndex(name)).toBe(col);
  expect(columnIndex(name.toLowerCase())).toBe(col);
});

test.each([
  ["B2", { at: { row: 1, col: 1 }, rows: 1, cols: 1 }],
  ["$B$2:d4", { at: { row: 1, col: 1 }, rows: 3, cols: 3 }],
  ["'My sheet'!AA10:AB11", { at: { row: 9, col: 26 }, rows: 2, cols: 2 }],
  ["XFD1048576", { at: { row: 1048575, col: 16383 }, rows: 1, cols: 1 }],
])("%s is an area", (address, area) => {
  expect(parseArea(address)).toEqual(area);
});

test.each(["", "nope", "XFE1", "A0", "A:A", "A1048577"])("%j is not a cell", (address) => {
  expect(parseCell(address)).toBeUndefined();
});

test("addresses round-trip through their text", () => {
  expect(areaAddress({ at: { row: 4, col: 27 }, rows: 3, cols: 2 })).toBe("AB5:AC7");
  expect(cellAddress({ row: 0, col: 26 })).toBe("AA1");
});

test.each([
  ["Sheet1", "Sheet1!A1"],
  ["My Sheet", "'My Sheet'!A1"],
  ["It's", "'It''s'!A1"],
  ['Q"1', `'Q"1'!A1`],
  ["数据", "'数据'!A1"],
  ["A1", "'A1'!A1"],
])("sheet %j is quoted as a formula needs it, and split back", (sheet, text) => {
  expect(qualified(sheet, "A1")).toBe(text);
  expect(splitQualified(text)).toEqual({ sheet, local: "A1" });
  expect(parseCell(text)).toEqual({ row: 0, col: 0 });
});
