/**
 * The bundle's catalogue carries two name indexes worked out by the build (Catalog.prepared: variants that
 * name their product, products after a vendor's name), so that a fresh runtime's first call does not build
 * them. An atlas reading them must resolve every name exactly as one that builds them itself.
 */
import { expandCatalog, shippedCatalog, type Catalog, type Fact } from "../../../src/data/catalog";
import { Atlas } from "../../../src/domain/atlas";
import { chipCompare, chipServers, chipSpec, specifiedChips } from "../../../src/domain/chips";
import { withPreparedIndexes } from "../../../src/domain/prepared";
import { factValue } from "../../../src/domain/values";
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

type DefaultsTable = "specDefaults" | "valueDefaults";

/** One of the shipped catalogue's default-fact tables, as carried: fact indexes as differences. */
const carried = (table: DefaultsTable): number[] => (JSON.parse(prepared.core) as { prepared: Record<DefaultsTable, number[]> }).prepared[table];

/** An atlas over the shipped catalogue with one carried default moved from fact `from` to fact `to`. */
function withDefaultMoved(table: DefaultsTable, from: Fact, to: Fact): Atlas {
  const core = JSON.parse(prepared.core) as { prepared: Record<DefaultsTable, number[]> };
  const indexes = core.prepared[table].map(
    (
      (sum) => (d: number) =>
        (sum += d)
    )(0),
  );
  const at = indexes.indexOf(from.index);
  expect(at).toBeGreaterThanOrEqual(0);
  indexes[at] = to.index;
  indexes.sort((a, b) => a - b);
  core.prepared[table] = indexes.map((index, i) => index - (i === 0 ? 0 : indexes[i - 1]));
  return fresh({ core: JSON.stringify(core), texts: prepared.texts });
}

/**
 * A pool of two or more facts: its carried default moved to the other fact answers with that fact (the
 * atlas reads the table; it does not work the default out again). `factOf`: the fact an atlas answers with.
 */
function expectMovedDefaultAnswered(table: DefaultsTable, pool: Fact[] | undefined, factOf: (atlas: Atlas, f: Fact) => Fact | undefined): void {
  expect(pool).toBeDefined();
  const [first, second] = pool as Fact[];
  const chosen = factOf(built, first) as Fact;
  const other = chosen === first ? second : first;
  expect(factOf(withDefaultMoved(table, chosen, other), first)?.index).toBe(other.index);
}

/** A carried table: fact indexes in ascending order, as differences. */
function expectDeltas(deltas: number[], atLeast: number): void {
  expect(deltas.length).toBeGreaterThan(atLeast);
  expect(deltas.every((d, i) => Number.isInteger(d) && (i === 0 ? d >= 0 : d > 0))).toBe(true);
}

describe("the chips' default spec facts the build works out (Catalog.prepared.specDefaults)", () => {
  const chips = specifiedChips(built);
  const metrics = [...built.metrics.values()];
  /** A spec answer as a cell and the audit read it: the value, or the failure's code and message, and the fact's line. */
  const answer = (atlas: Atlas, chip: string, metric: string, variant?: string) => {
    const r = chipSpec(atlas, chip, metric, variant);
    return r.ok ? [r.value.value, r.value.fact.index, r.value.fact.line, r.value.chip.id, r.value.metric.id] : [r.failure.code, r.failure.message];
  };

  test("are carried, and cover most of the chips' figures", () => {
    expectDeltas(carried("specDefaults"), 300);
  });

  test("every chip x every metric answers the same whether the default is read or worked out, asked without a variant and with one", () => {
    const differences: string[] = [];
    for (const chip of chips) {
      const name = built.formulaName(chip);
      for (const m of metrics) {
        for (const variant of [undefined, "sparse", "dense", "low"]) {
          const a = JSON.stringify(answer(read, name, m.id, variant));
          const b = JSON.stringify(answer(built, name, m.id, variant));
          if (a !== b) differences.push(`${name} ${m.id} ${variant}: ${a} vs ${b}`);
        }
      }
    }
    expect(differences.slice(0, 5)).toEqual([]);
    // Answered, not only equal: figures the report prints (910C FP16 800 TFLOPS, report line 1683; H100 TDP 700 W, line 301).
    expect(answer(read, "910C", "FP16")[0]).toBe(800);
    expect(answer(read, "H100", "TDP")[0]).toBe(700);
  });

  test("comparisons and server counts read the same defaults", () => {
    const names = chips.slice(0, 12).map((c) => built.formulaName(c));
    const differences: string[] = [];
    for (const a of names)
      for (const m of ["FP16", "TDP", "memory", "bandwidth", "process"]) {
        const x = JSON.stringify(chipCompare(read, a, "H100", m));
        const y = JSON.stringify(chipCompare(built, a, "H100", m));
        if (x !== y) differences.push(`${a}/H100 ${m}`);
        if (JSON.stringify(chipServers(read, a, 1000, null)) !== JSON.stringify(chipServers(built, a, 1000, null))) differences.push(`servers ${a}`);
      }
    expect(differences).toEqual([]);
  });

  test("an atlas reads the defaults it carries instead of working them out", () => {
    // A chip metric with two figures: point its carried default at the other one, and that one answers.
    const pool = chips.flatMap((c) => built.metricsOf(c.id).map((id) => built.facts(c.id, id))).find((facts) => facts.length >= 2 && facts.every((f) => f.value !== undefined));
    expectMovedDefaultAnswered("specDefaults", pool, (atlas, f) => {
      const r = chipSpec(atlas, f.entity, f.metric);
      return r.ok ? r.value.fact : undefined;
    });
  });
});

describe("the default ATLAS.VALUE facts the build works out (Catalog.prepared.valueDefaults)", () => {
  /** A value answer as a cell and the audit read it: the value and the fact behind it, or the failure's code and message. */
  const answer = (atlas: Atlas, name: string, metric: string, period?: unknown, variant?: string) => {
    const r = factValue(atlas, name, metric, period, variant);
    return r.ok ? [r.value.value, r.value.fact.index, r.value.fact.line, r.value.entity.id, r.value.metric.id] : [r.failure.code, r.failure.message];
  };

  test("are carried, and cover most figures", () => {
    expectDeltas(carried("valueDefaults"), 500);
  });

  test("every entity x each of its metrics answers the same whether the default is read or worked out, without a period and with one", () => {
    const differences: string[] = [];
    for (const e of testCatalog().entities) {
      const name = built.formulaName(e);
      for (const id of built.metricsOf(e.id)) {
        const periods = [undefined, ...new Set(built.facts(e.id, id).map((f) => f.period))].slice(0, 3);
        for (const period of periods) {
          const a = JSON.stringify(answer(read, name, id, period));
          const b = JSON.stringify(answer(built, name, id, period));
          if (a !== b) differences.push(`${name} ${id} ${period}: ${a} vs ${b}`);
        }
      }
    }
    expect(differences.slice(0, 5)).toEqual([]);
    // Answered, not only equal: Tencent's 2024 capex, 768 (亿元, report line 1295), and 910C FP16, 800 TFLOPS (line 1683).
    expect(answer(read, "Tencent", "capex", 2024)[0]).toBe(768);
    expect(answer(read, "910C", "FP16")[0]).toBe(800);
  });

  test("an atlas reads the defaults it carries instead of working them out", () => {
    const pool = testCatalog()
      .entities.flatMap((e) => built.metricsOf(e.id).map((id) => built.facts(e.id, id)))
      .find((facts) => facts.length >= 2 && facts.every((f) => f.value !== undefined && f.period === undefined && f.text === undefined));
    expectMovedDefaultAnswered("valueDefaults", pool, (atlas, f) => {
      const r = factValue(atlas, f.entity, f.metric);
      return r.ok ? r.value.fact : undefined;
    });
  });
});
