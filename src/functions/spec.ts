/**
 * What a custom function's spec is made of (its id, help, arguments with their choices and value lists,
 * result shape, query and explanation), and the few pieces several families share. Each family file
 * (aichip.ts, capex.ts ...) declares its functions once with these; registry.ts composes them. Pure: no
 * Office, no CustomFunctions.
 */
import type { Dataset, Entity, Fact, List, Metric } from "../data/catalog";
import type { Atlas } from "../domain/atlas";
import type { EntityValue } from "../domain/cards";
import { andThen, ok, type Result } from "../domain/result";
import { resolveAnyEntity } from "../domain/values";

/** A valid argument value and how the builder shows it. */
export interface Choice {
  value: string | number;
  label: string;
}

export interface ArgSpec {
  name: string;
  /**
   * "text": a name or label (a number is taken as text: 910 -> "910"). "number": a number (numeric text
   * is accepted). "raw": parsed by the query (years, periods, dates).
   */
  kind: "text" | "number" | "raw";
  optional?: boolean;
  help: string;
  /** The values the formula builder offers, given the arguments chosen before this one. */
  choices?: (atlas: Atlas, before: ArgValue[]) => Choice[];
  /** The help in Chinese (zh-CN Excel's function help, the Chinese help page). */
  zh?: string;
  /**
   * A fixed set of values Excel offers in AutoComplete (@customenum). Only for arguments that take one of
   * a few values; an argument that names something (a chip, a company) stays free text.
   */
  enum?: EnumSpec;
  /**
   * A name the function resolves by its lookup key alone (Atlas.keyOf: case, width, spaces and dashes
   * aside), so that two names with one meaning (Atlas.meaningOf) get one answer unless the answer quotes
   * what was typed. The memo keys such an argument by its meaning: the same question asked before in
   * other words is a memo hit.
   * Set it only where every use of the argument goes through the key (resolveEntity, resolveMetric,
   * nameVariant); a unit test compares every spelling's answer with the reference path's.
   */
  byKey?: true;
}

/** One value of a fixed set, with its tooltip in both languages. */
export interface EnumValue {
  value: string;
  en: string;
  zh: string;
}

/** A value list for AutoComplete: its id is the enum's name in functions.ts and functions.json. */
export interface EnumSpec {
  id: string;
  values: (atlas: Atlas) => EnumValue[];
}

/**
 * What a function answers with: one value ("scalar"), one value per row ("column"), rows and columns
 * with a header ("table"), or an Excel entity value with a table fallback ("entity"). Every shape but
 * "scalar" is an array result: it spills, and Freeze treats a legacy Ctrl+Shift+Enter block of it as one.
 */
export type ResultShape = "scalar" | "column" | "table" | "entity";

export type ArgValue = string | number | boolean | null;
export type CellValue = number | string | boolean;
export type FunctionResult = CellValue | CellValue[][];

/** What an answer is about, in both languages: "910C · FP16 (TFLOPS)". */
export interface About {
  en: string;
  zh: string;
}

/**
 * The facts behind an answer, neutral of any view (the cell audit words and lays them out): the one
 * figure it returns; several figures (a table of them); a derivation (its inputs, the method, and the
 * report's own stated figure where it prints one); the lists it reads; or the dataset it shows.
 */
export type Explanation =
  | { kind: "fact"; about: About; fact: Fact }
  | { kind: "facts"; about: About; facts: Fact[] }
  | { kind: "derived"; about: About; method: string; inputs: Fact[]; stated?: Fact }
  | { kind: "lists"; about: About; lists: List[]; count: number }
  | { kind: "dataset"; about: About; dataset: Dataset };

export interface FunctionSpec {
  id: string;
  family: string;
  help: { en: string; zh: string };
  example: string;
  shape: ResultShape;
  /** What the README shows for the example instead of its answer, where the answer changes with every data edit. */
  exampleShown?: string;
  /** For a scalar: whether it is always a number or always text (absent: either). */
  result?: "number" | "text";
  /** The result is a computed rate (growth, a return) as a fraction: the builder formats it as a percentage. */
  rate?: true;
  /** Excel's description of the function (Insert Function, AutoComplete, the help page), in English. */
  doc: string;
  /** What the result is, in a sentence (JSDoc @returns, the help page). */
  returns: string;
  args: readonly ArgSpec[];
  run: (atlas: Atlas, args: ArgValue[]) => Result<FunctionResult>;
  /**
   * The answer `run` gives, from the memo's keyed arguments (a byKey name as its meaning, Atlas.meaningOf,
   * or null when blank; any other argument as Excel passed it) without resolving the names again: how a
   * new question in names already resolved is answered. Undefined where it cannot answer so (a name that
   * does not resolve, an argument it does not read): `run` answers then. Never a different answer from
   * `run`'s (a unit test compares the two over the catalogue's names).
   */
  byMeaning?: (atlas: Atlas, parts: readonly unknown[]) => Result<FunctionResult> | undefined;
  /**
   * false: the memo keeps a new answer as given only, not also by what its names mean, where byMeaning
   * answers from parts already kept by meaning (AICHIP.COMPARE: each chip's side per metric), so that
   * keeping the whole answer a second time costs a new question more than it saves the rare same question
   * in other words. Absent: kept both ways.
   */
  keptByMeaning?: false;
  /** The facts behind the answer `run` gives for the same arguments (absent: the answer comes from no fact). */
  explain?: (atlas: Atlas, args: ArgValue[]) => Result<Explanation>;
  /**
   * The arguments the builder presets for a thing's page ("which function answers questions about it"),
   * or undefined when this function does not; the first spec that answers wins.
   */
  preset?: (atlas: Atlas, entity: Entity) => string[] | undefined;
  /**
   * For functions that answer with an Excel entity value (AICHIP.CARD): the entity, where the host
   * supports them; `run` gives the readable fallback (and what the task pane previews). Undefined:
   * the caller asked for the fallback.
   */
  entity?: (atlas: Atlas, args: ArgValue[]) => Result<EntityValue | undefined>;
}

/**
 * A function's query declared once: `run` shows its answer, `explain` gives the facts behind the same
 * answer, so the two never disagree about which figure was used.
 */
export function answered<A>(
  query: (atlas: Atlas, args: ArgValue[]) => Result<A>,
  shown: (answer: A, atlas: Atlas, args: ArgValue[]) => FunctionResult,
  explain?: (answer: A, atlas: Atlas, args: ArgValue[]) => Explanation,
): Pick<FunctionSpec, "run" | "explain"> {
  return {
    run: (atlas, args) => andThen(query(atlas, args), (a) => ok(shown(a, atlas, args))),
    explain: explain && ((atlas, args) => andThen(query(atlas, args), (a) => ok(explain(a, atlas, args)))),
  };
}

export const str = (v: ArgValue): string => (v === null ? "" : String(v));
export const opt = (v: ArgValue): string | undefined => (v === null ? undefined : String(v));
/** A number the query needs, not null: the contract has already checked "number" arguments. */
export const num = (v: ArgValue): number => (typeof v === "number" ? v : Number(v));

/** "910C · FP16 · 2025Q1 (TFLOPS)": a thing, a metric, and the figure's period and unit where it has them. */
export function aboutFact(atlas: Atlas, entity: Entity, metric: Metric, fact?: Fact): About {
  const period = fact?.period ? ` · ${fact.periodAsPrinted ?? fact.period}` : "";
  const unit = (fact?.unit ?? metric.unit) ? ` (${fact?.unit ?? metric.unit})` : "";
  const name = atlas.displayName(entity);
  return { en: `${name} · ${metric.en}${period}${unit}`, zh: `${name} · ${metric.zh}${period}${unit}` };
}

/** The same words in both languages (names as printed, periods). */
export const both = (text: string): About => ({ en: text, zh: text });

/** The entity a fact is about (for an explanation's subject). */
export const entityOf = (atlas: Atlas, fact: Fact): Entity => atlas.entities.get(fact.entity) ?? { id: fact.entity, type: "other", aliases: [] };

// ---------------------------------------------------------------- choices and value lists several families offer

/** An end year's choices: those after the start year already chosen (the argument just before). */
export const after =
  (years: (atlas: Atlas, before: ArgValue[]) => Choice[]) =>
  (atlas: Atlas, before: ArgValue[]): Choice[] => {
    const start = Number(before[before.length - 1]);
    return years(atlas, before).filter((c) => !Number.isFinite(start) || before[before.length - 1] === null || Number(c.value) > start);
  };

/** A start year's choices: every year but the last. */
export const beforeLast =
  (years: (atlas: Atlas, before: ArgValue[]) => Choice[]) =>
  (atlas: Atlas, before: ArgValue[]): Choice[] =>
    years(atlas, before).slice(0, -1);

/** A value list as the formula builder's choices: the one declaration serves AutoComplete and the builder. */
export const enumChoices =
  (e: EnumSpec) =>
  (atlas: Atlas): Choice[] =>
    e.values(atlas).map((v) => ({ value: v.value, label: v.zh && v.zh !== v.en ? `${v.en} · ${v.zh}` : v.en }));

export const themeChoices = (atlas: Atlas): Choice[] => atlas.catalog.themes.map((t) => ({ value: t.id, label: `${t.number} ${t.en} · ${t.zh}` }));

export const THEME_ENUM: EnumSpec = {
  id: "THEME",
  values: (atlas) => atlas.catalog.themes.map((t) => ({ value: t.id, en: `${t.number} ${t.en}`, zh: `${t.number} ${t.zh}` })),
};

export const LANGUAGE_ENUM: EnumSpec = {
  id: "LANGUAGE",
  values: () => [
    { value: "en", en: "English names where known", zh: "尽量用英文名" },
    { value: "zh", en: "Chinese names", zh: "中文名" },
  ],
};

/** The optional `language` argument of the functions that answer with names (SUPPLIERS ..., PICKS). */
export const LANGUAGE_ARG: ArgSpec = {
  name: "language",
  kind: "text",
  optional: true,
  help: '"en" for English names where known, "zh", or empty for names as printed',
  choices: enumChoices(LANGUAGE_ENUM),
  zh: '可选："en" 尽量用英文名，"zh" 用中文名；留空按报告原文',
  enum: LANGUAGE_ENUM,
};

export const entityChoices = (atlas: Atlas): Choice[] =>
  atlas.catalog.entities.filter((e) => atlas.metricsOf(e.id).length > 0).map((e) => ({ value: atlas.formulaName(e), label: atlas.displayName(e) }));

export const entityMetricChoices = (atlas: Atlas, before: ArgValue[]): Choice[] => {
  const entity = resolveAnyEntity(atlas, str(before[0]));
  if (!entity.ok) return [];
  return atlas.metricsOf(entity.value.id).map((id) => {
    const m = atlas.metrics.get(id);
    return { value: id, label: m ? `${m.en} · ${m.zh}` : id };
  });
};

/** The facts an ATLAS.VALUE/ATLAS.SOURCE call names with its first two arguments (none while they do not resolve). */
export function namedFacts(atlas: Atlas, before: ArgValue[]): Fact[] {
  const entity = resolveAnyEntity(atlas, str(before[0]));
  if (!entity.ok) return [];
  const metric = atlas.resolveMetric(str(before[1]), "metric", () => true);
  return metric.ok ? atlas.facts(entity.value.id, metric.value.id) : [];
}

export const entityPeriodChoices = (atlas: Atlas, before: ArgValue[]): Choice[] => {
  const periods = new Set(
    namedFacts(atlas, before)
      .map((f) => f.period)
      .filter((p): p is string => p !== undefined),
  );
  return [...periods].sort().map((p) => ({ value: p, label: p }));
};

/** Distinct names as choices, in first-seen order. */
export const namesAsChoices = (names: Iterable<string | undefined>): Choice[] =>
  [...new Set([...names].filter((n): n is string => n !== undefined))].map((n) => ({ value: n, label: n }));
