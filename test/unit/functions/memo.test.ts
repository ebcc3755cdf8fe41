/**
 * The memo answers exactly what an uncached call answers (issue 17's memo attack, small and with a fixed seed;
 * `npm run attack` makes 850,000 calls through the built bundle): calls over a pool of memoisable arguments,
 * hot and cold, each compared with the answer of a fresh instance that computed it once; two fresh instances
 * in opposite orders agree, so no two argument lists share a memo key.
 */
import { FakeCustomFunctionsError, installCustomFunctions } from "../../support/custom-functions";
import { answerText, memoAttack, memoPool } from "../../support/memo-attack";
import { testCatalog } from "../../support/catalog";
import { entityNames, metricSpellings, shuffled, typosOf, variantsOf } from "../../support/spellings";

installCustomFunctions();
// eslint-disable-next-line @typescript-eslint/no-require-imports -- after the CustomFunctions global exists
const { Atlas } = require("../../../src/domain/atlas") as typeof import("../../../src/domain/atlas");
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { evaluate, excelCall, toExcelError } = require("../../../src/functions/contract") as typeof import("../../../src/functions/contract");
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { SPEC_BY_ID } = require("../../../src/functions/registry") as typeof import("../../../src/functions/registry");

/** What Excel would show for each call through one atlas (and its memo), as text. */
const answererOf = (atlas: InstanceType<typeof Atlas>) => (id: string, args: readonly unknown[]) => {
  let result: unknown;
  let threw: unknown;
  try {
    result = excelCall(SPEC_BY_ID.get(id) as NonNullable<ReturnType<typeof SPEC_BY_ID.get>>, atlas, args);
  } catch (e) {
    threw = e ?? "a throw";
  }
  return answerText(result, threw, FakeCustomFunctionsError);
};

const SEED = Number(process.env.MEMO_SEED ?? 20261202);
const CALLS = 30_000;

test(`${CALLS.toLocaleString("en-US")} memo calls answer as uncached calls do, and no two argument lists share a key`, () => {
  const catalog = testCatalog();
  // Each fresh Atlas has its own, empty memo.
  const fresh = () => answererOf(new Atlas(catalog));
  // AICHIP.SPEC's pool holds text up to 1,000 characters: enough to turn the memo's generations over by size.
  const pool = memoPool(SEED, (id) => (id === "AICHIP.SPEC" ? 6_000 : 80));
  const figures = memoAttack(fresh, pool, CALLS, SEED);
  expect({ collisions: figures.collisions, differences: figures.differences, examples: figures.examples }).toEqual({ collisions: 0, differences: 0, examples: [] });
  expect(figures.distinct).toBeGreaterThan(5_000);
}, 120_000);

test("a question asked again in other words is answered from the memo by meaning, and an answer that quotes a spelling goes to no other", () => {
  const catalog = testCatalog();
  const memoised = answererOf(new Atlas(catalog));
  const reference = new Atlas(catalog);
  const chips = catalog.entities.filter((e) => (e.type === "chip" || e.type === "product") && e.vendor !== undefined).slice(0, 40);
  const metrics = catalog.metrics.filter((m) => m.family === "chip").slice(0, 8);
  const calls: [string, ...unknown[]][] = [];
  for (const chip of chips) {
    // Spellings of the chip and of its near misses (each a did-you-mean quoting it), with every metric in
    // several spellings: the same questions many times over.
    // Every name of it (Chinese, aliases, a ticker) and the variants a name can name ("910B OAM"): one meaning each, or one per variant.
    const variants = [...new Set(catalog.facts.filter((f) => f.entity === chip.id && f.variant !== undefined).map((f) => f.variant as string))];
    const spellings = [
      ...entityNames(chip).flatMap((n) => variantsOf(n).slice(0, 4)),
      ...variants.flatMap((v) => [v, ...variantsOf(`${entityNames(chip)[0]} ${v}`).slice(0, 2)]),
      ...typosOf(entityNames(chip)[0]).flatMap((t) => variantsOf(t).slice(0, 4)),
    ];
    metrics.forEach((m, i) => {
      const ms = metricSpellings(m);
      spellings.forEach((s, j) => {
        calls.push(["AICHIP.SPEC", s, ms[(i + j) % ms.length], null], ["ATLAS.VALUE", s, ms[(i + j + 1) % ms.length], null, null]);
        calls.push(["AICHIP.COMPARE", s, spellings[(i + j + 3) % spellings.length], ms[(i + j + 2) % ms.length], null]);
      });
    });
  }
  const differences: unknown[] = [];
  for (const [id, ...args] of shuffled(calls, 7)) {
    const got = memoised(id, args);
    // The answer without any memo: evaluated afresh on another atlas.
    const result = evaluate(SPEC_BY_ID.get(id) as NonNullable<ReturnType<typeof SPEC_BY_ID.get>>, reference, args);
    const want = answerText(result.ok ? result.value : toExcelError(result.failure), undefined, FakeCustomFunctionsError);
    if (got !== want) differences.push({ id, args, got, want });
    if (differences.length >= 5) break;
  }
  expect(calls.length).toBeGreaterThan(20_000);
  expect(differences).toEqual([]);
}, 120_000);

test("a number typed where a name goes answers as the text it reads as, never as the name whose meaning has that number", () => {
  // Names asked first (a chip grid, companies' figures) are given meanings 0, 1, 2 ... in the memo's keyed
  // tree; a cell holding 2 (or 920, a chip's name) must get the answer for the text "2" ("920"), not the one
  // kept for the second name asked. (It did: =AICHIP.SPEC(0,"FP16") after a grid gave A100's 312.)
  const catalog = testCatalog();
  const memoised = answererOf(new Atlas(catalog));
  const reference = new Atlas(catalog);
  const withoutMemo = (id: string, args: unknown[]) => {
    const result = evaluate(SPEC_BY_ID.get(id) as NonNullable<ReturnType<typeof SPEC_BY_ID.get>>, reference, args);
    return answerText(result.ok ? result.value : toExcelError(result.failure), undefined, FakeCustomFunctionsError);
  };
  const chips = catalog.entities.filter((e) => e.type === "chip" || e.type === "product");
  const companies = catalog.entities.filter((e) => e.type === "company").slice(0, 60);
  const metrics = catalog.metrics.filter((m) => m.family === "chip").slice(0, 12);
  for (const chip of chips) for (const m of metrics) memoised("AICHIP.SPEC", [entityNames(chip)[0], m.id, null]);
  for (const c of companies) memoised("ATLAS.VALUE", [entityNames(c)[0], "revenue", null, null]);
  for (const chip of chips.slice(0, 30)) memoised("AICHIP.COMPARE", [entityNames(chip)[0], "H100", "TDP", null]);
  const differences: unknown[] = [];
  let compared = 0;
  for (let n = 0; n < 600; n++) {
    for (const number of [n, n + 0.5, -n]) {
      for (const [id, args] of [
        ["AICHIP.SPEC", [number, "FP16", null]],
        ["AICHIP.SPEC", ["910C", number, null]],
        ["ATLAS.VALUE", [number, "revenue", null, null]],
        ["AICHIP.COMPARE", [number, "H100", "TDP", null]],
        ["AICHIP.COMPARE", ["H100", number, "TDP", null]],
        ["AICHIP.COMPARE", ["H100", "A100", number, null]],
      ] as [string, unknown[]][]) {
        const got = memoised(id, args);
        const want = withoutMemo(id, args);
        compared++;
        if (got !== want && differences.length < 5) differences.push({ id, args, got, want });
      }
    }
  }
  // The text the numbers read as answers the same (920 is a chip's name).
  expect(memoised("AICHIP.SPEC", [920, "process", null])).toBe(memoised("AICHIP.SPEC", ["920", "process", null]));
  expect(compared).toBeGreaterThan(10_000);
  expect(differences).toEqual([]);
}, 120_000);
