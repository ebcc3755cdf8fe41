/** The AICHIP family: one accelerator's specifications, lists of them, ratios, server sizing and cards. */
import type { Atlas } from "../domain/atlas";
import { chipCard } from "../domain/cards";
import { cellFigure, formatNumber, shownUnit } from "../domain/facts";
import {
  chipCategories,
  chipCompare,
  chipList,
  chipMetrics,
  chipServers,
  chipSpec,
  compareByMeaning,
  listedChips,
  resolveChip,
  specByMeaning,
  type ChipMetricRow,
} from "../domain/chips";
import { failWith } from "../domain/messages";
import { textAsRunReads } from "./contract";
import { andThen, ok, type Result } from "../domain/result";
import { sourceRows } from "../domain/sources";
import {
  aboutFact,
  answered,
  both,
  enumChoices,
  entityOf,
  namesAsChoices,
  num,
  opt,
  str,
  type ArgValue,
  type Choice,
  type EnumSpec,
  type Explanation,
  type FunctionSpec,
} from "./spec";

const chipChoices = (atlas: Atlas): Choice[] =>
  atlas.catalog.entities
    .filter((e) => (e.type === "chip" || e.type === "product") && atlas.metricsOf(e.id).some((m) => atlas.metrics.get(m)?.family === "chip"))
    .map((e) => ({ value: atlas.formulaName(e), label: e.zh && e.zh !== atlas.formulaName(e) ? `${atlas.formulaName(e)} ${e.zh}` : atlas.formulaName(e) }));

const chipMetricChoices = (atlas: Atlas, before: ArgValue[]): Choice[] => {
  const chip = resolveChip(atlas, str(before[0]));
  if (!chip.ok) return [];
  return atlas
    .metricsOf(chip.value.id)
    .map((id) => atlas.metrics.get(id))
    .filter((m): m is NonNullable<typeof m> => m !== undefined && m.family === "chip")
    .map((m) => ({ value: atlas.metricLabel(m), label: `${atlas.metricLabel(m)} · ${m.zh}${m.unit ? ` (${m.unit})` : ""}` }));
};

const chipVariantChoices = (atlas: Atlas, before: ArgValue[]): Choice[] => {
  const chip = resolveChip(atlas, str(before[0]));
  if (!chip.ok) return [];
  const metric = atlas.resolveMetric(str(before[1]), "metric", (m) => m.family === "chip");
  if (!metric.ok) return [];
  const names: string[] = [];
  for (const f of atlas.facts(chip.value.id, metric.value.id)) {
    if (f.variant) names.push(f.variant);
    if (f.sparsity) names.push(f.sparsity);
    if (f.low !== undefined) names.push("low", "high");
  }
  return namesAsChoices(names);
};

const chipFilterChoices = (atlas: Atlas): Choice[] => {
  const vendors = new Set(
    listedChips(atlas)
      .map((c) => c.vendor)
      .filter((v): v is string => v !== undefined),
  );
  return [
    ...chipCategories(atlas).map((c) => ({ value: c, label: `${c} (category)` })),
    ...[...vendors]
      .map((id) => atlas.entities.get(id))
      .filter((e): e is NonNullable<typeof e> => e !== undefined)
      .map((e) => ({ value: atlas.formulaName(e), label: atlas.displayName(e) })),
  ];
};

const numberChipMetricChoices = (atlas: Atlas, before: ArgValue[]): Choice[] => {
  const a = chipMetricChoices(atlas, [before[0]]);
  const b = new Set(chipMetricChoices(atlas, [before[1]]).map((c) => c.value));
  // Amounts only: a ratio of two release years is refused (compareYear), so it is not offered.
  return a.filter((c) => b.has(c.value) && atlas.resolveMetric(String(c.value), "metric", (m) => m.kind === "number" && m.unit !== "year").ok);
};

const CARD_FORMAT_ENUM: EnumSpec = {
  id: "CARD_FORMAT",
  values: () => [
    { value: "entity", en: "A card (entity value): =A1.FP16 reads a spec", zh: "卡片（实体值），可用 =A1.FP16 引用" },
    { value: "table", en: "A two-column table of properties", zh: "两列属性表" },
  ],
};

/**
 * The metric names AutoComplete offers for a chip: specifications (a measured figure with a unit, or a
 * short text spec such as the architecture) that at least this many accelerators have. Claims and
 * "as printed" copies stay out of the list (they still work when typed).
 */
const COMMON_SPEC_CHIPS = 5;

const CHIP_METRIC_ENUM: EnumSpec = {
  id: "CHIP_METRIC",
  values: (atlas) => {
    const chips = new Map<string, number>();
    for (const chip of listedChips(atlas)) for (const id of atlas.metricsOf(chip.id)) chips.set(id, (chips.get(id) ?? 0) + 1);
    return [...atlas.metrics.values()]
      .filter((m) => m.family === "chip" && (m.unit !== undefined || !m.en.includes("(")) && (chips.get(m.id) ?? 0) >= COMMON_SPEC_CHIPS)
      .map((m) => ({ value: atlas.metricLabel(m), en: m.unit ? `${m.en} (${m.unit})` : m.en, zh: m.unit ? `${m.zh}（${m.unit}）` : m.zh }));
  },
};

export const AICHIP_ENUMS: readonly EnumSpec[] = [CHIP_METRIC_ENUM, CARD_FORMAT_ENUM];

function parseCardFormat(v: ArgValue): Result<"entity" | "table"> {
  const s = str(v).normalize("NFKC").trim().toLowerCase();
  if (s === "" || s === "entity" || s === "card") return ok("entity");
  if (s === "table" || s === "text" || s === "list") return ok("table");
  return failWith("badArgument", "expected", {
    name: "format",
    expected: { en: '"entity" (a card) or "table" (two columns)', zh: '"entity"（卡片）或 "table"（两列表格）' },
    got: `"${str(v)}"`,
  });
}

/** The default figure of every specification of a chip (AICHIP.METRICS, AICHIP.CARD). */
const metricsExplanation = (atlas: Atlas, chip: ArgValue, rows: ChipMetricRow[]): Explanation => ({
  kind: "facts",
  about: both(rows.length > 0 ? atlas.displayName(entityOf(atlas, rows[0].fact)) : str(chip)),
  facts: rows.map((r) => r.fact),
});

/** A figure as the method shows it: "800 TFLOPS (910C)". */
const figureOf = (value: number, unit: string, name: string) => `${formatNumber(value)}${unit ? ` ${unit}` : ""} (${name})`;

const chipArg = { name: "chip", kind: "text", choices: chipChoices } as const;

/** An argument Excel left blank. */
const blank = (v: unknown) => v === null || v === undefined;

/** A spec's or ratio's value, as `run` shows it; undefined passed on (byMeaning could not answer). */
function valueOf(r: Result<{ value: number | string }> | undefined): Result<number | string> | undefined {
  if (r === undefined) return undefined;
  return r.ok ? ok(r.value.value) : { ok: false, failure: r.failure };
}

export const AICHIP_SPECS: readonly FunctionSpec[] = [
  {
    id: "AICHIP.SPEC",
    family: "AICHIP",
    help: {
      en: 'One specification of one AI accelerator; a variant typed as the name ("910B OAM") answers that variant only; a rate as a fraction',
      zh: "单个AI加速卡的一项参数（比率以小数表示）",
    },
    example: '=AICHIP.SPEC("910C","FP16")',
    shape: "scalar",
    doc: 'One specification of one AI accelerator, as the report gives it. Units: FP4/FP8/FP16/BF16/TF32/FP32/FP64 in TFLOPS; INT4/INT8/INT16 in TOPS; HBM / memory in GB (HBM is #N/A for a chip whose memory the report gives as another type, such as LPDDR5: ask for memory); bandwidth (memory) in TB/s; interconnect in GB/s; TDP in W; process in nm; release year. Text specs (architecture, memory type, process label) come back as text. A rate comes back as a fraction (0.5 for +50%). A figure the report prints as a bound ("<1.6", "1600+") comes back as the number of the bound; AICHIP.SOURCES shows the qualifier. A variant typed as the name ("910B OAM", "A100 80GB PCIe") answers that variant only, or #N/A. Where the report contradicts itself the default follows the add-in\'s written rule; AICHIP.SOURCES lists every value. Example: =AICHIP.SPEC("910C","FP16") returns 800.',
    returns: "The figure, in the unit listed above for the metric.",
    args: [
      { ...chipArg, help: 'Accelerator, e.g. "910C", "昇腾910C", "H100"', zh: '加速卡名称（中英文均可），如 "910C"、"昇腾910C"、"H100"', byKey: true },
      {
        name: "metric",
        kind: "text",
        byKey: true,
        help: "FP16, BF16, INT8, HBM, bandwidth, TDP, process ...",
        choices: chipMetricChoices,
        zh: "参数：FP16、BF16、INT8、HBM、bandwidth（带宽）、TDP、process（制程）……",
        enum: CHIP_METRIC_ENUM,
      },
      {
        name: "variant",
        kind: "text",
        optional: true,
        help: '"dense"/"sparse", "low"/"high" (the ends of a range), or a product variant (a unique part of its name is enough)',
        choices: chipVariantChoices,
        zh: '可选："dense"/"sparse"（稠密/稀疏）；区间取 "low"/"high"；或产品型号（型号名称中唯一的一部分即可）',
      },
    ],
    ...answered(
      (atlas, [chip, metric, variant]) => chipSpec(atlas, str(chip), str(metric), opt(variant)),
      (s) => s.value,
      (s, atlas) => ({ kind: "fact", about: aboutFact(atlas, s.chip, s.metric, s.fact), fact: s.fact }),
    ),
    // (Parts read by index, not destructured: a new question's path runs before the engine optimises it,
    // and there destructuring an array walks its iterator.)
    byMeaning: (atlas, parts) => {
      const variant = textAsRunReads(parts[2]);
      return variant === null ? undefined : valueOf(specByMeaning(atlas, parts[0], parts[1], variant));
    },
    preset: (atlas, e) =>
      (e.type === "chip" || e.type === "product") && atlas.metricsOf(e.id).some((m) => atlas.metrics.get(m)?.family === "chip") ? [atlas.displayName(e)] : undefined,
  },
  {
    id: "AICHIP.LIST",
    family: "AICHIP",
    help: { en: "The accelerators the report gives specifications for, spilled down a column", zh: "报告给出参数的AI芯片列表" },
    example: '=AICHIP.LIST("NVIDIA")',
    shape: "column",
    doc: 'The AI accelerators the report gives specifications for, one per row (spills down), in the report\'s order: all of them, or one vendor\'s ("NVIDIA", "华为", "Google"), or one category\'s ("GPU", "NPU", "ASIC", "CPU", "DCU", "SoC"). Each name works as the chip argument of the other AICHIP functions. Example: =AICHIP.LIST("Huawei") spills 910B, 910C, 910D, 920.',
    returns: "One chip name per row.",
    args: [
      {
        name: "vendor_or_category",
        kind: "text",
        optional: true,
        help: 'A vendor ("NVIDIA", "华为") or a category ("GPU", "NPU", "ASIC", "CPU"); empty for all',
        choices: chipFilterChoices,
        zh: '可选：厂商（"NVIDIA"、"华为"）或类别（"GPU"、"NPU"、"ASIC"、"CPU"）；留空为全部',
      },
    ],
    run: (atlas, [filter]) =>
      andThen(chipList(atlas, opt(filter)), (chips) => (chips.length > 0 ? ok(chips.map((c) => [atlas.formulaName(c)])) : failWith("missingFact", "noChips", {}))),
  },
  {
    id: "AICHIP.METRICS",
    family: "AICHIP",
    help: { en: "Every specification of one accelerator: metric, value, unit (a spilled table with a header)", zh: "单个AI芯片的全部参数（指标、数值、单位）" },
    example: '=AICHIP.METRICS("910C")',
    shape: "table",
    doc: 'Every specification the report gives for one accelerator, as a table that spills: a header row, then metric, value and unit per row (the default figure where the report gives several; ranges and missing figures as text). A figure the report gives only for one variant of the product says which ("8-card server compute, 910B OAM"); a variant typed as the name ("910B OAM") lists that variant\'s figures only. Example: =AICHIP.METRICS("910C") spills FP16 800 TFLOPS, INT8, HBM, TDP 310 W ...',
    returns: "A header row (metric, value, unit) and one row per specification.",
    args: [{ ...chipArg, help: 'Accelerator, e.g. "910C", "H100"', zh: '加速卡名称，如 "910C"、"H100"' }],
    ...answered(
      (atlas, [chip]) => chipMetrics(atlas, str(chip)),
      (rows, atlas) => [
        ["metric", "value", "unit"],
        ...rows.map(({ metric, fact, ofVariant }) => [
          ofVariant === undefined ? atlas.metricLabel(metric) : `${atlas.metricLabel(metric)}, ${ofVariant}`,
          cellFigure(fact),
          fact.value !== undefined ? shownUnit(fact) : "",
        ]),
      ],
      (rows, atlas, [chip]) => metricsExplanation(atlas, chip, rows),
    ),
  },
  {
    id: "AICHIP.COMPARE",
    family: "AICHIP",
    help: { en: "chip_a's figure divided by chip_b's for one metric (2 = twice as much)", zh: "两款芯片同一指标之比" },
    example: '=AICHIP.COMPARE("H100","A100","TDP")',
    shape: "scalar",
    result: "number",
    doc: 'How many times chip_a\'s figure is chip_b\'s, for one number specification: chip_a / chip_b, computed from the report\'s default figures (2 = twice as much, 0.5 = half). A year has no ratio: release year is #VALUE! (subtract two AICHIP.SPEC figures instead). A figure printed as a bound ("<1.6", "4800+") has none either: #N/A. Both chips use the same variant. Example: =AICHIP.COMPARE("H100","A100","TDP") returns 1.75 (700 W / 400 W).',
    returns: "The ratio, a plain number.",
    args: [
      { name: "chip_a", kind: "text", help: "The chip in the numerator", choices: chipChoices, zh: "作分子的芯片", byKey: true },
      { name: "chip_b", kind: "text", help: "The chip in the denominator", choices: chipChoices, zh: "作分母的芯片", byKey: true },
      {
        name: "metric",
        kind: "text",
        byKey: true,
        help: "A number specification both chips have: FP16, INT8, HBM, TDP ...",
        choices: numberChipMetricChoices,
        zh: "两款芯片都有的数值参数：FP16、INT8、HBM、TDP……",
        enum: CHIP_METRIC_ENUM,
      },
      {
        name: "variant",
        kind: "text",
        optional: true,
        help: '"dense"/"sparse", "low"/"high" or a variant for both chips, or one per chip as "a;b" (";sparse")',
        zh: '可选："dense"/"sparse"、"low"/"high" 或型号，两款芯片通用；或用 "a;b" 分别指定（如 ";sparse"）',
      },
    ],
    byMeaning: (atlas, parts) => (blank(parts[3]) ? valueOf(compareByMeaning(atlas, parts[0], parts[1], parts[2])) : undefined),
    // Answered from each chip's side, kept by meaning (compareByMeaning): the memo keeps comparisons as given only.
    keptByMeaning: false,
    ...answered(
      (atlas, [a, b, metric, variant]) => chipCompare(atlas, str(a), str(b), str(metric), opt(variant)),
      (r) => r.value,
      (r, atlas) => {
        const [a, b] = [r.a, r.b].map((s) => figureOf(s.value as number, shownUnit(s.fact), atlas.displayName(s.chip)));
        const names = `${atlas.displayName(r.a.chip)} / ${atlas.displayName(r.b.chip)}`;
        return {
          kind: "derived",
          about: { en: `${names} · ${r.a.metric.en}`, zh: `${names} · ${r.a.metric.zh}` },
          method: `${a} / ${b} = ${formatNumber(r.value)}`,
          inputs: [r.a.fact, r.b.fact],
        };
      },
    ),
  },
  {
    id: "AICHIP.SERVERS",
    family: "AICHIP",
    help: { en: "Servers needed for a target compute at the chip's FP16 dense figure", zh: "按FP16稠密算力计算达到目标算力所需服务器台数" },
    example: '=AICHIP.SERVERS("910C",1000)',
    shape: "scalar",
    result: "number",
    doc: 'Servers needed to reach a target FP16 compute with one accelerator: ceil(target_pflops × 1000 / (cards_per_server × the chip\'s FP16 dense TFLOPS)), with 1 PFLOPS = 1000 TFLOPS. The report\'s own "千P算力8卡机台数" (servers per 1000 P, 8 cards) uses a 1024 rule and is shown as printed by =AICHIP.SOURCES(chip,"servers_per_1000p"). Example: =AICHIP.SERVERS("910C",1000) returns 157.',
    returns: "A whole number of servers.",
    args: [
      { ...chipArg, help: 'Accelerator, e.g. "910C"', zh: '加速卡名称，如 "910C"' },
      { name: "target_pflops", kind: "number", help: "Target FP16 compute in PFLOPS, e.g. 1000", zh: "目标FP16算力（PFLOPS），如 1000" },
      { name: "cards_per_server", kind: "number", optional: true, help: "Accelerators per server; 8 if empty", zh: "可选：每台服务器的加速卡数；留空为 8" },
      {
        name: "variant",
        kind: "text",
        optional: true,
        help: '"low"/"high" where the FP16 figure is a range, or a product variant',
        choices: chipVariantChoices,
        zh: '可选：FP16 为区间时取 "low"/"high"，或产品型号',
      },
    ],
    ...answered(
      (atlas, [chip, target, cards, variant]) => chipServers(atlas, str(chip), num(target), cards === null ? null : num(cards), opt(variant)),
      (s) => s.servers,
      (s, atlas, [, target, cards]) => {
        const name = atlas.displayName(entityOf(atlas, s.fact));
        return {
          kind: "derived",
          about: { en: `${name} · FP16 · ${formatNumber(num(target))} PFLOPS`, zh: `${name} · FP16 · ${formatNumber(num(target))} PFLOPS` },
          method: `ceil(${formatNumber(num(target))} PFLOPS × 1000 / (${cards === null ? 8 : num(cards)} × ${formatNumber(s.perCardTflops)} TFLOPS)) = ${s.servers}`,
          inputs: [s.fact],
          stated: s.stated,
        };
      },
    ),
  },
  {
    id: "AICHIP.SOURCES",
    family: "AICHIP",
    help: {
      en: "Every value the report gives for one spec of one chip, with unit, section and line (conflicts side by side, the default marked)",
      zh: "某芯片某参数在报告中的全部取值及出处",
    },
    example: '=AICHIP.SOURCES("910B","FP16")',
    shape: "table",
    doc: 'Every value the report gives for one specification of one chip, as a table that spills: value, unit, the text as printed, period, variant, status ("default" is what AICHIP.SPEC returns, "variant" what a named variant returns, "alternative" another figure of the same conflict); rates as fractions, dataset, report section, report line and notes. Where the report states a derived figure (a ratio, a claim), a "recomputed" row gives ours beside it. The way to see conflicts. Example: =AICHIP.SOURCES("910B","FP16") shows 320 TFLOPS (default, three mentions) and 376 (910B OAM).',
    returns: "A header row and one row per figure.",
    args: [
      { ...chipArg, help: 'Accelerator, e.g. "910B"', zh: '加速卡名称，如 "910B"' },
      { name: "metric", kind: "text", help: "FP16, TDP, bandwidth ...", choices: chipMetricChoices, zh: "参数：FP16、TDP、bandwidth（带宽）……", enum: CHIP_METRIC_ENUM },
    ],
    ...answered(
      (atlas, [chip, metric]) => andThen(resolveChip(atlas, str(chip)), (c) => sourceRows(atlas, c.id, str(metric))),
      (s) => s.table,
      (s, atlas) => ({ kind: "facts", about: aboutFact(atlas, s.entity, s.metric), facts: s.rows.map((r) => r.fact) }),
    ),
  },
  {
    id: "AICHIP.CARD",
    family: "AICHIP",
    help: {
      en: "An accelerator as a card (entity value): =A1.FP16 reads its specs; a two-column table where cards are not supported",
      zh: "芯片卡片（实体值），可用 =A1.FP16 引用参数",
    },
    example: '=AICHIP.CARD("910C")',
    shape: "entity",
    doc: 'One accelerator as a card (an Excel entity value): the cell shows the chip\'s name, the card shows every specification, and =A1.FP16 (A1 holding the card) reads one, in the units listed in its "Units" property. Needs Excel with data types (Microsoft 365, Excel on the web); elsewhere, or with format "table", the same properties spill as a two-column table (property, value). Example: =AICHIP.CARD("910C"), then =A1.FP16 returns 800.',
    returns: "A card, or a property/value table.",
    args: [
      { ...chipArg, help: 'Accelerator, e.g. "910C"', zh: '加速卡名称，如 "910C"' },
      {
        name: "format",
        kind: "text",
        optional: true,
        help: '"entity" (the default) or "table"',
        choices: enumChoices(CARD_FORMAT_ENUM),
        zh: '可选："entity"（卡片，默认）或 "table"（两列表格）',
        enum: CARD_FORMAT_ENUM,
      },
    ],
    run: (atlas, [chip, format]) => andThen(parseCardFormat(format), () => andThen(chipCard(atlas, str(chip)), (card) => ok(card.table))),
    explain: (atlas, [chip, format]) => andThen(parseCardFormat(format), () => andThen(chipMetrics(atlas, str(chip)), (rows) => ok(metricsExplanation(atlas, chip, rows)))),
    entity: (atlas, [chip, format]) => andThen(parseCardFormat(format), (f) => (f === "table" ? ok(undefined) : andThen(chipCard(atlas, str(chip)), (card) => ok(card.entity)))),
  },
];
