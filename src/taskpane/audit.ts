/**
 * The cell audit: for a cell holding one of the add-in's formulas, what it computes, its value, where
 * the figure comes from (section, slide title, line, the report's own sentence or table row) and every
 * other figure the report gives for the same fact. Pure; the pane renders it.
 */
import type { Conflict, Dataset, Fact, List, Section } from "../data/catalog";
import type { Atlas } from "../domain/atlas";
import { failure, messageOf } from "../domain/messages";
import { figureLabel } from "../domain/facts";
import type { Lang } from "../domain/tableView";
import { cellAddress } from "../formula/address";
import { atlasCall, type CellLookup } from "../formula/atlas";
import { addinCalls } from "../formula/calls";
import { argumentValues } from "../formula/evaluate";
import { parseFormula } from "../formula/tree";
import { checkArgs, evaluate } from "../functions/contract";
import { ADDIN_IDS } from "../sharing/ids";
import { SPEC_BY_ID, type Explanation, type FunctionResult, type FunctionSpec } from "../functions/registry";

/** Where one figure is printed. */
export interface SourceRef {
  dataset: Dataset;
  section?: Section;
  /** The slide title as printed. */
  heading: string;
  line: number;
  /** The report's own line, as printed. */
  sentence?: string;
  /** The printed table row on that line, when the figure comes from a table. */
  tableRow?: string[];
  citation?: string;
}

export interface AuditFigure {
  fact: Fact;
  figure: string;
  source: SourceRef;
  preferred: boolean;
  /** The figure this cell's formula returns. */
  chosen: boolean;
}

export type Audit =
  | { kind: "empty" }
  | { kind: "notOurs"; formula: string; text: string }
  | { kind: "error"; formula: string; spec?: FunctionSpec; message: string }
  | { kind: "fact"; formula: string; spec: FunctionSpec; value: FunctionResult; what: string; figure: AuditFigure; others: AuditFigure[]; conflict?: Conflict }
  | { kind: "derived"; formula: string; spec: FunctionSpec; value: FunctionResult; what: string; method: string; inputs: AuditFigure[]; stated?: AuditFigure }
  | { kind: "list"; formula: string; spec: FunctionSpec; value: FunctionResult; what: string; lists: { list: List; source: SourceRef }[]; count: number }
  | { kind: "facts"; formula: string; spec: FunctionSpec; value: FunctionResult; what: string; figures: AuditFigure[] }
  | { kind: "dataset"; formula: string; spec: FunctionSpec; value: FunctionResult; what: string; source: SourceRef }
  | { kind: "value"; formula: string; spec: FunctionSpec; value: FunctionResult; what: string };

export function sourceOf(atlas: Atlas, datasetId: string, line: number): SourceRef {
  const dataset = atlas.datasets.get(datasetId) as Dataset;
  const theme = atlas.catalog.themes.find((t) => t.id === dataset.theme);
  const section = theme?.sections.find((s) => s.id === dataset.section);
  const row = dataset.table?.rows.find((r) => r.line === line);
  return {
    dataset,
    section,
    heading: dataset.heading.text,
    line,
    sentence: atlas.catalog.lines[String(line)],
    tableRow: row?.cells,
    citation: dataset.citation?.text,
  };
}

/** A figure with where it is printed, its unit as `lang` writes it; `chosen` is the one the formula returns (none for a table of figures). */
function figureOf(atlas: Atlas, fact: Fact, chosen: Fact | undefined, lang: Lang): AuditFigure {
  return {
    fact,
    figure: figureLabel(atlas, fact, lang),
    source: sourceOf(atlas, fact.dataset, fact.line),
    preferred: fact.preferred === true,
    chosen: fact.index === chosen?.index,
  };
}

function factAudit(atlas: Atlas, formula: string, spec: FunctionSpec, value: FunctionResult, what: string, fact: Fact, lang: Lang): Audit {
  const group = atlas.conflictOf(fact);
  const conflict = fact.conflict ? atlas.catalog.conflicts.find((c) => c.id === fact.conflict) : undefined;
  return {
    kind: "fact",
    formula,
    spec,
    value,
    what,
    figure: figureOf(atlas, fact, fact, lang),
    others: group.filter((f) => f.index !== fact.index).map((f) => figureOf(atlas, f, fact, lang)),
    conflict,
  };
}

/** Whether explaining `formula` needs the values of cells it refers to. */
export function auditReadsCells(formula: string): boolean {
  const [call] = addinCalls(parseFormula(formula), ADDIN_IDS);
  return call !== undefined && argumentValues(call.node.args, { read: () => undefined, call: () => undefined }) === undefined;
}

/**
 * Explains `formula` (as read from a cell), its outermost add-in call where it mixes ours with Excel's
 * own functions (=IFERROR(AICHIP.SPEC($A5,B$3),"n/a")); `text` is what the cell shows, `cells` reads
 * the cells its arguments refer to.
 */
export function auditFormula(atlas: Atlas, formula: string, text: string, lang: Lang, cells?: { sheet: string; valueAt: CellLookup }): Audit {
  if (formula.trim() === "") return { kind: "empty" };
  const [call] = addinCalls(parseFormula(formula), ADDIN_IDS);
  const spec = call ? SPEC_BY_ID.get(call.id) : undefined;
  if (!call || !spec) return { kind: "notOurs", formula, text };
  const values = argumentValues(call.node.args, {
    read: (sheet, row, col) => cells?.valueAt(sheet ?? cells.sheet, cellAddress({ row, col })),
    call: atlasCall(atlas),
  });
  if (!values)
    return cells ? { kind: "error", formula, spec, message: messageOf(failure("badArgument", "rangeArguments", "", [], { detail: call.text }), lang) } : { kind: "empty" };
  const result = evaluate(spec, atlas, values);
  if (!result.ok) return { kind: "error", formula, spec, message: messageOf(result.failure, lang) };
  const args = checkArgs(spec.args, values);
  if (!args.ok) return { kind: "error", formula, spec, message: messageOf(args.failure, lang) };
  const explained = spec.explain?.(atlas, args.value);
  if (!explained) return { kind: "value", formula, spec, value: result.value, what: spec.help[lang] };
  if (!explained.ok) return { kind: "error", formula, spec, message: messageOf(explained.failure, lang) };
  return auditOf(atlas, formula, spec, result.value, explained.value, lang);
}

/** An explanation laid out for the audit view: each fact with where it is printed and, for one figure, the others of its fact. */
function auditOf(atlas: Atlas, formula: string, spec: FunctionSpec, value: FunctionResult, e: Explanation, lang: Lang): Audit {
  const what = e.about[lang] ? `${spec.help[lang]}: ${e.about[lang]}` : spec.help[lang];
  const sourced = (f: Fact) => figureOf(atlas, f, f, lang);
  switch (e.kind) {
    case "fact":
      return factAudit(atlas, formula, spec, value, what, e.fact, lang);
    case "facts":
      return { kind: "facts", formula, spec, value, what, figures: e.facts.map((f) => figureOf(atlas, f, undefined, lang)) };
    case "derived":
      return { kind: "derived", formula, spec, value, what, method: e.method, inputs: e.inputs.map(sourced), stated: e.stated && sourced(e.stated) };
    case "lists":
      return { kind: "list", formula, spec, value, what, lists: e.lists.map((list) => ({ list, source: sourceOf(atlas, list.dataset, list.line) })), count: e.count };
    case "dataset":
      return { kind: "dataset", formula, spec, value, what, source: sourceOf(atlas, e.dataset.id, e.dataset.heading.line) };
  }
}
