/**
 * A stand-in for the CustomFunctions global that Excel's runtime provides: the Error class and
 * ErrorCode values of @types/custom-functions-runtime, and an associate() that records registrations.
 */
export class FakeCustomFunctionsError extends Error {
  constructor(
    readonly code: string,
    readonly detail?: string,
  ) {
    super(detail ?? code);
  }
}

export const ErrorCode = {
  invalidValue: "#VALUE!",
  notAvailable: "#N/A",
  divisionByZero: "#DIV/0!",
  invalidNumber: "#NUM!",
  nullReference: "#NULL!",
  invalidName: "#NAME?",
  invalidReference: "#REF!",
} as const;

export function makeCustomFunctionsGlobal() {
  const registry = new Map<string, (...args: unknown[]) => unknown>();
  return {
    registry,
    global: {
      Error: FakeCustomFunctionsError,
      ErrorCode,
      associate: (id: string, fn: (...args: unknown[]) => unknown) => {
        if (registry.has(id)) throw new Error(`associate called twice for ${id}`);
        registry.set(id, fn);
      },
    },
  };
}

/** Installs the fake on globalThis (for tests that import src/functions directly). */
export function installCustomFunctions(): void {
  (globalThis as unknown as { CustomFunctions: unknown }).CustomFunctions = makeCustomFunctionsGlobal().global;
}

/** What a call produced, as a user would see it in the cell: a value, or an error code with its message. */
export type Outcome = { value: unknown } | { error: string; message?: string };

/** Errors come back as values (the add-in returns them); a thrown one (Excel accepts that too) reads the same. */
export function outcome(call: () => unknown): Outcome {
  let value: unknown;
  try {
    value = call();
  } catch (e) {
    if (e instanceof FakeCustomFunctionsError) return asOutcome(e);
    throw new Error(`threw something other than CustomFunctions.Error: ${String(e)}`);
  }
  return value instanceof FakeCustomFunctionsError ? asOutcome(value) : { value };
}

const asOutcome = (e: FakeCustomFunctionsError): Outcome => (e.detail === undefined ? { error: e.code } : { error: e.code, message: e.detail });

/**
 * The entry points of functions.ts as Excel calls them: any cell value for any parameter (Excel passes
 * what the user typed; an enum-typed parameter takes free text as well as its listed values).
 */
export type AsExcelCalls<T> = { [K in keyof T]: T[K] extends (...args: never[]) => infer R ? (...args: unknown[]) => R : T[K] };

/**
 * Excel function id -> the name functions.ts exports for it, read from its `@customfunction` tags (the
 * generated file's own pairing), so outside tests call a function by the id a user types.
 */
export function entryPoints(): ReadonlyMap<string, string> {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- test support, Node's fs
  const { readFileSync } = require("fs") as typeof import("fs");
  const text = readFileSync(require.resolve("../../src/functions/functions.ts"), "utf8");
  return new Map([...text.matchAll(/@customfunction ([A-Z.]+)[\s\S]*?export function (\w+)\(/g)].map((m) => [m[1], m[2]]));
}
