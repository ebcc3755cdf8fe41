/**
 * The built bundle from the outside: where it is, Excel's CustomFunctions.Error as its runtime has it, what a
 * call showed a user, and the checks every outside test makes of that: an error code Excel knows, a message a
 * user can read (no JavaScript leaking through), finite numbers.
 */
import { join } from "path";

export const BUNDLE = join(__dirname, "..", "..", "dist", "functions.js");

/** CustomFunctions.Error as Excel's runtime has it: a code and an optional message. */
export class CustomFunctionsError extends Error {
  constructor(
    readonly code: string,
    readonly detail?: string,
  ) {
    super(detail ?? code);
  }
}

export type Fn = (...args: unknown[]) => unknown;

/** What calling a registered function `id` showed: its value, or the CustomFunctions.Error it returned or threw (anything else thrown fails the test). */
export function outcomeOf(registry: ReadonlyMap<string, Fn>, id: string, args: readonly unknown[]): Outcome {
  const fn = registry.get(id);
  if (!fn) throw new Error(`${id} is not registered`);
  let result: unknown;
  try {
    result = fn(...args);
  } catch (e) {
    if (!(e instanceof CustomFunctionsError)) throw new Error(`${id} threw something other than CustomFunctions.Error: ${String(e)}`);
    result = e;
  }
  return result instanceof CustomFunctionsError ? { error: result.code, message: result.detail } : { value: result };
}

export type Outcome = { value: unknown } | { error: string; message?: string };

export const ERROR_CODES = ["#N/A", "#VALUE!", "#NUM!"];

/** A message a user can read: no JavaScript leaking through (a stack frame, an error class, undefined, NaN). */
export function expectCleanMessage(message: string | undefined): void {
  expect(typeof message).toBe("string");
  const text = message as string;
  expect(text.trim().length).toBeGreaterThan(0);
  expect(text).not.toMatch(/\bundefined\b|\bNaN\b|\bInfinity\b|\[object \w+\]/);
  expect(text).not.toMatch(/TypeError|ReferenceError|RangeError|SyntaxError/);
  // A stack frame ("    at fn (file.js:1:2)"); a bare "at " is also in "Compare what you mean".
  expect(text).not.toMatch(/(^|\n)\s*at \S|\bat \S*\(?\S+:\d+:\d+\)?/);
}

/** An answer Excel can show: a known error code with a clean message, a finite number, text, or a spill (AICHIP.LIST) of those. */
export function expectWellFormed(outcome: Outcome): void {
  if ("error" in outcome) {
    expect(ERROR_CODES).toContain(outcome.error);
    if (outcome.message !== undefined) expectCleanMessage(outcome.message);
  } else if (Array.isArray(outcome.value)) {
    for (const row of outcome.value as unknown[][]) for (const cell of row) expectWellFormed({ value: cell });
  } else if (typeof outcome.value === "number") {
    expect(Number.isFinite(outcome.value)).toBe(true);
  } else {
    expect(typeof outcome.value).toBe("string");
  }
}
