/** The ATLAS family: any figure by name, every value behind a fact, whole datasets and the data version. */
import type { Atlas } from "../domain/atlas";
import { dataVersion, datasetsIn, datasetTable, resolveDataset } from "../domain/datasets";
import { andThen, ok } from "../domain/result";
import { sourceRows } from "../domain/sources";
import { factValue, valueByMeaning } from "../domain/values";
import { QUOTED_ARGUMENT_CHARS, textAsRunReads } from "./contract";
import {
  aboutFact,
  answered,
  entityChoices,
  entityMetricChoices,
  entityPeriodChoices,
  namedFacts,
  namesAsChoices,
  opt,
  str,
  THEME_ENUM,
  themeChoices,
  type ArgValue,
  type Choice,
  type FunctionSpec,
} from "./spec";

const entityVariantChoices = (atlas: Atlas, before: ArgValue[]): Choice[] => namesAsChoices(namedFacts(atlas, before).map((f) => f.variant));

const datasetChoices = (atlas: Atlas): Choice[] => atlas.catalog.datasets.map((d) => ({ value: d.id, label: `${d.title.en} · ${d.title.zh}` }));

export const ATLAS_SPECS: readonly FunctionSpec[] = [
  {
    id: "ATLAS.DATASETS",
    family: "ATLAS",
    help: { en: "The bundled datasets: id, English and Chinese title, report section (a spilled table with a header)", zh: "内置数据集列表" },
    example: '=ATLAS.DATASETS("domestic")',
    shape: "table",
    doc: 'The datasets bundled with the add-in, as a table that spills: a header row, then id, English title, Chinese title and report section. Any id works in ATLAS.TABLE. Example: =ATLAS.DATASETS("domestic").',
    returns: "A header row and one row per dataset.",
    args: [
      {
        name: "theme",
        kind: "text",
        optional: true,
        help: '"overseas", "domestic", "devices", "picks", "meta"; empty for all',
        choices: themeChoices,
        zh: '可选："overseas"、"domestic"、"devices"、"picks"、"meta"（或 海外、国内……）；留空为全部',
        enum: THEME_ENUM,
      },
    ],
    run: (atlas, [theme]) =>
      andThen(datasetsIn(atlas, opt(theme)), (ds) => ok([["dataset", "title", "标题", "section"], ...ds.map((d) => [d.id, d.title.en, d.title.zh, d.section])])),
  },
  {
    id: "ATLAS.TABLE",
    family: "ATLAS",
    help: { en: "A whole dataset as the report prints it, header included", zh: "整张数据表（按报告原样）" },
    example: '=ATLAS.TABLE("tencent_capex_annual")',
    shape: "table",
    doc: 'A whole dataset as the report prints it, header included, spilled: the table\'s cells exactly as printed (text), or, for a dataset without a printed table, its figures (name, metric, period, variant, value, unit, line) or its lists. Example: =ATLAS.TABLE("tencent_capex_annual").',
    returns: "The table, header first.",
    args: [{ name: "dataset", kind: "text", help: "A dataset id from ATLAS.DATASETS, or its title", choices: datasetChoices, zh: "ATLAS.DATASETS 列出的数据集 id，或其标题" }],
    ...answered(
      (atlas, [dataset]) => andThen(resolveDataset(atlas, str(dataset)), (d) => andThen(datasetTable(atlas, d.id), (table) => ok({ dataset: d, table }))),
      (t) => t.table,
      ({ dataset }) => ({ kind: "dataset", about: { en: dataset.title.en, zh: dataset.title.zh }, dataset }),
    ),
  },
  {
    id: "ATLAS.SOURCE",
    family: "ATLAS",
    help: {
      en: "Every value the report gives for a fact, with unit, section and line (rates as fractions); the default marked; stated figures with our recomputation beside them",
      zh: "某数据在报告中的全部取值、出处及重算值（比率以小数表示）",
    },
    example: '=ATLAS.SOURCE("Tencent","capex_yoy","2025Q1")',
    shape: "table",
    doc: 'Every value the report gives for one fact of any name, as a table that spills: value, unit, text as printed, period, variant, rates as fractions, status ("default" is what ATLAS.VALUE returns for that row\'s period, so a fact given for several periods has one default each; "as stated" marks the report\'s own derived figure, with our "recomputed" row beneath it), dataset, section, line and notes. Example: =ATLAS.SOURCE("Global ASIC market","market_cagr") shows 0.128 (12.8%) as stated and 0.099 recomputed.',
    returns: "A header row and one row per figure.",
    args: [
      { name: "name", kind: "text", help: "A chip, company, product, model or market", choices: entityChoices, zh: "芯片、公司、产品、模型或市场" },
      {
        name: "metric",
        kind: "text",
        help: 'What is measured, e.g. "capex", "capex_cagr", "market_cagr"',
        choices: entityMetricChoices,
        zh: '指标，如 "capex"、"capex_cagr"、"market_cagr"',
      },
      { name: "period", kind: "raw", optional: true, help: "Only this period", choices: entityPeriodChoices, zh: "可选：仅此期间" },
    ],
    ...answered(
      (atlas, [name, metric, period]) => sourceRows(atlas, str(name), str(metric), opt(period)),
      (s) => s.table,
      (s, atlas) => ({ kind: "facts", about: aboutFact(atlas, s.entity, s.metric), facts: s.rows.map((r) => r.fact) }),
    ),
  },
  {
    id: "ATLAS.VERSION",
    family: "ATLAS",
    help: { en: "The bundled data's version, date and content hash", zh: "内置数据版本" },
    example: "=ATLAS.VERSION()",
    exampleShown: "the data version, as text",
    shape: "scalar",
    result: "text",
    doc: 'The version of the data bundled with the add-in: version, date and content hash. Put it next to a model to record which data its numbers came from. Example: =ATLAS.VERSION() returns "0.1.0 (2026-11-28, data 1a2b3c4d)".',
    returns: "The data version as text.",
    args: [],
    run: (atlas) => ok(dataVersion(atlas)),
  },
  {
    id: "ATLAS.VALUE",
    family: "ATLAS",
    help: {
      en: "Any figure of the report by name, metric, period and variant; a rate as a fraction (2.21 for +221%)",
      zh: "按名称、指标、期间和口径取报告中的任一数据（比率以小数表示，2.21即+221%）",
    },
    example: '=ATLAS.VALUE("Tencent","capex",2024)',
    shape: "scalar",
    doc: 'Any figure the report gives, by name, metric, period and variant: the generic way to pull a number that has no dedicated function, in the metric\'s unit; a rate as a fraction (2.21 for +221%). Where the report gives several periods, name one. A regional or segment figure answers only when its variant is named (a unique part such as "China" is enough). Example: =ATLAS.VALUE("Tencent","capex",2024) returns 768 (亿元, CNY 100m).',
    returns: "The figure, in the metric's unit (a rate as a fraction), or the report's text.",
    args: [
      {
        name: "name",
        kind: "text",
        byKey: true,
        help: "A chip, company, product, model or market, in English or Chinese",
        choices: entityChoices,
        zh: "芯片、公司、产品、模型或市场（中英文均可）",
      },
      {
        name: "metric",
        kind: "text",
        byKey: true,
        help: 'What is measured, e.g. "capex", "revenue", "FP16", "market_share"',
        choices: entityMetricChoices,
        zh: '指标，如 "capex"、"revenue"、"FP16"、"market_share"',
      },
      {
        name: "period",
        kind: "raw",
        optional: true,
        help: 'A period such as 2024, "2025Q1", "2023-2028", or a day ("2025-06-13" or a date cell), where the report gives several',
        choices: entityPeriodChoices,
        zh: '可选：期间，如 2024、"2025Q1"、"2023-2028"，或日期（"2025-06-13" 或日期单元格）（报告给出多期时）',
      },
      {
        name: "variant",
        kind: "text",
        optional: true,
        help: 'Which of several figures: a variant or context (a unique part of its name is enough, e.g. "China"), "low"/"high" for a range, or both ("2024 booking price high")',
        choices: entityVariantChoices,
        zh: '可选：多个数值中的哪一个：口径或情境（名称中唯一的一部分即可，如 "China"），区间取 "low"/"high"，或两者（"2024 booking price high"）',
      },
    ],
    ...answered(
      (atlas, [name, metric, period, variant]) => factValue(atlas, str(name), str(metric), period, opt(variant)),
      (a) => a.value,
      (a, atlas) => ({ kind: "fact", about: aboutFact(atlas, a.entity, a.metric, a.fact), fact: a.fact }),
    ),
    byMeaning: (atlas, parts) => {
      // The period and variant as run reads them (checkArgs: blank text is no argument; a "raw" period as
      // given), and only where no message of run's would quote them shortened. (Parts read by index: see AICHIP.SPEC.)
      const period = parts[2];
      const p = typeof period === "string" && period.trim() === "" ? null : period;
      const v = textAsRunReads(parts[3]);
      if (v === null || (typeof p === "string" && p.length > QUOTED_ARGUMENT_CHARS)) return undefined;
      if (p !== null && p !== undefined && typeof p !== "string" && !(typeof p === "number" && Number.isFinite(p))) return undefined;
      const answer = valueByMeaning(atlas, parts[0], parts[1], p, v);
      return answer === undefined ? undefined : answer.ok ? ok(answer.value.value) : { ok: false, failure: answer.failure };
    },
    preset: (atlas, e) => (atlas.metricsOf(e.id).length > 0 ? [atlas.displayName(e)] : undefined),
  },
];
