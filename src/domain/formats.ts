/**
 * Number formats for what the pane writes: a rate as a percentage, a figure with the decimals and
 * thousands separators the report prints it with. Pure; used by the builder's insert, entity pages and
 * series inserts, so a figure reads the same wherever it lands.
 */
import type { Fact } from "../data/catalog";
import { stripMarkup } from "../data/normalize";
import { formatFor, GENERAL } from "./tableView";

/** A growth rate, share or return held as a fraction (0.2259 shows as 22.59%). */
export const RATE_FORMAT = "0.00%";

const close = (a: number, b: number) => Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));

/** Every number printed in `raw` ("2024年768亿元" -> ["768"], "5,454.1" -> ["5,454.1"]). */
function printedNumbers(raw: string): string[] {
  return (
    stripMarkup(raw)
      .normalize("NFKC")
      .match(/\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?/g) ?? []
  );
}

/**
 * The format that shows `value` (what a formula returns for `fact`) as the report prints the figure.
 * A percent figure returned as a fraction gets a % format; returned in points, the points with a "%"
 * after them. General where the printed text holds no matching number (a converted unit, a range).
 */
export function printedFormat(fact: Fact, value: number): string {
  if (fact.value === undefined) return GENERAL;
  const percent = fact.unit === "%";
  const asFraction = percent && close(value, fact.value / 100) && !close(value, fact.value);
  if (!asFraction && !close(value, fact.value)) return GENERAL;
  const printed = printedNumbers(fact.raw).find((n) => close(Number(n.replace(/,/g, "")), Math.abs(fact.value as number)));
  if (!printed) return asFraction ? RATE_FORMAT : GENERAL;
  if (asFraction) return formatFor(printed, true);
  return percent ? `${formatFor(printed, false)}"%"` : formatFor(printed, false);
}
