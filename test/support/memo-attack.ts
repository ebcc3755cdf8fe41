/**
 * The memo attack (issue 17): many calls over a pool of memoisable argument lists, each answer compared with
 * the uncached answer. Uncached answers come from two fresh instances that compute each argument list once,
 * in opposite orders: if two different argument lists shared a memo key, the instances would disagree.
 * Shared by the CI test (src, small) and `npm run attack` (the built bundle, 850,000 calls).
 */
import fc from "fast-check";
import { FUNCTION_SPECS } from "../../src/functions/registry";
import { memoArgs } from "./fuzz";

/** One instance's answers as comparable text (an error's code and message, or the value exactly). */
export type Answerer = (id: string, args: readonly unknown[]) => string;

/** A call's outcome as text: `threw …`, `error <code> <message>`, or `value <JSON>` with -0, NaN and infinities kept apart. */
export function answerText(result: unknown, threw: unknown, errorClass: abstract new (...a: never[]) => { code: string; detail?: string }): string {
  if (threw !== undefined) return `threw ${String(threw)}`;
  if (result instanceof errorClass) return `error ${result.code} ${result.detail ?? ""}`;
  return `value ${JSON.stringify(result, (_, x) => (typeof x === "number" && !Number.isFinite(x) ? String(x) : Object.is(x, -0) ? "-0" : x))}`;
}

export interface MemoPoolEntry {
  id: string;
  args: unknown[];
}

/** Distinct memoisable argument lists per function (`size` of them before duplicates are dropped). */
export function memoPool(seed: number, size: (id: string) => number): MemoPoolEntry[] {
  const pool: MemoPoolEntry[] = [];
  FUNCTION_SPECS.forEach((spec, i) => {
    const seen = new Set<string>();
    for (const args of fc.sample(memoArgs(spec.args.length), { numRuns: size(spec.id), seed: seed + 100 + i })) {
      const key = JSON.stringify(args, (_, x) => (typeof x === "number" ? `n${Object.is(x, -0) ? "-0" : x}` : x === null ? "null" : x));
      if (!seen.has(key)) pool.push({ id: spec.id, args: args as unknown[] });
      seen.add(key);
    }
  });
  return pool;
}

export interface MemoFigures {
  distinct: number;
  /** Argument lists whose uncached answer depends on the order of calls: a memo-key collision. */
  collisions: number;
  calls: number;
  differences: number;
  examples: string[];
}

/**
 * `calls` calls on one instance, half from a hot eighth of the pool (memo hits) and half anywhere (misses,
 * evictions, promotions), each compared with the uncached answer. `progress` hears 0 when the memoised
 * instance is ready (before its first call), then the count every 100,000.
 */
export function memoAttack(fresh: () => Answerer, pool: readonly MemoPoolEntry[], calls: number, seed: number, progress?: (n: number) => void): MemoFigures {
  const uncached = (() => {
    const forward = fresh();
    return pool.map((p) => forward(p.id, p.args));
  })();
  let collisions = 0;
  (() => {
    const backward = fresh();
    for (let i = pool.length - 1; i >= 0; i--) if (backward(pool[i].id, pool[i].args) !== uncached[i]) collisions++;
  })();
  // The two reference instances are gone (scoped above): from here, what the heap gains is the memoised instance's.
  const memoised = fresh();
  let differences = 0;
  const examples: string[] = [];
  progress?.(0);
  let state = seed >>> 0;
  const next = () => (state = (Math.imul(state, 1664525) + 1013904223) >>> 0);
  for (let n = 0; n < calls; n++) {
    const i = n % 2 === 0 ? next() % Math.ceil(pool.length / 8) : next() % pool.length;
    const got = memoised(pool[i].id, pool[i].args);
    if (got !== uncached[i]) {
      differences++;
      if (examples.length < 5) examples.push(`${pool[i].id}(${JSON.stringify(pool[i].args).slice(0, 200)}): ${got.slice(0, 120)} ≠ ${uncached[i].slice(0, 120)}`);
    }
    if (n % 100_000 === 99_999) progress?.(n + 1);
  }
  return { distinct: pool.length, collisions, calls, differences, examples };
}
