/**
 * The one catalogue of failure messages: each kind of failure the inspector and the audit show is worded
 * in Chinese in the Chinese pane (names and figures as printed), while Excel's cell keeps the English text.
 */
import { Atlas } from "../../../src/domain/atlas";
import { messageOf } from "../../../src/domain/messages";
import { EXCEL_CODE } from "../../../src/domain/result";
import { inspect } from "../../../src/sharing/inspector";
import { ADDIN_IDS } from "../../../src/sharing/ids";
import { testCatalog } from "../../support/catalog";

const atlas = new Atlas(testCatalog());

/** The inspector's one finding for a formula typed into a cell. */
function finding(formula: string) {
  const [f, ...more] = inspect(atlas, [{ sheet: "S", address: "A1", formula }], ADDIN_IDS, () => "");
  if (!f || more.length > 0) throw new Error(`${formula}: ${more.length + (f ? 1 : 0)} findings`);
  return f;
}

const CASES: [string, string, RegExp, RegExp][] = [
  // formula, Excel code, English (the cell's message, as before), Chinese (the pane)
  ['=AICHIP.SPEC("910X","FP16")', "#N/A", /^Unknown chip "910X"\. Did you mean/, /^未知的芯片 "910X"。您是不是要找/],
  ['=AICHIP.SPEC("910C","FP17")', "#N/A", /^Unknown metric for 910C "FP17"\..* The report gives: /, /^未知的910C 的指标 "FP17"。.*报告给出：/],
  [
    '=ATLAS.VALUE("Tencent","capex")',
    "#N/A",
    /^Tencent \(腾讯\) Capital expenditure is given for several periods: name one of "2020", "2024"/,
    /^Tencent \(腾讯\) 资本开支有多个期间的数据，请指定其一："2020"、"2024"/,
  ],
  [
    '=ATLAS.VALUE("Tencent","capex",2012)',
    "#N/A",
    /^The report gives no Tencent \(腾讯\) Capital expenditure for 2012\. It gives: 2020, 2024, /,
    /^报告未给出Tencent \(腾讯\) 资本开支（2012）。报告给出：2020、2024、/,
  ],
  ['=AICHIP.SPEC("910C","FP16","sparse")', "#N/A", /^The report gives no sparse 910C/, /^报告未给出稀疏的910C FP16.*；报告给出的是未注明稀疏或稠密的数据/],
  ['=AICHIP.SPEC("NVIDIA","FP16")', "#N/A", /^"NVIDIA" is a company; name one of its chips: /, /^"NVIDIA" 是公司；请指定其芯片之一：/],
  [
    '=STOCK.PRICE("NVDA","2025-01-02")',
    "#N/A",
    /^The report gives no NVIDIA \(英伟达\) close on 2025-01-02\. It gives: 2025-04-07, 2025-06-13\.$/,
    /^报告未给出NVIDIA \(英伟达\) 2025-01-02 的收盘价。报告给出：2025-04-07、2025-06-13。$/,
  ],
  [
    '=MARKET.CAGR("Global ASIC market",2024,2030,"stated")',
    "#N/A",
    /^The report states no CAGR for Global ASIC market \(全球ASIC市场\) over 2024-2030\. It states: /,
    /^报告没有给出Global ASIC market \(全球ASIC市场\) 的复合增速（2024-2030）。报告给出：/,
  ],
  [
    '=AICHIP.SERVERS("910C",-5)',
    "#VALUE!",
    /^target_pflops must be a positive number of PFLOPS, such as 1000, not -5\.$/,
    /^target_pflops 应为正数（PFLOPS），如 1000，而不是 -5。$/,
  ],
  ['=AICHIP.SERVERS("910C","many")', "#VALUE!", /^target_pflops must be a number, not "many"\.$/, /^target_pflops 须为数字，而不是 "many"。$/],
  [
    '=CAPEX.SERIES("Tencent",,,"weekly")',
    "#VALUE!",
    /^frequency must be "annual" \(or "A", 年度\) or "quarterly" \(or "Q", 季度\), not "weekly"\.$/,
    /^frequency 应为"annual"（或 "A"、年度）或 "quarterly"（或 "Q"、季度），而不是 "weekly"。$/,
  ],
  ['=CAPEX.CAGR("Tencent","soon",2024)', "#VALUE!", /^start_year must be a year such as 2024, not "soon"\.$/, /^start_year 应为年份（如 2024），而不是 "soon"。$/],
  ['=CAPEX.CAGR("Tencent",2024,2020)', "#VALUE!", /^end_year \(2020\) must come after start_year \(2024\)\.$/, /^end_year（2020）须晚于 start_year（2024）。$/],
  ['=SUPPLIERS("NVQD","fr")', "#VALUE!", /^language must be "en"/, /^language 应为"en"（尽量用英文名）/],
  ['=CAPEX.CAGR("Tencent",2024,2024)', "#NUM!", /^A CAGR needs two different years; start_year and end_year are both 2024\.$/, /^复合增速需要两个不同的年份；两者都是 2024。$/],
];

test.each(CASES)("%s: %s, English in the cell, Chinese in the Chinese pane", (formula, code, en, zh) => {
  const f = finding(formula);
  expect(f.error).toBe(code);
  expect(f.message).toMatch(en);
  expect(messageOf(f.failure, "en")).toBe(f.message);
  expect(messageOf(f.failure, "zh")).toMatch(zh);
});

test("every kind of failure reads as Chinese in the Chinese pane", () => {
  const kinds = new Set<string>();
  for (const [formula] of CASES) {
    const f = finding(formula);
    kinds.add(f.failure.code);
    expect(messageOf(f.failure, "zh")).toMatch(/[\u4e00-\u9fff]/);
    expect(messageOf(f.failure, "zh")).not.toMatch(/^(Unknown|The report|must be|A CAGR)/);
  }
  expect([...kinds].sort()).toEqual(Object.keys(EXCEL_CODE).sort());
});
