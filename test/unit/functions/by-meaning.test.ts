/**
 * A new question in names already resolved is answered from what the names mean (FunctionSpec.byMeaning:
 * AICHIP.SPEC with or without a variant, AICHIP.COMPARE without one, ATLAS.VALUE), skipping name resolution. Whatever it answers must be
 * what `run` answers from the names as typed: the same value, or the same error code and message. Compared
 * over every spelling of every accelerator's names (and names of other things, variants named through the
 * name, tickers, full-width and spaced spellings, numbers typed as names) against every chip metric's names,
 * in both argument positions of COMPARE.
 */
import { installCustomFunctions } from "../../support/custom-functions";
import { testCatalog } from "../../support/catalog";
import { entityNames, metricNames, variantsOf } from "../../support/spellings";

installCustomFunctions();
// eslint-disable-next-line @typescript-eslint/no-require-imports -- after the CustomFunctions global exists
const { Atlas } = require("../../../src/domain/atlas") as typeof import("../../../src/domain/atlas");
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { checkArgs } = require("../../../src/functions/contract") as typeof import("../../../src/functions/contract");
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { SPEC_BY_ID } = require("../../../src/functions/registry") as typeof import("../../../src/functions/registry");
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { specifiedChips } = require("../../../src/domain/chips") as typeof import("../../../src/domain/chips");

type Spec = NonNullable<ReturnType<typeof SPEC_BY_ID.get>>;
const specOf = (id: string) => SPEC_BY_ID.get(id) as Spec;

/** A result as a user sees it: the value, or the error's code and message. */
const shown = (r: { ok: true; value: unknown } | { ok: false; failure: { code: string; message: string } }) =>
  r.ok ? JSON.stringify(r.value) : `${r.failure.code}: ${r.failure.message}`;

const catalog = testCatalog();
/** One atlas for the names as typed, another for their meanings: neither's caches serve the other. */
const byName = new Atlas(structuredClone(catalog));
const byMeaningAtlas = new Atlas(structuredClone(catalog));

const chips = specifiedChips(byName);
// Chips' names in every spelling, with the variants some names name ("910B OAM"), and a few names of other things.
const variantNames = [
  ...new Set(
    catalog.facts
      .filter((f) => f.variant !== undefined && chips.some((c) => c.id === f.entity))
      .map((f) => `${byName.formulaName(byName.entities.get(f.entity) as never)} ${f.variant}`),
  ),
];
const chipSpellings = [
  ...new Set([
    ...chips.flatMap((c) => entityNames(c).flatMap((n, i) => (i === 0 ? variantsOf(n) : [n, n.toLowerCase()]))),
    ...variantNames,
    ...catalog.entities
      .filter((e) => !chips.includes(e))
      .slice(0, 12)
      .flatMap(entityNames),
    "NVIDIA",
    "华为",
    "910",
    "H1OO",
    "",
  ]),
];
// Chip metrics, and the other metrics some chip has figures for (a price, a share): both resolve for that chip.
const chipMetrics = catalog.metrics.filter((m) => m.family === "chip" || chips.some((c) => byName.metricsOf(c.id).includes(m.id)));
const metricSpellings = [
  ...new Set([...chipMetrics.flatMap((m) => metricNames(m).flatMap((n, i) => (i === 0 ? variantsOf(n).slice(0, 4) : [n]))), "price", "capex", "FP61", "市场规模"]),
];

function compare(spec: Spec, args: unknown[]): "answered" | "declined" {
  const checked = checkArgs(spec.args, args);
  if (!checked.ok) return "declined";
  const parts = args.map((v, i) => {
    if (!spec.args[i]?.byKey) return v;
    const text = typeof v === "string" ? v.trim() : typeof v === "number" ? String(v) : undefined;
    return text === undefined ? v : text === "" ? null : byMeaningAtlas.meaningOf(text);
  });
  const quick = spec.byMeaning?.(byMeaningAtlas, parts);
  if (quick === undefined) {
    // Declined only where a name does not resolve (run words that, with its suggestions), or where it reads a
    // variant. (A name that denotes nothing never resolves: run is asked only about names that denote something.)
    const denote = parts.every((p, i) => !spec.args[i]?.byKey || byMeaningAtlas.meaningEntity(p) !== undefined || byMeaningAtlas.meaningMetrics(p).length > 0);
    // (Each tenth such question: run's suggestions for a name of the wrong kind take a millisecond each.)
    if (!denote || args.some((v, i) => !spec.args[i]?.byKey && v !== null) || declinedSeen++ % 10 !== 0) return "declined";
    const run = spec.run(byName, checked.value);
    if (run.ok || run.failure.code !== "unknownName") declinedAnswers.push({ args, want: shown(run) });
    return "declined";
  }
  const run = spec.run(byName, checked.value);
  const want = shown(run);
  const got = shown(quick);
  if (got !== want) differences.push({ args, got, want });
  return "answered";
}

/** Questions whose answers differ (expected none; the first few are shown). */
const differences: { args: unknown[]; got: string; want: string }[] = [];
let declinedSeen = 0;
/** Questions in names that resolve, without a variant, that byMeaning left to run (expected none). */
const declinedAnswers: { args: unknown[]; want: string }[] = [];
afterEach(() => {
  expect(differences.slice(0, 5)).toEqual([]);
  expect(declinedAnswers.slice(0, 5)).toEqual([]);
  differences.length = 0;
  declinedAnswers.length = 0;
});

describe("answers by meaning are the answers by name", () => {
  test("AICHIP.SPEC: every chip spelling x every chip metric spelling, no variant", () => {
    const spec = specOf("AICHIP.SPEC");
    let answered = 0;
    for (const chip of chipSpellings) for (const metric of metricSpellings) if (compare(spec, [chip, metric, null]) === "answered") answered++;
    // Most questions are answered so (the rest are names that do not resolve: run words those).
    expect(answered).toBeGreaterThan(chipSpellings.length * metricSpellings.length * 0.5);
  });

  test("AICHIP.SPEC: numbers typed as names", () => {
    const spec = specOf("AICHIP.SPEC");
    for (const chip of [0, 1, 2, 910, 100]) for (const metric of ["FP16", "TDP", 16]) compare(spec, [chip, metric, null]);
  });

  test("AICHIP.SPEC: a variant argument, as typed (spaced, any case, blank, unknown), over every chip and chip metric", () => {
    const spec = specOf("AICHIP.SPEC");
    // The variants the report names for each chip (part of a product name is enough), and the generic ones.
    const named = [...new Set(catalog.facts.filter((f) => f.variant !== undefined).map((f) => f.variant as string))];
    const variants = ["sparse", "dense", " Sparse ", "low", "high", "", "   ", "no such variant", ...named.slice(0, 12), ...named.slice(0, 6).map((v) => v.split(/\s+/)[0])];
    let answered = 0;
    for (const chip of chipSpellings.filter((_, i) => i % 3 === 0))
      for (const metric of metricSpellings.filter((_, i) => i % 2 === 0)) for (const v of variants) if (compare(spec, [chip, metric, v]) === "answered") answered++;
    expect(answered).toBeGreaterThan(5000);
    // What run would quote shortened, and what run reads as no text, are run's to answer.
    expect(compare(spec, ["H100", "FP16", "x".repeat(61)])).toBe("declined");
    expect(compare(spec, ["H100", "FP16", true])).toBe("declined");
    expect(compare(spec, ["H100", "FP16", 80])).toBe("declined");
  });

  test("ATLAS.VALUE: names of every kind of thing x their metrics' names, with periods and variants as typed", () => {
    const spec = specOf("ATLAS.VALUE");
    // Every entity with figures (one name each, in turn), and some spellings of chips' names.
    const withFigures = catalog.entities.filter((e) => byName.metricsOf(e.id).length > 0);
    const names = [...withFigures.map((e, i) => entityNames(e)[i % entityNames(e).length]), ...chipSpellings.filter((_, i) => i % 7 === 0)];
    const metricsFor = (name: string) => {
      const e = byName.entityOf(name);
      const own = e ? byName.metricsOf(e.id).slice(0, 6) : [];
      return [...own.flatMap((id) => metricNames(byName.metrics.get(id) as never).slice(0, 2)), "FP16", "capex", "revenue", "TDP", "FP61"];
    };
    let answered = 0;
    for (const name of names) {
      const e = byName.entityOf(name);
      const periods = [...new Set(e ? byName.metricsOf(e.id).flatMap((id) => byName.facts(e.id, id).map((f) => f.period)) : [])]
        .filter((p) => p !== undefined)
        .slice(0, 3) as string[];
      const variants = [...new Set(e ? byName.metricsOf(e.id).flatMap((id) => byName.facts(e.id, id).map((f) => f.variant)) : [])]
        .filter((v) => v !== undefined)
        .slice(0, 2) as string[];
      for (const metric of metricsFor(name)) {
        for (const [period, variant] of [
          [null, null],
          ...periods.map((p) => [p, null]),
          [2024, null],
          ["2024", null],
          [" 2025Q1 ", null],
          ["", null],
          ["   ", null],
          [null, ""],
          ...variants.map((v) => [null, v]),
          [null, " China "],
          [null, "high"],
          [periods[0] ?? 2023, variants[0] ?? "low"],
        ] as [unknown, unknown][]) {
          if (compare(spec, [name, metric, period, variant]) === "answered") answered++;
        }
      }
    }
    expect(answered).toBeGreaterThan(20000);
    // What run would quote shortened, and what it reads as no text, are run's to answer.
    expect(compare(spec, ["Tencent", "capex", "x".repeat(61), null])).toBe("declined");
    expect(compare(spec, ["Tencent", "capex", null, "x".repeat(61)])).toBe("declined");
    expect(compare(spec, ["Tencent", "capex", null, 2024])).toBe("declined");
    expect(compare(spec, ["Tencent", "capex", true, null])).toBe("declined");
  });

  test("AICHIP.COMPARE: chips' names both ways over every chip metric", () => {
    const spec = specOf("AICHIP.COMPARE");
    const some = chipSpellings.filter((_, i) => i % 5 === 0);
    const baselines = ["H100", "A100", "910B", "H20", "昇腾910C", "H100 SXM", "NVIDIA", "h2O"];
    let answered = 0;
    for (const a of some)
      for (const b of baselines)
        for (const m of metricSpellings.filter((_, i) => i % 4 === 0)) {
          if (compare(spec, [a, b, m, null]) === "answered") answered++;
          compare(spec, [b, a, m, null]);
        }
    expect(answered).toBeGreaterThan(1000);
    expect(compare(spec, ["H100", "A100", "FP16", "dense;sparse"])).toBe("declined");
  });
});
