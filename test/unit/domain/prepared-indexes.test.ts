/**
 * The bundle's catalogue carries two name indexes worked out by the build (Catalog.prepared: variants that
 * name their product, products after a vendor's name), so that a fresh runtime's first call does not build
 * them. An atlas reading them must resolve every name exactly as one that builds them itself.
 */
import { expandCatalog, shippedCatalog, type Catalog } from "../../../src/data/catalog";
import { Atlas } from "../../../src/domain/atlas";
import { withPreparedIndexes } from "../../../src/domain/prepared";
import { testCatalog } from "../../support/catalog";
import { entityNames } from "../../support/spellings";

const shipped = shippedCatalog(testCatalog());
const prepared = withPreparedIndexes(shipped);
const fresh = (texts: { core: string; texts: string }) => new Atlas(expandCatalog(JSON.parse(texts.core) as Catalog, texts.texts));
const built = fresh(shipped);
const read = fresh(prepared);

/** What a name resolves to, as the functions read it: the entity, the variant it names, the metrics. */
function resolution(atlas: Atlas, name: string): string {
  const entity = atlas.entityOf(name);
  return JSON.stringify([entity?.id, entity ? atlas.nameVariant(entity.id, name) : undefined, atlas.metricIdsOf(name)]);
}

test("the shipped catalogue carries both indexes, and only the build's catalogue does", () => {
  const core = JSON.parse(prepared.core) as { prepared?: { variants: unknown[]; vendorPrefixed: unknown[] } };
  expect(core.prepared?.variants.length).toBeGreaterThan(50);
  expect(core.prepared?.vendorPrefixed.length).toBeGreaterThan(500);
  expect(JSON.parse(shipped.core).prepared).toBeUndefined();
  expect(testCatalog().prepared).toBeUndefined();
  // Nothing else changes: the texts are the same, and the core is the same but for the indexes.
  expect(prepared.texts).toBe(shipped.texts);
  const rest = JSON.parse(prepared.core) as Record<string, unknown>;
  delete rest.prepared;
  expect(rest).toEqual(JSON.parse(shipped.core));
});

test("names resolve the same whether the indexes are read or built: every index key, every name, and names as analysts type them", () => {
  const { variants, vendorPrefixed } = built.preparedIndexes();
  const typed = [
    "华为910B OAM",
    "Huawei 910B",
    "微软Maia 100",
    "寒武纪 MLU370X8",
    "Ascend 910B OAM",
    "昇腾910B OAM",
    "NVIDIA H100 SXM",
    "英伟达H20",
    "910B OAM",
    "H100",
    "fp16",
    "H1OO",
  ];
  const names = [...variants.map(([k]) => k), ...vendorPrefixed.map(([k]) => k), ...testCatalog().entities.flatMap(entityNames), ...typed];
  const differences = names.filter((n) => resolution(read, n) !== resolution(built, n));
  expect(differences.slice(0, 5)).toEqual([]);
  expect(read.preparedIndexes()).toEqual(built.preparedIndexes());
  // (Resolved, not only equal: a vendor-prefixed name and a variant typed after another name.)
  expect(resolution(read, "华为910B OAM")).toBe(resolution(read, "910B OAM"));
  expect(read.entityOf("微软Maia 100")?.id).toBe(read.entityOf("Maia 100")?.id);
});

test("an atlas over the shipped catalogue reads the indexes it carries instead of building them", () => {
  // A key no name has, put in the carried index only: found, so the index read is the one carried.
  const core = JSON.parse(prepared.core) as { prepared: { vendorPrefixed: [string, string][] } };
  const h100 = built.entityOf("H100")?.id as string;
  core.prepared.vendorPrefixed.push(["zzqqh100", h100]);
  const altered = fresh({ core: JSON.stringify(core), texts: prepared.texts });
  expect(altered.entityOf("zzqq H100")?.id).toBe(h100);
  expect(built.entityOf("zzqq H100")).toBeUndefined();
});
