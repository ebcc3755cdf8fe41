/**
 * The registry as the task pane's formula builder uses it: every function declared once, with help in
 * both languages, an example that answers, and builder choices that are valid arguments.
 */
import { Atlas } from "../../../src/domain/atlas";
import { literalCall } from "../../../src/formula";
import { evaluateStandalone } from "../../../src/formula/atlas";
import { evaluate } from "../../../src/functions/contract";
import { FUNCTION_SPECS, SPEC_BY_ID, type ArgValue } from "../../../src/functions/registry";
import { testCatalog } from "../../support/catalog";

const atlas = new Atlas(testCatalog());

test("ids are unique, UPPERCASE with periods, and the four shipped ones are kept", () => {
  const ids = FUNCTION_SPECS.map((s) => s.id);
  expect(new Set(ids).size).toBe(ids.length);
  for (const id of ids) expect(id).toMatch(/^[A-Z]+(\.[A-Z]+)*$/);
  expect(ids).toEqual(expect.arrayContaining(["AICHIP.SPEC", "CAPEX.CAGR", "SUPPLIERS", "ATLAS.VALUE"]));
  expect(SPEC_BY_ID.size).toBe(ids.length);
});

test.each(FUNCTION_SPECS.map((s) => [s.id, s] as const))("%s: help in English and Chinese, optional arguments last, an example that answers", (id, spec) => {
  expect(spec.help.en.length).toBeGreaterThan(10);
  expect(spec.help.zh.length).toBeGreaterThan(2);
  const firstOptional = spec.args.findIndex((a) => a.optional);
  if (firstOptional >= 0) expect(spec.args.slice(firstOptional).every((a) => a.optional)).toBe(true);
  expect(literalCall(spec.example, new Set(SPEC_BY_ID.keys()))?.id).toBe(id);
  expect(evaluateStandalone(atlas, spec.example)).toMatchObject({ ok: true });
});

/**
 * Walks the builder: for each argument with choices, every choice offered (given the earlier arguments
 * chosen from their first choice) is accepted: the call answers, or at worst says the report lacks that
 * figure; never "unknown name" or "bad argument".
 */
test.each(FUNCTION_SPECS.filter((s) => s.args.some((a) => a.choices)).map((s) => [s.id, s] as const))("%s: every choice the builder offers is a valid argument", (_id, spec) => {
  const chosen: ArgValue[] = spec.args.map(() => null);
  for (let i = 0; i < spec.args.length; i++) {
    const arg = spec.args[i];
    if (!arg.choices) continue;
    // An optional end year is only offered once a start year is chosen.
    if (arg.optional && /end|^to$/.test(arg.name) && chosen[i - 1] === null) continue;
    const choices = arg.choices(atlas, chosen.slice(0, i));
    if (!arg.optional && i === 0) expect(choices.length).toBeGreaterThan(0);
    for (const choice of choices.slice(0, 60)) {
      const args = [...chosen];
      args[i] = choice.value;
      // Required arguments after this one take their first choice, so the call is complete.
      // An end year takes the last choice, so that it comes after the start.
      let complete = true;
      for (let j = i + 1; j < spec.args.length; j++) {
        if (spec.args[j].optional && (!/end|^to$/.test(spec.args[j].name) || args[j - 1] === null)) continue;
        const later = spec.args[j].choices?.(atlas, args.slice(0, j));
        if (later && later.length === 0) complete = false;
        const pick = later && /end|^to$/.test(spec.args[j].name) ? later[later.length - 1] : later?.[0];
        args[j] = pick?.value ?? (spec.args[j].kind === "number" ? 1000 : null);
      }
      if (!complete) continue;
      const r = evaluate(spec, atlas, args);
      if (!r.ok) expect([spec.id, choice.value, r.failure.code, r.failure.message]).toEqual([spec.id, choice.value, "missingFact", expect.any(String)]);
    }
    if (choices.length > 0) chosen[i] = choices[0].value;
  }
});
