/**
 * Each spec's `explain`: the facts behind the answer its `run` gives, checked against the report itself
 * (data/source/report.txt: the figure as printed on the line the explanation names), and the cell audit
 * laying them out without a per-function switch.
 */
import { readFileSync } from "fs";
import { join } from "path";
import type { Fact } from "../../../src/data/catalog";
import { stripMarkup } from "../../../src/data/normalize";
import { Atlas } from "../../../src/domain/atlas";
import { literalCall } from "../../../src/formula";
import { checkArgs } from "../../../src/functions/contract";
import { FUNCTION_SPECS, SPEC_BY_ID, type Explanation } from "../../../src/functions/registry";
import { auditFormula } from "../../../src/taskpane/audit";
import { testCatalog } from "../../support/catalog";

const atlas = new Atlas(testCatalog());
const REPORT_LINES = readFileSync(join(__dirname, "..", "..", "..", "data", "source", "report.txt"), "utf8").split("\n");
/** Report line n (1-based) as read, its Markdown emphasis removed (the figures are printed in bold). */
const reportLine = (n: number) => stripMarkup(REPORT_LINES[n - 1]);

/** The explanation of a formula of literal arguments, as the audit asks for it. */
function explain(formula: string): Explanation {
  const call = literalCall(formula, new Set(SPEC_BY_ID.keys()));
  if (!call) throw new Error(`not a call: ${formula}`);
  const spec = SPEC_BY_ID.get(call.id)!;
  const args = checkArgs(spec.args, call.args);
  if (!args.ok || !spec.explain) throw new Error(`${formula}: no explanation`);
  const e = spec.explain(atlas, args.value);
  if (!e.ok) throw new Error(`${formula}: ${e.failure.message}`);
  return e.value;
}

const factsOf = (e: Explanation): Fact[] =>
  e.kind === "fact" ? [e.fact] : e.kind === "facts" ? e.facts : e.kind === "derived" ? [...e.inputs, ...(e.stated ? [e.stated] : [])] : [];
/** A figure as the tests read it: its printed text and the report line that prints it. */
const printed = (f: Fact) => [f.raw, f.line];

test("every function whose answer comes from the report explains it; the three that do not are named", () => {
  expect(FUNCTION_SPECS.filter((s) => !s.explain).map((s) => s.id)).toEqual(["AICHIP.LIST", "ATLAS.DATASETS", "ATLAS.VERSION"]);
});

test.each(FUNCTION_SPECS.filter((s) => s.explain).map((s) => [s.id, s.example] as const))(
  "%s: its example's explanation names figures printed on their report lines",
  (_id, example) => {
    const e = explain(example);
    expect(e.about.en.length).toBeGreaterThan(0);
    for (const f of factsOf(e)) expect(reportLine(f.line)).toContain(f.raw);
    if (e.kind === "lists") for (const l of e.lists) expect(reportLine(l.line).length).toBeGreaterThan(0);
  },
);

describe("the facts behind each answer, as the report prints them", () => {
  test("AICHIP.SPEC: 910C FP16 is 800 TFLOPS on line 1683", () => {
    const e = explain('=AICHIP.SPEC("910C","FP16")');
    expect(e.kind === "fact" && [e.fact.value, e.fact.unit, e.fact.line]).toEqual([800, "TFLOPS", 1683]);
    expect(reportLine(1683)).toContain("800 TFLOPS/FP16");
  });

  test("AICHIP.COMPARE: 700 W over 400 W, each from its line", () => {
    const e = explain('=AICHIP.COMPARE("H100","A100","TDP")');
    if (e.kind !== "derived") throw new Error(e.kind);
    expect(e.method).toBe("700 W (H100) / 400 W (A100) = 1.75");
    expect(e.inputs.map((f) => [f.value, f.line])).toEqual([
      [700, 286],
      [400, 945],
    ]);
  });

  test("AICHIP.SERVERS: ceil(1000 × 1000 / (8 × 800)) from 910C's FP16 on line 1683", () => {
    const e = explain('=AICHIP.SERVERS("910C",1000)');
    if (e.kind !== "derived") throw new Error(e.kind);
    expect(e.method).toBe("ceil(1000 PFLOPS × 1000 / (8 × 800 TFLOPS)) = 157");
    expect(e.inputs.map(printed)).toEqual([["800 TFLOPS/FP16", 1683]]);
  });

  test("AICHIP.SOURCES: every 910B FP16 figure, 320 TFLOPS three times and 376T in the OAM table", () => {
    const e = explain('=AICHIP.SOURCES("910B","FP16")');
    if (e.kind !== "facts") throw new Error(e.kind);
    expect(e.facts.map(printed)).toEqual(
      expect.arrayContaining([
        ["算力320 TFLOPS/FP16", 1682],
        ["320 TFLOPS", 1703],
        ["376T", 1576],
      ]),
    );
  });

  test("AICHIP.METRICS and AICHIP.CARD: the default figure of each of 910C's specifications", () => {
    for (const formula of ['=AICHIP.METRICS("910C")', '=AICHIP.CARD("910C")']) {
      const e = explain(formula);
      if (e.kind !== "facts") throw new Error(e.kind);
      expect(e.about.en).toBe("910C");
      expect(e.facts.map(printed)).toEqual(expect.arrayContaining([["800 TFLOPS/FP16", 1683]]));
    }
  });

  test("CAPEX.VALUE and CAPEX.SERIES: Tencent's 275 (1Q25, line 1386), 366 (4Q24, line 1295), 144 (1Q24, line 1304)", () => {
    const v = explain('=CAPEX.VALUE("Tencent","1Q25")');
    expect(v.kind === "fact" && [v.fact.value, v.fact.period, v.fact.line]).toEqual([275, "2025Q1", 1386]);
    const s = explain('=CAPEX.SERIES("Tencent",,,"quarterly")');
    expect(factsOf(s).map((f) => [f.period, f.value, f.line])).toEqual([
      ["2024Q1", 144, 1304],
      ["2024Q4", 366, 1295],
      ["2025Q1", 275, 1386],
    ]);
  });

  test("CAPEX.YOY and CAPEX.QOQ: 275 / 144 − 1 and 275 / 366 − 1, with the report's own 90.97% and −24.86% beside them (R0: the most precise of 91% / 90.97%)", () => {
    const yoy = explain('=CAPEX.YOY("Tencent","1Q25")');
    if (yoy.kind !== "derived") throw new Error(yoy.kind);
    expect(yoy.method).toMatch(/^275 \/ 144 − 1/);
    expect(yoy.stated && printed(yoy.stated)).toEqual(["同比增速分别为90.97%，120.68%，42.3%", 1386]);
    const qoq = explain('=CAPEX.QOQ("Tencent","1Q25")');
    if (qoq.kind !== "derived") throw new Error(qoq.kind);
    expect(qoq.inputs.map((f) => [f.value, f.line])).toEqual([
      [366, 1295],
      [275, 1386],
    ]);
    expect(qoq.stated?.raw).toBe("环比分别为-24.86%，-22.54%，24.30%");
    expect(yoy.about.zh).toBe("Tencent (腾讯) · 资本开支同比 1Q25");
  });

  test("CAPEX.CAGR: 340 (2020) and 768 (2024) on line 1295, the report's 22.59% stated", () => {
    const e = explain('=CAPEX.CAGR("Tencent",2020,2024)');
    if (e.kind !== "derived") throw new Error(e.kind);
    expect(e.inputs.map(printed)).toEqual([
      ["2020年340亿元", 1295],
      ["2024年768亿元", 1295],
    ]);
    expect(e.stated?.raw).toBe("年均复合增长率（CAGR）约为22.59%");
  });

  test("MARKET.SIZE and MARKET.CAGR: 300 (2027, line 1872); 65 → 152 on line 167 with the stated 12.8%", () => {
    const size = explain('=MARKET.SIZE("AI ASIC market",2027)');
    expect(size.kind === "fact" && printed(size.fact)).toEqual(["增长至2027年的300亿美元", 1872]);
    const cagr = explain('=MARKET.CAGR("Global ASIC market",2024,2033)');
    if (cagr.kind !== "derived") throw new Error(cagr.kind);
    expect(cagr.inputs.map((f) => [f.value, f.line])).toEqual([
      [65, 167],
      [152, 167],
    ]);
    expect(cagr.stated?.raw).toBe("复合增速达到12.8%");
    const stated = explain('=MARKET.CAGR("Global ASIC market",,,"stated")');
    expect(stated.kind === "fact" && printed(stated.fact)).toEqual(["复合增速达到12.8%", 167]);
  });

  test("MODEL.SCORE, STOCK.PRICE, STOCK.RETURN: 91.4 (line 1165); 141.97 and 97.63 (line 138) with the stated 45%", () => {
    const score = explain('=MODEL.SCORE("DeepSeek-R1-0528","AIME 2024")');
    expect(score.kind === "fact" && [score.fact.value, score.fact.line]).toEqual([91.4, 1165]);
    const price = explain('=STOCK.PRICE("NVDA","2025-06-13")');
    expect(price.kind === "fact" && printed(price.fact)).toEqual(["141.97", 138]);
    const ret = explain('=STOCK.RETURN("NVDA")');
    if (ret.kind !== "derived") throw new Error(ret.kind);
    expect(ret.inputs.map((f) => f.value)).toEqual([97.63, 141.97]);
    expect(ret.stated?.raw).toBe("45%");
  });

  test("SUPPLIERS, SUPPLIERS.COMMON, SUPPLIERS.OF, PICKS: the lists read, with their lines", () => {
    const lists = (formula: string) => {
      const e = explain(formula);
      if (e.kind !== "lists") throw new Error(e.kind);
      return { lines: e.lists.map((l) => l.line), count: e.count };
    };
    expect(lists('=SUPPLIERS("NVQD")')).toEqual({ lines: [371], count: 12 });
    expect(lists('=SUPPLIERS.COMMON("NVQD","UQD")')).toEqual({ lines: [371, 370], count: 7 });
    expect(lists('=SUPPLIERS.OF("立讯精密")')).toEqual({ lines: [392, 1415], count: 2 });
    expect(lists('=PICKS("PCB")')).toEqual({ lines: [29], count: 6 });
    expect(reportLine(371)).toContain("NVQD");
  });

  test("ATLAS.VALUE, ATLAS.SOURCE, ATLAS.TABLE: the figure, every figure, the dataset", () => {
    const v = explain('=ATLAS.VALUE("Tencent","capex",2024)');
    expect(v.kind === "fact" && printed(v.fact)).toEqual(["2024年768亿元", 1295]);
    const s = explain('=ATLAS.SOURCE("Tencent","capex_yoy","2025Q1")');
    expect(factsOf(s).map(printed)).toEqual(
      expect.arrayContaining([
        ["同比增长91%达到275亿元", 1296],
        ["+299%", 1302],
      ]),
    );
    const t = explain('=ATLAS.TABLE("tencent_capex_annual")');
    expect(t.kind === "dataset" && t.dataset.id).toBe("tencent_capex_annual");
  });
});

describe("the audit lays out any explanation", () => {
  test("a table of figures (AICHIP.SOURCES) lists each with its line, none marked as the one returned", () => {
    const audit = auditFormula(atlas, '=AICHIP.SOURCES("910B","FP16")', "", "en");
    if (audit.kind !== "facts") throw new Error(audit.kind);
    expect(audit.figures.map((f) => f.source.line)).toEqual(expect.arrayContaining([1682, 1576]));
    expect(audit.figures.some((f) => f.chosen)).toBe(false);
  });

  test("a derivation (STOCK.RETURN) in Chinese: what it computes in Chinese, its inputs and the stated figure", () => {
    const audit = auditFormula(atlas, '=STOCK.RETURN("NVDA")', "", "zh");
    if (audit.kind !== "derived") throw new Error(audit.kind);
    expect(audit.what).toBe("美股AI公司2025/4/7至6/13涨跌幅（小数）: NVIDIA (英伟达) · 涨跌幅 2025-04-07–2025-06-13");
    expect(audit.inputs.map((f) => f.source.line)).toEqual([138, 138]);
    expect(audit.stated?.figure).toBeDefined();
  });

  test("a dataset (ATLAS.TABLE) shows where its table is printed; a function of no fact shows its value", () => {
    const table = auditFormula(atlas, '=ATLAS.TABLE("tencent_capex_annual")', "", "en");
    if (table.kind !== "dataset") throw new Error(table.kind);
    expect(table.source.dataset.id).toBe("tencent_capex_annual");
    expect(reportLine(table.source.line)).toContain(table.source.heading.slice(0, 4));
    expect(auditFormula(atlas, "=ATLAS.VERSION()", "", "en")).toMatchObject({ kind: "value" });
  });
});
