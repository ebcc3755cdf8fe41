/** US AI stock moves from the report's table (G001): STOCK.* */
import type { Entity, Fact } from "../data/catalog";
import type { Atlas } from "./atlas";
import type { Derived } from "./capex";
import { formatNumber } from "./facts";
import { failWith, same } from "./messages";
import { serialDate } from "./periods";
import { andThen, ok, type Result } from "./result";

export function resolveStock(atlas: Atlas, name: string): Result<Entity> {
  return atlas.resolveEntity(name, "stock (ticker or company)", ["company"], (e) => atlas.facts(e.id, "stock_close").length > 0);
}

/** Closing-price dates the report gives, ISO. */
export function stockDates(atlas: Atlas, stock: Entity): string[] {
  return [...new Set(atlas.facts(stock.id, "stock_close").map((f) => f.period as string))].sort();
}

/**
 * A date argument: ISO text ("2025-04-07", "2025/4/7", "20250407") or an Excel date serial (45754),
 * which is what a cell formatted as a date passes. A month and day without a year, as the report's table
 * heads its columns ("收盘价-4月7日", L130: "4月7日", also "4/7"), is "--04-07" (ISO 8601's month-day), matched
 * against the dates the report gives (stockPrice).
 */
export function parseDate(input: unknown): Result<string> {
  if (typeof input === "number" && Number.isInteger(input) && input > 0 && input < 2958466) return ok(serialDate(input));
  const s = typeof input === "string" ? input.normalize("NFKC").trim() : "";
  const m = /^(\d{4})[-/.年]?(\d{1,2})[-/.月]?(\d{1,2})日?$/.exec(s);
  if (m) {
    const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
    if (mo >= 1 && mo <= 12 && d >= 1 && d <= 31) return ok(`${y}-${String(mo).padStart(2, "0")}-${String(d).padStart(2, "0")}`);
  }
  const md = /^(\d{1,2})(?:月(\d{1,2})日?|\/(\d{1,2}))$/.exec(s);
  if (md) {
    const [mo, d] = [Number(md[1]), Number(md[2] ?? md[3])];
    if (mo >= 1 && mo <= 12 && d >= 1 && d <= 31) return ok(`--${String(mo).padStart(2, "0")}-${String(d).padStart(2, "0")}`);
  }
  return failWith("badArgument", "expected", {
    name: "date",
    expected: { en: 'a date such as "2025-04-07" (or a cell holding a date)', zh: '日期（如 "2025-04-07"，或含日期的单元格）' },
    got: JSON.stringify(input),
  });
}

/** A parsed date as a message quotes it: a month-day as typed ("5月1日"), not as "--05-01". */
const shownDate = (date: string, input: unknown): string => (isMonthDay(date) ? String(input).normalize("NFKC").trim() : date);

/** Whether parseDate read a month and day without a year ("--04-07"). */
const isMonthDay = (date: string): boolean => date.startsWith("--");

export function stockPrice(atlas: Atlas, name: string, dateInput: unknown): Result<Fact> {
  return andThen(resolveStock(atlas, name), (stock) =>
    andThen(parseDate(dateInput), (date) => {
      // A month-day ("--04-07") is the report's date of that month and day, where it gives one only.
      const closes = atlas.facts(stock.id, "stock_close");
      const onDay = isMonthDay(date) ? closes.filter((f) => f.period?.slice(4) === date.slice(1)) : closes.filter((f) => f.period === date);
      const fact = new Set(onDay.map((f) => f.period)).size === 1 ? onDay[0] : undefined;
      return fact?.value !== undefined
        ? ok(fact)
        : failWith("missingFact", "noFigure", {
            label: { en: `${atlas.displayName(stock)} close on ${shownDate(date, dateInput)}`, zh: `${atlas.displayName(stock)} ${shownDate(date, dateInput)} 的收盘价` },
            gives: stockDates(atlas, stock),
          });
    }),
  );
}

/** The move between the report's two closes (2025-04-07 to 2025-06-13), recomputed, as a fraction; the printed % travels along. */
export function stockReturn(atlas: Atlas, name: string): Result<Derived> {
  return andThen(resolveStock(atlas, name), (stock) => {
    const closes = atlas
      .facts(stock.id, "stock_close")
      .filter((f) => f.value !== undefined)
      .sort((a, b) => String(a.period).localeCompare(String(b.period)));
    if (closes.length < 2) return failWith("missingFact", "fewerThanTwo", { label: same(atlas.displayName(stock)), detail: "closes" });
    const [first, last] = [closes[0], closes[closes.length - 1]];
    if ((first.value as number) <= 0) return failWith("impossible", "undefinedFrom", { label: { en: "a return", zh: "涨跌幅" }, detail: `a price of ${first.value}` });
    return ok({
      value: (last.value as number) / (first.value as number) - 1,
      method: `${formatNumber(last.value as number)} / ${formatNumber(first.value as number)} − 1, closes ${last.period} (line ${last.line}) and ${first.period} (line ${first.line})`,
      inputs: [first, last],
      stated: atlas.facts(stock.id, "stock_return")[0],
    });
  });
}
