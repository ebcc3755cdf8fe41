/**
 * Model versions are not merged (DATA-MAP Q42: a score is keyed by the model version as reported). The
 * Doubao-1.5-pro table's header (L1203) prints GPT4o-0806 and Claude-3.5-Sonnet-latest, but its rows have one
 * score fewer than its columns (Q41), so no score can be read for them; the distill table's scores are
 * GPT-4o-0513's (L1444: GPQA Diamond 49.9) and Claude-3.5-Sonnet-1022's (L1445: 65.0). Asking the first two
 * gave the other versions' scores. Written from the report's lines.
 */
import { installCustomFunctions, outcome } from "../../support/custom-functions";

installCustomFunctions();
// eslint-disable-next-line @typescript-eslint/no-require-imports -- after the CustomFunctions global exists
const fns = require("../../../src/functions/functions") as Record<string, (...args: unknown[]) => unknown>;
const score = (...args: unknown[]) => outcome(() => fns.modelScore(...args));
const value = (...args: unknown[]) => outcome(() => fns.atlasValue(...args));

test.each(["GPT4o-0806", "gpt-4o-0806", "Claude-3.5-Sonnet-latest"])("%s: #N/A, no score, saying why (L1203, Q41)", (model) => {
  for (const bench of ["GPQA Diamond", "AIME 2024", "MMLU"]) {
    expect(score(model, bench, null)).toEqual({
      error: "#N/A",
      message: expect.stringMatching(/^The report gives no benchmark score for .*L1203.*one score fewer than its columns/),
    });
  }
  expect(value(model, "GPQA Diamond", null, null)).toEqual({ error: "#N/A", message: expect.any(String) });
  expect(value(model, "GPQA Diamond", null, null)).not.toEqual({ value: expect.any(Number) });
});

test.each([
  ["GPT-4o-0513", 49.9],
  ["Claude-3.5-Sonnet-1022", 65.0],
])("%s keeps its own GPQA Diamond score (%d, L1444-1445)", (model, want) => {
  expect(score(model, "GPQA Diamond", null)).toEqual({ value: want });
});
