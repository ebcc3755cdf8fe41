/**
 * What a cell shows under an Excel number format, for the preview workbook: the formats the add-in
 * writes ("0.0", "#,##0", "#,##0;(#,##0)", "0%", "0.00%", "General", "General\" TFLOPS\"", "@").
 * Not a general Excel formatter: anything else falls back to General.
 */
import type { CellValue } from "./workbook";

export function general(n: number): string {
  if (!Number.isFinite(n)) return "#NUM!";
  if (Number.isInteger(n) && Math.abs(n) < 1e11) return String(n);
  const s = Number(n.toPrecision(10)).toString();
  return s.length > 11 ? n.toPrecision(6).replace(/\.?0+(e|$)/, "$1") : s;
}

function withThousands(digits: string): string {
  return digits.replace(/\B(?=(\d{3})+(?!\d))/g, ",");
}

function applySection(n: number, section: string): string {
  const literals: string[] = [];
  const body = section.replace(/"([^"]*)"/g, (_, lit: string) => {
    literals.push(lit);
    return `\u0000${literals.length - 1}\u0000`;
  });
  const restore = (s: string) => s.replace(/\u0000(\d+)\u0000/g, (_, i: string) => literals[Number(i)]);
  if (/general/i.test(body)) return restore(body.replace(/general/i, general(n)));
  const m = /[#0,]*0[#0,]*(\.[0#]+)?|#[#,]*/.exec(body);
  if (!m) return restore(body);
  const pattern = m[0];
  const percent = body.includes("%");
  const decimals = pattern.includes(".") ? pattern.length - pattern.indexOf(".") - 1 : 0;
  const scaled = percent ? n * 100 : n;
  const fixed = Math.abs(scaled).toFixed(decimals);
  const [int, frac] = fixed.split(".");
  const digits = pattern.includes(",") ? withThousands(int) : int;
  const number = `${scaled < 0 && !/[()]/.test(body) ? "-" : ""}${digits}${frac ? "." + frac : ""}`;
  return restore(body.slice(0, m.index) + number + body.slice(m.index + pattern.length));
}

export function formatValue(value: CellValue, format: string | undefined): string {
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  if (typeof value === "string") return value;
  if (!format || format === "@" || format === "General") return general(value);
  const sections = format.split(";");
  if (value < 0 && sections.length > 1) return applySection(-value, sections[1]);
  return applySection(value, sections[0]);
}
