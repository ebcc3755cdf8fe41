/** Search that answers with figures, finds report words, and suggests the nearest names; entity pages' queries. */
import { Atlas } from "../../../src/domain/atlas";
import { chipSheet, companyPage, componentSuppliers, marketSeries, metricAcrossChips, modelScores } from "../../../src/domain/pages";
import { MAX_QUERY_CHARS, SearchIndex, type SearchHit } from "../../../src/domain/search";
import { chipSpec } from "../../../src/domain/chips";
import { capexValue } from "../../../src/domain/capex";
import { testCatalog } from "../../support/catalog";

const atlas = new Atlas(testCatalog());
const index = new SearchIndex(atlas);
const entity = (id: string) => atlas.entities.get(id)!;
const figureOf = (h: SearchHit | undefined) => (h?.kind === "figure" ? h.figure : undefined);

describe("search answers with figures", () => {
  test.each([
    ["H100 FP16", "nvidia-h100", "fp16"],
    ["910c fp16", "ascend-910c", "fp16"],
    ["昇腾910C FP16", "ascend-910c", "fp16"],
  ])("%s -> the default figure, as AICHIP.SPEC returns it", (q, chip, metric) => {
    const f = figureOf(index.search(q)[0]);
    expect(f).toBeDefined();
    expect([f?.entity.id, f?.metric.id]).toEqual([chip, metric]);
    // Where the report gives only a variant (H100: only sparse), that figure, as AICHIP.SPEC returns it with that variant.
    const spec = chipSpec(atlas, chip, metric, f?.fact.sparsity === "sparse" ? "sparse" : f?.fact.variant);
    expect(spec.ok && spec.value.fact.index).toBe(f?.fact.index);
  });

  test("腾讯 capex 2024 answers 768 (CNY 100m), the figure CAPEX.VALUE returns", () => {
    const f = figureOf(index.search("腾讯 capex 2024")[0]);
    const v = capexValue(atlas, "Tencent", 2024);
    expect(f?.fact.value).toBe(768);
    expect(v.ok && v.value.fact.index).toBe(f?.fact.index);
    expect(figureOf(index.search("腾讯资本开支2024")[0])?.fact.value).toBe(768);
  });

  test("a name alone, or a name with a period and no metric, is no figure", () => {
    expect(index.figures("H100")).toEqual([]);
    expect(index.figures("Tencent 2024")).toEqual([]);
    expect(index.search("tencent capex")[0]).toMatchObject({ kind: "dataset" });
  });
});

describe("search finds report words and near names", () => {
  test.each(["HBM", "光模块", "液冷"])("%s finds datasets and facts that hold it", (q) => {
    const hits = index.search(q);
    expect(hits.some((h) => h.kind === "dataset")).toBe(true);
    expect(hits.some((h) => h.kind === "fact" || h.kind === "line")).toBe(true);
  });

  test("Tencnet suggests Tencent; nonsense still finds nothing", () => {
    const hits = index.search("Tencnet");
    expect(hits[0]).toMatchObject({ kind: "entity", suggested: true, entity: { id: "tencent" } });
    expect(index.search("zzzqqq")).toEqual([]);
  });
});

describe("entity pages", () => {
  test("a chip's sheet gives each metric's default and marks other values", () => {
    const sheet = chipSheet(atlas, entity("ascend-910b"));
    const fp16 = sheet.find((r) => r.metric.id === "fp16");
    const spec = chipSpec(atlas, "910B", "FP16");
    expect(spec.ok && fp16?.fact.index).toBe(spec.ok && spec.value.fact.index);
    expect(fp16?.others.length).toBeGreaterThan(0);
  });

  test("NVQD lists its 12 suppliers as printed", () => {
    expect(componentSuppliers(atlas, entity("nvqd"))).toHaveLength(12);
  });

  test("Tencent's page: annual and quarterly capex, oldest first", () => {
    const page = companyPage(atlas, entity("tencent"));
    expect(page.capex.annual.map((p) => p.period)).toEqual([...page.capex.annual.map((p) => p.period)].sort());
    expect(page.capex.annual.find((p) => p.period === "2024")?.value).toBe(768);
    expect(page.capex.quarterly.length).toBeGreaterThan(1);
  });

  test("one metric across chips, largest first; a market's sizes; a model's scores", () => {
    const bars = metricAcrossChips(atlas, "fp16");
    expect(bars.ok && bars.value.length).toBeGreaterThan(5);
    if (bars.ok) expect(bars.value.map((b) => b.value)).toEqual([...bars.value.map((b) => b.value)].sort((a, b) => b - a));
    const market = atlas.catalog.entities.find((e) => e.type === "market" && marketSeries(atlas, e).length > 1);
    expect(market).toBeDefined();
    const model = atlas.catalog.entities.find((e) => e.type === "model" && modelScores(atlas, e).length > 0);
    expect(model).toBeDefined();
  });
});

describe("pasted text (issue 17's attack: a 100k-character query froze the pane)", () => {
  /** A search index whose name lookups are counted, stopping a search that would make more than 20,000. */
  function countedIndex() {
    const counted = new Atlas(testCatalog());
    const original = counted.findEntity.bind(counted);
    const seen = { calls: 0 };
    counted.findEntity = (name: string) => {
      if (++seen.calls > 20_000) throw new Error("more than 20,000 name lookups for one query");
      return original(name);
    };
    return { idx: new SearchIndex(counted), seen };
  }

  test("a query is read up to its first 200 characters, so its cost does not grow with what was pasted", () => {
    const pasted = "910C ".repeat(20_000);
    const { idx, seen } = countedIndex();
    seen.calls = 0;
    const hits = idx.search(pasted);
    expect(seen.calls).toBeLessThan(20_000);
    expect(hits.map((h) => h.kind)).toEqual(idx.search(pasted.slice(0, MAX_QUERY_CHARS)).map((h) => h.kind));
    expect(hits.length).toBeGreaterThan(0);
  });

  test("a long query still answers what its start asks, and a cut never leaves half a surrogate pair", () => {
    expect(figureOf(index.search(`H100 FP16 ${"x".repeat(100_000)}`)[0])).toBeUndefined();
    expect(figureOf(index.search(`H100 FP16${" ".repeat(100_000)}`)[0])?.entity.id).toBe("nvidia-h100");
    const emoji = `${"a".repeat(MAX_QUERY_CHARS - 1)}😀 and more`;
    expect(() => index.search(emoji)).not.toThrow();
  });
});
