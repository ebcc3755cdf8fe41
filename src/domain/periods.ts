/**
 * Period arguments as analysts type them, to the catalogue's canonical form: 2024 or "2024" -> "2024";
 * "1Q25", "Q1 2025", "2025Q1", "25Q1", "2025 Q1", "2025年Q1", "2025年第一季度" -> "2025Q1"; "1H25",
 * "2025H1", "2025年上半年" -> "2025H1". A fiscal prefix is kept ("FY26Q1" -> "FY2026Q1"): NVIDIA's fiscal
 * quarters are not calendar quarters.
 */
import type { Fact } from "../data/catalog";
import { lookupKey } from "../data/normalize";
import { failWith } from "./messages";
import { ok, type Result } from "./result";

/** The quarter numbers the report writes in Chinese numerals ("一季度"). */
const CHINESE_DIGITS: Record<string, string> = { 一: "1", 二: "2", 三: "3", 四: "4" };

const EXPECTED = { en: 'a year such as 2024, or a quarter such as "2025Q1" or "1Q25"', zh: '年份（如 2024）或季度（如 "2025Q1"、"1Q25"）' };

export function parsePeriod(input: unknown): Result<string> {
  if (typeof input === "number") {
    return Number.isInteger(input) && input >= 1900 && input <= 2100
      ? ok(String(input))
      : failWith("badArgument", "expected", { name: "period", expected: EXPECTED, got: String(input) });
  }
  if (typeof input !== "string") return failWith("badArgument", "expected", { name: "period", expected: EXPECTED });
  const s = input.normalize("NFKC").trim().toUpperCase().replace(/\s+/g, "");
  const fy = s.startsWith("FY") ? "FY" : "";
  const body = fy ? s.slice(2) : s;
  const year = (y: string) => (y.length === 2 ? `20${y}` : y);
  let m: RegExpMatchArray | null;
  if ((m = body.match(/^(\d{4})E?$/))) return ok(`${fy}${m[1]}`);
  // A fiscal year in two digits ("FY24", as "FY25Q3" at L150); a bare "24" is not read as a year.
  if (fy && (m = body.match(/^(\d{2})$/))) return ok(`FY${year(m[1])}`);
  if ((m = body.match(/^(\d{4}|\d{2})([QH])([1-4])$/))) return checked(`${fy}${year(m[1])}${m[2]}${m[3]}`, m[2], m[3]);
  if ((m = body.match(/^([1-4])([QH])(\d{4}|\d{2})$/))) return checked(`${fy}${year(m[3])}${m[2]}${m[1]}`, m[2], m[1]);
  if ((m = body.match(/^([QH])([1-4])(\d{4}|\d{2})$/))) return checked(`${fy}${year(m[3])}${m[1]}${m[2]}`, m[1], m[2]);
  if ((m = body.match(/^(\d{4})年?$/))) return ok(`${fy}${m[1]}`);
  // A two-digit year with 年, as the report writes "26年" (L2127), "22年" (L2602); a bare "24" stays no year.
  if ((m = body.match(/^(\d{2})年$/))) return ok(`${fy}${year(m[1])}`);
  // As the report prints quarters and halves in Chinese: "2025年Q1", "25年Q1" (L1296, L1609), "2025年第一季度",
  // "2025年1季度", "2025年上半年".
  if ((m = body.match(/^(\d{4}|\d{2})年(?:Q([1-4])|H([1-4]))$/))) return m[2] ? ok(`${fy}${year(m[1])}Q${m[2]}`) : checked(`${fy}${year(m[1])}H${m[3]}`, "H", m[3]);
  if ((m = body.match(/^(\d{4}|\d{2})年?第?([1-4一二三四])季度?$/))) return ok(`${fy}${year(m[1])}Q${CHINESE_DIGITS[m[2]] ?? m[2]}`);
  if ((m = body.match(/^(\d{4}|\d{2})年?([上下])半年$/))) return ok(`${fy}${year(m[1])}H${m[2] === "上" ? 1 : 2}`);
  return failWith("badArgument", "expected", { name: "period", expected: EXPECTED, got: `"${input}"` });
}

/**
 * The one period matcher: a period argument matched against the periods these facts have, compared
 * as names are (width, case, spaces and dashes ignored), their printed forms too with `printed`
 * ("2025年一季度"); else parsed (parsePeriod). Every query that takes a period reads it here.
 */
export function matchPeriod(input: unknown, facts: readonly Fact[], options: { printed?: boolean } = {}): Result<string> {
  // A minus sign is no dash to ignore: -2024 is no year (parsePeriod says so), not 2024.
  if (typeof input === "number" ? input < 0 : typeof input === "string" && /^\s*[-−–—]/.test(input)) return parsePeriod(input);
  const typed = lookupKey(typeof input === "string" || typeof input === "number" ? String(input) : "");
  const same = (p: string | undefined) => p !== undefined && lookupKey(p) === typed;
  const exact = facts.find((f) => same(f.period) || (options.printed === true && f.period !== undefined && same(f.periodAsPrinted)));
  if (exact?.period) return ok(exact.period);
  // A span, a month or a day (the catalogue's other period forms) is a period the facts may simply not
  // have: the caller says which they have, where a year-or-quarter message would call it malformed.
  const other = spanMonthOrDay(input);
  return other !== undefined ? ok(other) : parsePeriod(input);
}

/** Excel's serial of 1990-01-01 and of 2100-12-31: a number between them in a period argument is a date cell. */
const FIRST_SERIAL = 32874;
const LAST_SERIAL = 73415;

/** An Excel date serial (what a cell formatted as a date passes) as "YYYY-MM-DD" (the 1900 date system). */
export function serialDate(serial: number): string {
  return new Date(Date.UTC(1899, 11, 30) + serial * 86400000).toISOString().slice(0, 10);
}

const two = (n: number) => String(n).padStart(2, "0");

/**
 * The catalogue's form of a span ("2021-2024", "2021–24", "2021至2024"), a month ("2025-05", "2025年5月") or
 * a day ("2025-06-09", "2025/6/9", "2025年6月9日", or a date cell's serial), else undefined.
 */
function spanMonthOrDay(input: unknown): string | undefined {
  if (typeof input === "number") return Number.isInteger(input) && input >= FIRST_SERIAL && input <= LAST_SERIAL ? serialDate(input) : undefined;
  if (typeof input !== "string") return undefined;
  const s = input.normalize("NFKC").trim().replace(/\s+/g, "");
  let m: RegExpMatchArray | null;
  if ((m = s.match(/^(\d{4})年?[-–—~至到](\d{4}|\d{2})年?$/))) {
    const [start, end] = [Number(m[1]), Number(m[2].length === 2 ? `${m[1].slice(0, 2)}${m[2]}` : m[2])];
    // (Else a month: "2025-06".)
    if (end > start) return `${start}-${end}`;
  }
  if ((m = s.match(/^(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?$/))) {
    const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
    return mo >= 1 && mo <= 12 && d >= 1 && d <= 31 ? `${y}-${two(mo)}-${two(d)}` : undefined;
  }
  if ((m = s.match(/^(\d{4})(?:[-/.]|年)(\d{1,2})月?$/))) {
    const [y, mo] = [Number(m[1]), Number(m[2])];
    return mo >= 1 && mo <= 12 ? `${y}-${two(mo)}` : undefined;
  }
  return undefined;
}

function checked(period: string, kind: string, n: string): Result<string> {
  return kind === "H" && Number(n) > 2 ? failWith("badArgument", "noHalf", { period: `H${n}` }) : ok(period);
}
