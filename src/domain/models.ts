/** Model benchmark scores: MODEL.* */
import type { Entity, Fact, Metric } from "../data/catalog";
import type { Atlas } from "./atlas";
import { numberOf, selectFact } from "./facts";
import { adding, failWith, reportGives, same } from "./messages";
import { andThen, ok, type Result } from "./result";

export const isBenchmark = (m: Metric): boolean => m.family === "model" && (m.id.startsWith("bench.") || m.id === "arena_elo");

export function resolveModel(atlas: Atlas, name: string): Result<Entity> {
  const resolved = atlas.resolveEntity(name, "model", ["model", "product"], (e) => atlas.metricsOf(e.id).some((id) => isBenchmark(atlas.metrics.get(id) as Metric)));
  if (resolved.ok) return resolved;
  // A model the report names without a score for it (a version printed only in the Doubao table's header,
  // L1203, whose columns cannot be matched to its scores, Q41): say why, not only suggest another version.
  const model = atlas.entityOf(name);
  if (model?.type === "model" && model.note !== undefined) return failWith("missingFact", "modelUnscored", { label: same(atlas.displayName(model)), detail: model.note });
  return resolved;
}

export function modelBenchmarks(atlas: Atlas, model: Entity): Metric[] {
  return atlas
    .metricsOf(model.id)
    .map((id) => atlas.metrics.get(id) as Metric)
    .filter(isBenchmark);
}

export interface ModelScore {
  model: Entity;
  benchmark: Metric;
  value: number;
  variant?: string;
  /** The figure the score is (its line, its table). */
  fact: Fact;
}

/** A name as a table header is compared: as printed, ignoring case, width and spaces at the ends only. */
const headerForm = (name: string) => name.normalize("NFKC").trim().toLowerCase();

/**
 * A model's scores from several tables, asked by the column header one of those tables prints it under
 * ("Gemini-2.5-Pro-0506", L1164, where the Qwen3 table prints "Gemini2.5-Pro", L1360): that table's scores.
 * Any other name (the model's own, "Gemini 2.5 Pro"), or a header more than one table prints, leaves the
 * choice to the variant, as before.
 */
function asHeaded(atlas: Atlas, facts: Fact[], modelName: string): Fact[] {
  const datasets = new Set(facts.map((f) => f.dataset));
  if (datasets.size < 2) return facts;
  const typed = headerForm(modelName);
  const headed = [...datasets].filter((id) => atlas.datasets.get(id)?.table?.columns.some((c) => headerForm(c.zh) === typed || headerForm(c.en) === typed));
  return headed.length === 1 ? facts.filter((f) => f.dataset === headed[0]) : facts;
}

/**
 * A model's score on a benchmark as printed. Where several tables print different ones (Q42: another
 * scoring method or model version), the user names the table as `variant` (the one rule of facts.ts:
 * disagreeing variants are the user's choice); ATLAS.SOURCE lists them all.
 */
export function modelScore(atlas: Atlas, modelName: string, benchmarkName: string, variant?: string): Result<ModelScore> {
  return andThen(resolveModel(atlas, modelName), (model) => {
    const given = modelBenchmarks(atlas, model);
    const label = atlas.displayName(model);
    const benchmark = atlas.resolveMetric(benchmarkName, `benchmark for ${label}`, (m) => isBenchmark(m));
    if (!benchmark.ok && /[\u4e00-\u9fff]/.test(benchmarkName) && /[A-Za-z]/.test(benchmarkName)) {
      // A row label as the R1-0528 table prints it, a Chinese gloss between benchmark and method ("AIME 2024
      // 数学竞赛 pass@1", L1165): read without the gloss.
      const bare = benchmarkName.replace(/\s*[\u4e00-\u9fff]+\s*/g, " ").trim();
      if (bare.length > 0 && bare !== benchmarkName.trim()) {
        const scored = modelScore(atlas, modelName, bare, variant);
        if (scored.ok) return scored;
      }
    }
    if (!benchmark.ok && !variant) {
      // A column header or row label that names the scoring method or version after the benchmark, as the
      // report prints them ("AIME 2024 pass@1", "LiveCodeBench pass@1", L1443; "LiveCodeBench v5,
      // 2024.10-2025.02", L1364): the benchmark and the rest as the variant, where that is one of the
      // model's scores. Split at each of the last four spaces from the last (the longest benchmark name
      // first; the report's labels have at most three words after the name), a comma before the split
      // dropped; asked with a variant, the call splits nothing further.
      const typed = benchmarkName.trim();
      for (let at = typed.lastIndexOf(" "), tries = 0; at > 0 && tries < 4; at = typed.lastIndexOf(" ", at - 1), tries++) {
        const head = typed.slice(0, at).replace(/[\s,，;；]+$/, "");
        const rest = typed.slice(at + 1).trim();
        if (head.length === 0 || rest.length === 0) continue;
        // A head that names no benchmark fails as resolveMetric would, but without its did-you-mean search
        // (a Chinese gloss in the head is read without it by the call, so such a head is always tried).
        if (!/[\u4e00-\u9fff]/.test(head) && atlas.firstMetric(atlas.metricIdsOf(head), isBenchmark) === undefined) continue;
        const scored = modelScore(atlas, modelName, head, rest);
        if (scored.ok) return scored;
      }
    }
    if (!benchmark.ok)
      return {
        ok: false,
        failure: adding(
          benchmark.failure,
          reportGives(
            given.map((m) => atlas.metricLabel(m)),
            `The report scores ${label} on`,
          ),
        ),
      };
    const facts = atlas.facts(model.id, benchmark.value.id);
    const what = `${label} ${benchmark.value.en} score`;
    const scored = given.map((m) => atlas.metricLabel(m));
    if (facts.length === 0) {
      const more = { en: `It scores ${label} on: ${scored.join(", ")}.`, zh: `报告给出的${label}评测：${scored.join("、")}。` };
      return failWith("missingFact", "noFigure", { label: { en: what, zh: `${label} ${benchmark.value.zh} 得分` }, more });
    }
    const selector = { variant: variant || undefined };
    return andThen(selectFact(variant ? facts : asHeaded(atlas, facts, modelName), selector, what), (fact) =>
      andThen(numberOf(fact, selector, what), (value) => ok({ model, benchmark: benchmark.value, value, variant: fact.variant, fact })),
    );
  });
}
