/**
 * The Atlas builds some indexes on first use (the name tables for suggestions, the key table, the variant
 * and vendor indexes, lists by subject and member). Each was an optional class field the compiled
 * constructor did not set, so the first use added a property to the one Atlas object: V8 gave it a new
 * hidden class, and every optimised function that had read it (facts, keyOf, newKey, the memo) was thrown
 * back to slower code mid-session. The constructor now sets every field; this keeps it so.
 */
import { expandCatalog, shippedCatalog, type Catalog } from "../../../src/data/catalog";
import { Atlas } from "../../../src/domain/atlas";
import { chipCompare, chipList, chipSpec } from "../../../src/domain/chips";
import { withPreparedIndexes } from "../../../src/domain/prepared";
import { testCatalog } from "../../support/catalog";

/** An object's own properties, in order: its hidden class, as far as a test can see it. */
const shape = (o: object) => Object.keys(o).join(",");

test.each([
  ["with the build's prepared indexes", withPreparedIndexes(shippedCatalog(testCatalog()))],
  ["without them", shippedCatalog(testCatalog())],
])("an atlas %s gains no property after it is built, whatever is asked first", (_how, texts) => {
  const atlas = new Atlas(expandCatalog(JSON.parse(texts.core) as Catalog, texts.texts));
  const built = shape(atlas);
  // Names as typed (the key table), a misspelling (the suggestion indexes), a variant named in the name, a
  // vendor and a category (the vendor indexes), a list's subject and a member's lists.
  expect(chipSpec(atlas, "h100", "FP16", "sparse").ok).toBe(true);
  expect(chipSpec(atlas, "H1OO", "FP16").ok).toBe(false);
  expect(chipSpec(atlas, "910B OAM", "FP16").ok).toBe(true);
  expect(chipList(atlas, "华为").ok).toBe(true);
  expect(chipList(atlas, "NVIDIAA").ok).toBe(false);
  expect(chipCompare(atlas, "H100", "A100", "TDP").ok).toBe(true);
  expect(
    atlas.resolveMetric(
      "TDPP",
      () => "metric",
      () => true,
    ).ok,
  ).toBe(false);
  for (const f of atlas.catalog.facts.filter((x) => x.conflict !== undefined).slice(0, 5)) expect(atlas.conflictOf(f).length).toBeGreaterThan(1);
  for (const e of atlas.catalog.entities.slice(0, 50)) {
    atlas.listsAbout(e.id);
    atlas.listsNaming(e.id);
  }
  expect(shape(atlas)).toBe(built);
});
