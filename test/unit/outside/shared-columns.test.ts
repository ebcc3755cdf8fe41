/**
 * The cloud providers' ASIC table (report lines 170-188) prints its compute in columns that name two
 * precisions each, "INT8/FP8", "BF16/FP16" and "TF32/FP32" (header L172-173), without saying which one a
 * figure is. Written from the report, not from data/: asked for the other precision of a column ("FP16" of
 * TPUv5E, L174), the add-in does not answer that figure as FP16 (the report does not say it is), but its
 * #N/A says where the figure is, with the formula that reads it; that formula answers the report's figure.
 */
import { installCustomFunctions, outcome, type Outcome } from "../../support/custom-functions";
import { literalCall } from "../../../src/formula";
import { FUNCTION_SPECS } from "../../../src/functions/registry";

installCustomFunctions();
// eslint-disable-next-line @typescript-eslint/no-require-imports -- after the CustomFunctions global exists
const fns = require("../../../src/functions/functions") as Record<string, (...args: unknown[]) => unknown>;
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { atlas } = require("../../../src/domain/bundled") as typeof import("../../../src/domain/bundled");
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { chipSpec } = require("../../../src/domain/chips") as typeof import("../../../src/domain/chips");
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { messageOf } = require("../../../src/domain/messages") as typeof import("../../../src/domain/messages");

const IDS = new Set(FUNCTION_SPECS.map((s) => s.id));

/** A formula as typed, evaluated through the entry point Excel calls (omitted optional arguments as null). */
function typed(formula: string): Outcome {
  const parsed = literalCall(formula, IDS);
  if (!parsed) throw new Error(`not a literal-argument formula: ${formula}`);
  const spec = FUNCTION_SPECS.find((s) => s.id === parsed.id);
  const args: unknown[] = [...parsed.args];
  while (args.length < (spec?.args.length ?? 0)) args.push(null);
  const entry = parsed.id.toLowerCase().replace(/\.(\w)/g, (_m, c: string) => c.toUpperCase());
  return outcome(() => fns[entry](...args));
}

/** The formula a message points to. */
const formulaIn = (message: string | undefined) => /(=AICHIP\.(?:SPEC|SOURCES)\([^)]*\))/.exec(message ?? "")?.[1];

// [chip, asked, the column, the figure as printed, its line]
const CASES: [string, string, string, number, number][] = [
  ["TPUv5E", "FP16", "BF16/FP16", 197, 174],
  ["TPUv5E", "FP8", "INT8/FP8", 394, 174],
  ["TPUv5P", "FP16", "BF16/FP16", 459, 175],
  ["Maia 100", "FP16", "BF16/FP16", 800, 177],
  ["Maia 100", "FP8", "INT8/FP8", 1600, 177],
  ["D1", "TF32", "TF32/FP32", 22.6, 180],
];

describe("a precision the report prints only in a shared column (L172-180)", () => {
  test.each(CASES)("=AICHIP.SPEC(%j,%j): #N/A naming the %s column's %p (line %p), never that figure as the answer", (chip, asked, column, figure, line) => {
    const got = typed(`=AICHIP.SPEC("${chip}","${asked}")`);
    expect(got).toEqual({ error: "#N/A", message: expect.stringContaining(`"${column}`) });
    const message = (got as { message: string }).message;
    expect(message).toContain(`${figure} `);
    expect(message).toContain(`line ${line}`);
    const formula = formulaIn(message);
    expect(formula).toBeDefined();
    // The formula it gives answers the report's figure.
    expect(typed(formula as string)).toEqual({ value: figure });
  });

  test("Trainium2 FP16: the column's 431 (line 178) is not the default BF16 (the other table's 650, L452), so the formula lists every figure", () => {
    const got = typed('=AICHIP.SPEC("Trainium2","FP16")');
    expect(got).toMatchObject({ error: "#N/A" });
    const message = (got as { message: string }).message;
    expect(message).toContain("431");
    expect(message).toContain("line 178");
    const formula = formulaIn(message) as string;
    expect(formula).toMatch(/^=AICHIP\.SOURCES\(/);
    const table = typed(formula);
    expect(JSON.stringify(table)).toContain("431");
    expect(JSON.stringify(table)).toContain("650");
    expect(typed('=AICHIP.SPEC("Trainium2","BF16")')).toEqual({ value: 650 });
  });

  test("a chip whose table prints each precision on its own gets no such pointer (910C FP8)", () => {
    const got = typed('=AICHIP.SPEC("910C","FP8")');
    expect((got as { message?: string }).message ?? "").not.toMatch(/column gives/);
  });

  test("the pane says it in Chinese, with the column, line and formula", () => {
    const r = chipSpec(atlas, "TPUv5E", "FP16");
    if (r.ok) throw new Error("expected a missing figure");
    const zh = messageOf(r.failure, "zh");
    expect(zh).toContain("“BF16/FP16");
    expect(zh).toContain("第 174 行");
    expect(zh).toContain('=AICHIP.SPEC("TPUv5E","bf16")');
    expect(zh).not.toMatch(/column|without saying/);
    expect(messageOf(r.failure, "en")).toBe(r.failure.message);
  });
});
