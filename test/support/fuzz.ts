/**
 * The attack's generators and judges, shared by the CI tests (small, fixed seed) and `npm run attack` (full
 * size, through the built bundle): arbitrary arguments for any function, and what counts as an escape (a
 * JS error, stack, undefined, NaN or Infinity reaching a cell) or an invalid result.
 */
import fc from "fast-check";
import { isExcelValue } from "./excel-values";

/** Names that resolve, so the fuzzer also reaches the queries behind the name checks. */
export const KNOWN_NAMES = [
  "910C",
  "昇腾910B",
  "H100",
  "B30",
  "Tencent",
  "腾讯",
  "BAT",
  "NVQD",
  "UQD",
  "FP16",
  "TDP",
  "capex",
  "capex_yoy",
  "AI ASIC market",
  "NVDA",
  "PCB",
  "overseas",
  "tencent_capex_annual",
  "AIME 2024",
  "DeepSeek-R1-0528",
  "2025Q1",
  "1Q25",
  "low",
  "dense",
  "en",
  "table",
  "stated",
  "quarterly",
  "CNY bn",
];

/** Keys of every plain object and array: a lookup by one of them must still be a miss, never pollution. */
export const PROTOTYPE_KEYS = ["__proto__", "constructor", "prototype", "toString", "valueOf", "hasOwnProperty", "__defineGetter__", "length", "then"];

export const fuzzText = fc.oneof(
  fc.constantFrom(...KNOWN_NAMES),
  fc.constantFrom(...PROTOTYPE_KEYS),
  fc.string({ maxLength: 12 }),
  fc.string({ unit: "grapheme", maxLength: 12 }),
  fc.string({ unit: fc.constantFrom(..."算力芯片腾讯阿里巴巴昇腾英伟达供应商亿元季度"), maxLength: 8 }),
  fc.string({ unit: fc.constantFrom(..."ＡＢＣＤＥＦＧＨ０１２３４５６７８９　（）"), maxLength: 10 }),
  fc.constantFrom("🚀", "👩‍💻🔥", "９１０Ｃ", "  ", "", "#N/A", "=1+1", "\u0000", "\u202e910C", "\u200B910C"),
  fc.string({ minLength: 500, maxLength: 3000 }),
);
export const fuzzNumber = fc.oneof(
  fc.integer({ min: -3000, max: 3000 }),
  fc.integer({ min: 1990, max: 2040 }),
  fc.double(),
  fc.constantFrom(0, -0, 0.5, -1, 1e308, -1e308, 5e-324, Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY, 45754, 2958466),
);
const scalar = fc.oneof(fuzzText, fuzzNumber, fc.boolean(), fc.constant(null), fc.constant(undefined));
const range = fc.array(fc.array(fc.oneof(fuzzText, fuzzNumber, fc.boolean(), fc.constant(null)), { minLength: 1, maxLength: 3 }), { minLength: 1, maxLength: 3 });
export const fuzzArgument = fc.oneof({ weight: 8, arbitrary: scalar }, { weight: 1, arbitrary: range });

/** Exactly `arity` arbitrary arguments, as Excel passes them (one per declared parameter). */
export const fuzzArgs = (arity: number) => fc.array(fuzzArgument, { minLength: arity, maxLength: arity });

/** Arguments short enough to be memoised (text up to 1,000 characters): the memo attack's pool. */
export const memoArgs = (arity: number) =>
  fc.array(
    fc.oneof(
      {
        weight: 6,
        arbitrary: fc.oneof(
          fc.constantFrom(...KNOWN_NAMES),
          fc.string({ maxLength: 12 }),
          fc.string({ unit: "grapheme", maxLength: 8 }),
          fc.string({ minLength: 200, maxLength: 1000 }),
        ),
      },
      { weight: 3, arbitrary: fuzzNumber },
      { weight: 1, arbitrary: fc.oneof(fc.boolean(), fc.constant(null)) },
    ),
    { minLength: arity, maxLength: arity },
  );

/** JS internals that must never reach a cell or a message. */
const LEAKS: [string, RegExp][] = [
  ["undefined", /\bundefined\b/],
  ["NaN", /\bNaN\b/],
  ["Infinity", /\bInfinity\b/],
  ["[object …]", /\[object \w+\]/],
  ["JS error name", /\b(TypeError|ReferenceError|RangeError|SyntaxError|InternalError)\b/],
  ["JS error text", /Cannot read|is not a function|is not defined|is not iterable|Maximum call stack|Unexpected token|Unexpected error/],
  ["stack frame", /\n\s+at \S|\bat .+:\d+:\d+\)?$/m],
  ["function source", /=>|function\s*\(|\[native code\]/],
];

/** The error codes the add-in's functions may return (each with a message). */
export const ADDIN_ERROR_CODES = ["#N/A", "#VALUE!", "#NUM!"];

export type Verdict = { ok: true } | { ok: false; kind: "escape" | "invalid"; why: string };

/** Every string a result shows: its cells, an entity's text and properties, an error's message. */
function textsOf(v: unknown, out: string[] = [], depth = 0): string[] {
  if (depth > 4) return out;
  if (typeof v === "string") out.push(v);
  else if (Array.isArray(v)) v.forEach((x) => textsOf(x, out, depth + 1));
  else if (v && typeof v === "object") Object.values(v as Record<string, unknown>).forEach((x) => textsOf(x, out, depth + 1));
  return out;
}

/**
 * Judges one call's outcome. `threw` is what it threw, if it did (an escape: errors are returned as values).
 * A leak pattern that already occurs in the arguments is not counted (a message may quote what was typed).
 */
export function judge(args: readonly unknown[], result: unknown, errorClass: abstract new (...a: never[]) => { code: string; detail?: string }, threw?: unknown): Verdict {
  if (threw !== undefined) return { ok: false, kind: "escape", why: `threw ${String(threw).slice(0, 200)}` };
  const typed = textsOf(args).join("\n");
  const isError = result instanceof errorClass;
  const shown = isError ? [(result as { detail?: string }).detail ?? ""] : textsOf(result);
  for (const text of shown) {
    for (const [name, re] of LEAKS) if (re.test(text) && !re.test(typed)) return { ok: false, kind: "escape", why: `${name} in ${JSON.stringify(text.slice(0, 200))}` };
  }
  if (isError) {
    const { code, detail } = result as { code: string; detail?: string };
    if (!ADDIN_ERROR_CODES.includes(code)) return { ok: false, kind: "invalid", why: `error code ${code}` };
    if (detail !== undefined && (typeof detail !== "string" || detail.length === 0)) return { ok: false, kind: "invalid", why: "an empty error message" };
    return { ok: true };
  }
  return isExcelValue(result) ? { ok: true } : { ok: false, kind: "invalid", why: `not an Excel value: ${String(JSON.stringify(result) ?? typeof result).slice(0, 200)}` };
}

/** The own keys of the prototypes a lookup by a hostile key could pollute, in one realm. */
export function prototypeKeys(realm: { Object: ObjectConstructor; Array: ArrayConstructor; String: StringConstructor; Function: FunctionConstructor }): string {
  const of = (o: object) => Reflect.ownKeys(o).map(String).sort().join(",");
  return [of(realm.Object.prototype), of(realm.Array.prototype), of(realm.String.prototype), of(realm.Function.prototype), of(realm.Object)].join("|");
}
