/**
 * A typed value must be the number printed in its `raw` text (after undoing the unit conversion and
 * any `scale`). This catches a mistyped digit that the line check cannot (raw "376T", value 367).
 * The report sometimes writes numbers in words or magnitudes ("十倍", "300万P", "1.8K"); those facts
 * were read by hand and are listed, with why, in raw-value-exceptions.json.
 */
import { readFileSync } from "fs";
import { join } from "path";
import type { Fact } from "../../../src/data/catalog";
import { stripMarkup } from "../../../src/data/normalize";
import { testCatalog } from "../../support/catalog";

const catalog = testCatalog();
const units = new Map(catalog.units.map((u) => [u.id, u]));
const exceptions: { key: string; why: string }[] = JSON.parse(readFileSync(join(__dirname, "raw-value-exceptions.json"), "utf8"));

export const factKeyOf = (f: Fact) => [f.dataset, f.line, f.entity, f.metric, f.period ?? "", f.variant ?? ""].join("|");

/** The numbers as entered in the data file (before conversion to the metric's unit). */
function entered(f: Fact): number[] {
  const from = units.get(f.unitAsEntered ?? "");
  const to = units.get(f.unit ?? "");
  const back = (v: number) => (from && to ? (v * to.factor) / from.factor : v) / (f.scale ?? 1);
  return [f.value, f.low, f.high].filter((v): v is number => v !== undefined).map(back);
}

function printedNumbers(raw: string): number[] {
  // Thousands separators are ASCII commas in the report ("4,947"); a full-width comma separates figures.
  const text = stripMarkup(raw).replace(/(\d),(\d{3})(?!\d)/g, "$1$2").normalize("NFKC");
  return (text.match(/\d+(\.\d+)?/g) ?? []).map(Number);
}

function mismatches(): string[] {
  const out: string[] = [];
  for (const f of catalog.facts) {
    const values = entered(f);
    if (values.length === 0) continue;
    const printed = printedNumbers(f.raw);
    if (!values.every((v) => printed.some((n) => Math.abs(n - Math.abs(v)) <= 1e-9 * Math.max(1, n)))) out.push(factKeyOf(f));
  }
  return out;
}

test("every typed value is a number printed in its raw text, or a reviewed exception", () => {
  const allowed = new Set(exceptions.map((e) => e.key));
  expect(mismatches().filter((k) => !allowed.has(k))).toEqual([]);
});

test("every exception still names a fact that needs it", () => {
  const current = new Set(mismatches());
  expect(exceptions.filter((e) => !current.has(e.key)).map((e) => e.key)).toEqual([]);
  for (const e of exceptions) expect(e.why.length).toBeGreaterThan(5);
});
