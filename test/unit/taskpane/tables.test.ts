/** The table builder: what inserting a dataset writes, as values and as live formulas. */
import { Atlas } from "../../../src/domain/atlas";
import { headerWithUnit, parsePrinted, tableView, textWidth, uniqueHeaders } from "../../../src/domain/tableView";
import { evaluateStandalone } from "../../../src/formula/atlas";
import { countFormulas, tableWrite, unitFormat, withFormulas } from "../../../src/taskpane/tables";
import { testCatalog } from "../../support/catalog";

const atlas = new Atlas(testCatalog());
const dataset = (id: string) => {
  const d = atlas.datasets.get(id);
  if (!d) throw new Error(`no dataset ${id}`);
  return d;
};

describe("parsePrinted: a printed cell as Excel should hold it", () => {
  test.each([
    ["768", undefined, 768, "0"],
    ["126.70", "0.00", 126.7, "0.00"],
    ["5,454", "#,##0", 5454, "#,##0"],
    ["5,454", undefined, 5454, "#,##0"],
    ["(10174)", "#,##0;(#,##0)", -10174, "#,##0;(#,##0)"],
    ["195%", "0%", 1.95, "0%"],
    ["38.52%", undefined, 0.3852, "0.00%"],
    ["+299%", undefined, 2.99, "0%"],
    ["-24%", undefined, -0.24, "0%"],
    ["759.0", "0.0", 759, "0.0"],
  ])("%s (column format %s) -> %s as %s", (printed, format, value, shown) => {
    expect(parsePrinted(printed, format)).toEqual({ value, format: shown });
  });

  test.each(["376T", "354/708", "-", "1-2", "约3P", "64G HBM2e", "(10174)", "Llama3.1-405B", ""])("%s stays text, formatted as text", (printed) => {
    expect(parsePrinted(printed)).toEqual({ value: printed, format: "@" });
  });
});

describe("headers and widths", () => {
  test("a unit is added unless the header names it", () => {
    expect(headerWithUnit("功耗（W）", "W")).toBe("功耗（W）");
    expect(headerWithUnit("收盘价-4月7日", "USD")).toBe("收盘价-4月7日 (USD)");
    expect(headerWithUnit("Item", undefined)).toBe("Item");
  });
  test("Excel headers are made unique and non-empty", () => {
    expect(uniqueHeaders(["Value", "value", "", "Value"])).toEqual(["Value", "value (2)", "Column 3", "Value (3)"]);
  });
  test("CJK counts double", () => {
    expect(textWidth("910B 昇腾")).toBe(9);
  });
});

describe("a printed table (domestic AI cards, §2.3.1)", () => {
  const view = tableView(atlas, dataset("domestic_ai_cards_comparison"), "zh");

  test("title, headers as printed, rows with their lines, the source line", () => {
    expect(view.kind).toBe("table");
    expect(view.title).toBe(dataset("domestic_ai_cards_comparison").title.zh);
    expect(view.columns.map((c) => c.header)[1]).toBe("910B OAM");
    expect(view.rows[0].line).toBe(1576);
    expect(view.rows[0].cells.map((c) => c.printed)).toEqual(["单卡算力 FP16稠密", "376T", "190T", "240T", "240T", "100T", "128T", "96T"]);
    expect(view.source).toMatch(/^资料来源：.* \/ Source: report §2\.3\.1, lines 1576–\d+$/);
  });

  test("cells know the fact they print: the same figure in two columns goes to each column's chip", () => {
    const [, b910, , t100, c500] = view.rows[0].cells;
    expect(b910.fact?.entity).toBe("ascend-910b");
    expect(t100.fact?.entity).toBe("tecorigin-t100");
    expect(c500.fact?.entity).toBe("metax-c500");
  });

  test("values mode writes the printed text, formatted as text; no formulas", () => {
    const write = tableWrite(view);
    expect(write.rows[0][1]).toEqual({ value: "376T", format: "@" });
    expect(write.rows.flat().some((c) => c.formula)).toBe(false);
    expect(write.headers).toHaveLength(8);
    expect(write.widths.every((w) => w >= 6 && w <= 48)).toBe(true);
    expect(write.name).toBe("Atlas_domestic_ai_cards_comparison");
  });

  test("formulas mode: a figure printed with its unit becomes a live formula showing the unit; approximate figures stay as printed", () => {
    const live = withFormulas(atlas, view);
    const cell = live.rows[0].cells[1];
    expect(cell).toMatchObject({ formula: '=AICHIP.SPEC("910B","FP16","910B OAM")', value: 376, format: unitFormat("TFLOPS") });
    expect(live.rows[1].cells[1]).toMatchObject({ printed: "约3P", value: "约3P", format: "@" });
    expect(live.rows[1].cells[1].formula).toBeUndefined();
    expect(live.rows[2].cells[1]).toMatchObject({ printed: "64G HBM2e", value: "64G HBM2e" }); // holds more than the figure
    expect(live.rows[2].cells[1].formula).toBeUndefined();
  });
});

describe("number formats from the report (US AI stock returns, §1.1.1)", () => {
  const live = withFormulas(atlas, tableView(atlas, dataset("us_ai_stock_returns_20250407_20250613"), "en"));
  test("closes are live formulas formatted 0.00, the change stays a percent value", () => {
    const [, , company, close1, close2, change] = live.rows[0].cells;
    expect(company.value).toBe("CoreWeave");
    expect(close1).toMatchObject({ formula: '=ATLAS.VALUE("CoreWeave","stock_close","2025-04-07")', value: 49.85, format: "0.00" });
    expect(close2.formula).toMatch(/^=ATLAS\.VALUE\(/);
    expect(change).toMatchObject({ value: 1.95, format: "0%" });
    expect(live.columns[3].header).toBe("Close 2025-04-07 (USD)");
  });
});

describe("a dataset without a printed table lists its figures and names", () => {
  test("figures: one row each, with unit, text as printed and line; live formulas in formulas mode", () => {
    const view = tableView(atlas, dataset("bat_capex_annual"), "en");
    expect(view.kind).toBe("figures");
    expect(view.columns.map((c) => c.header)).toEqual(["Subject", "Metric", "Period", "Variant", "Value", "Unit", "As printed", "Line"]);
    expect(view.rows[0].cells.map((c) => c.value)).toEqual(["BAT (Baidu, Alibaba, Tencent)", "Capital expenditure", "2022", "", 687.4, "CNY 100m", "2022年687.4亿元", 1385]);
    expect(view.source).toBe("资料来源：报告 2.2.1 / Source: report §2.2.1, line 1385");
    const live = withFormulas(atlas, view);
    expect(live.rows[0].cells[4].formula).toBe('=ATLAS.VALUE("BAT","capex","2022")');
  });

  test("lists: one row per name as printed", () => {
    const d = dataset("nvidia_mgx_liquid_cooling_suppliers");
    const view = tableView(atlas, d, "zh");
    const members = d.listIds.reduce((n, id) => n + (atlas.lists.get(id)?.members.length ?? 0), 0);
    expect(view.rows).toHaveLength(members);
    expect(view.rows[0].cells[1].value).toBe("供应商");
  });
});

describe("every dataset", () => {
  test.each(["en", "zh"] as const)("builds in %s; every live formula evaluates to exactly the value written", (lang) => {
    let formulas = 0;
    for (const d of atlas.catalog.datasets) {
      const live = withFormulas(atlas, tableView(atlas, d, lang));
      formulas += countFormulas(live);
      for (const row of live.rows) {
        expect(row.cells).toHaveLength(live.columns.length);
        for (const cell of row.cells) {
          if (!cell.formula) continue;
          const result = evaluateStandalone(atlas, cell.formula);
          expect(result).toEqual({ ok: true, value: cell.value });
          expect(cell.format).not.toBe("@");
        }
      }
    }
    expect(formulas).toBeGreaterThan(1000);
  });
});
