/** What the build works out once for the bundle's catalogue, so that a fresh runtime need not. */
import { expandCatalog, type Catalog, type Fact } from "../data/catalog";
import { Atlas } from "./atlas";
import { specDefaultFacts } from "./chips";
import { valueDefaultFacts } from "./values";

/**
 * The bundle's catalogue texts (shippedCatalog) with the Atlas's name indexes and the chips' default spec
 * facts worked out from the same catalogue (Catalog.prepared): what the `atlas-catalog` module ships, and
 * what its test reads.
 */
export function withPreparedIndexes(shipped: { core: string; texts: string }): { core: string; texts: string } {
  const atlas = new Atlas(expandCatalog(JSON.parse(shipped.core) as Catalog, shipped.texts));
  const core = JSON.parse(shipped.core) as Record<string, unknown>;
  core.prepared = { ...atlas.preparedIndexes(), specDefaults: asDeltas(specDefaultFacts(atlas)), valueDefaults: asDeltas(valueDefaultFacts(atlas)) };
  return { core: JSON.stringify(core), texts: shipped.texts };
}

/** Facts, in any order, as the differences of their ascending indexes (the first its index): what Catalog.prepared's tables hold. */
function asDeltas(facts: Fact[]): number[] {
  const indexes = facts.map((f) => f.index).sort((a, b) => a - b);
  return indexes.map((index, i) => index - (i === 0 ? 0 : indexes[i - 1]));
}
