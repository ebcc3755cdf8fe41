/**
 * `npm run attack` (after `npm run build`): issue 17's attack at full size, through what ships.
 *   1. fuzz: 104,270 calls with arbitrary arguments over all 27 functions of the built dist/functions.js,
 *      loaded as Excel loads it; escapes (a throw, a JS error, stack, undefined, NaN or Infinity reaching a cell
 *      or message), invalid results, and prototype pollution (host and bundle realms);
 *   2. memo: 850,000 calls over a pool of memoisable arguments, each answer compared with the uncached answer
 *      (each argument list computed once in two fresh bundles, in opposite orders, so a memo-key collision
 *      shows as a disagreement), heap after GC sampled; then 20,000 arguments of 25,000 characters: heap bounded;
 *   3. pane: the 25 hostile payloads typed into the built pane (preview mode) in Debian Chromium: dialogs,
 *      page errors, console errors beyond test/support/expected-console-errors.json, requests off the origin;
 *   4. round trips: 300 random freeze/restore round trips through the preview workbook: anything lost.
 * The generators are the CI tests' own (test/support/fuzz.ts, hostile.ts, round-trips.ts; the tests run them
 * small with a fixed seed). Prints each figure; exits 1 on any escape, invalid result, difference, unbounded
 * heap, dialog, error, off-origin request or loss. ATTACK_ONLY=fuzz,memo,pane,trips runs some parts;
 * ATTACK_SEED changes the seed.
 */
import { readFileSync } from "fs";
import { join } from "path";
import { runInNewContext } from "vm";
import { bundleInstance } from "./excel-acceptance";
import { setFlagsFromString } from "v8";
import fc from "fast-check";
import { Atlas } from "../src/domain/atlas";
import { FUNCTION_SPECS } from "../src/functions/registry";
import { fuzzArgs, judge, prototypeKeys } from "../test/support/fuzz";
import { answerText, memoAttack, memoPool } from "../test/support/memo-attack";
import { attackPane, HOSTILE_PAYLOADS } from "../test/support/hostile";
import { roundTrip, roundTripCase } from "../test/support/round-trips";
import { testCatalog } from "../test/support/catalog";
import { launch, openPane } from "../test/support/browser";
import { serveDirectory } from "../test/support/static-server";

const DIST = join(__dirname, "..", "dist");
const SEED = Number(process.env.ATTACK_SEED ?? 20261202);
const ONLY = new Set((process.env.ATTACK_ONLY ?? "fuzz,memo,pane,trips").split(","));
const FUZZ_CALLS = 104_270;
const MEMO_CALLS = 850_000;
const LONG_ARGUMENTS = 20_000;
const LONG_CHARS = 25_000;
/** Heap growth (after GC) that counts as unbounded: the memo's own bound is a few MB. */
const HEAP_BUDGET_MB = 64;
const ROUND_TRIPS = 300;

setFlagsFromString("--expose-gc");
const gc = runInNewContext("gc") as () => void;
const heapMb = () => {
  gc();
  gc();
  return process.memoryUsage().heapUsed / 2 ** 20;
};

type Fn = (...args: unknown[]) => unknown;
type Instance = ReturnType<typeof bundleInstance>;
interface Bundle {
  call: (id: string, args: readonly unknown[]) => { result?: unknown; threw?: unknown };
  realm: Instance["realm"];
  ErrorClass: Instance["ErrorClass"];
}

/** A fresh instance of the built bundle, registered as Excel registers it; arguments padded with null. */
const SOURCE = readFileSync(join(DIST, "functions.js"), "utf8");
function loadBundle(): Bundle {
  const { registry, realm, ErrorClass } = bundleInstance(SOURCE);
  const arity = new Map(FUNCTION_SPECS.map((s) => [s.id, s.args.length]));
  return {
    call: (id, args) => {
      const fn = registry.get(id) as Fn;
      const padded = [...args, ...Array<null>(Math.max(0, (arity.get(id) ?? 0) - args.length)).fill(null)];
      try {
        return { result: fn(...padded) };
      } catch (e) {
        return { threw: e ?? "a throw" };
      }
    },
    realm,
    ErrorClass,
  };
}

const failures: string[] = [];
const figure = (name: string, value: string | number, bad = false) => {
  console.log(`${bad ? "FAIL" : "  ok"}  ${name}: ${typeof value === "number" ? value.toLocaleString("en-US") : value}`);
  if (bad) failures.push(name);
};
const short = (v: unknown) => {
  const s = JSON.stringify(v, (_, x) => (typeof x === "string" && x.length > 40 ? `${x.slice(0, 40)}…(${x.length})` : x)) ?? String(v);
  return s.length > 300 ? `${s.slice(0, 300)}…` : s;
};

function fuzz(): void {
  console.log(`\n# fuzz: ${FUZZ_CALLS.toLocaleString("en-US")} calls over ${FUNCTION_SPECS.length} functions, built bundle, seed ${SEED}`);
  const bundle = loadBundle();
  const hostBefore = prototypeKeys(globalThis);
  const realmBefore = prototypeKeys(bundle.realm);
  let calls = 0;
  const escapes: string[] = [];
  const invalid: string[] = [];
  const started = Date.now();
  FUNCTION_SPECS.forEach((spec, i) => {
    const runs = Math.floor(FUZZ_CALLS / FUNCTION_SPECS.length) + (i < FUZZ_CALLS % FUNCTION_SPECS.length ? 1 : 0);
    for (const args of fc.sample(fuzzArgs(spec.args.length), { numRuns: runs, seed: SEED + i })) {
      const { result, threw } = bundle.call(spec.id, args);
      calls++;
      const verdict = judge(args, result, bundle.ErrorClass, threw);
      if (!verdict.ok) (verdict.kind === "escape" ? escapes : invalid).push(`${spec.id}(${short(args)}): ${verdict.why}`);
    }
  });
  figure("fuzzed calls", calls, calls !== FUZZ_CALLS);
  figure("functions", FUNCTION_SPECS.length);
  figure("escapes (throw, JS error, stack, undefined, NaN, Infinity in a cell or message)", escapes.length, escapes.length > 0);
  figure("invalid results", invalid.length, invalid.length > 0);
  const polluted = prototypeKeys(globalThis) !== hostBefore || prototypeKeys(bundle.realm) !== realmBefore;
  figure("prototype pollution (host and bundle realms)", polluted ? "yes" : "none", polluted);
  for (const e of [...escapes, ...invalid].slice(0, 10)) console.log(`      ${e}`);
  console.log(`      (${((Date.now() - started) / 1000).toFixed(1)} s)`);
}

function memo(): void {
  console.log(`\n# memo: ${MEMO_CALLS.toLocaleString("en-US")} calls against uncached answers, then ${LONG_ARGUMENTS.toLocaleString("en-US")} arguments of ${LONG_CHARS.toLocaleString("en-US")} characters`);
  const started = Date.now();
  // Per function, distinct memoisable argument lists (text up to 1,000 characters, so the memo's size bound
  // turns generations over too); a bigger pool for AICHIP.SPEC to turn them over by count.
  const pool = memoPool(SEED, (id) => (id === "AICHIP.SPEC" ? 45_000 : 1_500));
  const fresh = () => {
    const b = loadBundle();
    return (id: string, args: readonly unknown[]) => {
      const { result, threw } = b.call(id, args);
      return answerText(result, threw, b.ErrorClass);
    };
  };
  // The heap is sampled from the moment the memoised instance is ready: what grows after that is the memo's.
  let heapStart = 0;
  let heapMax = 0;
  const figures = memoAttack(fresh, pool, MEMO_CALLS, SEED, (n) => {
    const now = heapMb();
    if (n === 0) heapStart = now;
    heapMax = Math.max(heapMax, now);
  });
  const heapEnd = heapMb();
  figure("distinct argument lists (uncached answers, computed once in each of two fresh bundles)", figures.distinct);
  figure("uncached answers that depend on call order (a memo-key collision)", figures.collisions, figures.collisions > 0);
  figure("memo calls", figures.calls);
  figure("differences from the uncached answers", figures.differences, figures.differences > 0);
  const growth = Math.max(heapMax, heapEnd) - heapStart;
  figure(`heap growth over the memo calls, after GC (budget ${HEAP_BUDGET_MB} MB)`, `${growth.toFixed(1)} MB (start ${heapStart.toFixed(1)}, highest ${Math.max(heapMax, heapEnd).toFixed(1)}, end ${heapEnd.toFixed(1)} MB)`, growth > HEAP_BUDGET_MB);
  for (const e of figures.examples) console.log(`      ${e}`);

  const memoised = loadBundle();
  let longWrong = 0;
  const longStart = heapMb();
  let longMax = longStart;
  for (let n = 0; n < LONG_ARGUMENTS; n++) {
    const chip = `${n.toString(36)}${"x".repeat(LONG_CHARS - 8)}`.padEnd(LONG_CHARS, "y");
    const r = memoised.call("AICHIP.SPEC", [chip, "FP16"]);
    if (!(r.result instanceof memoised.ErrorClass) || (r.result.detail ?? "").length > 1000) longWrong++;
    if (n % 5_000 === 4_999) longMax = Math.max(longMax, heapMb());
  }
  const longEnd = heapMb();
  const longGrowth = Math.max(longMax, longEnd) - longStart;
  figure(`heap growth over ${LONG_ARGUMENTS.toLocaleString("en-US")} arguments of ${LONG_CHARS.toLocaleString("en-US")} characters, after GC (budget ${HEAP_BUDGET_MB} MB; 502 MB before issue 17)`, `${longGrowth.toFixed(1)} MB (start ${longStart.toFixed(1)}, end ${longEnd.toFixed(1)} MB)`, longGrowth > HEAP_BUDGET_MB);
  figure("long-argument calls not answered with an error of a short message", longWrong, longWrong > 0);
  console.log(`      (${((Date.now() - started) / 1000).toFixed(1)} s)`);
}

async function pane(): Promise<void> {
  console.log(`\n# pane: ${HOSTILE_PAYLOADS.length} hostile payloads typed into the built pane (preview mode), Debian Chromium`);
  const server = await serveDirectory(DIST);
  const browser = await launch();
  try {
    const opened = await openPane(browser, server.url);
    const { page } = opened;
    page.setDefaultTimeout(30_000);
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.getByRole("heading", { name: "AI Compute Atlas" }).waitFor();
    const started = Date.now();
    const attack = await attackPane(page, HOSTILE_PAYLOADS, (step, ms) => {
      if (ms > 2000) console.log(`      slow: ${step} took ${ms} ms`);
    });
    figure("payloads", attack.payloads, attack.payloads !== 25);
    figure("inputs typed into (search box, name box, formula bar, builder chip box)", attack.inputs);
    figure("dialogs", attack.dialogs.length, attack.dialogs.length > 0);
    figure("payloads that ran (window.__attack, injected elements, polluted prototype)", attack.injected.length, attack.injected.length > 0);
    const pageErrors = opened.consoleErrors.filter((e) => !e.startsWith("console: "));
    const consoleErrors = opened.consoleErrors.filter((e) => e.startsWith("console: "));
    figure("page errors", pageErrors.length, pageErrors.length > 0);
    figure("console errors beyond the declared expected list", consoleErrors.length, consoleErrors.length > 0);
    figure("requests off the origin", opened.foreign.length, opened.foreign.length > 0);
    for (const e of [...attack.dialogs, ...attack.injected, ...opened.consoleErrors, ...opened.foreign].slice(0, 10)) console.log(`      ${short(e)}`);
    console.log(`      (${((Date.now() - started) / 1000).toFixed(1)} s)`);
    await opened.context.close();
  } finally {
    await browser.close();
    await server.close();
  }
}

async function trips(): Promise<void> {
  console.log(`\n# round trips: ${ROUND_TRIPS} random workbooks frozen, saved and reopened, restored (preview workbook), seed ${SEED}`);
  const atlas = new Atlas(testCatalog());
  const started = Date.now();
  let frozen = 0;
  let cells = 0;
  const lost: string[] = [];
  for (const c of fc.sample(roundTripCase, { numRuns: ROUND_TRIPS, seed: SEED })) {
    const r = await roundTrip(atlas, c);
    frozen += r.frozen;
    cells += r.cells;
    lost.push(...r.lost);
  }
  figure("round trips", ROUND_TRIPS);
  figure("add-in formulas frozen and restored", frozen);
  figure("cells compared (formula and typed value) at each of 3 stages", cells);
  figure("lost or changed", lost.length, lost.length > 0);
  for (const l of lost.slice(0, 10)) console.log(`      ${l}`);
  console.log(`      (${((Date.now() - started) / 1000).toFixed(1)} s)`);
}

async function main(): Promise<void> {
  if (ONLY.has("fuzz")) fuzz();
  if (ONLY.has("memo")) memo();
  if (ONLY.has("pane")) await pane();
  if (ONLY.has("trips")) await trips();
  console.log(failures.length === 0 ? "\nattack: nothing got through" : `\nattack: FAILED ${failures.join("; ")}`);
  process.exit(failures.length === 0 ? 0 : 1);
}

main().catch((e) => {
  console.error(e instanceof Error ? e.stack : e);
  process.exit(1);
});
