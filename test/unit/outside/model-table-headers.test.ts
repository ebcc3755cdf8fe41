/**
 * A model typed as a table's column header picks that table's scores. Gemini 2.5 Pro is scored in two
 * tables: the DeepSeek-R1-0528 table heads it "Gemini-2.5-Pro-0506" (L1164: AIME 2024 90.8 at L1165,
 * LiveCodeBench 71.8 at L1168) and the Qwen3 table "Gemini2.5-Pro" (L1360: AIME'24 92.0 at L1362,
 * LiveCodeBench v5 70.4 at L1364). The model's own name, or a header both tables print, still asks which
 * table. Written from the report's lines.
 */
import { installCustomFunctions, outcome } from "../../support/custom-functions";

installCustomFunctions();
// eslint-disable-next-line @typescript-eslint/no-require-imports -- after the CustomFunctions global exists
const fns = require("../../../src/functions/functions") as Record<string, (...args: unknown[]) => unknown>;
const score = (...args: unknown[]) => outcome(() => fns.modelScore(...args));

test.each([
  ["Gemini-2.5-Pro-0506", "AIME 2024", 90.8],
  ["Gemini-2.5-Pro-0506", "LiveCodeBench", 71.8],
  ["gemini-2.5-pro-0506", "GPQA Diamond", 83.0],
  ["Gemini2.5-Pro", "AIME 2024", 92.0],
  ["Gemini2.5-Pro", "LiveCodeBench", 70.4],
])("MODEL.SCORE(%j, %j) = %d, from the table that heads the model so", (model, bench, want) => {
  expect(score(model, bench, null)).toEqual({ value: want });
});

test("the model's own name still asks which table", () => {
  expect(score("Gemini 2.5 Pro", "LiveCodeBench", null)).toEqual({ error: "#N/A", message: expect.stringMatching(/several variants: name one of/) });
});

test("a header both tables print (DeepSeek-R1, L1164; Deepseek-R1, L1360; LiveCodeBench 63.5 at L1168, 64.3 at L1364) still asks which table", () => {
  expect(score("DeepSeek-R1", "LiveCodeBench", null)).toEqual({ error: "#N/A", message: expect.stringMatching(/several variants: name one of/) });
});

test("a named variant still decides: the Qwen3 table's figure by the R1-0528 table's header", () => {
  expect(score("Gemini-2.5-Pro-0506", "AIME 2024", "avg of 64 samples, Qwen3 table")).toEqual({ value: 92.0 });
});

/**
 * The Qwen3 table's row labels pasted as they are printed (L1360-1370): the benchmark with its version
 * or window after it picks that table's score. "LiveCodeBench v5, 2024.10-2025.02" (L1364) is read as
 * LiveCodeBench in its v5 window, not as an unknown benchmark.
 */
test.each([
  ["Qwen3-235B-A22B MoE", "LiveCodeBench v5, 2024.10-2025.02", 70.7],
  ["Qwen3-32B Dense", "LiveCodeBench v5, 2024.10-2025.02", 65.7],
  ["Deepseek-R1", "LiveCodeBench v5, 2024.10-2025.02", 64.3],
  ["Gemini2.5-Pro", "LiveCodeBench v5, 2024.10-2025.02", 70.4],
  ["Qwen3-235B-A22B MoE", "LiveBench 2024-11-23", 77.1],
  ["Qwen3-235B-A22B MoE", "Aider Pass@2", 61.8],
  ["Qwen3-235B-A22B MoE", "BFCL v3", 70.8],
  ["Qwen3-235B-A22B MoE", "CodeForces Elo Rating", 2056],
])("MODEL.SCORE(%j, %j) = %d, the row label as the Qwen3 table prints it", (model, bench, want) => {
  expect(score(model, bench, null)).toEqual({ value: want });
});

test("a row label naming a window the model is not scored in is still #N/A, with the benchmarks it is scored on", () => {
  expect(score("Qwen3-235B-A22B MoE", "LiveCodeBench v9, 2030.01-2030.02", null)).toEqual({ error: "#N/A", message: expect.stringMatching(/LiveCodeBench/) });
});
