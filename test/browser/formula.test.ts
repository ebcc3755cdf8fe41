/**
 * The one formula front end, seen from the pane in preview mode: the audit explains a template's
 * IFERROR-wrapped cell, reference chains compute in dependency order, an add-in function lifted over a
 * list spills one answer per element, the inspector leaves IFERROR-handled cells alone, and Freeze/
 * Restore round-trips a formula next to a quoted sheet name that holds a quote. Steps wait for states.
 */
import type { Page } from "playwright-core";
import { gridCell, paneHarness, shot } from "../support/browser";

const { open, close } = paneHarness();
jest.setTimeout(60_000);

const formulaBar = (page: Page) => page.getByRole("textbox", { name: "Formula bar" });
const status = (page: Page, text: RegExp) => page.getByRole("status").filter({ hasText: text });
const cellText = (page: Page, address: string) => gridCell(page, address).textContent();

async function cellShows(page: Page, address: string, text: RegExp) {
  await gridCell(page, address).filter({ hasText: text }).waitFor();
}

test("the audit explains a template's IFERROR-wrapped cell; the inspector does not list its handled errors", async () => {
  const pane = await open();
  const { page } = pane;
  await page.getByRole("tab", { name: "Share" }).click();
  await page.getByRole("button", { name: "Accelerator comparison" }).click();
  await status(page, /Added the sheet "Accelerators"/).waitFor();
  await cellShows(page, "B5", /^800$/);
  await page.getByText("No add-in formula in this workbook returns an error.").waitFor();
  await expect(page.getByRole("list", { name: "Error inspector" }).count()).resolves.toBe(0);

  await gridCell(page, "B5").click();
  await page.getByRole("tab", { name: "Cell audit" }).click();
  const audit = page.getByRole("tabpanel");
  await audit.getByText('=IFERROR(AICHIP.SPEC($A5,B$3),"n/a")').waitFor();
  await audit.getByRole("heading", { name: "What it computes" }).waitFor();
  await audit.getByText(/910C/).first().waitFor();
  await audit
    .getByText(/line \d+/)
    .first()
    .waitFor();
  await shot(page, "audit-iferror.png");
  await close(pane);
});

test("a four-step reference chain computes, and a function given a list spills one figure per chip", async () => {
  const pane = await open({
    document: {
      sheets: [
        {
          name: "Sheet1",
          cells: { A1: "=B1+1", B1: "=C1*2", C1: "=D1-1", D1: '=AICHIP.SPEC("910C","FP16")', F1: '=AICHIP.LIST("Huawei")', G1: '=AICHIP.SPEC(AICHIP.LIST("Huawei"),"FP16")' },
        },
      ],
    },
  });
  const { page } = pane;
  await cellShows(page, "A1", /^1,?599$/);
  await expect(cellText(page, "B1")).resolves.toMatch(/^1,?598$/);
  await expect(cellText(page, "C1")).resolves.toBe("799");
  // One answer per chip of the list, each the chip's own figure (or its error): never the first one repeated.
  await cellShows(page, "F2", /./);
  const chips: string[] = [];
  for (let r = 1; (await cellText(page, `F${r}`)) !== ""; r++) chips.push((await cellText(page, `F${r}`)) ?? "");
  expect(chips.length).toBeGreaterThan(2);
  const figures = await Promise.all(chips.map((_, i) => cellText(page, `G${i + 1}`)));
  expect(figures[0]).toBe("320");
  expect(figures.every((f) => f !== "")).toBe(true);
  expect(new Set(figures).size).toBeGreaterThan(1);
  await expect(cellText(page, `G${chips.length + 1}`)).resolves.toBe("");
  await shot(page, "formula-lifted-spill.png");
  await close(pane);
});

test("Freeze and Restore round-trip a formula beside a quoted sheet name holding a quote", async () => {
  const formula = `='Q"1'!A1&AICHIP.SPEC("910C","FP16")`;
  const pane = await open({
    document: {
      sheets: [
        { name: "Model", cells: { B1: formula } },
        { name: 'Q"1', cells: { A1: "FP16=" } },
      ],
    },
  });
  const { page } = pane;
  await cellShows(page, "B1", /^FP16=800$/);
  await page.getByRole("tab", { name: "Share" }).click();
  await page.getByRole("button", { name: "Freeze workbook" }).click();
  await status(page, /Froze 1 add-in formula/).waitFor();
  await gridCell(page, "B1").click();
  await page.waitForFunction(() => (document.querySelector('input[aria-label="Formula bar"]') as HTMLInputElement | null)?.value === "FP16=800");
  await page.getByRole("button", { name: "Restore formulas" }).click();
  await status(page, /Restored 1 formula/).waitFor();
  await gridCell(page, "B1").click();
  await page.waitForFunction((f) => (document.querySelector('input[aria-label="Formula bar"]') as HTMLInputElement | null)?.value === f, formula);
  await expect(formulaBar(page).inputValue()).resolves.toBe(formula);
  await close(pane);
});

test("the inspector words its findings in the pane's language, and its fix comes from the failure's suggestions", async () => {
  const pane = await open({ document: { sheets: [{ name: "Model", cells: { A1: '=AICHIP.SPEC("910X","FP16")', A2: '=IFERROR(AICHIP.SPEC("910X","FP16"),"n/a")' } }] } });
  const { page } = pane;
  await page.getByRole("tab", { name: "Share" }).click();
  const list = page.getByRole("list", { name: "Error inspector" });
  await list.getByText(/Unknown chip "910X"\. Did you mean "910[BCD]"/).waitFor();
  await expect(list.getByRole("listitem").count()).resolves.toBe(1);
  await list.getByRole("button", { name: /^Replace "910X" with "910[BCD]"$/ }).waitFor();
  await page.getByRole("button", { name: /Switch to Chinese/ }).click();
  const zh = page.getByRole("list", { name: "错误检查" });
  await zh.getByText(/未知的芯片 "910X"。您是不是要找 "910[BCD]"/).waitFor();
  await expect(zh.getByText(/Unknown chip/).count()).resolves.toBe(0);
  await shot(page, "inspector-zh.png");
  await close(pane);
});
