/**
 * The fast path (exact spellings first, lookup keys without NFKC for ASCII and CJK, facts under nested
 * maps, the flat memo, errors as values built without a stack) answers exactly as the reference path it
 * replaced: the same value, error code and message for every call, over thousands of realistic spellings
 * (names, aliases, Chinese names, tickers, case, width and spacing variants, near misses), asked twice.
 */
import { installCustomFunctions, outcome, type Outcome } from "../../support/custom-functions";
import { testCatalog } from "../../support/catalog";
import { ReferenceAtlas } from "../../support/reference-atlas";
import { entitySpellings, metricSpellings, shuffled, typosOf, entityNames } from "../../support/spellings";

installCustomFunctions();
// eslint-disable-next-line @typescript-eslint/no-require-imports -- after the CustomFunctions global exists
const { Atlas } = require("../../../src/domain/atlas") as typeof import("../../../src/domain/atlas");
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { evaluate, excelCall } = require("../../../src/functions/contract") as typeof import("../../../src/functions/contract");
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { SPEC_BY_ID } = require("../../../src/functions/registry") as typeof import("../../../src/functions/registry");

/** Calls per family, drawn by a fixed shuffle (sized for seconds on a loaded 2-core machine). */
const SAMPLE = Number(process.env.FAST_PATH_SAMPLE ?? 700);

const catalog = testCatalog();
const fast = new Atlas(catalog);
const reference = new ReferenceAtlas(catalog);

/** The reference answer: the pure Result path on the reference resolver, shown as Excel shows it. */
function expected(id: string, args: unknown[]): Outcome {
  const result = evaluate(SPEC_BY_ID.get(id) as never, reference, args);
  if (result.ok) return { value: result.value };
  const code = { unknownName: "#N/A", missingFact: "#N/A", badArgument: "#VALUE!", impossible: "#NUM!" }[result.failure.code];
  return code === "#NUM!" ? { error: code } : { error: code, message: result.failure.message };
}

function compare(calls: [string, ...unknown[]][]): void {
  const differences: unknown[] = [];
  for (const pass of [1, 2]) {
    for (const [id, ...args] of calls) {
      const got = outcome(() => excelCall(SPEC_BY_ID.get(id) as never, fast, args));
      const want = expected(id, args);
      if (JSON.stringify(got) !== JSON.stringify(want)) differences.push({ pass, id, args, got, want });
      if (differences.length > 5) break;
    }
  }
  expect(differences).toEqual([]);
}

const chips = catalog.entities.filter((e) => (e.type === "chip" || e.type === "product") && fast.metricsOf(e.id).some((m) => fast.metrics.get(m)?.family === "chip"));
const chipMetrics = catalog.metrics.filter((m) => m.family === "chip");

test("AICHIP.SPEC over every spelling of every chip, with metrics it has and lacks, and near misses", () => {
  const calls: [string, ...unknown[]][] = [];
  for (const chip of chips) {
    const spellings = entitySpellings(chip);
    chipMetrics.forEach((m, i) => {
      const spelling = spellings[i % spellings.length];
      const metric = metricSpellings(m)[i % 3];
      calls.push(["AICHIP.SPEC", spelling, metric, null]);
    });
    for (const s of spellings) calls.push(["AICHIP.SPEC", s, "FP16", null], ["AICHIP.SPEC", s, "tdp", "dense"]);
    for (const name of entityNames(chip)) for (const t of typosOf(name)) calls.push(["AICHIP.SPEC", t, "FP16", null]);
  }
  expect(calls.length).toBeGreaterThan(5000);
  compare(shuffled(calls).slice(0, SAMPLE));
});

test("ATLAS.VALUE and AICHIP.SOURCES over every entity with figures, every metric spelling, and near misses", () => {
  const calls: [string, ...unknown[]][] = [];
  for (const e of catalog.entities) {
    const metrics = fast.metricsOf(e.id);
    if (metrics.length === 0) continue;
    const spellings = entitySpellings(e);
    metrics.forEach((id, i) => {
      const m = fast.metrics.get(id);
      if (!m) return;
      const ms = metricSpellings(m);
      calls.push(["ATLAS.VALUE", spellings[i % spellings.length], ms[i % ms.length], null, null]);
      calls.push(["ATLAS.SOURCE", spellings[(i + 1) % spellings.length], ms[(i + 1) % ms.length], null]);
    });
    calls.push(["ATLAS.VALUE", spellings[0], "no such metric", null, null]);
    for (const t of typosOf(entityNames(e)[0])) calls.push(["ATLAS.VALUE", t, metrics[0], null, null]);
  }
  expect(calls.length).toBeGreaterThan(3000);
  compare(shuffled(calls).slice(0, SAMPLE));
});

test("the other families: capex, suppliers, markets, models, stocks, lists, with spellings and near misses", () => {
  const calls: [string, ...unknown[]][] = [];
  for (const e of catalog.entities) {
    const names = entitySpellings(e).slice(0, 6);
    for (const n of names) {
      calls.push(["CAPEX.VALUE", n, 2024, null], ["CAPEX.YOY", n, "1Q25"], ["CAPEX.CAGR", n, 2020, 2024], ["SUPPLIERS", n, null], ["SUPPLIERS.OF", n]);
      calls.push(
        ["MARKET.SIZE", n, 2027, null],
        ["MODEL.SCORE", n, "AIME 2024", null],
        ["STOCK.PRICE", n, "2025-06-13"],
        ["AICHIP.LIST", n],
        ["PICKS", n, null],
        ["AICHIP.METRICS", n],
        ["AICHIP.SERVERS", n, 1000, null, null],
      );
    }
  }
  expect(calls.length).toBeGreaterThan(20_000);
  compare(shuffled(calls).slice(0, SAMPLE));
});

test("the did-you-mean index suggests what closestNames suggests over the filtered names, for typos and arbitrary keys", () => {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { NameIndex, closestNames } = require("../../../src/domain/atlas") as typeof import("../../../src/domain/atlas");
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { lookupKey } = require("../../../src/data/normalize") as typeof import("../../../src/data/normalize");
  const entries = catalog.entities.flatMap((e) => entityNames(e).map((name) => ({ key: lookupKey(name), name, id: e.id })));
  const index = new NameIndex(entries);
  const filters: [string, (e: { id: string }) => boolean][] = [
    ["all", () => true],
    ["with figures", (e) => fast.metricsOf(e.id).length > 0],
    ["chips", (e) => fast.entities.get(e.id)?.type === "chip"],
    ["every third", (e) => e.id.length % 3 === 0],
  ];
  const keys = [
    ...shuffled(entries, 7)
      .slice(0, 300)
      .flatMap((e) => typosOf(e.key)),
    // Model numbers: the digit pairs most names share (the longest bigram lists, which the index may skip).
    ...["h100", "h1000", "a100", "100", "1000", "10000", "9100", "910", "9010", "00", "0000", "h10", "b200", "gb200", "gb2000", "2024", "20242025", "mi300x", "mi3000"],
    ...["", "a", "9", "91", "910", "h1", "nvida", "tencen", "x".repeat(129), "huaweiascend910cchip", "capexofbaidu2024", "阿里", "腾", "英伟达h100", "abc.def", "a".repeat(40)],
  ];
  const differences: unknown[] = [];
  for (const [name, usable] of filters) {
    for (const key of keys) {
      const want = closestNames(key, entries.filter(usable));
      const got = index.closest(key, usable);
      if (JSON.stringify(got) !== JSON.stringify(want)) differences.push({ name, key, got, want });
    }
  }
  expect(keys.length).toBeGreaterThan(1000);
  expect(differences.slice(0, 5)).toEqual([]);
});
