/**
 * The shape of every human-edited file under data/. Each file is validated against these schemas
 * by `npm run data -- check` (and by the build, which refuses bad data). Rules that need more than
 * one file (entity references, conflicts, seed lines) live in compile.ts.
 *
 * data/README.md explains every field to a data editor; keep the two in step.
 */
import { z } from "zod";

/** A 1-based line of the report (data/source/report.txt). Upper bound is checked against the file. */
export const Line = z.number().int().min(1);

/** Lower-case ids with dashes: `ascend-910b`, `tencent`. Stable once shipped: formulas may name them. */
export const EntityId = z.string().regex(/^[a-z0-9][a-z0-9-]*[a-z0-9]$/, "ids are lower-case letters, digits and dashes");
/** Metric ids may also use dots to group: `fp16`, `capex`, `bench.aime_2024`. */
export const MetricId = z.string().regex(/^[a-z][a-z0-9_.]*$/, "metric ids are lower-case letters, digits, '_' and '.'");
export const DatasetId = z.string().regex(/^[a-z][a-z0-9_]*$/, "dataset ids are snake_case");

export const ThemeId = z.enum(["overseas", "domestic", "devices", "picks", "meta"]);
export const GroupId = z.string().regex(/^G\d{3}$/, "DATA-MAP group ids look like G007");

const NonEmpty = z.string().trim().min(1);
export const Bilingual = z.object({ zh: NonEmpty, en: NonEmpty }).strict();
/** A place in the report: the text as printed there and its line. */
export const Citation = z.object({ text: NonEmpty, line: Line }).strict();

// ---------------------------------------------------------------- vocabularies

export const ENTITY_TYPES = [
  "chip", // accelerators, CPUs, SoCs: anything AICHIP.* answers for
  "company",
  "group", // an aggregate the report treats as one, e.g. BAT
  "component", // a part or a supply-chain category that has suppliers
  "segment", // an investment-pick segment or an industry segment
  "model", // AI models (LLMs, video models)
  "product", // devices, systems, racks, platforms
  "market", // a market whose size or share the report gives
  "fund",
  "organisation", // research firms, agencies, standards bodies
  "other",
] as const;

export const EntitySchema = z
  .object({
    id: EntityId,
    type: z.enum(ENTITY_TYPES),
    /** Chinese name as printed in the report. */
    zh: NonEmpty.optional(),
    /** Usual English name. Only where known for sure: never a guessed transliteration. */
    en: NonEmpty.optional(),
    /** Other names users type: short forms, tickers, names as printed elsewhere in the report. */
    aliases: z.array(NonEmpty).default([]),
    /** Stock ticker, only where the report prints one. */
    ticker: NonEmpty.optional(),
    /** Chips: the company that makes it; products: the maker. */
    vendor: EntityId.optional(),
    /** Chips: gpu, asic, npu, cpu, soc ... */
    category: z.enum(["gpu", "asic", "npu", "cpu", "soc", "dcu", "fpga", "other"]).optional(),
    /** Groups: the entities it aggregates. */
    members: z.array(EntityId).optional(),
    note: NonEmpty.optional(),
  })
  .strict()
  .refine((e) => e.zh !== undefined || e.en !== undefined, { message: "an entity needs a zh or an en name" });
export type EntityInput = z.infer<typeof EntitySchema>;
export const EntityFileSchema = z.array(EntitySchema);

export const MetricSchema = z
  .object({
    id: MetricId,
    zh: NonEmpty,
    en: NonEmpty,
    aliases: z.array(NonEmpty).default([]),
    /**
     * Canonical unit (from data/units/) every value of this metric is converted to. A number metric
     * without one (revenue: some companies report in 亿元, others in 亿美元) keeps each fact's own unit.
     */
    unit: NonEmpty.optional(),
    kind: z.enum(["number", "text"]),
    /** Which function family serves it: chip specs, capex, markets, ... */
    family: z.enum(["chip", "capex", "finance", "market", "model", "stock", "product", "other"]),
    description: NonEmpty.optional(),
  })
  .strict()
  .refine((m) => m.kind === "number" || m.unit === undefined, { message: "text metrics have no unit" });
export type MetricInput = z.infer<typeof MetricSchema>;
export const MetricFileSchema = z.array(MetricSchema);

// ---------------------------------------------------------------- facts

export const QUALIFIERS = {
  "约": "approximately (约/近似/左右)",
  "近": "close to, just under (近)",
  ">": "more than (超过/超/>/突破)",
  ">=": "at least (以上/起/+)",
  "<": "less than (<)",
  "<=": "at most (以内/不超过)",
  "?": "printed with a question mark",
} as const;
export const Qualifier = z.enum(Object.keys(QUALIFIERS) as [keyof typeof QUALIFIERS, ...(keyof typeof QUALIFIERS)[]]);

export const NULL_REASONS = {
  not_disclosed: "'-' in the report: not publicly disclosed",
  unknown: "'未知' in the report",
  not_applicable: "'/' in the report",
  not_supported: "'不支持' in the report",
  none: "'无' in the report",
  blank_cell: "the report's table cell is empty",
} as const;
export const NullReason = z.enum(Object.keys(NULL_REASONS) as [keyof typeof NULL_REASONS, ...(keyof typeof NULL_REASONS)[]]);

export const PRECISIONS = ["FP4", "FP6", "FP8", "FP16", "BF16", "TF32", "FP32", "FP64", "INT4", "INT8", "INT16"] as const;

export const FACT_FLAGS = {
  suspected_typo: "looks like a misprint; kept as printed",
  internally_inconsistent: "contradicts other figures in the same table or sentence",
  unit_mislabelled: "the report's unit label is wrong; `scale` corrects the value",
  precision_unstated: "the report does not say which precision this compute figure is",
  inferred_precision: "precision or sparsity inferred from other figures, not printed",
  mixed_variants: "figures of different product variants printed together",
  unverified_alignment: "table columns are misaligned in the report; attribution unverified",
  stale: "the report itself gives a newer figure",
  derived_by_report: "the report computed this figure itself",
  plausibility: "printed as is, but physically implausible",
} as const;
export const FactFlag = z.enum(Object.keys(FACT_FLAGS) as [keyof typeof FACT_FLAGS, ...(keyof typeof FACT_FLAGS)[]]);

/** Canonical periods: 2024, 2025Q1, 2025H1, FY2026Q1 (fiscal), 2025-05-29, 2023-2028 (a span). */
export const Period = z
  .string()
  .regex(
    /^(FY)?\d{4}(Q[1-4]|H[12])?$|^\d{4}-\d{2}(-\d{2})?$|^\d{4}-\d{4}$/,
    "periods look like 2024, 2025Q1, 2025H1, FY2026Q1, 2025-05-29 or 2023-2028",
  );

export const FactSchema = z
  .object({
    entity: EntityId,
    metric: MetricId,
    /** Line of the report where `raw` is printed. */
    line: Line,
    /** The figure exactly as printed (markup such as <b> and ** removed). Must occur on `line`. */
    raw: NonEmpty,
    value: z.number().finite().optional(),
    low: z.number().finite().optional(),
    high: z.number().finite().optional(),
    text: NonEmpty.optional(),
    /** Unit of value/low/high, from the unit vocabulary (src/data/units.ts). */
    unit: NonEmpty.optional(),
    qualifier: Qualifier.optional(),
    nullReason: NullReason.optional(),
    period: Period.optional(),
    /** How the report writes the period, when it differs from `period` ("FY25Q3", "24Q4"). */
    periodAsPrinted: NonEmpty.optional(),
    /** Distinguishes facts about one entity and metric that are not in conflict: a card variant, a context. */
    variant: NonEmpty.optional(),
    precision: z.enum(PRECISIONS).optional(),
    sparsity: z.enum(["dense", "sparse"]).optional(),
    /** Multiplier from the printed number to `value` where the report's unit label is wrong (Tencent table: 10). */
    scale: z.number().positive().optional(),
    /** Shared by every fact that reports the same thing differently; declared in a dataset's `conflicts`. */
    conflict: z.string().regex(/^[A-Za-z0-9_]+$/).optional(),
    /** Exactly one fact of each conflict is the default answer. */
    preferred: z.boolean().optional(),
    flags: z.array(FactFlag).optional(),
    note: NonEmpty.optional(),
  })
  .strict()
  .superRefine((f, ctx) => {
    const shapes = [f.value !== undefined, f.low !== undefined || f.high !== undefined, f.text !== undefined, f.nullReason !== undefined];
    if (shapes.filter(Boolean).length !== 1) {
      ctx.addIssue({ code: "custom", message: "a fact has exactly one of: value, low+high, text, nullReason" });
    }
    if ((f.low === undefined) !== (f.high === undefined)) {
      ctx.addIssue({ code: "custom", path: ["low"], message: "a range needs both low and high" });
    }
    if (f.low !== undefined && f.high !== undefined && f.low > f.high) {
      ctx.addIssue({ code: "custom", path: ["low"], message: "low is above high" });
    }
    const numeric = f.value !== undefined || f.low !== undefined;
    if (numeric && f.unit === undefined) ctx.addIssue({ code: "custom", path: ["unit"], message: "a number needs its unit" });
    if (!numeric && f.unit !== undefined) ctx.addIssue({ code: "custom", path: ["unit"], message: "only numbers carry a unit" });
    if (f.preferred !== undefined && f.conflict === undefined) {
      ctx.addIssue({ code: "custom", path: ["preferred"], message: "`preferred` only makes sense inside a conflict" });
    }
  });
export type FactInput = z.infer<typeof FactSchema>;

// ---------------------------------------------------------------- lists

export const ListSchema = z
  .object({
    /** Unique across the catalogue. */
    id: DatasetId,
    /** The component, segment or category entity this list is about (SUPPLIERS resolves through it). */
    subject: EntityId,
    kind: z.enum(["suppliers", "makers", "vendors", "picks", "members", "customers"]),
    /** The heading as printed: "NVQD（GB300快接头）". Must occur on `line`. */
    printed: NonEmpty,
    line: Line,
    members: z
      .array(
        z
          .object({
            /** As printed. Must occur on `line` (the member's, else the list's). */
            name: NonEmpty,
            entity: EntityId,
            line: Line.optional(),
            note: NonEmpty.optional(),
          })
          .strict(),
      )
      .min(1),
    /** The report ends the list with 等 ("and others"). */
    openEnded: z.boolean().optional(),
    note: NonEmpty.optional(),
  })
  .strict();
export type ListInput = z.infer<typeof ListSchema>;

// ---------------------------------------------------------------- tables as printed

export const ColumnSchema = z
  .object({
    key: z.string().regex(/^[a-z0-9_]+$/),
    /** Header as printed (or, where the report prints none, a label marked with `inferred`). */
    zh: NonEmpty,
    en: NonEmpty,
    unit: NonEmpty.optional(),
    /** Excel number format for the task pane's insert, e.g. "0.0", "#,##0", "0%". */
    format: NonEmpty.optional(),
    inferred: z.boolean().optional(),
  })
  .strict();

export const TableSchema = z
  .object({
    columns: z.array(ColumnSchema).min(1),
    /** One entry per printed row: its line and its cells exactly as printed ("" for an empty cell). */
    rows: z.array(z.object({ line: Line, cells: z.array(z.string()) }).strict()).min(1),
  })
  .strict()
  .superRefine((t, ctx) => {
    t.rows.forEach((r, i) => {
      if (r.cells.length !== t.columns.length) {
        ctx.addIssue({
          code: "custom",
          path: ["rows", i, "cells"],
          message: `row has ${r.cells.length} cells, the table has ${t.columns.length} columns`,
        });
      }
    });
  });

export const ConflictSchema = z
  .object({
    id: z.string().regex(/^[A-Za-z0-9_]+$/),
    /** DATA-MAP Part Q reference, e.g. "Q10". */
    quirk: z.string().regex(/^Q\d{2}$/).optional(),
    summary: NonEmpty,
    /** Which written rule (data/README.md, "Conflicts") picked the preferred fact, and why it applies. */
    rule: NonEmpty,
  })
  .strict();

export const DatasetSchema = z
  .object({
    id: DatasetId,
    groups: z.array(GroupId).min(1),
    theme: ThemeId,
    /** Section per DATA-MAP §0 / data/themes.json, e.g. "2.3.1". */
    section: z.string().regex(/^\d(\.\d){0,3}$/),
    title: Bilingual,
    /** Slide heading as printed. */
    heading: Citation,
    caption: Citation.optional(),
    /** The report's own 资料来源/Source/注 line. */
    citation: Citation.optional(),
    /** In-text attribution ("据IDC"), when the report names one without a source line. */
    attribution: Citation.optional(),
    description: Bilingual.optional(),
    notes: z.array(NonEmpty).optional(),
    table: TableSchema.optional(),
    facts: z.array(FactSchema).optional(),
    lists: z.array(ListSchema).optional(),
    conflicts: z.array(ConflictSchema).optional(),
  })
  .strict()
  .refine((d) => d.table !== undefined || (d.facts?.length ?? 0) > 0 || (d.lists?.length ?? 0) > 0, {
    message: "a dataset needs a table, facts or lists",
  });
export type DatasetInput = z.infer<typeof DatasetSchema>;

export const SectionSchema = z.object({ id: z.string().regex(/^\d(\.\d){0,3}$/), zh: NonEmpty, en: NonEmpty }).strict();
export const ThemesFileSchema = z.array(
  z.object({ id: ThemeId, number: z.string(), zh: NonEmpty, en: NonEmpty, sections: z.array(SectionSchema) }).strict(),
);

/** Groups of DATA-MAP that no dataset holds, each with the reason (e.g. a chart without data). */
export const ExclusionsFileSchema = z.array(z.object({ group: GroupId, reason: NonEmpty }).strict());

export const UnitSchema = z
  .object({
    /** The id used in facts and metrics: "TFLOPS", "CNY 100m" (亿元). */
    id: NonEmpty,
    /** Units convert only within one dimension. */
    dimension: z.string().regex(/^[a-z_]+$/),
    /** Size relative to the dimension's factor-1 unit. */
    factor: z.number().positive().finite(),
    zh: NonEmpty.optional(),
    en: NonEmpty,
  })
  .strict();
export const UnitFileSchema = z.array(UnitSchema);

export const VersionFileSchema = z
  .object({
    /** Bumped whenever any bundled value changes: formulas' results depend on it. */
    version: z.string().regex(/^\d+\.\d+\.\d+$/),
    date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
    report: z.object({ file: NonEmpty, sha256: z.string().regex(/^[0-9a-f]{64}$/), lines: z.number().int() }).strict(),
  })
  .strict();

/**
 * data/raw-value-exceptions.json: facts whose typed number is not a number printed in their `raw` text
 * (numbers in words, magnitudes such as 万 and 亿), each read by hand and reviewed, with why.
 * The key is dataset|line|entity|metric|period|variant.
 */
export const RawValueExceptionsFileSchema = z.array(z.object({ key: NonEmpty, why: z.string().min(6, "say why, in a few words") }).strict());
