/** What the pages write: a chip sheet of live formulas, a series wide and long, a chart's data sheet. */
import { Atlas } from "../../../src/domain/atlas";
import { chipSheet, companyPage, seriesOf } from "../../../src/domain/pages";
import { evaluateStandalone } from "../../../src/formula/atlas";
import { chartPlan, chipSheetWrite, seriesLongWrite, seriesWideWrite } from "../../../src/taskpane/writes";
import { testCatalog } from "../../support/catalog";

const atlas = new Atlas(testCatalog());
const entity = (id: string) => atlas.entities.get(id)!;

test("a chip sheet's figures are live formulas that return the value shown", () => {
  const write = chipSheetWrite(atlas, "910C", chipSheet(atlas, entity("ascend-910c")), "en");
  const live = write.rows.filter((r) => r[1].formula);
  expect(live.length).toBeGreaterThan(3);
  for (const row of live) {
    const r = evaluateStandalone(atlas, row[1].formula as string);
    expect(r.ok && r.value).toBe(row[1].value);
  }
  expect(write.headers[0]).toBe("Metric");
});

test("Tencent's annual capex wide: periods across, one row, each cell a formula for that year; long: one row per year", () => {
  const annual = companyPage(atlas, entity("tencent")).capex.annual;
  const series = seriesOf(
    atlas,
    annual.map((p) => p.fact),
  );
  expect(series?.periods).toEqual(annual.map((p) => p.period));
  if (!series) return;
  const wide = seriesWideWrite(atlas, "t", "Tencent capex", series, "en", true);
  expect(wide.headers).toEqual(["Metric", ...annual.map((p) => p.period)]);
  expect(wide.rows).toHaveLength(1);
  const y2024 = wide.rows[0][wide.headers.indexOf("2024")];
  expect(y2024.value).toBe(768);
  const r = evaluateStandalone(atlas, y2024.formula as string);
  expect(r.ok && r.value).toBe(768);
  const long = seriesLongWrite(atlas, "t", "Tencent capex", series, "en", false);
  expect(long.rows.map((row) => row[0].value)).toEqual(annual.map((p) => p.period));
  expect(long.rows.every((row) => row[1].formula === undefined)).toBe(true);
  // The row's label carries its unit as the language writes it; the figures are the same in both.
  expect(wide.rows[0][0].value).toBe("Tencent · Capital expenditure (CNY 100m)");
  const zh = seriesWideWrite(atlas, "t", "腾讯资本开支", series, "zh", true);
  expect(zh.rows[0][0].value).toBe("腾讯 · 资本开支 (亿元)");
  expect(zh.rows[0].slice(1)).toEqual(wide.rows[0].slice(1));
});

test("a dataset without two periods is no series", () => {
  const d = atlas.datasets.get("domestic_ai_cards") ?? atlas.catalog.datasets.find((x) => x.table && !x.factIndexes.some((i) => atlas.catalog.facts[i].period));
  expect(
    d &&
      seriesOf(
        atlas,
        d.factIndexes.map((i) => atlas.catalog.facts[i]),
      ),
  ).toBeUndefined();
});

test("a chart's data sheet: labels, live formulas, a chart over both columns", () => {
  const annual = companyPage(atlas, entity("tencent")).capex.annual;
  const plan = chartPlan(
    atlas,
    "Tencent capex",
    "Tencent capex (CNY 100m)",
    "Capex (CNY 100m)",
    annual.map((p) => ({ label: p.period, fact: p.fact })),
    "en",
  );
  expect(plan.chart?.range).toBe(`A3:A${annual.length + 3},B3:B${annual.length + 3}`);
  expect(plan.cells.find((c) => c.address === "B4")?.formula).toMatch(/^=/);
  expect(plan.cells.find((c) => c.address === "A4")?.value).toBe(annual[0].period);
});
