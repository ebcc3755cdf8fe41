/**
 * What a call through the built bundle showed a user, and the checks every outside test makes of it: an
 * Excel error code Excel knows, a message a user can read (no JavaScript leaking through), finite numbers.
 */

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
