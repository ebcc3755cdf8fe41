/**
 * Tables cell for cell: where the report prints a table row as tab-separated cells, the dataset's row is
 * a run of exactly those cells, in order, once a label we added at either end (a segment column, an
 * inferred row label, printed nowhere on the line) is set aside. This is what the task pane inserts
 * "as the report prints it".
 */
import { readFileSync } from "fs";
import { join } from "path";
import { stripMarkup } from "../../../src/data/normalize";
import { testCatalog } from "../../support/catalog";

const report = readFileSync(join(__dirname, "..", "..", "..", "data", "source", "report.txt"), "utf8").split("\n");
const norm = (s: string) => stripMarkup(s).normalize("NFKC").replace(/\s+/gu, "");

test("every table row on a tab-separated line holds the printed cells, in order", () => {
  const mismatches: string[] = [];
  let checked = 0;
  for (const d of testCatalog().datasets) {
    const table = d.table;
    if (!table) continue;
    for (const row of table.rows) {
      const line = report[row.line - 1];
      if (!line.includes("\t")) continue;
      checked++;
      const printed = line.split("\t").map(norm);
      const all = row.cells.map(norm);
      const added = (i: number) => table.columns[i]?.inferred === true && all[i] !== "" && !printed.includes(all[i]);
      const cells = all.slice(added(0) ? 1 : 0, added(all.length - 1) ? -1 : undefined);
      const joined = `\u0001${printed.join("\u0001")}\u0001`;
      if (!joined.includes(`\u0001${cells.join("\u0001")}\u0001`)) mismatches.push(`${d.id} line ${row.line}: ${JSON.stringify(row.cells)}`);
    }
  }
  expect(mismatches).toEqual([]);
  expect(checked).toBeGreaterThan(300);
});
