/**
 * What inserting a dataset would write: a title, headers with units, rows of typed cells with their
 * number formats, column widths and the source line. Pure: the task pane previews it, src/office
 * writes it, and the unit tests read it. Cells keep the fact they print, so a caller can swap a cell
 * for the live formula that answers it (see src/taskpane/tables.ts).
 */
import type { Dataset, Fact, List, Table } from "../data/catalog";
import { lookupKey, printedForm, stripMarkup } from "../data/normalize";
import type { Atlas } from "./atlas";
import { isRate, shownNumber } from "./facts";
import { unitLabel } from "./units";

export type Lang = "en" | "zh";

export interface ViewColumn {
  key: string;
  /** The header as written: the column's name in the chosen language, with its unit. */
  header: string;
  /** The report's own header (Chinese, as printed) and the English one, for the preview. */
  zh: string;
  en: string;
  unit?: string;
  /** Excel column width in characters (CJK counts double). */
  width: number;
}

export interface ViewCell {
  /** The cell exactly as the report prints it. */
  printed: string;
  /** What a values insert writes: a number where the printed text is one, else the text. */
  value: number | string;
  /** Excel number format; "@" keeps text as text (so "1-2" never becomes a date). */
  format: string;
  /** The fact this cell prints, when the data records one. */
  fact?: Fact;
  /** Set by a live-formula build: the add-in formula that returns `value`. */
  formula?: string;
}

export interface ViewRow {
  line: number;
  cells: ViewCell[];
}

export interface TableView {
  dataset: Dataset;
  /** "table": as printed; "facts"/"list": the dataset's figures or names, one per row. */
  kind: "table" | "figures";
  title: string;
  columns: ViewColumn[];
  rows: ViewRow[];
  /** "资料来源：… / Source: report §2.2.1, line 1385". */
  source: string;
}

export const TEXT_FORMAT = "@";
export const GENERAL = "General";

/** A header with its unit, unless the header already names it ("功耗（W）"). */
export function headerWithUnit(name: string, unit: string | undefined): string {
  if (!unit) return name;
  const key = lookupKey(name);
  if (key.includes(lookupKey(unit))) return name;
  return `${name} (${unit})`;
}

/** Display width in Excel characters: CJK and full-width forms count double. */
export function textWidth(text: string): number {
  let w = 0;
  for (const ch of text) w += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u.test(ch) ? 2 : 1;
  return w;
}

const NUMBER = /^[-+]?(\d{1,3}(,\d{3})+|\d+)(\.\d+)?$/;

function decimalsOf(text: string): number {
  const dot = text.indexOf(".");
  return dot < 0 ? 0 : text.length - dot - 1;
}

/** The Excel format that shows a number as `text` prints it: "5,454" -> #,##0, "126.70" -> 0.00, "22.59" % -> 0.00%. */
export function formatFor(text: string, percent: boolean): string {
  const d = decimalsOf(text);
  const base = text.includes(",") ? "#,##0" : "0";
  return `${base}${d > 0 ? "." + "0".repeat(d) : ""}${percent ? "%" : ""}`;
}

/**
 * A printed cell as Excel should hold it: "5,454" -> 5454 (#,##0), "(10174)" -> -10174 under an
 * accounting format, "195%" -> 1.95 (0%), "126.70" -> 126.7 (0.00). Anything else ("376T", "354/708",
 * "-") stays text. The column's own format wins where it fits the cell.
 */
export function parsePrinted(printed: string, columnFormat?: string): { value: number | string; format: string } {
  const text = stripMarkup(printed).normalize("NFKC").trim();
  if (NUMBER.test(text)) {
    const value = Number(text.replace(/,/g, ""));
    const fits = columnFormat !== undefined && !columnFormat.includes("%");
    return { value, format: fits ? columnFormat : formatFor(text.replace(/^[-+]/, ""), false) };
  }
  const negative = /^\((\d{1,3}(,\d{3})+|\d+)(\.\d+)?\)$/.exec(text);
  if (negative && columnFormat?.includes("(")) return { value: -Number(text.slice(1, -1).replace(/,/g, "")), format: columnFormat };
  const percent = /^([-+]?(\d{1,3}(,\d{3})+|\d+)(\.\d+)?)%$/.exec(text);
  if (percent) {
    const value = Number((Number(percent[1].replace(/,/g, "")) / 100).toPrecision(12));
    return { value, format: columnFormat?.includes("%") ? columnFormat : formatFor(percent[1].replace(/^[-+]/, ""), true) };
  }
  return { value: printed, format: TEXT_FORMAT };
}

/** Every name of an entity as a lookup key, for matching a fact to its column or row label. */
function entityKeys(atlas: Atlas, entityId: string): string[] {
  const e = atlas.entities.get(entityId);
  if (!e) return [];
  return [e.id, e.zh, e.en, e.ticker, ...e.aliases]
    .filter((n): n is string => !!n)
    .map(lookupKey)
    .filter((k) => k.length >= 2);
}

function labelMatches(label: string, keys: string[]): boolean {
  const l = lookupKey(label);
  return l.length >= 2 && keys.some((k) => l.includes(k) || k.includes(l));
}

/**
 * Which printed cell each fact comes from: a fact on a row's line whose `raw` is that cell (or holds
 * it); where several cells print the same figure, the one whose column header or row label names
 * the fact's entity, else the leftmost free one.
 */
export function matchFactsToCells(atlas: Atlas, table: Table, facts: Fact[]): Map<string, Fact> {
  const byCell = new Map<string, Fact>();
  const factsByLine = new Map<number, Fact[]>();
  for (const f of facts) {
    if (f.value === undefined && f.text === undefined) continue;
    const list = factsByLine.get(f.line) ?? [];
    list.push(f);
    factsByLine.set(f.line, list);
  }
  table.rows.forEach((row, r) => {
    const lineFacts = factsByLine.get(row.line);
    if (!lineFacts) return;
    for (const fact of lineFacts) {
      const raw = printedForm(fact.raw);
      const keys = entityKeys(atlas, fact.entity);
      let best: { c: number; score: number } | undefined;
      row.cells.forEach((cell, c) => {
        const printed = printedForm(cell);
        if (byCell.has(`${r}:${c}`) || printed === "" || !/\d|\p{L}/u.test(printed)) return;
        let score = printed === raw ? 4 : printed.length >= 2 && raw.includes(printed) && /\d/.test(printed) ? 2 : 0;
        if (score === 0) return;
        const col = table.columns[c];
        if (col && (labelMatches(col.zh, keys) || labelMatches(col.en, keys) || labelMatches(col.key, keys))) score += 2;
        if (c > 0 && labelMatches(row.cells[0], keys)) score += 1;
        if (!best || score > best.score) best = { c, score };
      });
      if (best) byCell.set(`${r}:${best.c}`, fact);
    }
  });
  return byCell;
}

function widthOf(header: string, cells: ViewCell[]): number {
  const widest = Math.max(textWidth(header), ...cells.map((c) => textWidth(typeof c.value === "number" ? c.printed : String(c.value))));
  return Math.min(Math.max(widest + 2, 6), 48);
}

function sourceLine(dataset: Dataset, lines: number[]): string {
  const sorted = [...new Set(lines)].sort((a, b) => a - b);
  const span = sorted.length === 0 ? `line ${dataset.heading.line}` : sorted.length === 1 ? `line ${sorted[0]}` : `lines ${sorted[0]}–${sorted[sorted.length - 1]}`;
  const zh = dataset.citation
    ? stripMarkup(dataset.citation.text)
        .trim()
        .replace(/[，,。；;\s]+$/u, "")
    : `资料来源：${dataset.attribution ? `${stripMarkup(dataset.attribution.text)}，` : ""}报告 ${dataset.section}`;
  return `${zh} / Source: report §${dataset.section}, ${span}`;
}

function entityName(atlas: Atlas, id: string, lang: Lang): string {
  const e = atlas.entities.get(id);
  if (!e) return id;
  return lang === "zh" ? (e.zh ?? e.en ?? id) : (e.en ?? e.zh ?? id);
}

const LIST_KIND: Record<List["kind"], Record<Lang, string>> = {
  suppliers: { zh: "供应商", en: "Suppliers" },
  makers: { zh: "厂商", en: "Makers" },
  vendors: { zh: "厂商", en: "Vendors" },
  picks: { zh: "推荐标的", en: "Picks" },
  members: { zh: "成员", en: "Members" },
  customers: { zh: "客户", en: "Customers" },
};

const FIGURE_COLUMNS: { key: string; zh: string; en: string }[] = [
  { key: "subject", zh: "对象", en: "Subject" },
  { key: "metric", zh: "指标", en: "Metric" },
  { key: "period", zh: "期间", en: "Period" },
  { key: "variant", zh: "口径", en: "Variant" },
  { key: "value", zh: "数值", en: "Value" },
  { key: "unit", zh: "单位", en: "Unit" },
  { key: "printed", zh: "原文", en: "As printed" },
  { key: "line", zh: "行", en: "Line" },
];

const text = (s: string): ViewCell => ({ printed: s, value: s, format: TEXT_FORMAT });

function figureRow(atlas: Atlas, f: Fact, lang: Lang): ViewRow {
  const metric = atlas.metrics.get(f.metric);
  let value: ViewCell;
  // A rate is held as a fraction under a % format (221% -> 2.21 shown as 221%), as Excel keeps percentages.
  if (f.value !== undefined) value = { printed: String(f.value), value: shownNumber(f, f.value), format: isRate(f) ? "0.0#%" : GENERAL, fact: f };
  else if (f.low !== undefined && f.high !== undefined) value = { ...text(`${f.low}–${f.high}`), fact: f };
  else if (f.text !== undefined) value = { ...text(f.text), fact: f };
  else value = text(stripMarkup(f.raw));
  if (f.qualifier && f.value !== undefined) value.printed = `${f.qualifier} ${f.value}`;
  const variant = [f.variant, f.sparsity].filter((v) => !!v).join(", ");
  return {
    line: f.line,
    cells: [
      text(entityName(atlas, f.entity, lang)),
      text(metric ? (lang === "zh" ? metric.zh : metric.en) : f.metric),
      text(f.periodAsPrinted ?? f.period ?? ""),
      text(variant),
      value,
      text(f.unit ? (isRate(f) ? f.unit : unitLabel(atlas, f.unit, lang)) : ""),
      text(stripMarkup(f.raw)),
      { printed: String(f.line), value: f.line, format: "0" },
    ],
  };
}

function listRows(atlas: Atlas, list: List, lang: Lang): ViewRow[] {
  return list.members.map((m) => ({
    line: m.line,
    cells: [
      text(entityName(atlas, list.subject, lang)),
      text(LIST_KIND[list.kind][lang]),
      text(""),
      text(""),
      text(m.name),
      text(""),
      text(stripMarkup(list.printed)),
      { printed: String(m.line), value: m.line, format: "0" },
    ],
  }));
}

/**
 * The dataset as it would be inserted. A dataset the report prints as a table comes out as printed;
 * one without a table lists its figures and names, one per row, with unit and line.
 */
export function tableView(atlas: Atlas, dataset: Dataset, lang: Lang): TableView {
  const title = lang === "zh" ? dataset.title.zh : dataset.title.en;
  const facts = dataset.factIndexes.map((i) => atlas.catalog.facts[i]);
  if (dataset.table) {
    const table = dataset.table;
    const matched = matchFactsToCells(atlas, table, facts);
    const rows: ViewRow[] = table.rows.map((row, r) => ({
      line: row.line,
      cells: table.columns.map((col, c) => {
        const printed = row.cells[c] ?? "";
        const parsed = parsePrinted(printed, col.format);
        const fact = matched.get(`${r}:${c}`);
        return fact ? { printed, ...parsed, fact } : { printed, ...parsed };
      }),
    }));
    const columns = table.columns.map((col, c) => {
      const name = lang === "zh" ? col.zh : col.en;
      const header = headerWithUnit(name, col.unit ? unitLabel(atlas, col.unit, lang) : undefined);
      return {
        key: col.key,
        header,
        zh: col.zh,
        en: col.en,
        unit: col.unit,
        width: widthOf(
          header,
          rows.map((row) => row.cells[c]),
        ),
      };
    });
    return {
      dataset,
      kind: "table",
      title,
      columns,
      rows,
      source: sourceLine(
        dataset,
        table.rows.map((r) => r.line),
      ),
    };
  }
  const rows = [
    ...facts.map((f) => figureRow(atlas, f, lang)),
    ...dataset.listIds.flatMap((id) => {
      const list = atlas.lists.get(id);
      return list ? listRows(atlas, list, lang) : [];
    }),
  ];
  const columns = FIGURE_COLUMNS.map((col, c) => {
    const header = lang === "zh" ? col.zh : col.en;
    return {
      ...col,
      header,
      width: widthOf(
        header,
        rows.map((row) => row.cells[c]),
      ),
    };
  });
  return {
    dataset,
    kind: "figures",
    title,
    columns,
    rows,
    source: sourceLine(
      dataset,
      rows.map((r) => r.line),
    ),
  };
}

/** Excel table headers must be unique and non-empty: "Value", "Value (2)". */
export function uniqueHeaders(headers: string[]): string[] {
  const seen = new Map<string, number>();
  return headers.map((h, i) => {
    const base = h.trim() === "" ? `Column ${i + 1}` : h;
    const key = base.toLowerCase();
    const n = (seen.get(key) ?? 0) + 1;
    seen.set(key, n);
    return n === 1 ? base : `${base} (${n})`;
  });
}
