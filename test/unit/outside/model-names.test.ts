/**
 * A model typed as the report prints it in Chinese: the table "豆包Doubao-1.5-pro与其他大模型性能对比" (L1201)
 * gives its C-Eval 91.8 (L1217) and CMMLU 90.9 (L1216). Written from the report.
 */
import { installCustomFunctions, outcome } from "../../support/custom-functions";

installCustomFunctions();
// eslint-disable-next-line @typescript-eslint/no-require-imports -- after the CustomFunctions global exists
const fns = require("../../../src/functions/functions") as Record<string, (...args: unknown[]) => unknown>;
const score = (...args: unknown[]) => outcome(() => fns.modelScore(...args));

test.each(["豆包Doubao-1.5-pro", "豆包1.5 pro", "豆包1.5-pro", "Doubao-1.5-pro", "doubao 1.5 pro"])("%j: C-Eval 91.8 (line 1217), CMMLU 90.9 (line 1216)", (model) => {
  expect(score(model, "C-Eval", null)).toEqual({ value: 91.8 });
  expect(score(model, "CMMLU", null)).toEqual({ value: 90.9 });
});

test("豆包1.5 alone (1.5 pro or 1.5 thinking?) is #N/A suggesting the 1.5 pro name", () => {
  expect(score("豆包1.5", "C-Eval", null)).toEqual({ error: "#N/A", message: expect.stringContaining('Did you mean "豆包1.5 pro"') });
});

describe("a benchmark typed as the report's column header, its scoring method after its name", () => {
  // L1443: AIME 2024 pass@1 | AIME 2024 cons@64 | MATH- 500 pass@1 | GPQA Diamond pass@1 | LiveCodeBench pass@1;
  // L1451: DeepSeek-R1-Distill-Qwen-32B 72.6 83.3 94.3 62.1 57.2; L1446: o1-mini 63.6.
  test.each([
    ["DeepSeek-R1-Distill-Qwen-32B", "AIME 2024 pass@1", 72.6],
    ["DeepSeek-R1-Distill-Qwen-32B", "AIME 2024 cons@64", 83.3],
    ["DeepSeek-R1-Distill-Qwen-32B", "MATH- 500 pass@1", 94.3],
    ["DeepSeek-R1-Distill-Qwen-32B", "LiveCodeBench pass@1", 57.2],
    ["o1-mini", "AIME 2024 pass@1", 63.6],
  ])("%s, %j: %d", (model, benchmark, expected) => {
    expect(score(model, benchmark, null)).toEqual({ value: expected });
  });

  test("a word after the name that is no scoring method of the model is still an unknown benchmark", () => {
    expect(score("DeepSeek-R1-Distill-Qwen-32B", "AIME 2024 foo", null)).toEqual({ error: "#N/A", message: expect.stringContaining('Did you mean "AIME 2024"') });
  });
});
