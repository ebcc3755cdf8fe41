/** The MODEL family: a large model's benchmark scores as printed. */
import type { Atlas } from "../domain/atlas";
import { modelBenchmarks, modelScore, resolveModel } from "../domain/models";
import { aboutFact, answered, namesAsChoices, opt, str, type ArgValue, type Choice, type FunctionSpec } from "./spec";

const modelChoices = (atlas: Atlas): Choice[] =>
  atlas.catalog.entities
    .filter((e) => (e.type === "model" || e.type === "product") && resolveModel(atlas, e.id).ok)
    .map((e) => ({ value: atlas.formulaName(e), label: atlas.displayName(e) }));

const benchmarkChoices = (atlas: Atlas, before: ArgValue[]): Choice[] => {
  const model = resolveModel(atlas, str(before[0]));
  return model.ok ? modelBenchmarks(atlas, model.value).map((m) => ({ value: atlas.metricLabel(m), label: `${m.en}` })) : [];
};

const modelVariantChoices = (atlas: Atlas, before: ArgValue[]): Choice[] => {
  const model = resolveModel(atlas, str(before[0]));
  const metric = atlas.resolveMetric(str(before[1]), "benchmark", () => true);
  if (!model.ok || !metric.ok) return [];
  return namesAsChoices(atlas.facts(model.value.id, metric.value.id).map((f) => f.variant));
};

export const MODEL_SPECS: readonly FunctionSpec[] = [
  {
    id: "MODEL.SCORE",
    family: "MODEL",
    help: { en: "A model's benchmark score as printed (AIME, GPQA, LiveCodeBench, arena Elo ...)", zh: "大模型基准测试得分" },
    example: '=MODEL.SCORE("DeepSeek-R1-0528","AIME 2024")',
    shape: "scalar",
    result: "number",
    doc: 'A model\'s benchmark score as printed in the report (AIME 2024/2025, GPQA Diamond, LiveCodeBench, Aider, MMLU, arena Elo ...). Where several tables print different scores for the same model (another scoring method or model version), name the table as variant (a unique part such as "Qwen3" or "cons@64" is enough); #N/A lists them and ATLAS.SOURCE shows them all. Example: =MODEL.SCORE("DeepSeek-R1-0528","AIME 2024") returns 91.4.',
    returns: "The score, as printed.",
    args: [
      { name: "model", kind: "text", help: 'Model, e.g. "DeepSeek-R1-0528", "Qwen3-235B-A22B"', choices: modelChoices, zh: '模型，如 "DeepSeek-R1-0528"、"Qwen3-235B-A22B"' },
      {
        name: "benchmark",
        kind: "text",
        help: 'Benchmark, e.g. "AIME 2024", "GPQA Diamond", "LiveCodeBench"',
        choices: benchmarkChoices,
        zh: '基准测试，如 "AIME 2024"、"GPQA Diamond"、"LiveCodeBench"',
      },
      {
        name: "variant",
        kind: "text",
        optional: true,
        help: "Which table or scoring variant, where several print a score",
        choices: modelVariantChoices,
        zh: "可选：报告多处给分时，指定表格或评分口径",
      },
    ],
    ...answered(
      (atlas, [model, benchmark, variant]) => modelScore(atlas, str(model), str(benchmark), opt(variant)),
      (s) => s.value,
      (s, atlas) => ({ kind: "fact", about: aboutFact(atlas, s.model, s.benchmark, s.fact), fact: s.fact }),
    ),
  },
];
