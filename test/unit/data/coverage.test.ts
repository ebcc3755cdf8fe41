/**
 * What the data issues promise: every DATA-MAP group is held by a dataset (or left out with a reason),
 * and every exported row's cited report line really prints one of that row's values.
 */
import { readFileSync } from "fs";
import { join } from "path";
import { allGroupIds } from "../../../src/data/compile";
import { printedForm } from "../../../src/data/normalize";
import { coverageLines, exportDatasets } from "../../../scripts/data";
import { testCatalog } from "../../support/catalog";

const catalog = testCatalog();
const report = readFileSync(join(__dirname, "..", "..", "..", "data", "source", "report.txt"), "utf8").split("\n");
const exclusions = JSON.parse(readFileSync(join(__dirname, "..", "..", "..", "data", "excluded-groups.json"), "utf8"));

test.each([
  ["theme 1 (overseas compute)", 1, 44],
  ["theme 2 (domestic compute)", 45, 103],
  ["themes 3 and 4 (AI devices, picks, metadata)", 104, 135],
])("every group of %s is covered", (_theme, from, to) => {
  const { lines } = coverageLines(catalog, exclusions);
  const missing = lines.filter((l) => /MISSING$/.test(l)).map((l) => Number(l.slice(1, 4))).filter((n) => n >= from && n <= to);
  expect(missing).toEqual([]);
});

test("coverage ends with the count", () => {
  const { lines, covered } = coverageLines(catalog, exclusions);
  expect(lines[lines.length - 1]).toBe(`covered ${covered}/${allGroupIds().length}`);
  expect(covered).toBe(135);
});

test("every exported row's line prints one of its values", () => {
  const unprinted: string[] = [];
  let rows = 0;
  for (const dataset of exportDatasets(catalog) as { id: string; rows: { line: number; values: string[] }[] }[]) {
    for (const row of dataset.rows) {
      rows++;
      const line = printedForm(report[row.line - 1] ?? "");
      if (!row.values.some((v) => v.trim() !== "" && line.includes(printedForm(v)))) unprinted.push(`${dataset.id} line ${row.line}: ${row.values.join(" | ")}`);
    }
  }
  expect(unprinted).toEqual([]);
  expect(rows).toBeGreaterThan(2000);
});

test("no analyst e-mail address is bundled", () => {
  expect(JSON.stringify(catalog)).not.toMatch(/[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}/);
});
