/**
 * Issue 14's pages, search, charts and report viewer, in preview mode (the built pane in Debian's
 * Chromium): entity pages that show their data, search that answers with figures, charts drawn with
 * @fluentui/react-charts, the report opened at the cited line, series inserted wide, Chinese with no
 * English left outside data and formulas, and keyboard use. Each asserts what lands in the grid where
 * something is written; screenshots go to test-results/. Steps wait for states; nothing sleeps; no
 * request leaves the origin.
 */
import type { Locator, Page } from "playwright-core";
import { gridCell, paneHarness, shot, type Pane } from "../support/browser";

const { open: openPaneOn, close } = paneHarness();
jest.setTimeout(120_000);

const open = (width = 1280): Promise<Pane> => openPaneOn({ width });
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
const searchBox = (page: Page) => page.getByRole("searchbox");

async function cellShows(page: Page, address: string, text: string | RegExp) {
  await gridCell(page, address)
    .filter({ hasText: typeof text === "string" ? new RegExp(`^${escape(text)}$`) : text })
    .waitFor();
}

async function searchFor(page: Page, text: string) {
  await searchBox(page).fill(text);
  await page
    .getByRole("status")
    .filter({ hasText: /\d+ (results?|个结果)/ })
    .waitFor();
}

test('"NVQD" + Enter opens the component page with its 12 suppliers, inserted as one spilling column', async () => {
  const pane = await open();
  const { page } = pane;
  await searchFor(page, "NVQD");
  await searchBox(page).press("Enter");
  await page.getByRole("heading", { level: 2, name: /NVQD/ }).waitFor();
  // Focus moved to the page's heading, not <body>.
  await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe("entity-title");
  const suppliers = page.getByRole("list", { name: "Suppliers as printed" });
  await expect(suppliers.getByRole("listitem").count()).resolves.toBe(12);
  await expect(page.getByRole("tab", { name: "Formula builder", selected: true }).count()).resolves.toBe(0);
  const first = (await suppliers.getByRole("listitem").first().textContent()) ?? "";
  await shot(page, "component-nvqd.png");
  await page.getByRole("button", { name: "Insert as a column" }).click();
  await page
    .getByRole("status")
    .filter({ hasText: /Written to Sheet1!A1:A12/ })
    .waitFor();
  await cellShows(page, "A1", first);
  await expect(gridCell(page, "A12").textContent()).resolves.not.toBe("");
  await expect(gridCell(page, "A1").getAttribute("title")).resolves.toBe('=SUPPLIERS("NVQD")');
  // Back returns focus to the search box.
  await page.getByRole("button", { name: "Back" }).click();
  await expect(page.evaluate(() => document.activeElement?.getAttribute("role") ?? document.activeElement?.tagName)).resolves.toMatch(/searchbox|INPUT/);
  await close(pane);
});

test('search answers with the figure: "H100 FP16", "910c fp16", "腾讯 capex 2024"; insert and audit it in one click', async () => {
  const pane = await open();
  const { page } = pane;
  await searchFor(page, "H100 FP16");
  const answers = page.getByRole("list", { name: "Figure" });
  const h100 = answers.getByRole("listitem").first();
  await h100.getByText("1979 TFLOPS").waitFor();
  await shot(page, "search-h100-fp16.png");
  await h100.getByRole("button", { name: /^Insert .* as a live formula$/ }).click();
  await page
    .getByRole("status")
    .filter({ hasText: /Written to Sheet1!A1/ })
    .waitFor();
  await cellShows(page, "A1", "1979");
  await expect(gridCell(page, "A1").getAttribute("title")).resolves.toMatch(/^=AICHIP\.SPEC\("H100","FP16"/);
  await h100.getByRole("button", { name: /^Audit / }).click();
  const report = page.getByRole("region", { name: /^The report at line \d+$/ });
  await report.waitFor();
  await report.locator("li[aria-current=true] mark").waitFor();
  await expect(report.getByText(/§\d/).first().textContent()).resolves.toMatch(/Slide title/);
  await shot(page, "report-at-line.png");

  await searchFor(page, "910c fp16");
  await answers.getByRole("listitem").first().getByText("800 TFLOPS").waitFor();
  await searchFor(page, "腾讯 capex 2024");
  await answers
    .getByRole("listitem")
    .first()
    .getByText(/^768 CNY 100m$/)
    .waitFor();
  await shot(page, "search-tencent-capex-2024.png");
  await close(pane);
});

test("report words find datasets and facts; a misspelt name finds the nearest one", async () => {
  const pane = await open();
  const { page } = pane;
  for (const q of ["HBM", "光模块", "液冷"]) {
    await searchFor(page, q);
    await page
      .getByRole("button", { name: /^Dataset/ })
      .first()
      .waitFor();
    await page
      .getByRole("button", { name: /^(Fact|Report text)/ })
      .first()
      .waitFor();
  }
  await shot(page, "search-liquid-cooling.png");
  await searchFor(page, "Tencnet");
  const suggestion = page.getByRole("button", { name: /^Did you mean\s*Company\s*Tencent/ });
  await suggestion.waitFor();
  await shot(page, "search-did-you-mean.png");
  await searchBox(page).press("Enter");
  await page.getByRole("heading", { level: 2, name: /Tencent/ }).waitFor();
  await close(pane);
});

test("Tencent's page charts its capex (annual and quarterly), inserts the series wide with live formulas, and the chart data with a live chart", async () => {
  const pane = await open();
  const { page } = pane;
  await searchFor(page, "腾讯");
  await page
    .getByRole("button", { name: /^Company.*Tencent/ })
    .first()
    .click();
  const chart = page.getByRole("figure", { name: /Tencent.*Capital expenditure/ });
  await chart.waitFor();
  await chart.locator("svg rect").first().waitFor();
  // One bar per year the report gives (2020, 2021, 2024, 2025 ...).
  expect(await chart.locator("svg rect").count()).toBeGreaterThanOrEqual(3);
  await expect(chart.textContent()).resolves.toMatch(/CNY 100m/);
  await expect(chart.textContent()).resolves.toMatch(/Source: report line/);
  await shot(page, "company-tencent-capex.png");
  await page.getByRole("radio", { name: "Quarterly" }).check();
  await page.getByRole("figure", { name: /Tencent.*\(Quarterly\)/ }).waitFor();
  await page.getByRole("radio", { name: "Annual" }).check();
  await page.getByRole("radio", { name: /^Wide/ }).check();
  await page.getByRole("button", { name: "Insert the series" }).click();
  await page
    .getByRole("status")
    .filter({ hasText: /Written to Sheet1!A1/ })
    .waitFor();
  // Periods across the columns, the metric down the rows, each figure a live formula.
  await cellShows(page, "A2", "Metric");
  await cellShows(page, "B2", "2020");
  await cellShows(page, "A3", /Tencent · Capital expenditure/);
  await expect(gridCell(page, "B3").getAttribute("title")).resolves.toMatch(/^=(ATLAS\.VALUE|CAPEX\.VALUE)\("Tencent"/);
  await expect(gridCell(page, "B3").textContent()).resolves.toBe("340");
  await shot(page, "series-wide.png");
  await page
    .getByRole("figure", { name: /Tencent.*Capital expenditure/ })
    .getByRole("button", { name: "Insert chart data with a live Excel chart" })
    .click();
  await page
    .getByRole("status")
    .filter({ hasText: /Added the sheet/ })
    .waitFor();
  await page.getByRole("img", { name: /^Chart: Tencent/ }).waitFor();
  await expect(gridCell(page, "B4").getAttribute("title")).resolves.toMatch(/^=/);
  await shot(page, "chart-data-sheet.png");
  await close(pane);
});

test("a chip's page: its specification sheet with conflicts marked, audit per figure, the whole sheet inserted live, and a comparison chart", async () => {
  const pane = await open();
  const { page } = pane;
  await searchFor(page, "910B");
  await page
    .getByRole("button", { name: /^Chip.*910B/ })
    .first()
    .click();
  const sheet = page.getByRole("list", { name: "Specification sheet" });
  const fp16 = sheet.getByRole("listitem", { name: /^FP16 compute/ });
  await fp16.waitFor();
  await fp16.getByRole("button", { name: /other value/ }).waitFor();
  await fp16.getByRole("button", { name: /^Audit/ }).click();
  await fp16.getByRole("list", { name: /Other values/ }).waitFor();
  await fp16.getByRole("region", { name: /^The report at line/ }).waitFor();
  await shot(page, "chip-910b.png");
  await page.getByRole("button", { name: "Insert the sheet as live formulas" }).click();
  await page
    .getByRole("status")
    .filter({ hasText: /Written to Sheet1!A1:F\d+, \d+ live formulas/ })
    .waitFor();
  await cellShows(page, "A2", "Metric");
  await expect(gridCell(page, "B3").getAttribute("title")).resolves.toMatch(/^=AICHIP\.SPEC\("910B"/);
  const compare = page.getByRole("figure", { name: /One metric across chips/ });
  await compare.locator("svg rect").first().waitFor();
  await expect(compare.textContent()).resolves.toMatch(/TFLOPS/);
  await shot(page, "chip-comparison-chart.png");
  await close(pane);
});

/** Presses Tab until `target` has focus (at most `limit` times); whether it got there. */
async function tabTo(page: Page, target: Locator, limit = 80): Promise<boolean> {
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press("Tab");
    if (await target.evaluate((el) => el === document.activeElement)) return true;
  }
  return false;
}

test("the mark beside a figure the report contradicts is reached by Tab and, focused, says what hovering says, in English and Chinese", async () => {
  const pane = await open();
  const { page } = pane;
  await searchFor(page, "910B");
  await searchBox(page).press("Enter");
  for (const [lang, sheet, figure, name, others] of [
    ["en", "Specification sheet", /^FP16 compute/, /^The report gives \d+ other values? for this$/, "Other values the report gives for this fact"],
    ["zh", "规格表", /^FP16算力/, /^报告对此另给出 \d+ 个数值$/, "报告对该数据给出的其他数值"],
  ] as const) {
    const fp16 = page.getByRole("list", { name: sheet }).getByRole("listitem", { name: figure });
    const mark = fp16.getByRole("button", { name });
    await mark.waitFor();
    // Hovered, it shows its text...
    await mark.hover();
    const tip = page.getByRole("tooltip").filter({ hasText: name });
    await tip.waitFor();
    const hovered = await tip.textContent();
    await page.mouse.move(0, 0);
    await tip.waitFor({ state: "hidden" });
    // ... and reached from the keyboard, it shows the same text and is named by it.
    await expect(tabTo(page, mark)).resolves.toBe(true);
    await tip.waitFor();
    await expect(tip.textContent()).resolves.toBe(hovered);
    await expect(mark.getAttribute("aria-label")).resolves.toBe(hovered);
    await shot(page, `conflict-mark-focused-${lang}.png`);
    // Enter opens the other values it speaks of.
    await page.keyboard.press("Enter");
    await fp16.getByRole("list", { name: others }).waitFor();
    await expect(mark.getAttribute("aria-expanded")).resolves.toBe("true");
    await page.keyboard.press("Enter");
    if (lang === "en") await page.getByRole("button", { name: /Switch to Chinese/ }).click();
  }
  await close(pane);
});

/** Every "<number> <unit>" the pane's main part shows for one of `units`, in order. */
async function figuresIn(page: Page, units: RegExp): Promise<{ numbers: string[]; units: string[] }> {
  const text = await page.locator("main").innerText();
  const found = [...text.matchAll(new RegExp(`(\\d[\\d.,]*) (${units.source})`, "g"))];
  return { numbers: found.map((m) => m[1]), units: [...new Set(found.map((m) => m[2]))] };
}

test("units read as the pane's language writes them: 亿元 and 亿美元 in Chinese, CNY 100m and USD 100m in English, the numbers the same", async () => {
  const pane = await open();
  const { page } = pane;
  const units = /CNY 100m|USD 100m|亿元|亿美元/;
  const seen: Record<string, { search: string[]; company: { numbers: string[]; units: string[] }; chart: string; market: string }> = {};
  for (const [lang, capex, company, market] of [
    ["en", "腾讯 capex 2024", /^Company.*Tencent/, /^Market/],
    ["zh", "腾讯 资本开支 2024", /^公司.*腾讯/, /^市场/],
  ] as const) {
    await searchFor(page, capex);
    const search = await figuresIn(page, units);
    await searchFor(page, "腾讯");
    await page.getByRole("button", { name: company }).first().click();
    const chart = page.locator("main figure").first();
    await chart.locator("svg rect").first().waitFor();
    const companyFigures = await figuresIn(page, units);
    const chartName = (await chart.getAttribute("aria-label")) ?? "";
    await shot(page, `units-company-${lang}.png`);
    await searchFor(page, "AI ASIC market");
    await page.getByRole("button", { name: market }).first().click();
    const sizes = page.locator("main figure").first();
    await sizes.locator("svg rect").first().waitFor();
    seen[lang] = { search: search.units, company: companyFigures, chart: chartName, market: (await sizes.getAttribute("aria-label")) ?? "" };
    // What the functions answer does not change with the pane's language.
    const nameBox = page.getByRole("textbox", { name: lang === "en" ? "Cell address" : "单元格地址" });
    await nameBox.fill(lang === "en" ? "A1" : "A2");
    await nameBox.press("Enter");
    const bar = page.getByRole("textbox", { name: lang === "en" ? "Formula bar" : "编辑栏" });
    await bar.fill('=CAPEX.VALUE("Tencent",2024)');
    await bar.press("Enter");
    await cellShows(page, lang === "en" ? "A1" : "A2", "768");
    if (lang === "en") await page.getByRole("button", { name: /Switch to Chinese/ }).click();
  }
  // The cell audit of that formula, in Chinese: the figure and what it computes both say 亿元.
  await page.getByRole("tab", { name: "单元格溯源" }).click();
  await page.getByRole("heading", { name: "计算内容" }).waitFor();
  const audit = await page.getByRole("tabpanel").innerText();
  await shot(page, "units-audit-zh.png");
  expect(seen.en.search).toEqual(["CNY 100m"]);
  expect(seen.zh.search).toEqual(["亿元"]);
  expect(seen.en.company.units).toEqual(["CNY 100m"]);
  expect(seen.zh.company.units).toEqual(["亿元"]);
  expect(seen.zh.company.numbers).toEqual(seen.en.company.numbers);
  expect(seen.zh.company.numbers.length).toBeGreaterThan(3);
  expect(seen.en.chart).toMatch(/\(CNY 100m\)$/);
  expect(seen.zh.chart).toMatch(/^腾讯 资本开支 \(亿元\)$/);
  expect(seen.en.market).toMatch(/\(USD 100m\)$/);
  expect(seen.zh.market).toMatch(/\(亿美元\)$/);
  expect(audit).toMatch(/资本开支 · 2024 \(亿元\)/);
  expect(audit).toMatch(/768 亿元/);
  expect(audit).not.toMatch(/CNY 100m/);
  await close(pane);
});

test("a model's page shows its scores; a market's page charts its sizes", async () => {
  const pane = await open();
  const { page } = pane;
  await searchFor(page, "Doubao-1.5-pro");
  await page
    .getByRole("button", { name: /^Model/ })
    .first()
    .click();
  await page.getByRole("list", { name: "Benchmark scores" }).getByRole("listitem").first().waitFor();
  await shot(page, "model-scores.png");
  await searchFor(page, "China accelerator-chip market");
  await page
    .getByRole("button", { name: /^Market/ })
    .first()
    .click();
  await page
    .getByRole("figure", { name: /China accelerator-chip market/ })
    .locator("svg rect")
    .first()
    .waitFor();
  await shot(page, "market-sizes.png");
  await close(pane);
});

test("a time-series dataset inserts wide by default, long on request", async () => {
  const pane = await open();
  const { page } = pane;
  await searchFor(page, "Tencent annual capital expenditure");
  await page
    .getByRole("button", { name: /^Dataset.*Tencent annual capital expenditure/ })
    .first()
    .click();
  await page.getByRole("radio", { name: /^Wide/ }).check();
  await page.getByRole("button", { name: "Insert table at the selected cell" }).click();
  await page
    .getByRole("status")
    .filter({ hasText: /Written to Sheet1!A1/ })
    .waitFor();
  await cellShows(page, "B2", "2020");
  await page.getByRole("radio", { name: /^Long/ }).check();
  const nameBox = page.getByRole("textbox", { name: "Cell address" });
  await nameBox.fill("A10");
  await nameBox.press("Enter");
  await page.getByRole("button", { name: "Insert table at the selected cell" }).click();
  await page
    .getByRole("status")
    .filter({ hasText: /Written to Sheet1!A10/ })
    .waitFor();
  await cellShows(page, "A11", "Period");
  await cellShows(page, "A12", "2020");
  await shot(page, "dataset-wide-long.png");
  await close(pane);
});

/** Visible text of the pane outside data values (translate="no"), formulas (<code>) and the grid, and placeholders. */
async function englishLeft(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    // Product names, the language switch's own name ("English"), Excel's default sheet name and units.
    const ALLOWED = new Set([
      "English",
      "Sheet",
      "die",
      "AI",
      "Compute",
      "Atlas",
      "Excel",
      "Office",
      "Microsoft",
      "Windows",
      "Mac",
      "SharedRuntime",
      "NAME",
      "Frozen",
      "by",
      "BAT",
      "TFLOPS",
      "PFLOPS",
      "TOPS",
      "CNY",
      "USD",
      "bn",
      "GB",
      "TB",
      "nm",
      "HBM",
      "NVQD",
      "UQD",
      "MMLU",
      "Eval",
    ]);
    const root = document.querySelector("main");
    const words: string[] = [];
    const walk = (node: Node) => {
      if (node.nodeType === Node.TEXT_NODE) {
        // Words of three letters or more; a token with digits (FP16, INT8, 910C) is a name, not English.
        words.push(...(node.textContent ?? "").split(/[^A-Za-z0-9]+/).filter((w) => w.length >= 3 && !/\d/.test(w)));
        return;
      }
      if (!(node instanceof HTMLElement) && !(node instanceof SVGElement)) return;
      if (node.closest('[translate="no"], code, svg, [hidden]')) return;
      if (node instanceof HTMLElement && node.offsetParent === null && getComputedStyle(node).position !== "fixed") return;
      for (const child of node.childNodes) walk(child);
      if (node instanceof HTMLInputElement && node.placeholder) words.push(...node.placeholder.split(/[^A-Za-z0-9]+/).filter((w) => w.length >= 3 && !/\d/.test(w)));
    };
    if (root) walk(root);
    return [...new Set(words.filter((w) => !ALLOWED.has(w)))];
  });
}

test("Chinese mode: every string the pane shows comes from the translation tables", async () => {
  const pane = await open(1280);
  const { page } = pane;
  await page.getByRole("button", { name: /Switch to Chinese/ }).click();
  await page.getByRole("tab", { name: "浏览" }).waitFor();
  const leftovers: Record<string, string[]> = {};
  const check = async (where: string) => {
    const left = await englishLeft(page);
    if (left.length > 0) leftovers[where] = left;
  };
  await check("home");
  await searchFor(page, "910C");
  await check("search");
  await page
    .getByRole("button", { name: /芯片.*910C/ })
    .first()
    .click();
  await page.getByRole("heading", { level: 2 }).waitFor();
  await check("chip page");
  await shot(page, "chinese-chip.png");
  await searchFor(page, "腾讯");
  await page
    .getByRole("button", { name: /公司.*腾讯/ })
    .first()
    .click();
  await page.getByRole("heading", { level: 2, name: /腾讯/ }).waitFor();
  await check("company page");
  await searchFor(page, "腾讯");
  await page
    .getByRole("button", { name: /数据集/ })
    .first()
    .click();
  await page.getByRole("button", { name: /^插入表格/ }).waitFor();
  await check("dataset");
  await page.getByRole("tab", { name: "公式生成器" }).click();
  await page.getByRole("tabpanel").getByRole("combobox").nth(1).fill("910C");
  await page.keyboard.press("Escape");
  await check("formula builder");
  await shot(page, "chinese-builder.png");
  const nameBox = page.getByRole("textbox", { name: "单元格地址" });
  await nameBox.fill("A1");
  await nameBox.press("Enter");
  await page.getByRole("textbox", { name: "编辑栏" }).fill('=AICHIP.SPEC("910B","FP16","910B OAM")');
  await page.getByRole("textbox", { name: "编辑栏" }).press("Enter");
  await page.getByRole("tab", { name: "单元格溯源" }).click();
  await page.getByRole("heading", { name: "计算内容" }).waitFor();
  await check("audit");
  await shot(page, "chinese-audit.png");
  await page.getByRole("tab", { name: "分享" }).click();
  await page.getByRole("heading", { name: "冻结与恢复" }).waitFor();
  await check("share");
  expect(leftovers).toEqual({});
  await close(pane);
});

test("keyboard: Tab reaches only controls (no decorative tab stops), and focus never falls to <body>", async () => {
  const pane = await open();
  const { page } = pane;
  await searchFor(page, "910B");
  await searchBox(page).press("Enter");
  await page.getByRole("heading", { level: 2, name: /910B/ }).waitFor();
  const stops: string[] = [];
  for (let i = 0; i < 40; i++) {
    await page.keyboard.press("Tab");
    stops.push(
      await page.evaluate(() => {
        const el = document.activeElement as HTMLElement | null;
        if (!el || el === document.body) return "BODY";
        const role = el.getAttribute("role") ?? el.tagName.toLowerCase();
        const interactive = [
          "button",
          "a",
          "input",
          "select",
          "textarea",
          "tab",
          "radio",
          "combobox",
          "searchbox",
          "switch",
          "option",
          "menuitem",
          "checkbox",
          "group",
          "region",
          "listbox",
        ];
        const named = el.getAttribute("aria-label") ?? el.textContent ?? "";
        return interactive.includes(role) || el.tagName === "BUTTON" || el.tagName === "INPUT" ? `ok:${role}` : `decorative:${role}:${named.slice(0, 40)}`;
      }),
    );
  }
  expect(stops.filter((s) => !s.startsWith("ok:"))).toEqual([]);
  await close(pane);
});
