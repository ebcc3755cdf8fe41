/** The catalogue compiled from data/ exactly as the build does, once per test file. */
import { formatIssue } from "../../src/data/compile";
import type { Catalog } from "../../src/data/catalog";
import { compileFromDisk } from "../../scripts/catalog-files";

let cached: Catalog | undefined;

export function testCatalog(): Catalog {
  if (cached) return cached;
  const result = compileFromDisk();
  if (!result.catalog) throw new Error(`data/ does not compile:\n${result.issues.map(formatIssue).join("\n")}`);
  cached = result.catalog;
  return cached;
}

/** Every fact of one entity and metric (and period, when given), in catalogue order. */
export function factsOf(entity: string, metric: string, period?: string) {
  return testCatalog().facts.filter((f) => f.entity === entity && f.metric === metric && (period === undefined || f.period === period));
}
