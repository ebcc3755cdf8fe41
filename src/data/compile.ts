/**
 * Turns the human-edited files under data/ into one Catalog, or into a list of issues that say
 * file, row and field. Pure: the caller reads the files (scripts/data.ts in Node). Every rule a
 * data editor must follow is enforced here, so a bad number cannot reach the bundle.
 */
import { createHash } from "crypto";
import type { z } from "zod";
import type { Catalog, Conflict, Dataset, Entity, Fact, List, Metric, Theme, Unit } from "./catalog";
import { lookupKey, printedForm, stripMarkup } from "./normalize";
import {
  DatasetSchema,
  EntityFileSchema,
  ExclusionsFileSchema,
  MetricFileSchema,
  RawValueExceptionsFileSchema,
  ThemesFileSchema,
  UnitFileSchema,
  VersionFileSchema,
  type DatasetInput,
} from "./schema";

export interface SourceFile {
  /** Path relative to data/, with forward slashes: "domestic/tencent_capex.json". */
  path: string;
  /** Parsed JSON, or the parse error's message. */
  json: unknown;
  parseError?: string;
  /** Keys that occur twice in one object (JSON.parse silently keeps the last): each as its path. */
  duplicateKeys?: (string | number)[][];
}

/** Reads one data file's text: its JSON, or why not; duplicate keys are kept to be refused with their path. */
export function parseSourceFile(path: string, text: string): SourceFile {
  try {
    const json: unknown = JSON.parse(text);
    const duplicates = duplicateKeys(text);
    return duplicates.length > 0 ? { path, json, duplicateKeys: duplicates } : { path, json };
  } catch (e) {
    return { path, json: undefined, parseError: (e as Error).message };
  }
}

/**
 * The paths of keys that repeat within one object of a JSON text ("value":768,"value":769). The text
 * must be valid JSON (JSON.parse accepted it), so a scan of strings and brackets is enough.
 */
export function duplicateKeys(text: string): (string | number)[][] {
  type Frame = { keys: Set<string>; key?: string; expectKey: boolean } | { index: number };
  const frames: Frame[] = [];
  const out: (string | number)[][] = [];
  const pathTo = () => frames.slice(0, -1).map((f) => ("index" in f ? f.index : (f.key as string)));
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    const top = frames[frames.length - 1];
    if (c === '"') {
      let j = i + 1;
      while (text[j] !== '"') j += text[j] === "\\" ? 2 : 1;
      if (top && "keys" in top && top.expectKey) {
        const key = JSON.parse(text.slice(i, j + 1)) as string;
        if (top.keys.has(key)) out.push([...pathTo(), key]);
        top.keys.add(key);
        top.key = key;
        top.expectKey = false;
      }
      i = j;
    } else if (c === "{") frames.push({ keys: new Set(), expectKey: true });
    else if (c === "[") frames.push({ index: 0 });
    else if (c === "}" || c === "]") frames.pop();
    else if (c === "," && top) {
      if ("index" in top) top.index++;
      else top.expectKey = true;
    }
  }
  return out;
}

export interface SourceTree {
  version: SourceFile;
  themes: SourceFile;
  units: SourceFile[];
  metrics: SourceFile[];
  entities: SourceFile[];
  datasets: SourceFile[];
  exclusions: SourceFile;
  rawValueExceptions: SourceFile;
  /** The report, as text. */
  report: string;
}

export interface Issue {
  file: string;
  /** Where in the file: "facts[3] (line 1576) › unit". */
  where: string;
  message: string;
}

export interface CompileResult {
  catalog?: Catalog;
  exclusions: { group: string; reason: string }[];
  issues: Issue[];
}

export const GROUP_COUNT = 135;
export const allGroupIds = (): string[] => Array.from({ length: GROUP_COUNT }, (_, i) => `G${String(i + 1).padStart(3, "0")}`);

export function formatIssue(issue: Issue): string {
  return `data/${issue.file}${issue.where ? ` › ${issue.where}` : ""}: ${issue.message}`;
}

/** Describes a zod path against the parsed file, adding the row's report line where there is one. */
function describePath(root: unknown, path: PropertyKey[]): string {
  const parts: string[] = [];
  let node: unknown = root;
  for (const key of path) {
    if (typeof key === "number") {
      node = Array.isArray(node) ? node[key] : undefined;
      const last = parts.pop() ?? "";
      const line = node && typeof node === "object" && "line" in node ? (node as { line: unknown }).line : undefined;
      parts.push(`${last}[${key}]${typeof line === "number" ? ` (line ${line})` : ""}`);
    } else {
      node = node && typeof node === "object" ? (node as Record<string, unknown>)[String(key)] : undefined;
      parts.push(String(key));
    }
  }
  return parts.join(" › ").replace(/^ › /, "");
}

function parseWith<S extends z.ZodTypeAny>(schema: S, file: SourceFile, issues: Issue[]): z.infer<S> | undefined {
  if (file.parseError) {
    issues.push({ file: file.path, where: "", message: `not valid JSON: ${file.parseError}` });
    return undefined;
  }
  for (const path of file.duplicateKeys ?? []) {
    const key = String(path[path.length - 1]);
    issues.push({ file: file.path, where: describePath(file.json, path), message: `key "${key}" appears twice in one object; JSON keeps only the last, so say it once` });
  }
  if (file.duplicateKeys?.length) return undefined;
  const result = schema.safeParse(file.json);
  if (result.success) return result.data;
  for (const issue of result.error.issues) {
    issues.push({ file: file.path, where: describePath(file.json, issue.path), message: issue.message });
  }
  return undefined;
}

/** Merges records that share an id across files: aliases are unioned, other fields must agree. */
function mergeById<T extends { id: string; aliases?: string[] }>(
  files: { path: string; items: T[] }[],
  label: string,
  issues: Issue[],
): Map<string, { item: T; file: string }> {
  const merged = new Map<string, { item: T; file: string }>();
  for (const { path, items } of files) {
    items.forEach((item, i) => {
      const seen = merged.get(item.id);
      if (!seen) {
        merged.set(item.id, { item: { ...item, aliases: [...(item.aliases ?? [])] }, file: path });
        return;
      }
      const a = seen.item as Record<string, unknown>;
      const b = item as Record<string, unknown>;
      for (const key of Object.keys(b)) {
        if (key === "aliases" || key === "id") continue;
        if (a[key] === undefined) a[key] = b[key];
        else if (JSON.stringify(a[key]) !== JSON.stringify(b[key])) {
          issues.push({
            file: path,
            where: `[${i}] ${item.id} › ${key}`,
            message: `${label} ${item.id} is also defined in data/${seen.file} with ${key} ${JSON.stringify(a[key])}, not ${JSON.stringify(b[key])}`,
          });
        }
      }
      const aliases = seen.item.aliases as string[];
      for (const alias of item.aliases ?? []) if (!aliases.includes(alias)) aliases.push(alias);
    });
  }
  return merged;
}

/** Digits after the decimal point of a figure as stored (91 -> 0, 90.97 -> 2, 559.378 -> 3). */
const decimalsOf = (v: number) => (Number.isInteger(v) ? 0 : (String(v).split(".")[1]?.length ?? 0));

/**
 * Where a conflict's figures are one figure printed to different precisions (every figure is the most precise
 * one rounded as that figure is printed: 91% and 90.97%), that most precise figure (rule R0); else undefined.
 */
function mostPreciseOfOne(members: readonly Fact[]): Fact | undefined {
  const numbers = members.filter((m) => typeof m.value === "number" && Number.isFinite(m.value));
  if (numbers.length !== members.length || numbers.length < 2) return undefined;
  const finest = numbers.reduce((a, b) => (decimalsOf(b.value as number) > decimalsOf(a.value as number) ? b : a));
  const v = finest.value as number;
  const agree = numbers.every((m) => {
    const d = decimalsOf(m.value as number);
    return Number(v.toFixed(d)) === m.value;
  });
  return agree && numbers.some((m) => m.value !== v) ? finest : undefined;
}

/** Splits the report into lines, 1-based: lines[1] is the first line. */
export function reportLines(report: string): string[] {
  return ["", ...report.split("\n")];
}

export function compileCatalog(tree: SourceTree): CompileResult {
  const issues: Issue[] = [];
  const lines = reportLines(tree.report);
  const lastLine = lines.length - 1;
  const printedLines = lines.map(printedForm);

  const version = parseWith(VersionFileSchema, tree.version, issues);
  const themes = parseWith(ThemesFileSchema, tree.themes, issues) ?? [];
  const exclusions = parseWith(ExclusionsFileSchema, tree.exclusions, issues) ?? [];
  const rawExceptions = parseWith(RawValueExceptionsFileSchema, tree.rawValueExceptions, issues) ?? [];
  const rawExceptionKeys = new Set(rawExceptions.map((e) => e.key));
  const rawExceptionsUsed = new Set<string>();
  const reportSha = createHash("sha256").update(tree.report).digest("hex");
  if (version && version.report.sha256 !== reportSha) {
    issues.push({ file: tree.version.path, where: "report › sha256", message: `the report file's sha256 is ${reportSha}` });
  }

  // ---------------------------------------------------------------- vocabularies
  const unitFiles = tree.units.map((f) => ({ path: f.path, items: parseWith(UnitFileSchema, f, issues) ?? [] }));
  const units = mergeById(unitFiles, "unit", issues);
  const metricFiles = tree.metrics.map((f) => ({ path: f.path, items: parseWith(MetricFileSchema, f, issues) ?? [] }));
  const metrics = mergeById(metricFiles, "metric", issues);
  for (const { item, file } of metrics.values()) {
    if (item.unit !== undefined && !units.has(item.unit)) {
      issues.push({ file, where: `${item.id} › unit`, message: `unknown unit "${item.unit}" (see data/units/)` });
    }
  }
  const entityFiles = tree.entities.map((f) => ({ path: f.path, items: parseWith(EntityFileSchema, f, issues) ?? [] }));
  const entities = mergeById(entityFiles, "entity", issues);

  // One name, one entity: every name and alias must resolve unambiguously.
  const names = new Map<string, string>();
  for (const { item, file } of entities.values()) {
    for (const name of [item.id, item.zh, item.en, item.ticker, ...item.aliases]) {
      if (!name) continue;
      const key = lookupKey(name);
      const owner = names.get(key);
      if (owner && owner !== item.id) {
        issues.push({ file, where: item.id, message: `name "${name}" also names entity ${owner}: names must be unambiguous` });
      } else names.set(key, item.id);
    }
    for (const ref of [item.vendor, ...(item.members ?? [])]) {
      if (ref && !entities.has(ref)) issues.push({ file, where: item.id, message: `refers to unknown entity "${ref}"` });
    }
  }

  // ---------------------------------------------------------------- datasets
  const sectionsByTheme = new Map(themes.map((t) => [t.id, new Set(t.sections.map((s) => s.id))]));
  const knownGroups = new Set(allGroupIds());
  const datasets: Dataset[] = [];
  const facts: Fact[] = [];
  const lists: List[] = [];
  const conflicts = new Map<string, Conflict>();
  const citedLines = new Set<number>();
  const datasetIds = new Map<string, string>();
  const listIds = new Map<string, string>();

  const checkLine = (file: string, where: string, line: number, printed: string | string[], what: string) => {
    if (line > lastLine) {
      issues.push({ file, where, message: `line ${line} is past the end of the report (${lastLine} lines)` });
      return;
    }
    citedLines.add(line);
    const candidates = (Array.isArray(printed) ? printed : [printed]).map(printedForm).filter((p) => p.length > 0);
    if (candidates.length === 0) {
      issues.push({ file, where, message: `${what} has nothing printed to check against line ${line}` });
    } else if (!candidates.some((p) => printedLines[line].includes(p))) {
      const shown = Array.isArray(printed) ? printed.filter((p) => p).slice(0, 3).join('", "') : printed;
      issues.push({ file, where, message: `${what} "${shown}" is not printed on line ${line}: "${lines[line].slice(0, 120)}"` });
    }
  };

  // Datasets and facts the checks never reached (a refused file, a fact of an unknown metric): an exception naming
  // one of them is not stale, it is unjudged, and saying so would only repeat the real error as a second line.
  const unjudgedDatasets = new Set<string>();
  const unjudgedFacts = new Set<string>();
  for (const file of tree.datasets) {
    const input = parseWith(DatasetSchema, file, issues) as DatasetInput | undefined;
    if (!input) {
      const id = (file.json as { id?: unknown } | undefined)?.id;
      unjudgedDatasets.add(typeof id === "string" ? id : file.path.replace(/^.*\//, "").replace(/\.json$/, ""));
      continue;
    }
    const f = file.path;
    if (datasetIds.has(input.id)) issues.push({ file: f, where: "id", message: `dataset id ${input.id} is also used by data/${datasetIds.get(input.id)}` });
    datasetIds.set(input.id, f);
    const expectedName = `${input.id}.json`;
    if (!f.endsWith(`/${expectedName}`)) issues.push({ file: f, where: "id", message: `the file should be named ${expectedName}` });
    if (!f.startsWith(`${input.theme}/`)) issues.push({ file: f, where: "theme", message: `a ${input.theme} dataset belongs in data/${input.theme}/` });
    if (!sectionsByTheme.get(input.theme)?.has(input.section)) {
      issues.push({ file: f, where: "section", message: `section ${input.section} is not listed for theme ${input.theme} in data/themes.json` });
    }
    input.groups.forEach((g, i) => {
      if (!knownGroups.has(g)) issues.push({ file: f, where: `groups[${i}]`, message: `${g} is not a DATA-MAP group (G001-G${GROUP_COUNT})` });
    });
    for (const key of ["heading", "caption", "citation", "attribution"] as const) {
      const c = input[key];
      if (c) checkLine(f, key, c.line, c.text, key);
    }
    input.table?.rows.forEach((row, i) => checkLine(f, `table › rows[${i}] (line ${row.line})`, row.line, row.cells, "no cell of this row"));

    for (const c of input.conflicts ?? []) {
      if (conflicts.has(c.id)) issues.push({ file: f, where: `conflicts › ${c.id}`, message: `conflict ${c.id} is declared twice` });
      conflicts.set(c.id, { ...c, dataset: input.id });
    }

    const factIndexes: number[] = [];
    (input.facts ?? []).forEach((fact, i) => {
      const where = `facts[${i}] (line ${fact.line})`;
      checkLine(f, where, fact.line, fact.raw, "raw");
      const entity = entities.get(fact.entity);
      if (!entity) issues.push({ file: f, where: `${where} › entity`, message: `unknown entity "${fact.entity}"` });
      const metric = metrics.get(fact.metric)?.item;
      if (!metric) {
        issues.push({ file: f, where: `${where} › metric`, message: `unknown metric "${fact.metric}" (see data/metrics/)` });
        unjudgedFacts.add(rawValueKey({ ...fact, dataset: input.id }));
        return;
      }
      const isNumber = fact.value !== undefined || fact.low !== undefined;
      if (metric.kind === "number" && fact.text !== undefined) {
        issues.push({ file: f, where: `${where} › text`, message: `metric ${metric.id} is a number; give value or low/high with a unit` });
      }
      if (metric.kind === "text" && isNumber) {
        issues.push({ file: f, where: `${where} › value`, message: `metric ${metric.id} is text; give text` });
      }
      if (isNumber) {
        const key = rawValueKey({ ...fact, dataset: input.id });
        const wrong = unprintedValue(fact, units.get(fact.unit ?? "")?.item, units);
        if (wrong && rawExceptionKeys.has(key)) rawExceptionsUsed.add(key);
        else if (wrong) {
          issues.push({
            file: f,
            where: `${where} › ${wrong.field}`,
            message: `${wrong.field} ${wrong.value}${fact.unit ? ` ${fact.unit}` : ""} is not a number printed in raw "${fact.raw}" (printed: ${wrong.printed.join(", ") || "none"}); fix the number, or, if the report writes it in words or a magnitude, add "${key}" with why to data/raw-value-exceptions.json`,
          });
        }
      }
      let converted: Pick<Fact, "value" | "low" | "high" | "unit" | "unitAsEntered"> = {};
      if (isNumber && fact.unit !== undefined) {
        const from = units.get(fact.unit)?.item;
        const to = metric.unit === undefined ? from : units.get(metric.unit)?.item;
        if (!from) issues.push({ file: f, where: `${where} › unit`, message: `unknown unit "${fact.unit}" (see data/units/)` });
        else if (to && from.dimension !== to.dimension) {
          issues.push({ file: f, where: `${where} › unit`, message: `unit ${fact.unit} (${from.dimension}) cannot convert to ${metric.id}'s unit ${metric.unit} (${to.dimension})` });
        } else if (to) {
          const k = from.factor / to.factor;
          const conv = (v: number | undefined) => (v === undefined ? undefined : Number((v * k).toPrecision(12)));
          converted = { value: conv(fact.value), low: conv(fact.low), high: conv(fact.high), unit: to.id, unitAsEntered: fact.unit };
        }
      }
      const index = facts.length;
      facts.push({ ...fact, ...converted, index, dataset: input.id } as Fact);
      factIndexes.push(index);
    });

    const ownLists: string[] = [];
    (input.lists ?? []).forEach((list, i) => {
      const where = `lists[${i}] ${list.id}`;
      if (listIds.has(list.id)) issues.push({ file: f, where, message: `list id ${list.id} is also used by data/${listIds.get(list.id)}` });
      listIds.set(list.id, f);
      if (!entities.has(list.subject)) issues.push({ file: f, where: `${where} › subject`, message: `unknown entity "${list.subject}"` });
      checkLine(f, `${where} › printed`, list.line, list.printed, "printed");
      const seenMembers = new Set<string>();
      list.members.forEach((m, j) => {
        const mWhere = `${where} › members[${j}]`;
        if (!entities.has(m.entity)) issues.push({ file: f, where: `${mWhere} › entity`, message: `unknown entity "${m.entity}"` });
        if (seenMembers.has(m.entity)) issues.push({ file: f, where: mWhere, message: `${m.entity} is listed twice` });
        seenMembers.add(m.entity);
        checkLine(f, mWhere, m.line ?? list.line, m.name, "name");
      });
      lists.push({
        ...list,
        dataset: input.id,
        members: list.members.map((m) => ({ ...m, line: m.line ?? list.line })),
      });
      ownLists.push(list.id);
    });

    datasets.push({
      id: input.id,
      file: f,
      groups: input.groups,
      theme: input.theme,
      section: input.section,
      title: input.title,
      heading: input.heading,
      caption: input.caption,
      citation: input.citation,
      attribution: input.attribution,
      description: input.description,
      notes: input.notes,
      table: input.table,
      factIndexes,
      listIds: ownLists,
    });
  }

  // ---------------------------------------------------------------- conflicts and duplicate facts
  const byConflict = new Map<string, Fact[]>();
  const byKey = new Map<string, Fact[]>();
  for (const fact of facts) {
    if (fact.conflict) byConflict.set(fact.conflict, [...(byConflict.get(fact.conflict) ?? []), fact]);
    const key = factKey(fact);
    byKey.set(key, [...(byKey.get(key) ?? []), fact]);
  }
  const fileOf = (dataset: string) => datasetIds.get(dataset) ?? dataset;
  for (const [id, members] of byConflict) {
    const where = `facts (line ${members[0].line}) › conflict ${id}`;
    if (!conflicts.has(id)) issues.push({ file: fileOf(members[0].dataset), where, message: `conflict ${id} is not declared in any dataset's "conflicts"` });
    if (members.length < 2) issues.push({ file: fileOf(members[0].dataset), where, message: `conflict ${id} has only one fact` });
    const preferred = members.filter((m) => m.preferred);
    if (preferred.length !== 1) {
      issues.push({ file: fileOf(members[0].dataset), where, message: `conflict ${id} needs exactly one preferred fact, has ${preferred.length}` });
    }
    const finest = mostPreciseOfOne(members);
    if (preferred.length === 1 && finest !== undefined && decimalsOf(preferred[0].value as number) < decimalsOf(finest.value as number)) {
      issues.push({
        file: fileOf(members[0].dataset),
        where,
        message: `conflict ${id} is one figure printed to two precisions (R0): prefer the most precise, line ${finest.line} (${finest.raw})`,
      });
    }
  }
  for (const [id, c] of conflicts) {
    if (!byConflict.has(id)) issues.push({ file: fileOf(c.dataset), where: `conflicts › ${id}`, message: `no fact refers to conflict ${id}` });
  }
  for (const same of byKey.values()) {
    if (same.length < 2) continue;
    // The same figure printed twice corroborates itself; different figures must be a declared conflict.
    const answers = new Set(same.map((s) => JSON.stringify([s.value, s.low, s.high, s.text, s.nullReason])));
    const ids = new Set(same.map((s) => s.conflict));
    if (answers.size > 1 && (ids.size !== 1 || ids.has(undefined))) {
      const lines = same.map((s) => `${s.dataset} line ${s.line}: ${s.raw}`).join("; ");
      issues.push({
        file: fileOf(same[1].dataset),
        where: `facts (line ${same[1].line})`,
        message: `${same[0].entity} ${same[0].metric}${same[0].period ? ` ${same[0].period}` : ""} has different values (${lines}): give them one conflict id (and one preferred), or tell them apart with variant/period/precision/sparsity`,
      });
    }
  }

  rawExceptions.forEach((e, i) => {
    if (!rawExceptionsUsed.has(e.key) && !unjudgedFacts.has(e.key) && !unjudgedDatasets.has(e.key.split("|")[0])) {
      issues.push({ file: tree.rawValueExceptions.path, where: `[${i}] ${e.key}`, message: "names no fact whose number needs an exception (the fact changed or is gone): remove it" });
    }
  });

  if (issues.length > 0 || !version) return { issues, exclusions };

  const sortedUnits: Unit[] = [...units.values()].map((u) => u.item);
  const catalogBody = {
    version: version.version,
    date: version.date,
    report: version.report,
    themes: themes as Theme[],
    units: sortedUnits,
    metrics: [...metrics.values()].map((m) => m.item as Metric),
    entities: [...entities.values()].map((e) => e.item as Entity),
    datasets,
    facts,
    lists,
    conflicts: [...conflicts.values()],
    lines: Object.fromEntries([...citedLines].sort((a, b) => a - b).map((n) => [String(n), lines[n]])),
  };
  const contentHash = createHash("sha256").update(JSON.stringify(catalogBody)).digest("hex").slice(0, 16);
  return { catalog: { ...catalogBody, contentHash }, issues, exclusions };
}

/** Facts with the same key report the same thing: they must agree or form a declared conflict. */
export function factKey(f: Pick<Fact, "entity" | "metric" | "period" | "variant" | "precision" | "sparsity">): string {
  return [f.entity, f.metric, f.period ?? "", f.variant ?? "", f.precision ?? "", f.sparsity ?? ""].join("|");
}

/** Names a fact in data/raw-value-exceptions.json. */
export function rawValueKey(f: { dataset: string; line: number; entity: string; metric: string; period?: string; variant?: string }): string {
  return [f.dataset, f.line, f.entity, f.metric, f.period ?? "", f.variant ?? ""].join("|");
}

/** The numbers printed in a raw text: thousands separators are ASCII commas ("4,947"); a full-width comma separates figures. */
export function printedNumbers(raw: string): number[] {
  const text = stripMarkup(raw).replace(/(\d),(\d{3})(?!\d)/g, "$1$2").normalize("NFKC");
  return (text.match(/\d+(\.\d+)?/g) ?? []).map(Number);
}

/**
 * The first typed number (value, low, high) of a fact that is not printed in its raw text, or none.
 * A number is compared as printed: in the unit the file gives, divided by its `scale`. A rate may be
 * typed in a unit of the percent dimension other than "%" (a fraction, 0.2259): it is then compared
 * as the percent the report prints (22.59), so 0.2259 typed with unit "%" is refused.
 */
export function unprintedValue(
  fact: { value?: number; low?: number; high?: number; raw: string; scale?: number },
  unit: Unit | undefined,
  units: Map<string, { item: Unit }>,
): { field: "value" | "low" | "high"; value: number; printed: number[] } | undefined {
  const printed = printedNumbers(fact.raw);
  const percent = unit && unit.id !== "%" ? [...units.values()].find((u) => u.item.id === "%" && u.item.dimension === unit.dimension)?.item : undefined;
  const shown = (v: number) => {
    const asTyped = Math.abs(v) / (fact.scale ?? 1);
    return percent && unit ? [asTyped, Number(((asTyped * unit.factor) / percent.factor).toPrecision(12))] : [asTyped];
  };
  const isPrinted = (v: number) => shown(v).some((s) => printed.some((n) => Math.abs(n - s) <= 1e-9 * Math.max(1, n)));
  for (const field of ["value", "low", "high"] as const) {
    const v = fact[field];
    if (v !== undefined && !isPrinted(v)) return { field, value: v, printed };
  }
  return undefined;
}
