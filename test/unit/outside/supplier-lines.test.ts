/**
 * SUPPLIERS.OF cites the line that names the company. Where the report's list is a table with a row per
 * company (图：国内AEC厂商产品进展, caption L763, rows L766-770), that is the company's row, not the caption;
 * where the list is one printed line (L393: 60A Power Whip（电力电缆）供应商：Amphenol、Bizlink、佳必琪、瑞可达),
 * that line. Written from the report's lines.
 */
import { installCustomFunctions, outcome } from "../../support/custom-functions";

installCustomFunctions();
// eslint-disable-next-line @typescript-eslint/no-require-imports -- after the CustomFunctions global exists
const fns = require("../../../src/functions/functions") as Record<string, (...args: unknown[]) => unknown>;
const of = (name: string) => (outcome(() => fns.suppliersOf(name)) as { value: unknown[][] }).value;
const row = (rows: unknown[][], list: string) => rows.find((r) => r[0] === list);

test.each([
  ["瑞可达", 767],
  ["新易盛", 766],
  ["博创科技", 768],
  ["兆龙互联", 769],
  ["沃尔核材", 770],
])("%s among the domestic AEC makers: its own row, line %d (not the caption at 763)", (company, line) => {
  const rows = of(company);
  expect(rows[0]).toEqual(["list", "kind", "as printed", "line"]);
  expect(row(rows, "AEC")).toEqual(["AEC", "makers", company, line]);
});

test("a list printed on one line keeps that line: 瑞可达 among the 60A Power Whip suppliers at 393", () => {
  expect(row(of("瑞可达"), "60A Power Whip")).toEqual(["60A Power Whip", "suppliers", "瑞可达", 393]);
  expect(row(of("立讯精密"), "High Speed Cable")).toEqual(["High Speed Cable", "suppliers", "立讯精密", 392]);
});
