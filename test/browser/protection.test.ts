/**
 * Protected sheets in preview mode (office-js #6395): the in-memory workbook opens with a protected sheet
 * and a protected structure; Insert, Freeze and template inserts refuse with a clear message and leave the
 * grid as it was (Restore's refusal is covered on the same workbook in test/unit/office/protection.test.ts).
 * Steps wait for states; nothing sleeps.
 */
import type { Page } from "playwright-core";
import type { PreviewDocument } from "../../src/office/memory";
import { gridCell, paneHarness, shot } from "../support/browser";

const DOC: PreviewDocument = {
  sheets: [
    { name: "Model", protected: true, cells: { A1: "910C", B1: '=AICHIP.SPEC(A1,"FP16")', C1: "=B1*2" } },
    { name: "Inputs", cells: { A1: "Tencent", B1: "=CAPEX.CAGR(A1,2020,2024)" } },
  ],
  structureProtected: true,
};

const { open, close } = paneHarness();
jest.setTimeout(60_000);
const alert = (page: Page, text: RegExp) => page.getByRole("alert").filter({ hasText: text });
const sheetTabs = (page: Page) => page.getByRole("tablist", { name: "Sheets" }).getByRole("tab");

async function formulaIs(page: Page, address: string, formula: string) {
  await gridCell(page, address).click();
  await page.waitForFunction(([v]) => (document.querySelector('input[aria-label="Formula bar"]') as HTMLInputElement | null)?.value === v, [formula] as const);
}

test("on a protected sheet, Freeze and Insert refuse with a message and nothing in the grid changes", async () => {
  const pane = await open({ document: { sheets: DOC.sheets }, width: 1280 });
  const { page } = pane;
  await gridCell(page, "B1").filter({ hasText: /^800$/ }).waitFor();

  await page.getByRole("tab", { name: "Share" }).click();
  await page.getByRole("button", { name: "Freeze sheet Model" }).click();
  await alert(page, /"Model" is a protected sheet.*Nothing was changed/).waitFor();
  await formulaIs(page, "B1", '=AICHIP.SPEC(A1,"FP16")');
  await expect(sheetTabs(page).count()).resolves.toBe(2);
  await shot(page, "protected-freeze.png");

  await page.getByRole("tab", { name: "Formula builder" }).click();
  const nameBox = page.getByRole("textbox", { name: "Cell address" });
  await nameBox.fill("D5");
  await nameBox.press("Enter");
  await page.getByRole("combobox", { name: /^chip/ }).fill("910B");
  await page.keyboard.press("Escape");
  await page.getByRole("combobox", { name: /^metric/ }).click();
  await page.getByRole("option", { name: /^FP16/ }).first().click();
  await page.getByRole("button", { name: "Insert formula into D5" }).click();
  await alert(page, /The sheet "Model" is protected.*Nothing was written/).waitFor();
  await expect(gridCell(page, "D5").textContent()).resolves.toBe("");
  await close(pane);
});

test("with the workbook's structure protected, Freeze (it adds its ledger sheet) and templates refuse", async () => {
  const pane = await open({ document: DOC, width: 1280 });
  const { page } = pane;
  await gridCell(page, "B1").filter({ hasText: /^800$/ }).waitFor();
  await page.getByRole("tab", { name: "Share" }).click();
  await page.getByRole("button", { name: "Freeze workbook" }).click();
  await alert(page, /structure is protected.*Nothing was changed/).waitFor();
  await formulaIs(page, "B1", '=AICHIP.SPEC(A1,"FP16")');
  await page.getByRole("button", { name: "BAT capex model" }).click();
  await alert(page, /structure is protected/).waitFor();
  await expect(sheetTabs(page).count()).resolves.toBe(2);
  await close(pane);
});
