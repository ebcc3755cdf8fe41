/**
 * What the build derives from the specs (src/functions/registry.ts) besides functions.ts: the Chinese
 * function metadata (functions.zh.json, which the manifest's zh-CN override points zh-CN Excel to) and the
 * help pages every function's @helpurl opens (help/<ID>.html in English, help/zh/<ID>.html in Chinese):
 * signature, arguments with their allowed values, the example with its answer, and the errors a wrong
 * argument gives, all computed from the bundled data. webpack.config.js emits them next to functions.json.
 */
import { Atlas } from "../src/domain/atlas";
import { formatNumber } from "../src/domain/facts";
import { evaluate, excelErrorCode } from "../src/functions/contract";
import { literalCall } from "../src/formula";
import { ADDIN_IDS } from "../src/sharing/ids";
import { FUNCTION_SPECS, SPEC_BY_ID, type ArgSpec, type ArgValue, type FunctionResult, type FunctionSpec } from "../src/functions/registry";
import { HELP_BASE, helpPath } from "./gen-functions";

type Lang = "en" | "zh";

interface MetadataParameter {
  name: string;
  description?: string;
  customEnumId?: string;
}
interface MetadataFunction {
  id: string;
  name: string;
  description?: string;
  helpUrl?: string;
  parameters: MetadataParameter[];
}
interface MetadataEnum {
  id: string;
  values: { name: string; stringValue?: string; tooltip?: string }[];
}
export interface Metadata {
  functions: MetadataFunction[];
  enums?: MetadataEnum[];
}

/**
 * The metadata with every help URL on `helpBase` (production builds host the add-in elsewhere), and
 * descriptions on one line (the plugin keeps the JSDoc's line breaks, which Excel would show).
 */
export function withHelpBase(metadata: Metadata, helpBase: string, lang: Lang = "en"): Metadata {
  const oneLine = (s: string | undefined) => s?.replace(/\s*\n\s*/g, " ");
  return {
    ...metadata,
    functions: metadata.functions.map((f) => ({
      ...f,
      description: oneLine(f.description),
      helpUrl: helpBase + helpPath(f.id, lang),
      parameters: f.parameters.map((p) => ({ ...p, description: oneLine(p.description) })),
    })),
  };
}

/**
 * The Chinese metadata: the same functions, ids, names and parameter names (so formulas stay the same in
 * every language), with Chinese descriptions, parameter help and value-list tooltips, and the Chinese help pages.
 */
export function localizeMetadata(metadata: Metadata, atlas: Atlas, helpBase = HELP_BASE): Metadata {
  const functions = metadata.functions.map((f) => {
    const spec = SPEC_BY_ID.get(f.id);
    if (!spec) throw new Error(`functions.json declares ${f.id}, which has no spec`);
    const parameters = f.parameters.map((p) => {
      const arg = spec.args.find((a) => a.name === p.name);
      if (!arg?.zh) throw new Error(`${f.id}: argument ${p.name} has no Chinese help (registry.ts, zh)`);
      return { ...p, description: arg.zh };
    });
    return { ...f, description: `${spec.help.zh}。示例：${spec.example}`, helpUrl: helpBase + helpPath(f.id, "zh"), parameters };
  });
  const enums = metadata.enums?.map((e) => {
    const spec = FUNCTION_SPECS.flatMap((s) => s.args).find((a) => a.enum?.id === e.id)?.enum;
    const values = spec?.values(atlas) ?? [];
    return { ...e, values: e.values.map((v) => ({ ...v, tooltip: values.find((x) => x.value === v.stringValue)?.zh ?? v.tooltip })) };
  });
  return enums ? { ...metadata, functions, enums } : { ...metadata, functions };
}

// ---------------------------------------------------------------- help pages

const esc = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

const T = {
  en: {
    args: "Arguments",
    name: "Argument",
    needed: "Required?",
    help: "What it takes",
    values: "Allowed values",
    yes: "required",
    no: "optional",
    example: "Example",
    answer: "Answer",
    errors: "Errors",
    call: "Formula",
    shows: "Shows",
    returns: "Returns",
    shape: {
      scalar: "One value",
      column: "A column that spills down",
      table: "A table that spills (header first)",
      entity: "A card (entity value); a two-column table where cards are not supported",
    },
    any: "free text",
    more: "more",
    all: "All functions",
    other: "中文",
    about: "Details",
  },
  zh: {
    args: "参数",
    name: "参数",
    needed: "是否必需",
    help: "说明",
    values: "可选值",
    yes: "必需",
    no: "可选",
    example: "示例",
    answer: "结果",
    errors: "错误",
    call: "公式",
    shows: "显示",
    returns: "返回",
    shape: { scalar: "单个值", column: "向下溢出的一列", table: "溢出的表格（首行为表头）", entity: "卡片（实体值）；不支持卡片时为两列表格" },
    any: "任意文本",
    more: "更多",
    all: "全部函数",
    other: "English",
    about: "详细说明（英文）",
  },
};

const LIST_LIMIT = 40;

/** A result as a page shows it: a number as Excel shows it, text quoted, arrays as a table (first rows). */
function shownResult(result: FunctionResult): string {
  if (!Array.isArray(result)) return esc(typeof result === "number" ? formatNumber(result) : typeof result === "string" ? `"${result}"` : String(result));
  const rows = result.slice(0, 12).map((row) => `<tr>${row.map((c) => `<td>${esc(typeof c === "number" ? formatNumber(c) : String(c))}</td>`).join("")}</tr>`);
  const rest = result.length > 12 ? `<tr><td colspan="${result[0]?.length ?? 1}">… ${result.length - 12}</td></tr>` : "";
  return `<table class="spill">${rows.join("")}${rest}</table>`;
}

/** The values an argument takes, given the example's earlier arguments: its value list, else the builder's choices. */
function allowedValues(atlas: Atlas, spec: FunctionSpec, index: number, lang: Lang): string {
  const arg = spec.args[index];
  if (arg.enum)
    return arg.enum
      .values(atlas)
      .map((v) => `<code>${esc(v.value)}</code> ${esc(lang === "en" ? v.en : v.zh)}`)
      .join("<br>");
  const before = (literalCall(spec.example, ADDIN_IDS)?.args ?? []).slice(0, index) as ArgValue[];
  const choices = arg.choices?.(atlas, before) ?? [];
  if (choices.length === 0) return T[lang].any;
  const shown = choices
    .slice(0, LIST_LIMIT)
    .map((c) => `<code>${esc(String(c.value))}</code>`)
    .join(", ");
  return choices.length > LIST_LIMIT ? `${shown} … (${choices.length - LIST_LIMIT} ${T[lang].more})` : shown;
}

/** Calls that go wrong, with the error each gives: a misspelt name, a missing required argument, text for a number. */
export function errorCases(spec: FunctionSpec): { args: ArgValue[]; formula: string }[] {
  const example = (literalCall(spec.example, ADDIN_IDS)?.args ?? []) as ArgValue[];
  const full = spec.args.map((_, i) => example[i] ?? null);
  const cases: ArgValue[][] = [];
  const requiredText = spec.args.findIndex((a) => a.kind === "text" && !a.optional);
  const text = requiredText >= 0 ? requiredText : spec.args.findIndex((a) => a.kind === "text");
  if (text >= 0) cases.push(full.map((v, i) => (i === text ? `${String(v)}Z9` : v)));
  const required = spec.args.findIndex((a) => !a.optional);
  if (required >= 0) cases.push(full.map((v, i) => (i === required ? null : v)));
  const number = spec.args.findIndex((a) => a.kind === "number");
  if (number >= 0) cases.push(full.map((v, i) => (i === number ? "many" : v)));
  return cases.map((args) => ({ args, formula: formulaOf(spec, args) }));
}

/** A formula for literal arguments, trailing blanks dropped: =ID("a",1,,"b"). */
export function formulaOf(spec: FunctionSpec, args: readonly ArgValue[]): string {
  const parts = args.map((v) => (v === null ? "" : typeof v === "string" ? `"${v.replace(/"/g, '""')}"` : typeof v === "boolean" ? (v ? "TRUE" : "FALSE") : String(v)));
  while (parts.length > 0 && parts[parts.length - 1] === "") parts.pop();
  return `=${spec.id}(${parts.join(",")})`;
}

function page(atlas: Atlas, spec: FunctionSpec, lang: Lang): string {
  const t = T[lang];
  const signature = `${spec.id}(${spec.args.map((a) => (a.optional ? `[${a.name}]` : a.name)).join(", ")})`;
  const argRows = spec.args.map(
    (a: ArgSpec, i) =>
      `<tr><td><code>${esc(a.name)}</code></td><td>${a.optional ? t.no : t.yes}</td><td>${esc(lang === "zh" ? (a.zh ?? a.help) : a.help)}</td><td>${allowedValues(atlas, spec, i, lang)}</td></tr>`,
  );
  const example = literalCall(spec.example, ADDIN_IDS);
  const answer = example ? evaluate(spec, atlas, example.args) : undefined;
  const answerHtml = !answer ? "" : answer.ok ? shownResult(answer.value) : `${excelErrorCode(answer.failure.code)} ${esc(answer.failure.message)}`;
  const errors = errorCases(spec).map(({ args, formula }) => {
    const r = evaluate(spec, atlas, args);
    return `<tr><td><code>${esc(formula)}</code></td><td>${r.ok ? shownResult(r.value) : `<b>${excelErrorCode(r.failure.code)}</b> ${esc(r.failure.message)}`}</td></tr>`;
  });
  const other: Lang = lang === "en" ? "zh" : "en";
  const up = lang === "en" ? "" : "../";
  return `<!doctype html>
<html lang="${lang === "en" ? "en" : "zh-CN"}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(spec.id)} · AI Compute Atlas</title>
<style>body{font:14px/1.5 "Segoe UI",system-ui,sans-serif;max-width:56rem;margin:1.5rem auto;padding:0 1rem;color:#222}code{font-family:Consolas,monospace;background:#f3f3f3;padding:0 .2em}table{border-collapse:collapse;margin:.5rem 0}td,th{border:1px solid #ccc;padding:.25rem .5rem;text-align:left;vertical-align:top}.spill td{font-size:12px}nav{float:right}</style>
</head><body>
<nav><a href="${up}index.html">${t.all}</a> · <a href="${up}${helpPath(spec.id, other)}">${t.other}</a></nav>
<h1><code>${esc(signature)}</code></h1>
<p>${esc(lang === "en" ? spec.help.en : spec.help.zh)}</p>
<p><b>${t.returns}${lang === "en" ? ":" : "："}</b> ${t.shape[spec.shape]}${lang === "en" ? `. ${esc(spec.returns)}` : "。"}</p>
<h2>${t.args}</h2>
<table><tr><th>${t.name}</th><th>${t.needed}</th><th>${t.help}</th><th>${t.values}</th></tr>${argRows.join("")}</table>
<h2>${t.example}</h2>
<table><tr><th>${t.call}</th><th>${t.answer}</th></tr><tr><td><code>${esc(spec.example)}</code></td><td>${answerHtml}</td></tr></table>
<h2>${t.errors}</h2>
<table><tr><th>${t.call}</th><th>${t.shows}</th></tr>${errors.join("")}</table>
<h2>${t.about}</h2>
<p>${esc(spec.doc)}</p>
</body></html>
`;
}

function index(lang: Lang): string {
  const t = T[lang];
  const rows = FUNCTION_SPECS.map((s) => `<tr><td><a href="${s.id}.html"><code>${esc(s.id)}</code></a></td><td>${esc(lang === "en" ? s.help.en : s.help.zh)}</td></tr>`);
  return `<!doctype html>
<html lang="${lang === "en" ? "en" : "zh-CN"}"><head><meta charset="utf-8"><title>AI Compute Atlas · ${t.all}</title>
<style>body{font:14px/1.5 "Segoe UI",system-ui,sans-serif;max-width:56rem;margin:1.5rem auto;padding:0 1rem}td{border-bottom:1px solid #ddd;padding:.25rem .5rem}</style></head><body>
<nav><a href="${lang === "en" ? "zh/index.html" : "../index.html"}">${t.other}</a></nav>
<h1>AI Compute Atlas · ${t.all}</h1><table>${rows.join("")}</table></body></html>
`;
}

/** Every help page, by path under help/: index.html, <ID>.html, zh/index.html, zh/<ID>.html. */
export function helpPages(atlas: Atlas): Map<string, string> {
  const pages = new Map<string, string>([
    ["index.html", index("en")],
    ["zh/index.html", index("zh")],
  ]);
  for (const spec of FUNCTION_SPECS) for (const lang of ["en", "zh"] as const) pages.set(helpPath(spec.id, lang), page(atlas, spec, lang));
  return pages;
}
