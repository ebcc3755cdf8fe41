/**
 * The one catalogue of failure messages, in English and Chinese. A failure carries its message key
 * and parameters (the argument as typed, the suggestions) as data; `messageOf` words it in the pane's
 * language, and Excel gets the English wording (failure.message). Nothing parses these texts back:
 * the inspector's fixes come from `failure.argument` and `failure.suggestions`.
 */
import type { Failure, FailureCode, Result } from "./result";

export type Lang = "en" | "zh";

/** The same thing worded in both languages. */
export interface Text {
  en: string;
  zh: string;
}

/** The same words in both languages (names, periods, figures as printed). */
export const same = (text: string): Text => ({ en: text, zh: text });

export interface MessageParams {
  /** What was being looked up: "chip", "metric for Ascend 910C". */
  what?: string;
  /** An entity type ("company") for a real name of the wrong kind. */
  kind?: string;
  /** Names to try when there is nothing close (the wrong-kind case). */
  tryNames?: string[];
  /** A hint after the message, English only ("ATLAS.DATASETS() lists them."). */
  hint?: string;
  /** An argument's name, as the function declares it ("start_year"). */
  name?: string;
  /** What an argument should be. */
  expected?: Text;
  /** What was given instead, as a message shows it ("TRUE", "a range", "\"x\""). */
  got?: string;
  /** The figure asked for ("910C FP16 compute"). */
  label?: Text;
  /** A period or variant as typed or chosen. */
  period?: string;
  /** What the report does give instead (periods, variants, metrics), as printed. */
  gives?: string[];
  /** The period asked for, where the label already names it (a fiscal "FY2024" gets a calendar-year hint). */
  asked?: string;
  /** A figure as described, with its line ("752–800 TFLOPS (line 1703)"), or an error's own text. */
  detail?: string;
  /** Where a figure is printed ("line 1576, 910B OAM"). */
  where?: string;
  /** A further sentence, where a call site adds one (its own Text). */
  more?: Text;
}

/** An argument as quoted in a message: at most a few dozen characters of it. */
export const quoted = (s: string) => `"${s.length > 40 ? `${s.slice(0, 40)}…` : s}"`;

const WHAT_ZH: Record<string, string> = {
  chip: "芯片",
  company: "公司",
  model: "模型",
  market: "市场",
  metric: "指标",
  name: "名称",
  dataset: "数据集",
  "component or segment": "部件或环节",
  "company with capex figures": "有资本开支数据的公司",
  "chip vendor or category": "芯片厂商或类别",
  "company named in a list": "名单中的公司",
  "pick segment": "推荐板块",
  "stock (ticker or company)": "股票（代码或公司）",
  product: "产品",
  group: "集团",
  component: "部件",
  segment: "环节",
  organisation: "机构",
  fund: "基金",
  other: "其他",
};

const zhWhat = (what: string) => WHAT_ZH[what] ?? (/^metric for (.+)$/.exec(what) ? `${/^metric for (.+)$/.exec(what)?.[1]} 的指标` : what);
const article = (word: string) => (/^[aeiou]/.test(word) ? "an" : "a");
const list = (names: string[], sep: string) => names.map((n) => `"${n}"`).join(sep);
/** What was given, at most a few dozen characters of it (a name pasted by mistake is not echoed whole). */
function got(p: MessageParams): string {
  const text = p.got ?? "";
  const inner = text.startsWith('"') && text.endsWith('"') && text.length > 1 ? text.slice(1, -1) : undefined;
  const short = (t: string) => (t.length <= 60 ? t : `${t.slice(0, /[\uD800-\uDBFF]/.test(t[59]) ? 59 : 60)}…`);
  return inner === undefined ? short(text) : `"${short(inner)}"`;
}
const label = (p: MessageParams, lang: Lang) => p.label?.[lang] ?? "";
/**
 * A fiscal period asked of figures the report gives by calendar period ("FY2024" of Tencent's 2020, 2024, ...):
 * say so, and how to ask for the calendar year, rather than only listing periods that look like the answer.
 */
function fiscalHint(p: MessageParams, lang: Lang): string {
  const asked = p.period ?? p.asked;
  if (!asked?.startsWith("FY") || !p.gives || p.gives.length === 0 || p.gives.some((g) => g.startsWith("FY"))) return "";
  const calendar = asked.slice(2);
  return lang === "en"
    ? ` Those are calendar periods: a fiscal ${asked} is not read as calendar ${calendar}; type ${calendar} for the calendar period.`
    : `以上为自然年（季度）：财年 ${asked} 不按自然年 ${calendar} 处理；如需自然年数据，请输入 ${calendar}。`;
}
const more = (p: MessageParams, lang: Lang) => (p.more ? `${lang === "en" ? " " : ""}${p.more[lang]}` : "");

type Render = (argument: string, suggestions: string[], p: MessageParams) => string;

/** Chinese for the sparsity words a figure carries (data values, not message text). */
const SPARSITY_ZH: Record<string, string> = { sparse: "稀疏", dense: "稠密", "unstated sparsity": "未注明稀疏或稠密的" };

export const MESSAGES = {
  unknownName: {
    en: (a, s, p) => `Unknown ${p.what ?? "name"} ${quoted(a)}.${s.length > 0 ? ` Did you mean ${list(s, ", ")}?` : p.hint ? ` ${p.hint}` : ""}`,
    zh: (a, s, p) => `未知的${zhWhat(p.what ?? "name")} ${quoted(a)}。${s.length > 0 ? `您是不是要找 ${list(s, "、")}？` : ""}`,
  },
  wrongKind: {
    en: (a, s, p) =>
      `${quoted(a)} is ${article(p.kind ?? "name")} ${p.kind ?? "name"} the report has no such figures for.${s.length > 0 ? ` Did you mean ${list(s, ", ")}?` : ` Try: ${(p.tryNames ?? []).join(", ")}.`}`,
    zh: (a, s, p) =>
      `${quoted(a)} 是${zhWhat(p.kind ?? "name")}，报告没有它的这类数据。${s.length > 0 ? `您是不是要找 ${list(s, "、")}？` : `可试：${(p.tryNames ?? []).join("、")}。`}`,
  },
  // ---------------------------------------------------------------- #VALUE!: an argument of the wrong kind
  required: {
    en: (_a, _s, p) => `${p.name} is required.`,
    zh: (_a, _s, p) => `缺少必填参数 ${p.name}。`,
  },
  notNumber: {
    en: (_a, _s, p) => `${p.name} must be a number, not ${got(p)}.`,
    zh: (_a, _s, p) => `${p.name} 须为数字，而不是 ${got(p)}。`,
  },
  notText: {
    en: (_a, _s, p) => `${p.name} must be text, not ${got(p)}.`,
    zh: (_a, _s, p) => `${p.name} 须为文本，而不是 ${got(p)}。`,
  },
  notSingle: {
    en: (_a, _s, p) => `${p.name} must be a single value, not ${got(p)}.`,
    zh: (_a, _s, p) => `${p.name} 须为单个值，而不是 ${got(p)}。`,
  },
  expected: {
    en: (_a, _s, p) => `${p.name} must be ${p.expected?.en ?? ""}${p.got !== undefined ? `, not ${got(p)}` : ""}.`,
    zh: (_a, _s, p) => `${p.name} 应为${p.expected?.zh ?? ""}${p.got !== undefined ? `，而不是 ${got(p)}` : ""}。`,
  },
  yearOrder: {
    en: (_a, _s, p) => `end_year (${got(p)}) must come after start_year (${p.period ?? ""}).`,
    zh: (_a, _s, p) => `end_year（${got(p)}）须晚于 start_year（${p.period ?? ""}）。`,
  },
  quarterNeeded: {
    en: (_a, _s, p) => `QoQ growth needs a quarter such as "2025Q1" or "1Q25", not ${got(p)}.`,
    zh: (_a, _s, p) => `环比增速需要季度（如 "2025Q1" 或 "1Q25"），而不是 ${got(p)}。`,
  },
  yearOrQuarterNeeded: {
    en: (_a, _s, p) => `YoY growth needs a year such as 2024 or a quarter such as "2025Q1" or "1Q25", not ${got(p)}.`,
    zh: (_a, _s, p) => `同比增速需要年份（如 2024）或季度（如 "2025Q1" 或 "1Q25"），而不是 ${got(p)}。`,
  },
  rangeArguments: {
    en: (_a, _s, p) => `${p.detail ?? ""}: its arguments are ranges or errors, so there is no single figure to explain.`,
    zh: (_a, _s, p) => `${p.detail ?? ""}：其参数是区域或错误值，没有单个数值可供溯源。`,
  },
  unexpected: {
    en: (_a, _s, p) => `Unexpected error: ${p.detail ?? ""}`,
    zh: (_a, _s, p) => `意外错误：${p.detail ?? ""}`,
  },
  // ---------------------------------------------------------------- #N/A: the report gives no such figure
  noFigure: {
    en: (_a, _s, p) => `The report gives no ${label(p, "en")}${p.period ? ` for ${p.period}` : ""}.${p.gives ? ` It gives: ${p.gives.join(", ")}.` : ""}${fiscalHint(p, "en")}`,
    zh: (_a, _s, p) => `报告未给出${label(p, "zh")}${p.period ? `（${p.period}）` : ""}。${p.gives ? `报告给出：${p.gives.join("、")}。` : ""}${fiscalHint(p, "zh")}`,
  },
  modelUnscored: {
    en: (_a, _s, p) => `The report gives no benchmark score for ${label(p, "en")}: ${p.detail ?? ""}`,
    zh: (_a, _s, p) => `报告未给出${label(p, "zh")}的评测得分（说明：${p.detail ?? ""}）`,
  },
  severalPeriods: {
    en: (_a, _s, p) => `${label(p, "en")} is given for several periods: name one of ${list(p.gives ?? [], ", ")}.`,
    zh: (_a, _s, p) => `${label(p, "zh")}有多个期间的数据，请指定其一：${list(p.gives ?? [], "、")}。`,
  },
  severalVariants: {
    en: (_a, _s, p) => `The report gives ${label(p, "en")} for several variants: name one of ${list(p.gives ?? [], ", ")}.`,
    zh: (_a, _s, p) => `报告给出了${label(p, "zh")}的多个口径，请指定其一：${list(p.gives ?? [], "、")}。`,
  },
  variantFitsSeveral: {
    en: (_a, _s, p) => `"${p.period ?? ""}" fits several variants of ${label(p, "en")}: name one of ${list(p.gives ?? [], ", ")}.`,
    zh: (_a, _s, p) => `"${p.period ?? ""}" 匹配${label(p, "zh")}的多个口径，请指定其一：${list(p.gives ?? [], "、")}。`,
  },
  noVariant: {
    en: (_a, _s, p) =>
      `The report gives no ${label(p, "en")} for variant "${p.period ?? ""}".${p.gives && p.gives.length > 0 ? ` The report gives it for: ${list(p.gives, ", ")}.` : ""}`,
    zh: (_a, _s, p) => `报告未给出口径 "${p.period ?? ""}" 的${label(p, "zh")}。${p.gives && p.gives.length > 0 ? `报告给出的口径：${list(p.gives, "、")}。` : ""}`,
  },
  partOnly: {
    en: (_a, _s, p) => `The report gives ${label(p, "en")} only for part of it (${list(p.gives ?? [], ", ")}), not the whole: name the part as the variant to use it.`,
    zh: (_a, _s, p) => `报告只给出${label(p, "zh")}的一部分（${list(p.gives ?? [], "、")}），没有整体数据：请把该部分作为口径（variant）指定。`,
  },
  compareBound: {
    en: (_a, _s, p) =>
      `The report prints ${label(p, "en")} as ${(p.gives?.length ?? 1) > 1 ? "bounds" : "a bound"}, not a figure (${p.detail ?? ""}): a ratio with a bound is no figure. AICHIP.SPEC gives each bound's number; AICHIP.SOURCES shows it as printed.`,
    zh: (_a, _s, p) => `报告给出的${label(p, "zh")}是界限值而非确切数值（${p.detail ?? ""}），含界限值的比值不是数据。AICHIP.SPEC 给出界限值本身，AICHIP.SOURCES 显示原文。`,
  },
  sparseOnly: {
    en: (_a, _s, p) => `The report gives ${label(p, "en")} only as a sparse figure, ${p.detail ?? ""}: add "sparse" as the variant to use it.`,
    zh: (_a, _s, p) => `报告只给出${label(p, "zh")}的稀疏算力数据 ${p.detail ?? ""}：如需使用，请以 "sparse" 作为口径。`,
  },
  sparseOnlyInferred: {
    en: (_a, _s, p) =>
      `The report gives ${label(p, "en")} only as ${p.detail ?? ""}, a figure read as sparse (the report does not say so; AICHIP.SOURCES shows why): add "sparse" as the variant to use it.`,
    zh: (_a, _s, p) => `报告只给出${label(p, "zh")} ${p.detail ?? ""}，判断为稀疏算力（报告未注明；原因见 AICHIP.SOURCES）：如需使用，请以 "sparse" 作为口径。`,
  },
  range: {
    en: (_a, _s, p) =>
      `${label(p, "en")} is reported as a range, ${p.detail ?? ""}: add "low" or "high" as the variant${p.period ? ` (with the variant: "${p.period} low")` : ""}.`,
    zh: (_a, _s, p) => `报告给出的${label(p, "zh")}是一个区间 ${p.detail ?? ""}：请以 "low" 或 "high" 作为口径${p.period ? `（连同型号："${p.period} low"）` : ""}。`,
  },
  notANumber: {
    en: (_a, _s, p) => `${label(p, "en")}: ${p.detail ?? ""} in the report (${p.where ?? ""}).`,
    zh: (_a, _s, p) => `${label(p, "zh")}：报告中为 ${p.detail ?? ""}（${p.where ?? ""}），不是一个数值。`,
  },
  textNotNumber: {
    en: (_a, _s, p) => `${label(p, "en")} is text in the report, not a number: ${p.detail ?? ""}.`,
    zh: (_a, _s, p) => `${label(p, "zh")}在报告中是文字而非数值：${p.detail ?? ""}。`,
  },
  noneNamed: {
    en: (_a, _s, p) => `The report names no ${p.label?.en ?? ""}.`,
    zh: (_a, _s, p) => `报告没有列出${p.label?.zh ?? ""}。`,
  },
  noStated: {
    en: (_a, _s, p) => `The report states no ${label(p, "en")}${p.period ? ` over ${p.period}` : ""}.${p.gives ? ` It states: ${p.gives.join(", ")}.` : ""}`,
    zh: (_a, _s, p) => `报告没有给出${label(p, "zh")}${p.period ? `（${p.period}）` : ""}。${p.gives ? `报告给出：${p.gives.join("、")}。` : ""}`,
  },
  companyNotChip: {
    en: (a, _s, p) => `"${a}" is a company; name one of its chips: ${(p.gives ?? []).join(", ")}.`,
    zh: (a, _s, p) => `"${a}" 是公司；请指定其芯片之一：${(p.gives ?? []).join("、")}。`,
  },
  bothYears: {
    en: () => "give both start_year and end_year, or neither (for the span the report states).",
    zh: () => "start_year 与 end_year 须同时给出，或都留空（取报告所述区间）。",
  },
  noHalf: {
    en: (_a, _s, p) => `there is no half-year ${p.period ?? ""}.`,
    zh: (_a, _s, p) => `没有 ${p.period ?? ""} 这样的半年。`,
  },
  noSparsity: {
    en: (_a, _s, p) =>
      `The report gives no ${p.period ?? ""} ${label(p, "en")}; it gives ${(p.gives ?? []).join(" and ")} figures${(p.gives ?? []).includes("unstated sparsity") ? " (ask without a variant for those)" : ""}.`,
    zh: (_a, _s, p) =>
      `报告未给出${SPARSITY_ZH[p.period ?? ""] ?? p.period ?? ""}的${label(p, "zh")}；报告给出的是${(p.gives ?? []).map((g) => SPARSITY_ZH[g] ?? g).join("、")}数据${(p.gives ?? []).includes("unstated sparsity") ? "（不指定口径即可取用）" : ""}。`,
  },
  notHbm: {
    en: (_a, _s, p) => `${label(p, "en")} has ${(p.gives ?? []).join(", ")} memory, not HBM (${p.where ?? ""}): name the metric "${p.name ?? ""}" for its ${p.detail ?? ""}.`,
    zh: (_a, _s, p) =>
      `${label(p, "zh")} 的内存为 ${(p.gives ?? []).join("、")}，不是 HBM（${p.where ?? ""}）：如需其${p.detail === "memory bandwidth" ? "内存带宽" : "内存容量"}，指标请用 "${p.name ?? ""}"。`,
  },
  specByPeriod: {
    en: (_a, _s, p) => `${label(p, "en")} is given for several periods (${(p.gives ?? []).join(", ")}): use ${p.detail ?? ""}.`,
    zh: (_a, _s, p) => `${label(p, "zh")}有多个期间的数据（${(p.gives ?? []).join("、")}）：请用 ${p.detail ?? ""}。`,
  },
  onlySparseServers: {
    en: (_a, _s, p) => `The report gives only a sparse ${label(p, "en")} figure; servers are sized on dense compute.`,
    zh: (_a, _s, p) => `报告只给出${label(p, "zh")}的稀疏数据；服务器台数按稠密算力计算。`,
  },
  onlySparseServersInferred: {
    en: (_a, _s, p) =>
      `The report gives ${label(p, "en")} only as ${p.detail ?? ""}, a figure read as sparse (the report does not say so; AICHIP.SOURCES shows why); servers are sized on dense compute.`,
    zh: (_a, _s, p) => `报告只给出${label(p, "zh")} ${p.detail ?? ""}，判断为稀疏算力（报告未注明；原因见 AICHIP.SOURCES）；服务器台数按稠密算力计算。`,
  },
  variantSparseServers: {
    en: (_a, _s, p) => `${label(p, "en")} for this variant is a sparse figure; servers are sized on dense compute.`,
    zh: (_a, _s, p) => `该型号的${label(p, "zh")}是稀疏数据；服务器台数按稠密算力计算。`,
  },
  notNumberInReport: {
    en: (_a, _s, p) => `${label(p, "en")} is not ${p.detail ?? "a number"} in the report.`,
    zh: (_a, _s, p) => `${label(p, "zh")}在报告中不是${p.detail === "a single number" ? "单个数值" : "数值"}。`,
  },
  fewerThanTwo: {
    en: (_a, _s, p) => `The report gives fewer than two ${p.detail ?? ""} for ${label(p, "en")}${p.period ?? ""}.`,
    zh: (_a, _s, p) => `报告给出的${label(p, "zh")}${p.detail === "closes" ? "收盘价" : "规模数据"}不足两个${p.period ? "，无法计算复合增速" : ""}。`,
  },
  sizeOnlyGrowth: {
    en: (_a, _s, p) => `The report gives no size for ${label(p, "en")}, only its growth rate: see MARKET.CAGR or ATLAS.SOURCE.`,
    zh: (_a, _s, p) => `报告没有给出${label(p, "zh")}的规模，只给出增速：见 MARKET.CAGR 或 ATLAS.SOURCE。`,
  },
  noSizesForCagr: {
    en: (_a, _s, p) => `The report gives no sizes for ${label(p, "en")} to recompute a CAGR from.`,
    zh: (_a, _s, p) => `报告没有给出${label(p, "zh")}的规模数据，无法重算复合增速。`,
  },
  growthNeedsBase: {
    en: (_a, _s, p) => `${p.name ?? ""} for ${p.period ?? ""} needs ${label(p, "en")}, which the report does not give. It gives: ${(p.gives ?? []).join(", ")}.`,
    zh: (_a, _s, p) => `计算 ${p.period ?? ""} 的${p.name === "YoY" ? "同比" : "环比"}需要${label(p, "zh")}，报告没有给出。报告给出：${(p.gives ?? []).join("、")}。`,
  },
  unitExpected: {
    en: (_a, _s, p) => `unit must be one of ${(p.gives ?? []).join(", ")}, not ${got(p)}${p.detail ? ` (${p.detail})` : ""}.`,
    zh: (_a, _s, p) => `unit 应为 ${(p.gives ?? []).join("、")} 之一，而不是 ${got(p)}${p.where ? `（${p.where}）` : ""}。`,
  },
  noChips: {
    en: () => "No chips match.",
    zh: () => "没有符合条件的芯片。",
  },
  emptyDataset: {
    en: (_a, _s, p) => `Dataset ${p.detail ?? ""} holds no table, figures or lists.`,
    zh: (_a, _s, p) => `数据集 ${p.detail ?? ""} 没有表格、数据或名单。`,
  },
  compareYear: {
    en: (_a, _s, p) =>
      `metric must be an amount to compare; ${label(p, "en")} is a year, and a ratio of years means nothing (${p.detail ?? ""}). For the years between them, subtract the two AICHIP.SPEC figures.`,
    zh: (_a, _s, p) => `比较需要可按倍数比较的数量；${label(p, "zh")}是年份，年份之比没有意义（${p.detail ?? ""}）。如需相差的年数，请将两个 AICHIP.SPEC 结果相减。`,
  },
  compareText: {
    en: (_a, _s, p) => `metric must be a number specification to compare; ${label(p, "en")} is text (${p.detail ?? ""}).`,
    zh: (_a, _s, p) => `比较需要数值参数；${label(p, "zh")}是文字（${p.detail ?? ""}）。`,
  },
  // ---------------------------------------------------------------- #NUM!: nothing to compute
  isValue: {
    en: (_a, _s, p) => `${label(p, "en")} is ${p.detail ?? ""}.`,
    zh: (_a, _s, p) => `${label(p, "zh")}为 ${p.detail ?? ""}。`,
  },
  tooManyServers: {
    en: () => "too many servers to count.",
    zh: () => "服务器台数过多，无法计数。",
  },
  undefinedFrom: {
    en: (_a, _s, p) => `${p.label?.en ?? ""} is undefined from ${p.detail ?? ""}.`,
    zh: (_a, _s, p) => `${p.label?.zh ?? ""}无法计算：起点为 ${p.detail ?? ""}。`,
  },
  sameYears: {
    en: (_a, _s, p) => `A CAGR needs two different years; ${p.name ? `${p.name} are both` : "both are"} ${p.period ?? ""}.`,
    zh: (_a, _s, p) => `复合增速需要两个不同的年份；两者都是 ${p.period ?? ""}。`,
  },
} satisfies Record<string, { en: Render; zh: Render }>;

/** A failure without a catalogue entry, in Chinese: what kind of failure it is, then its English detail. */
const ZH_LEAD: Record<FailureCode, string> = {
  unknownName: "未找到该名称",
  missingFact: "报告中没有这项数据",
  badArgument: "参数有误",
  impossible: "无法计算",
};

export type MessageKey = keyof typeof MESSAGES;

/** A failure worded from the catalogue: `message` is the English text Excel shows. */
export function failure(code: FailureCode, key: MessageKey, argument: string, suggestions: string[], params: MessageParams = {}): Failure {
  return { code, message: MESSAGES[key].en(argument, suggestions, params) + more(params, "en"), key, argument, suggestions, params };
}

/** A failure with a further sentence after its message, in both languages (its key and fixes kept). */
export function adding(f: Failure, sentence: Text): Failure {
  if (f.key === undefined) return { ...f, message: `${f.message} ${sentence.en}` };
  const before = f.params?.more;
  const params = { ...f.params, more: before ? { en: `${before.en} ${sentence.en}`, zh: `${before.zh}${sentence.zh}` } : sentence };
  // The same fields as the failure's, written out: a spread of an object with optional fields is slow.
  return { code: f.code, message: `${f.message} ${sentence.en}`, key: f.key, argument: f.argument, suggestions: f.suggestions, params };
}

/** "The report gives: FP16, TDP." as a further sentence. */
export const reportGives = (names: string[], en = "The report gives"): Text => ({ en: `${en}: ${names.join(", ")}.`, zh: `报告给出：${names.join("、")}。` });

/** A failure worded from the catalogue, as a result. */
export const failWith = <T = never>(code: FailureCode, key: MessageKey, params: MessageParams): Result<T> => ({ ok: false, failure: failure(code, key, "", [], params) });

/**
 * A failure's message in the pane's language: from the catalogue; a failure it has no entry for shows
 * in Chinese as its kind ("报告中没有这项数据") and then its English text, never English alone.
 */
export function messageOf(f: Failure, lang: Lang): string {
  const entry = f.key !== undefined ? MESSAGES[f.key as MessageKey] : undefined;
  if (entry) return entry[lang](f.argument ?? "", f.suggestions ?? [], f.params ?? {}) + more(f.params ?? {}, lang);
  return lang === "zh" ? `${ZH_LEAD[f.code]}：${f.message}` : f.message;
}
