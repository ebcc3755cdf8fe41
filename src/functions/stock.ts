/** The STOCK family: the report's two closes of US AI stocks and the move between them. */
import type { Atlas } from "../domain/atlas";
import { resolveStock, stockDates, stockPrice, stockReturn } from "../domain/stocks";
import { unitLabel } from "../domain/units";
import { answered, entityOf, str, type ArgValue, type Choice, type FunctionSpec } from "./spec";

const stockChoices = (atlas: Atlas): Choice[] =>
  atlas.catalog.entities
    .filter((e) => atlas.facts(e.id, "stock_close").length > 0)
    .map((e) => ({ value: e.ticker ?? atlas.formulaName(e), label: `${e.ticker ?? ""} ${atlas.displayName(e)}`.trim() }));

const stockDateChoices = (atlas: Atlas, before: ArgValue[]): Choice[] => {
  const stock = resolveStock(atlas, str(before[0]));
  return stock.ok ? stockDates(atlas, stock.value).map((d) => ({ value: d, label: d })) : [];
};

export const STOCK_SPECS: readonly FunctionSpec[] = [
  {
    id: "STOCK.RETURN",
    family: "STOCK",
    help: { en: "A US AI stock's move from 2025-04-07 to 2025-06-13, as a fraction, recomputed from the report's closes", zh: "美股AI公司2025/4/7至6/13涨跌幅（小数）" },
    example: '=STOCK.RETURN("NVDA")',
    shape: "scalar",
    result: "number",
    rate: true,
    doc: "A US AI stock's move between the report's two closes (2025-04-07 and 2025-06-13, forward-adjusted), recomputed from the closes, as a fraction; the report's rounded percentage is shown by ATLAS.SOURCE. Example: =STOCK.RETURN(\"NVDA\") returns 0.4542 (141.97 / 97.63 − 1).",
    returns: "The return as a fraction.",
    args: [
      { name: "ticker", kind: "text", help: 'Ticker or company, e.g. "NVDA", "CRWV.O", "英伟达"', choices: stockChoices, zh: '股票代码或公司，如 "NVDA"、"CRWV.O"、"英伟达"' },
    ],
    ...answered(
      (atlas, [ticker]) => stockReturn(atlas, str(ticker)),
      (d) => d.value,
      (d, atlas) => {
        const name = atlas.displayName(entityOf(atlas, d.inputs[0]));
        const span = `${d.inputs[0].period ?? ""}–${d.inputs[d.inputs.length - 1].period ?? ""}`;
        return { kind: "derived", about: { en: `${name} · return ${span}`, zh: `${name} · 涨跌幅 ${span}` }, method: d.method, inputs: d.inputs, stated: d.stated };
      },
    ),
  },
  {
    id: "STOCK.PRICE",
    family: "STOCK",
    help: { en: "A US AI stock's close (USD, forward-adjusted) on a date the report gives", zh: "美股AI公司收盘价（美元，前复权）" },
    example: '=STOCK.PRICE("NVDA","2025-06-13")',
    shape: "scalar",
    result: "number",
    doc: 'A US AI stock\'s close in USD (forward-adjusted, as the report prints it) on 2025-04-07 or 2025-06-13. Example: =STOCK.PRICE("NVDA","2025-06-13") returns 141.97.',
    returns: "The close in USD.",
    args: [
      { name: "ticker", kind: "text", help: 'Ticker or company, e.g. "NVDA"', choices: stockChoices, zh: '股票代码或公司，如 "NVDA"' },
      {
        name: "date",
        kind: "raw",
        help: '"2025-04-07" or "2025-06-13" (or as the table heads them, "4月7日"), or a cell holding one of those dates',
        choices: stockDateChoices,
        zh: '"2025-04-07" 或 "2025-06-13"（或按表头写作 "4月7日"），或含其中一个日期的单元格',
      },
    ],
    ...answered(
      (atlas, [ticker, date]) => stockPrice(atlas, str(ticker), date),
      (f) => f.value as number,
      (f, atlas) => {
        const name = atlas.displayName(entityOf(atlas, f));
        return { kind: "fact", about: { en: `${name} · close · ${f.period ?? ""} (USD)`, zh: `${name} · 收盘价 · ${f.period ?? ""} (${unitLabel(atlas, "USD", "zh")})` }, fact: f };
      },
    ),
  },
];
