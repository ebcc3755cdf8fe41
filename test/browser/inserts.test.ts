/**
 * Issue 14's inserts and issue 17's sheet-scale grid, in preview mode (the built pane in Debian's
 * Chromium): a spilling builder formula is checked over its whole spill area; builder inserts carry
 * number formats; table results show as a grid; the insert mode is remembered; the value column stays
 * in view at 420 px; any address is reachable without drawing the sheet, and the grid draws whole rows only (the last
 * one is never cut off); Replace replaces the whole area and says how many non-empty cells it overwrote; a reload
 * keeps the workbook.
 * Steps wait for states; nothing sleeps; no request leaves the origin.
 */
import type { Page } from "playwright-core";
import type { PreviewDocument } from "../../src/office/memory";
import { join } from "path";
import { grid, gridCell, openFirstDataset, type Pane, paneHarness, shot, SHOTS } from "../support/browser";

const { open: openPaneOn, close } = paneHarness();
jest.setTimeout(90_000);

const open = (doc?: PreviewDocument, width = 1280): Promise<Pane> => openPaneOn({ document: doc, width });
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

async function cellShows(page: Page, address: string, text: string | RegExp) {
  await gridCell(page, address)
    .filter({ hasText: typeof text === "string" ? new RegExp(`^${escape(text)}$`) : text })
    .waitFor();
}

async function goTo(page: Page, address: string) {
  const nameBox = page.getByRole("textbox", { name: "Cell address" });
  await nameBox.fill(address);
  await nameBox.press("Enter");
  await page.getByRole("group", { name: `Workbook preview: ${address}` }).waitFor();
}

async function build(page: Page, fn: string, args: string[]) {
  await page.getByRole("tab", { name: "Formula builder" }).click();
  await page.getByRole("combobox", { name: "Function" }).selectOption(fn);
  const boxes = page.getByRole("tabpanel").getByRole("combobox");
  for (let i = 0; i < args.length; i++) {
    await boxes.nth(i + 1).fill(args[i]);
    await page.keyboard.press("Escape");
  }
}

/** A table of data at C1:J9, as in the issue. */
const TABLE_C1_J9: PreviewDocument = {
  sheets: [
    { name: "Sheet1", cells: Object.fromEntries(Array.from({ length: 9 }, (_, r) => Array.from({ length: 8 }, (_, c) => [`${"CDEFGHIJ"[c]}${r + 1}`, `d${r + 1}${c}`])).flat()) },
  ],
};

test("a spilling builder formula over data is refused, with the first free place offered, and lands there whole", async () => {
  const pane = await open(TABLE_C1_J9);
  const { page } = pane;
  await cellShows(page, "E1", "d12");
  await goTo(page, "E1");
  await build(page, "SUPPLIERS", ["NVQD"]);
  // The builder shows the result as the grid it will spill into: 12 suppliers, one column.
  const result = page.getByRole("table", { name: "Result: 12 × 1 cells" });
  await result.waitFor();
  await expect(result.getByRole("row").count()).resolves.toBe(12);
  await page.getByRole("button", { name: "Insert formula into E1" }).click();
  const alert = page.getByRole("alert").filter({ hasText: /9 cells in Sheet1!E1:E12 are not empty\. Nothing was written/ });
  await alert.waitFor();
  await shot(page, "spill-refused.png");
  // Nothing was written over the data, and the choice offered is a free place for the whole spill.
  await expect(gridCell(page, "E1").textContent()).resolves.toBe("d12");
  await expect(page.evaluate(() => document.activeElement?.textContent)).resolves.toMatch(/^Insert at Sheet1!E11:E22 instead$/);
  await alert.getByRole("button", { name: "Insert at Sheet1!E11:E22 instead" }).click();
  await page
    .getByRole("status")
    .filter({ hasText: /Written to Sheet1!E11:E22, 1 live formula\./ })
    .waitFor();
  const supplier = (await result.getByRole("cell").first().textContent()) ?? "";
  await cellShows(page, "E11", supplier);
  await expect(gridCell(page, "E22").textContent()).resolves.not.toBe("");
  await expect(gridCell(page, "E23").textContent()).resolves.toBe("");
  await expect(gridCell(page, "E11").getAttribute("title")).resolves.toBe('=SUPPLIERS("NVQD")');
  // Focus is on the outcome, not lost to <body>.
  await expect(page.evaluate(() => document.activeElement?.tagName)).resolves.not.toBe("BODY");
  await shot(page, "spill-written.png");

  // Replacing is an explicit choice, and clears the area so the formula spills instead of #SPILL!.
  await goTo(page, "F1");
  await build(page, "SUPPLIERS", ["NVQD"]);
  await page.getByRole("button", { name: "Insert formula into F1" }).click();
  await page.getByRole("alert").getByRole("button", { name: "Replace the contents of Sheet1!F1:F12" }).click();
  await page
    .getByRole("status")
    .filter({ hasText: /Written to Sheet1!F1:F12/ })
    .waitFor();
  await cellShows(page, "F1", supplier);
  await expect(gridCell(page, "G1").textContent()).resolves.toBe("d14");
  await close(pane);
});

/** Five cells inside the footprint of "domestic ai cards" (A1:H11): beside the title, in the body, beside the source. */
const FIVE_IN_A1_H11: PreviewDocument = {
  sheets: [{ name: "Sheet1", cells: { B1: "beside title", C1: "also beside", A5: "in the body", C11: "beside source", D11: "also beside" } }],
};

test("Replace over data replaces the whole area (the cells a table leaves blank too) and says how many non-empty cells it overwrote, in English and Chinese", async () => {
  const pane = await open(FIVE_IN_A1_H11);
  const { page } = pane;
  await cellShows(page, "B1", "beside title");
  await openFirstDataset(page, "domestic ai cards");
  await page.getByRole("button", { name: "Insert table at the selected cell" }).click();
  const alert = page.getByRole("alert").filter({ hasText: /^5 cells in Sheet1!A1:H11 are not empty\. Nothing was written\./ });
  await alert.waitFor();
  await alert.getByRole("button", { name: "Replace the contents of Sheet1!A1:H11" }).click();
  await page
    .getByRole("status")
    .filter({ hasText: /^Written to Sheet1!A1:H11; replaced 5 non-empty cells\.$/ })
    .waitFor();
  await cellShows(page, "A11", /Source: report §2\.3\.1/);
  for (const address of ["B1", "C1", "C11", "D11"]) await expect(gridCell(page, address).textContent()).resolves.toBe("");
  await expect(gridCell(page, "A5").textContent()).resolves.not.toBe("in the body");
  await shot(page, "replace-written.png");

  // In Chinese, over the table just written: the count replaced is the count the question gave.
  await page.getByRole("button", { name: /Switch to Chinese/ }).click();
  await page.getByRole("button", { name: "插入表格到所选单元格" }).click();
  const zhAlert = page.getByRole("alert").filter({ hasText: /^Sheet1!A1:H11 中有 \d+ 个单元格非空，未写入任何内容。/ });
  const asked = /中有 (\d+) 个/.exec((await zhAlert.textContent()) ?? "")?.[1];
  expect(Number(asked)).toBeGreaterThan(5);
  await zhAlert.getByRole("button", { name: "覆盖 Sheet1!A1:H11 的内容" }).click();
  await page
    .getByRole("status")
    .filter({ hasText: new RegExp(`^已写入 Sheet1!A1:H11；覆盖了 ${asked} 个非空单元格。$`) })
    .waitFor();
  await shot(page, "replace-written-zh.png");
  await close(pane);
});

test("builder inserts carry number formats: a CAGR as a percentage, a figure as the report prints it", async () => {
  const pane = await open();
  const { page } = pane;
  await goTo(page, "A1");
  await build(page, "CAPEX.CAGR", ["Tencent", "2020", "2024"]);
  await page
    .locator("output")
    .filter({ hasText: /^0\.\d+$/ })
    .waitFor();
  await page.getByRole("button", { name: "Insert formula into A1" }).click();
  await page
    .getByRole("status")
    .filter({ hasText: /Written to Sheet1!A1/ })
    .waitFor();
  await cellShows(page, "A1", /^\d+\.\d\d%$/);
  await goTo(page, "A2");
  await build(page, "AICHIP.SPEC", ["910C", "FP16"]);
  await page.getByRole("button", { name: "Insert formula into A2" }).click();
  await cellShows(page, "A2", "800");
  await goTo(page, "A3");
  await build(page, "CAPEX.VALUE", ["Tencent", "2024"]);
  await page.getByRole("button", { name: "Insert formula into A3" }).click();
  await cellShows(page, "A3", "768");
  await shot(page, "builder-formats.png");
  await close(pane);
});

test("the insert mode is remembered across datasets and reloads; at 420 px the value column stays in view", async () => {
  const pane = await open(undefined, 420);
  const { page } = pane;
  const box = page.getByRole("searchbox", { name: /Search/ });
  await box.fill("CSP in-house ASIC ramp timeline");
  await page
    .getByRole("button", { name: /Dataset.*CSP in-house ASIC ramp timeline/ })
    .first()
    .click();
  await page.getByRole("heading", { level: 2, name: "CSP in-house ASIC ramp timeline" }).waitFor();
  await page.getByRole("radio", { name: "Live formulas" }).check();
  // The value column of a figures list is pinned: inside the visible part of the preview at 420 px.
  const preview = page.getByRole("table", { name: /^Preview/ });
  const header = preview.getByRole("columnheader", { name: /^Value/ });
  const [scroller, cell] = await Promise.all([preview.locator("xpath=..").boundingBox(), header.boundingBox()]);
  expect(scroller && cell).toBeTruthy();
  if (scroller && cell) expect(cell.x + cell.width).toBeLessThanOrEqual(scroller.x + scroller.width + 1);
  await shot(page, "narrow-value-column.png");
  await page.getByRole("button", { name: "Back" }).click();
  await openFirstDataset(page, "domestic ai cards");
  await expect(page.getByRole("radio", { name: "Live formulas" }).isChecked()).resolves.toBe(true);
  await page.reload();
  await openFirstDataset(page, "domestic ai cards");
  await expect(page.getByRole("radio", { name: "Live formulas" }).isChecked()).resolves.toBe(true);
  await close(pane);
});

test("the grid draws only what is in view: XFD1, A20000 and A1048576 are reached and written at once", async () => {
  const pane = await open();
  const { page } = pane;
  const drawn = () => grid(page).locator("td[data-address]").count();
  for (const address of ["XFD1", "A20000", "A1048576", "XFD1048576"]) {
    await goTo(page, address);
    await gridCell(page, address).waitFor();
    const bar = page.getByRole("textbox", { name: "Formula bar" });
    await bar.fill(`at ${address}`);
    await bar.press("Enter");
    await cellShows(page, address, `at ${address}`);
    // A window of the sheet, not every cell up to the selection (XFD1 alone would be 491,520 cells).
    expect(await drawn()).toBeLessThan(1500);
  }
  await shot(page, "grid-far-corner.png");
  await goTo(page, "A1");
  await gridCell(page, "A1").waitFor();
  await page.getByRole("group", { name: /^Workbook preview/ }).press("ArrowDown");
  await page.getByRole("group", { name: "Workbook preview: A2" }).waitFor();
  await close(pane);
});

/** The grid's drawn rows (their numbers), and those not wholly inside the scroll area's visible part. */
const drawnRows = (page: Page) =>
  page.getByRole("group", { name: /^Workbook preview/ }).evaluate((el) => {
    const box = el.getBoundingClientRect();
    const top = box.top + el.clientTop;
    const bottom = top + el.clientHeight;
    const rows = [...el.querySelectorAll("tbody tr")].map((tr) => ({ row: Number(tr.querySelector("th")?.textContent), box: tr.getBoundingClientRect() }));
    return { rows: rows.map((r) => r.row), cut: rows.filter((r) => r.box.top < top - 0.5 || r.box.bottom > bottom + 0.5).map((r) => r.row) };
  });

test.each([320, 420, 1280])("at %p px the grid draws whole rows only: the last row in view, at the end of the sheet's area and at A1048576", async (width) => {
  const pane = await open(undefined, width);
  const { page } = pane;
  const scroller = page.getByRole("group", { name: /^Workbook preview/ });
  await scroller.scrollIntoViewIfNeeded();
  await gridCell(page, "A1").waitFor();
  const first = await drawnRows(page);
  expect(first.rows[0]).toBe(1);
  expect(first.cut).toEqual([]);
  // Scrolled to the end of its area (100 rows in an empty sheet), the last row is drawn and whole.
  await scroller.evaluate((el) => el.scrollTo({ top: el.scrollHeight }));
  await gridCell(page, "A100").waitFor();
  const end = await drawnRows(page);
  expect(end.rows[end.rows.length - 1]).toBe(100);
  expect(end.cut).toEqual([]);
  await scroller.screenshot({ path: join(SHOTS, `grid-last-row-${width}.png`) });
  // The sheet's own last row, reached from the name box.
  await goTo(page, "A1048576");
  await gridCell(page, "A1048576").waitFor();
  const last = await drawnRows(page);
  expect(last.rows[last.rows.length - 1]).toBe(1048576);
  expect(last.cut).toEqual([]);
  await close(pane);
});

test("a reload keeps the preview workbook (localStorage), with formats and formulas", async () => {
  const pane = await open();
  const { page } = pane;
  await goTo(page, "B2");
  await build(page, "CAPEX.CAGR", ["Tencent", "2020", "2024"]);
  await page.getByRole("button", { name: "Insert formula into B2" }).click();
  await cellShows(page, "B2", /%$/);
  const before = await gridCell(page, "B2").textContent();
  await page
    .getByRole("note")
    .filter({ hasText: /kept in this browser/ })
    .waitFor();
  await page.reload();
  await page.getByRole("heading", { name: "AI Compute Atlas" }).waitFor();
  await cellShows(page, "B2", before ?? "");
  await expect(gridCell(page, "B2").getAttribute("title")).resolves.toBe('=CAPEX.CAGR("Tencent",2020,2024)');
  await close(pane);
});

test("a template sheet keeps its column widths: column A is not stretched by its long note", async () => {
  const pane = await open();
  const { page } = pane;
  await page.getByRole("tab", { name: "Share" }).click();
  await page.getByRole("button", { name: "BAT capex model" }).click();
  await page
    .getByRole("status")
    .filter({ hasText: /Added the sheet/ })
    .waitFor();
  await cellShows(page, "A1", /BAT capital expenditure/);
  const a = await gridCell(page, "A5").boundingBox();
  expect(a?.width ?? 0).toBeLessThan(200);
  // Computed and stated CAGR side by side, both as percentages of the same size (the stated one is a fraction too).
  await cellShows(page, "F4", /^2\d\.\d\d%$/);
  await cellShows(page, "G4", /^2\d\.\d\d%$/);
  await shot(page, "template-widths.png");
  await close(pane);
});
