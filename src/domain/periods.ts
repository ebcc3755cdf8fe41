/**
 * Period arguments as analysts type them, to the catalogue's canonical form: 2024 or "2024" -> "2024";
 * "1Q25", "Q1 2025", "2025Q1", "25Q1", "2025 Q1" -> "2025Q1"; "1H25", "2025H1" -> "2025H1". A fiscal
 * prefix is kept ("FY26Q1" -> "FY2026Q1"): NVIDIA's fiscal quarters are not calendar quarters.
 */
import type { Fact } from "../data/catalog";
import { lookupKey } from "../data/normalize";
import { failWith } from "./messages";
import { ok, type Result } from "./result";

const EXPECTED = { en: 'a year such as 2024, or a quarter such as "2025Q1" or "1Q25"', zh: '年份（如 2024）或季度（如 "2025Q1"、"1Q25"）' };

export function parsePeriod(input: unknown): Result<string> {
  if (typeof input === "number") {
    return Number.isInteger(input) && input >= 1900 && input <= 2100 ? ok(String(input)) : failWith("badArgument", "expected", { name: "period", expected: EXPECTED, got: String(input) });
  }
  if (typeof input !== "string") return failWith("badArgument", "expected", { name: "period", expected: EXPECTED });
  const s = input.normalize("NFKC").trim().toUpperCase().replace(/\s+/g, "");
  const fy = s.startsWith("FY") ? "FY" : "";
  const body = fy ? s.slice(2) : s;
  const year = (y: string) => (y.length === 2 ? `20${y}` : y);
  let m: RegExpMatchArray | null;
  if ((m = body.match(/^(\d{4})$/))) return ok(`${fy}${m[1]}`);
  if ((m = body.match(/^(\d{4}|\d{2})([QH])([1-4])$/))) return checked(`${fy}${year(m[1])}${m[2]}${m[3]}`, m[2], m[3]);
  if ((m = body.match(/^([1-4])([QH])(\d{4}|\d{2})$/))) return checked(`${fy}${year(m[3])}${m[2]}${m[1]}`, m[2], m[1]);
  if ((m = body.match(/^([QH])([1-4])(\d{4}|\d{2})$/))) return checked(`${fy}${year(m[3])}${m[1]}${m[2]}`, m[1], m[2]);
  if ((m = body.match(/^(\d{4})年?$/))) return ok(`${fy}${m[1]}`);
  return failWith("badArgument", "expected", { name: "period", expected: EXPECTED, got: `"${input}"` });
}

/**
 * The one period matcher: a period argument matched against the periods these facts have, compared
 * as names are (width, case, spaces and dashes ignored), their printed forms too with `printed`
 * ("2025年一季度"); else parsed (parsePeriod). Every query that takes a period reads it here.
 */
export function matchPeriod(input: unknown, facts: readonly Fact[], options: { printed?: boolean } = {}): Result<string> {
  const typed = lookupKey(typeof input === "string" || typeof input === "number" ? String(input) : "");
  const same = (p: string | undefined) => p !== undefined && lookupKey(p) === typed;
  const exact = facts.find((f) => same(f.period) || (options.printed === true && f.period !== undefined && same(f.periodAsPrinted)));
  return exact?.period ? ok(exact.period) : parsePeriod(input);
}

function checked(period: string, kind: string, n: string): Result<string> {
  return kind === "H" && Number(n) > 2 ? failWith("badArgument", "noHalf", { period: `H${n}` }) : ok(period);
}
