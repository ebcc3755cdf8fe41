/** Text Excel would re-type when written as a value (issue 17, item 9): Western and zh-CN forms, and text it keeps. */
import { excelRetypes } from "../../../src/formula/retype";
import { keepAsTyped } from "../../../src/office/excel";

test.each([
  "2023年8月17日",
  "12月18日",
  "2023年8月",
  "2024年",
  "17日",
  "2023 年 8 月 17 日",
  "10时30分",
  "下午3时",
  "上午10:30",
  "１２３",
  "２０２３年８月",
  "2025",
  "1,234.5",
  "50%",
  "$1",
  "(12)",
  "1/2",
  "2023-08-17",
  "12:30",
  "1e5",
  "TRUE",
  "=x",
  "-3",
  "Aug 17",
  "17-Aug-2023",
  "August 2023",
])("%s is re-typed by Excel, so freeze keeps it text", (text) => {
  expect(excelRetypes(text)).toBe(true);
  expect(keepAsTyped(text)).toBe(`'${text}`);
});

test.each(["双鸿科技", "7nm", "910C", "H100", "#N/A", "2023年发布", "第12月", "Q1 2025", "1Q25", "约800", "N/A", "", "May be"])("%j stays text as written", (text) => {
  expect(excelRetypes(text)).toBe(false);
  expect(keepAsTyped(text)).toBe(text);
});

test('every date ATLAS.TABLE("china_llm_release_timeline") answers with is frozen as text', () => {
  const { Atlas } = jest.requireActual<typeof import("../../../src/domain/atlas")>("../../../src/domain/atlas");
  const { testCatalog } = jest.requireActual<typeof import("../../support/catalog")>("../../support/catalog");
  const { evaluateStandalone } = jest.requireActual<typeof import("../../../src/formula/atlas")>("../../../src/formula/atlas");
  const table = evaluateStandalone(new Atlas(testCatalog()), '=ATLAS.TABLE("china_llm_release_timeline")');
  if (!table.ok || !Array.isArray(table.value)) throw new Error("expected a table");
  const dates = table.value.flat().filter((v): v is string => typeof v === "string" && /^(\d{4}年)?\d{1,2}月(\d{1,2}日)?$/.test(v.trim()));
  expect(dates.length).toBeGreaterThan(3);
  expect(dates.filter((d) => keepAsTyped(d) === d)).toEqual([]);
});
