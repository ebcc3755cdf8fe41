/**
 * Defects an attack on the add-in found (issue 17, items 4-7), kept as tests: long arguments neither
 * fill the memo nor come back whole in messages, invisible characters do not break a name, and a
 * positive compute target always needs a server.
 */
import { installCustomFunctions, outcome } from "../../support/custom-functions";

installCustomFunctions();
// eslint-disable-next-line @typescript-eslint/no-require-imports -- after the CustomFunctions global exists
const { atlas } = require("../../../src/domain/bundled") as typeof import("../../../src/domain/bundled");
// eslint-disable-next-line @typescript-eslint/no-require-imports
const contract = require("../../../src/functions/contract") as typeof import("../../../src/functions/contract");
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { FUNCTION_SPECS, SPEC_BY_ID } = require("../../../src/functions/registry") as typeof import("../../../src/functions/registry");

const call = (id: string, ...args: unknown[]) => outcome(() => contract.excelCall(SPEC_BY_ID.get(id) as (typeof FUNCTION_SPECS)[number], atlas, args));
const messageOf = (o: ReturnType<typeof outcome>) => ("message" in o ? (o.message ?? "") : "");

describe("long arguments", () => {
  const long = (n: number, seed: string) => `${seed}${"x".repeat(n - seed.length)}`;

  test("are not memoised: the memo does not grow with calls over 1,000 characters, or names over 60", () => {
    const before = contract.memoEntries(atlas);
    for (let i = 0; i < 50; i++) call("AICHIP.SPEC", long(25_000, `chip${i}`), "FP16", null);
    for (let i = 0; i < 50; i++) call("AICHIP.SPEC", "910C", "FP16", long(25_000, `variant${i}`));
    expect(contract.memoEntries(atlas)).toBe(before);
    // A name is keyed by its lookup key, and a message quotes only its first 60 characters: not memoised.
    call("AICHIP.SPEC", long(61, "chip"), "FP16", null);
    expect(contract.memoEntries(atlas)).toBe(before);
    // Kept as given and by meaning: one question, two entries; a did-you-mean (it quotes the name) as given only.
    call("AICHIP.SPEC", "910C", "FP16", long(1000, "short enough"));
    expect(contract.memoEntries(atlas)).toBe(before + 2);
    call("AICHIP.SPEC", long(60, "chip"), "FP16", null);
    expect(contract.memoEntries(atlas)).toBe(before + 3);
  });

  test("get no did-you-mean: a pasted paragraph that contains a name is not a misspelling of it", () => {
    const r = call("AICHIP.SPEC", long(100_000, "910C"), "FP16", null);
    expect(r).toMatchObject({ error: "#N/A" });
    expect(messageOf(r)).not.toMatch(/Did you mean/);
  });

  test.each(FUNCTION_SPECS.filter((s) => !s.entity).map((s) => [s.id, s] as const))("%s quotes at most the first few dozen characters of any argument", (_id, spec) => {
    const pasted = long(100_000, "NVIDIA H100 ");
    for (let i = 0; i < spec.args.length; i++) {
      const args: unknown[] = spec.args.map(() => null);
      args[i] = pasted;
      const r = outcome(() => contract.excelCall(spec, atlas, args));
      if ("value" in r) continue;
      const message = messageOf(r);
      expect(message.length).toBeLessThan(1000);
      expect(message).not.toContain("x".repeat(contract.QUOTED_ARGUMENT_CHARS));
    }
  });

  test("the quoted start is the argument's own text, with an ellipsis", () => {
    const r = call("AICHIP.SPEC", long(100_000, "ZZQ"), "FP16", null);
    expect(messageOf(r)).toMatch(/^Unknown chip "ZZQx+…"\.$/);
    expect(messageOf(r).length).toBeLessThanOrEqual(contract.QUOTED_ARGUMENT_CHARS + 20);
  });

  test("a cut never splits a surrogate pair", () => {
    const text = `${"a".repeat(contract.QUOTED_ARGUMENT_CHARS - 1)}😀${"b".repeat(100)}`;
    expect(contract.shortQuote(text)).toBe(`${"a".repeat(contract.QUOTED_ARGUMENT_CHARS - 1)}…`);
  });
});

describe("invisible format characters (Unicode Cf) in names are ignored", () => {
  test.each([
    ["\u200B910C", "FP16", 800],
    ["910\u200DC", "FP16", 800],
    ["\u2060昇腾910C\u200C", "FP16", 800],
    ["9\u00AD10C", "FP16", 800],
    ["\u200E910C\u200F", "FP16", 800],
    ["\uFEFF910C", "F\u200BP16", 800],
  ])("AICHIP.SPEC(%j, %j) = %s", (chip, metric, expected) => {
    expect(call("AICHIP.SPEC", chip, metric, null)).toEqual({ value: expected });
  });

  test("and a name that is only invisible characters is still unknown", () => {
    expect(call("AICHIP.SPEC", "\u200B\u200B", "FP16", null)).toMatchObject({ error: "#N/A" });
  });
});

describe("AICHIP.SERVERS counts at least one server for any positive target", () => {
  const targets = [1e-300, 5e-324, 1e-12, 1e-9, 1e-6, 0.001, 0.5, 1, 6.4, 1000, 1e6, 1e9, 1e12, 1e15];

  test.each(["910C", "910B", "A100"])("%s: tiny to huge targets give whole, non-decreasing counts from 1", (chip) => {
    let previous = 0;
    for (const target of targets) {
      const r = call("AICHIP.SERVERS", chip, target, null, null);
      expect(r).toHaveProperty("value");
      const servers = (r as { value: number }).value;
      expect(Number.isSafeInteger(servers)).toBe(true);
      expect(servers).toBeGreaterThanOrEqual(Math.max(1, previous));
      previous = servers;
    }
  });

  test('=AICHIP.SERVERS("910C",1e-9) is 1, and 1000 PFLOPS is 157 as the help says', () => {
    expect(call("AICHIP.SERVERS", "910C", 1e-9, null, null)).toEqual({ value: 1 });
    expect(call("AICHIP.SERVERS", "910C", 1000, null, null)).toEqual({ value: 157 });
  });

  test("a target too large to count is #NUM!, not a count that is no longer a whole number", () => {
    expect(call("AICHIP.SERVERS", "910C", 1e300, null, null)).toMatchObject({ error: "#NUM!" });
    expect(call("AICHIP.SERVERS", "910C", 1e308, null, null)).toMatchObject({ error: "#NUM!" });
  });
});

describe("names an object's prototype carries, typed as arguments", () => {
  const PROTOTYPE_NAMES = ["constructor", "__proto__", "toString", "valueOf", "hasOwnProperty", "isPrototypeOf", "prototype", "__defineGetter__"];
  const JS_LEAK = /is not a function|is not defined|undefined|NaN|Infinity|TypeError|ReferenceError|Cannot read|\[object |function \w*\(/;

  test("the calls the differential test found give a message of the add-in's own, not a JavaScript error", () => {
    for (const [id, ...args] of [
      ["AICHIP.SPEC", "910C", "FP16", "constructor"],
      ["AICHIP.COMPARE", "H100", "A100", "TDP", "constructor"],
      ["AICHIP.SERVERS", "910C", 1000, 8, "constructor"],
      ["MODEL.SCORE", "DeepSeek-R1-0528", "AIME 2024", "constructor"],
      ["ATLAS.VALUE", "Tencent", "capex", 2024, "constructor"],
    ] as [string, ...unknown[]][]) {
      const r = call(id, ...args);
      expect(r).toMatchObject({ error: "#N/A" });
      expect(messageOf(r)).not.toMatch(JS_LEAK);
    }
  });

  // Each function's own example, with each argument in turn replaced by each such name.
  const examples = FUNCTION_SPECS.filter((s) => !s.entity).flatMap((spec) => {
    const inner = /^=[\w.]+\((.*)\)$/.exec(spec.example)?.[1];
    try {
      return inner === undefined ? [] : [[spec.id, spec, JSON.parse(`[${inner}]`) as unknown[]] as const];
    } catch {
      return [];
    }
  });

  test("every function's example parses into arguments (so the sweep below covers them)", () => {
    expect(examples.length).toBeGreaterThanOrEqual(FUNCTION_SPECS.filter((s) => !s.entity).length - 3);
  });

  test.each(examples)("%s answers each of them in any argument with a value or an Excel error in words", (_id, spec, base) => {
    for (let i = 0; i < spec.args.length; i++) {
      for (const name of PROTOTYPE_NAMES) {
        const args: unknown[] = spec.args.map((_a, j) => base[j] ?? null);
        args[i] = name;
        const r = outcome(() => contract.excelCall(spec, atlas, args));
        if ("value" in r) continue;
        expect({ args, error: r.error, message: messageOf(r) }).not.toMatchObject({ message: expect.stringMatching(JS_LEAK) });
      }
    }
  });
});
