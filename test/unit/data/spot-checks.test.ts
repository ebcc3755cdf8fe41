/**
 * Spot checks: values read by hand from the report, one file per area under ./spots. Every dataset
 * needs at least one. A failure here means the data no longer says what the report says.
 */
import { readdirSync } from "fs";
import { join } from "path";
import { testCatalog } from "../../support/catalog";
import type { CellSpot, FactSpot, ListSpot, Spot } from "./spots/types";

const spotDir = join(__dirname, "spots");
const spots: Spot[] = readdirSync(spotDir)
  .filter((f) => f.endsWith(".ts") && f !== "types.ts")
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- each file of ./spots registers itself by name
  .flatMap((f) => (require(join(spotDir, f)) as { spots: Spot[] }).spots);

const factSpots = spots.filter((s): s is FactSpot => "metric" in s);
const listSpots = spots.filter((s): s is ListSpot => "list" in s);
const cellSpots = spots.filter((s): s is CellSpot => "cell" in s);

describe("dataset values match the report", () => {
  test.each(factSpots.map((s) => [`${s.dataset}: ${s.entity} ${s.metric} ${s.period ?? ""} ${s.variant ?? ""} (line ${s.line})`, s] as const))(
    "fact %s",
    (_name, spot) => {
      const fact = testCatalog().facts.find(
        (f) =>
          f.dataset === spot.dataset &&
          f.entity === spot.entity &&
          f.metric === spot.metric &&
          f.period === spot.period &&
          f.variant === spot.variant &&
          f.line === spot.line,
      );
      expect(fact).toBeDefined();
      const actual =
        typeof spot.expected === "number" ? fact?.value : typeof spot.expected === "string" ? fact?.text : { low: fact?.low, high: fact?.high };
      expect(actual).toEqual(spot.expected);
    },
  );

  const eachList = listSpots.length > 0 ? test.each : test.skip.each;
  const eachCell = cellSpots.length > 0 ? test.each : test.skip.each;
  eachList(listSpots.map((s) => [`${s.dataset}: ${s.list} (line ${s.line})`, s] as const))("list %s", (_name, spot) => {
    const list = testCatalog().lists.find((l) => l.id === spot.list && l.dataset === spot.dataset);
    expect(list?.line).toBe(spot.line);
    expect(list?.members.map((m) => m.name)).toEqual(spot.members);
  });

  eachCell(cellSpots.map((s) => [`${s.dataset}: row ${s.row} ${s.column} (line ${s.line})`, s] as const))("cell %s", (_name, spot) => {
    const table = testCatalog().datasets.find((d) => d.id === spot.dataset)?.table;
    const column = table?.columns.findIndex((c) => c.key === spot.column) ?? -1;
    expect(column).toBeGreaterThanOrEqual(0);
    expect(table?.rows[spot.row].line).toBe(spot.line);
    expect(table?.rows[spot.row].cells[column]).toBe(spot.cell);
  });

  test("every dataset has at least one spot check", () => {
    const checked = new Set(spots.map((s) => s.dataset));
    expect(testCatalog().datasets.map((d) => d.id).filter((id) => !checked.has(id))).toEqual([]);
  });
});
