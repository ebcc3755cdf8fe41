/**
 * Capex companies by their listed tickers, as analysts type them (the report prints names only: 腾讯, 阿里巴巴,
 * 百度, L1295, L1335, L1385), and o3-mini as the Qwen3 table's column is usually shortened (L1360:
 * "OpenAI-o3-mini Medium", AIME'25 74.8 at L1363).
 */
import { installCustomFunctions, outcome } from "../../support/custom-functions";

installCustomFunctions();
// eslint-disable-next-line @typescript-eslint/no-require-imports -- after the CustomFunctions global exists
const fns = require("../../../src/functions/functions") as Record<string, (...args: unknown[]) => unknown>;
const capex = (company: string) => outcome(() => fns.capexSeries(company, null, null));

test.each([
  ["0700.HK", "Tencent"],
  ["TCEHY", "Tencent"],
  ["9988.HK", "Alibaba"],
  ["BABA", "Alibaba"],
  ["BIDU", "Baidu"],
  ["9888.HK", "Baidu"],
])("CAPEX.SERIES(%j) is %s's", (ticker, company) => {
  expect(capex(ticker)).toEqual(capex(company));
  expect(capex(ticker)).toEqual({ value: expect.any(Array) });
});

test('MODEL.SCORE("o3-mini", "AIME\'25") = 74.8 (L1363)', () => {
  expect(outcome(() => fns.modelScore("o3-mini", "AIME'25", null))).toEqual({ value: 74.8 });
});
