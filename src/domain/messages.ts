/**
 * The one catalogue of failure messages, in English and Chinese. A failure carries its message key
 * and parameters (the argument as typed, the suggestions) as data; `messageOf` words it in the pane's
 * language, and Excel gets the English wording (failure.message). Nothing parses these texts back:
 * the inspector's fixes come from `failure.argument` and `failure.suggestions`.
 */
import type { Failure, FailureCode } from "./result";

export type Lang = "en" | "zh";

export interface MessageParams {
  /** What was being looked up: "chip", "metric for Ascend 910C". */
  what?: string;
  /** An entity type ("company") for a real name of the wrong kind. */
  kind?: string;
  /** Names to try when there is nothing close (the wrong-kind case). */
  tryNames?: string[];
  /** A hint after the message, English only ("ATLAS.DATASETS() lists them."). */
  hint?: string;
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

type Render = (argument: string, suggestions: string[], p: MessageParams) => string;

export const MESSAGES = {
  unknownName: {
    en: (a, s, p) => `Unknown ${p.what ?? "name"} ${quoted(a)}.${s.length > 0 ? ` Did you mean ${list(s, ", ")}?` : p.hint ? ` ${p.hint}` : ""}`,
    zh: (a, s, p) => `未知的${zhWhat(p.what ?? "name")} ${quoted(a)}。${s.length > 0 ? `您是不是要找 ${list(s, "、")}？` : ""}`,
  },
  wrongKind: {
    en: (a, s, p) =>
      `${quoted(a)} is ${article(p.kind ?? "name")} ${p.kind ?? "name"} the report has no such figures for.${s.length > 0 ? ` Did you mean ${list(s, ", ")}?` : ` Try: ${(p.tryNames ?? []).join(", ")}.`}`,
    zh: (a, s, p) => `${quoted(a)} 是${zhWhat(p.kind ?? "name")}，报告没有它的这类数据。${s.length > 0 ? `您是不是要找 ${list(s, "、")}？` : `可试：${(p.tryNames ?? []).join("、")}。`}`,
  },
} satisfies Record<string, { en: Render; zh: Render }>;

export type MessageKey = keyof typeof MESSAGES;

/** A failure worded from the catalogue: `message` is the English text Excel shows. */
export function failure(code: FailureCode, key: MessageKey, argument: string, suggestions: string[], params: MessageParams = {}): Failure {
  return { code, message: MESSAGES[key].en(argument, suggestions, params), key, argument, suggestions, params };
}

/** A failure's message in the pane's language (its English text where the catalogue has no entry). */
export function messageOf(f: Failure, lang: Lang): string {
  const entry = f.key !== undefined ? MESSAGES[f.key as MessageKey] : undefined;
  return entry ? entry[lang](f.argument ?? "", f.suggestions ?? [], f.params ?? {}) : f.message;
}
