/**
 * The built task pane in headless Chromium, opened as a plain web page (preview mode: no Excel, an
 * in-memory workbook shown as a grid). Needs `npm run build` first (`npm test` builds) and Debian's
 * chromium. Every step waits for a state; nothing sleeps. Screenshots go to test-results/.
 */
import type { Page } from "playwright-core";
import { grid, gridCell, paneHarness, shot, type Pane } from "../support/browser";

const { open: openPaneOn, close } = paneHarness();
jest.setTimeout(60_000);

const open = (width = 1280): Promise<Pane> => openPaneOn({ width });

async function search(page: Page, text: string) {
  const box = page.getByRole("searchbox", { name: /Search/ });
  await box.fill(text);
}

test("opens in preview mode with the bundled data, an empty workbook grid and no request off its origin", async () => {
  const pane = await open();
  const { page } = pane;
  await page.getByText(/Preview mode/).waitFor();
  await grid(page).waitFor();
  await expect(gridCell(page, "A1").textContent()).resolves.toBe("");
  await page
    .getByRole("navigation", { name: "Themes" })
    .getByRole("button", { name: /Overseas compute/ })
    .waitFor();
  await shot(page, "preview-home.png");
  await close(pane);
});

test("browses themes -> sections -> datasets and previews a dataset as printed, with units and its source", async () => {
  const pane = await open();
  const { page } = pane;
  const themes = page.getByRole("navigation", { name: "Themes" });
  await themes.getByRole("button", { name: /Domestic compute/ }).click();
  await themes.getByRole("button", { name: /2\.2\.1 BAT capital expenditure/ }).click();
  const entry = themes.getByRole("button", { name: /Tencent annual capital expenditure/ });
  await entry.waitFor();
  await expect(entry.textContent()).resolves.toMatch(/\d+ rows/);
  await shot(page, "browse-tree.png");
  await entry.click();
  await page.getByRole("heading", { level: 2, name: "Tencent annual capital expenditure" }).waitFor();
  const preview = page.getByRole("table", { name: /^Preview/ });
  await preview.waitFor();
  await page
    .getByText(/Source: report §2\.2\.1/)
    .first()
    .waitFor();
  await shot(page, "dataset.png");
  await close(pane);
});

test("searches a chip by its Chinese name and a component by its short name, and opens what they are", async () => {
  const pane = await open();
  const { page } = pane;
  await search(page, "昇腾910C");
  const chip = page.getByRole("button", { name: /Chip.*Ascend 910C/ }).first();
  await chip.waitFor();
  await shot(page, "search-chip.png");
  await chip.click();
  await page.getByRole("heading", { level: 2, name: /Ascend 910C/ }).waitFor();
  await page.getByRole("button", { name: /Build a formula: AICHIP\.SPEC/ }).waitFor();

  await search(page, "NVQD");
  const component = page.getByRole("button", { name: /^Component/ }).first();
  await component.waitFor();
  await component.click();
  await page.getByRole("heading", { level: 2, name: /NVQD/ }).waitFor();
  await page.getByRole("button", { name: /Build a formula: SUPPLIERS/ }).waitFor();

  await search(page, "CRWV");
  await page
    .getByRole("button", { name: /Company.*CoreWeave/ })
    .first()
    .waitFor();
  await close(pane);
});

test("inserts a dataset as a formatted table, refuses to overwrite it, and inserts live formulas at a free place", async () => {
  const pane = await open();
  const { page } = pane;
  await search(page, "domestic ai cards");
  await page
    .getByRole("button", { name: /Dataset/ })
    .first()
    .click();
  await page.getByRole("heading", { level: 2 }).waitFor();
  const insert = page.getByRole("button", { name: /^Insert/ }).first();
  await insert.click();
  await page
    .getByRole("status")
    .filter({ hasText: /Written to Sheet1!A1:H11/ })
    .waitFor();
  await grid(page).getByRole("cell", { name: "376T", exact: true }).waitFor();
  await expect(gridCell(page, "B3").textContent()).resolves.toBe("376T");
  await expect(gridCell(page, "A11").textContent()).resolves.toMatch(/Source: report §2\.3\.1, lines 1576–/);
  await shot(page, "inserted-values.png");

  // Same place again, as live formulas: refused, the grid unchanged, a free place offered.
  await page.getByRole("radio", { name: "Live formulas" }).check();
  await page.getByText(/figures are live formulas/).waitFor();
  await insert.click();
  const alert = page.getByRole("alert").filter({ hasText: /not empty\. Nothing was written/ });
  await alert.waitFor();
  await expect(gridCell(page, "B3").textContent()).resolves.toBe("376T");
  await shot(page, "overwrite-refused.png");
  await alert.getByRole("button", { name: /^Insert at Sheet1!A13/ }).click();
  await page
    .getByRole("status")
    .filter({ hasText: /Written to Sheet1!A13.*live formulas?\./ })
    .waitFor();
  await expect(gridCell(page, "B15").textContent()).resolves.toBe("376 TFLOPS");
  await expect(gridCell(page, "B3").textContent()).resolves.toBe("376T");
  await close(pane);
});

test("builds a formula from valid choices, inserts it into the active cell, and audits it", async () => {
  const pane = await open();
  const { page } = pane;
  await page.getByRole("tab", { name: "Formula builder" }).click();
  await page.getByRole("combobox", { name: /^chip/ }).fill("910C");
  await page.keyboard.press("Escape");
  await page.getByRole("combobox", { name: /^metric/ }).click();
  await page.getByRole("option", { name: /^FP16/ }).first().click();
  await expect(page.getByLabel("Formula", { exact: true }).first().textContent()).resolves.toBe('=AICHIP.SPEC("910C","FP16")');
  await page.locator("output").filter({ hasText: /^800$/ }).waitFor();
  await shot(page, "formula-builder.png");

  const nameBox = page.getByRole("textbox", { name: "Cell address" });
  await nameBox.fill("C2");
  await nameBox.press("Enter");
  await page.getByRole("button", { name: "Insert formula into C2" }).click();
  await page
    .getByRole("status")
    .filter({ hasText: /Written to Sheet1!C2/ })
    .waitFor();
  await expect(gridCell(page, "C2").textContent()).resolves.toBe("800");

  // Again into the same cell: refused, nothing changes.
  await page.getByRole("combobox", { name: /^chip/ }).fill("910B");
  await page.keyboard.press("Escape");
  await page.getByRole("button", { name: "Insert formula into C2" }).click();
  await page
    .getByRole("alert")
    .filter({ hasText: /1 cell in Sheet1!C2 is not empty/ })
    .waitFor();
  await expect(gridCell(page, "C2").textContent()).resolves.toBe("800");

  await page.getByRole("tab", { name: "Cell audit" }).click();
  const audit = page.getByRole("tabpanel");
  await audit.getByText('=AICHIP.SPEC("910C","FP16")').waitFor();
  await audit.getByRole("heading", { name: "What it computes" }).waitFor();
  await audit
    .getByText(/line \d+/)
    .first()
    .waitFor();
  await audit.getByLabel("The report's text").first().waitFor();
  await audit.getByRole("heading", { name: /Other values the report gives/ }).waitFor();
  await shot(page, "audit.png");

  // A cell of a live-formula table audits to its conflict group: 910B FP16 (376 in this table, 320 elsewhere).
  await gridCell(page, "A1").click();
  await page.getByRole("textbox", { name: "Formula bar" }).fill('=AICHIP.SPEC("910B","FP16","910B OAM")');
  await page.getByRole("textbox", { name: "Formula bar" }).press("Enter");
  await audit.getByText('=AICHIP.SPEC("910B","FP16","910B OAM")').waitFor();
  await audit
    .getByRole("list", { name: /Other values/ })
    .getByText(/^320 TFLOPS/)
    .first()
    .waitFor();
  await close(pane);
});

test("switches to Chinese, remembers it across a reload, and keeps the accessible names", async () => {
  const pane = await open(420);
  const { page } = pane;
  await page.getByRole("button", { name: /Switch to Chinese/ }).click();
  await page.getByRole("tab", { name: "浏览" }).waitFor();
  await page
    .getByRole("navigation", { name: "主题" })
    .getByRole("button", { name: /国产算力/ })
    .waitFor();
  await shot(page, "chinese.png");
  await page.reload();
  await page.getByRole("tab", { name: "公式生成器" }).waitFor();
  await page.getByRole("searchbox", { name: /搜索/ }).fill("腾讯");
  await page
    .getByRole("button", { name: /公司.*腾讯/ })
    .first()
    .waitFor();
  await page
    .getByRole("button", { name: /数据集/ })
    .first()
    .click();
  await page
    .getByRole("button", { name: /^插入表格/ })
    .first()
    .waitFor();
  await shot(page, "chinese-dataset.png");
  await close(pane);
});
