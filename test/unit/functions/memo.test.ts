/**
 * The memo answers exactly what an uncached call answers (issue 17's memo attack, small and with a fixed seed;
 * `npm run attack` makes 850,000 calls through the built bundle): calls over a pool of memoisable arguments,
 * hot and cold, each compared with the answer of a fresh instance that computed it once; two fresh instances
 * in opposite orders agree, so no two argument lists share a memo key.
 */
import { FakeCustomFunctionsError, installCustomFunctions } from "../../support/custom-functions";
import { answerText, memoAttack, memoPool } from "../../support/memo-attack";
import { testCatalog } from "../../support/catalog";

installCustomFunctions();
// eslint-disable-next-line @typescript-eslint/no-require-imports -- after the CustomFunctions global exists
const { Atlas } = require("../../../src/domain/atlas") as typeof import("../../../src/domain/atlas");
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { excelCall } = require("../../../src/functions/contract") as typeof import("../../../src/functions/contract");
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { SPEC_BY_ID } = require("../../../src/functions/registry") as typeof import("../../../src/functions/registry");

const SEED = Number(process.env.MEMO_SEED ?? 20261202);
const CALLS = 30_000;

test(`${CALLS.toLocaleString("en-US")} memo calls answer as uncached calls do, and no two argument lists share a key`, () => {
  const catalog = testCatalog();
  // Each fresh Atlas has its own, empty memo.
  const fresh = () => {
    const atlas = new Atlas(catalog);
    return (id: string, args: readonly unknown[]) => {
      let result: unknown;
      let threw: unknown;
      try {
        result = excelCall(SPEC_BY_ID.get(id) as NonNullable<ReturnType<typeof SPEC_BY_ID.get>>, atlas, args);
      } catch (e) {
        threw = e ?? "a throw";
      }
      return answerText(result, threw, FakeCustomFunctionsError);
    };
  };
  // AICHIP.SPEC's pool holds text up to 1,000 characters: enough to turn the memo's generations over by size.
  const pool = memoPool(SEED, (id) => (id === "AICHIP.SPEC" ? 6_000 : 80));
  const figures = memoAttack(fresh, pool, CALLS, SEED);
  expect({ collisions: figures.collisions, differences: figures.differences, examples: figures.examples }).toEqual({ collisions: 0, differences: 0, examples: [] });
  expect(figures.distinct).toBeGreaterThan(5_000);
}, 120_000);
