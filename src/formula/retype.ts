/**
 * Text that Excel would not keep as text when it is written as a value: its input parser (Western and
 * zh-CN alike) reads it as a number, a date, a time, a boolean or a formula. Freeze writes such text
 * with the apostrophe that keeps it text (Excel reads the value back without it).
 */

const MONTHS = "jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec|january|february|march|april|june|july|august|september|october|november|december";
const PATTERNS: RegExp[] = [
  // A formula, a sign, an apostrophe already.
  /^[=+\-@']/,
  // Numbers, thousands, decimals, percentages, currencies, negatives in parentheses, dates with / or -, times.
  /^[\d\s.,:/%()$€¥£-]+$/,
  // Scientific notation.
  /^\d*\.?\d+e[+-]?\d+$/i,
  /^(true|false)$/i,
  // CJK dates and times: 2023年8月17日, 12月18日, 2023年8月, 10时30分, 上午10:30, 下午3时.
  /^(?:\d{1,4}\s*年\s*(?:\d{1,2}\s*月\s*(?:\d{1,2}\s*日)?)?|\d{1,2}\s*月\s*(?:\d{1,2}\s*日)?|\d{1,2}\s*日)\s*(?:(?:上午|下午)?\s*\d{1,2}\s*[:：时時点]\s*(?:\d{1,2}\s*分?)?)?$/,
  /^(?:上午|下午)?\s*\d{1,2}\s*[时時点]\s*(?:\d{1,2}\s*分\s*(?:\d{1,2}\s*秒)?)?$/,
  /^(?:上午|下午)\s*[\d:\s]+$/,
  // English month names, which every locale's parser accepts: Aug 17, 17-Aug-2023, August 2023.
  new RegExp(`^(?:\\d{1,4}[\\s\\-/.,]*)?(?:${MONTHS})\\.?(?:[\\s\\-/.,]*\\d{1,4}){0,2}$`, "i"),
];

export function excelRetypes(text: string): boolean {
  // Full-width digits and signs (１２３、＄、：) are read as their ASCII forms by CJK Excel.
  const t = text.normalize("NFKC").trim();
  return t !== "" && PATTERNS.some((p) => p.test(t));
}
