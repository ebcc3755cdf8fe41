/** Number formats for figures as the report prints them, and rates as percentages. */
import type { Fact } from "../../../src/data/catalog";
import { printedFormat, RATE_FORMAT } from "../../../src/domain/formats";
import { formatValue } from "../../../src/office/format";

const fact = (raw: string, value: number, unit?: string): Fact => ({ index: 0, dataset: "d", entity: "e", metric: "m", line: 1, raw, value, ...(unit ? { unit } : {}) });

test.each([
  ["2024年768亿元", 768, undefined, 768, "768"],
  ["5,454.1亿元", 5454.1, undefined, 5454.1, "5,454.1"],
  ["带宽3.20TB/s", 3.2, "TB/s", 3.2, "3.20"],
  ["同比增长22.59%", 22.59, "%", 0.2259, "22.59%"],
  ["同比增长22.59%", 22.59, "%", 22.59, "22.59%"],
  ["752-800", 800, undefined, 800, "800"],
])("%s as %s shows %s", (raw, value, unit, returned, shown) => {
  expect(formatValue(returned, printedFormat(fact(raw, value, unit), returned))).toBe(shown);
});

test("a value the fact does not hold (converted to another unit) keeps General", () => {
  expect(printedFormat(fact("768亿元", 768), 76.8)).toBe("General");
  expect(formatValue(0.135755, RATE_FORMAT)).toBe("13.58%");
});
