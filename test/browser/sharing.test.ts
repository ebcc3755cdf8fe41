/**
 * The Share tab in preview mode (the built pane in Debian's Chromium, an in-memory workbook): freeze and
 * restore, the error inspector, templates, the data-version banner, load on open's message. A workbook
 * "opened" in preview mode is handed over in sessionStorage. Steps wait for states; nothing sleeps; no
 * request leaves the origin.
 */
import type { Page } from "playwright-core";
import type { PreviewDocument } from "../../src/office/memory";
import { gridCell, paneHarness, shot, type Pane } from "../support/browser";

const MIXED = '=ROUND(AICHIP.SPEC("910C","FP16")/1000,1)';
const MODEL: PreviewDocument = {
  sheets: [
    { name: "Model", cells: { A1: "910C", B1: '=AICHIP.SPEC(A1,"FP16")', B2: MIXED, B3: "=CAPEX.CAGR(Inputs!A1,2020,2024)", C1: "=B1*2", D1: '=SUPPLIERS("UQD")' } },
    { name: "Inputs", cells: { A1: "Tencent" } },
  ],
};

const { open: openPaneOn, close } = paneHarness();
jest.setTimeout(60_000);

/** Opens the pane; with `doc`, as if that workbook had been opened. */
const open = (doc?: PreviewDocument, width = 1280): Promise<Pane> => openPaneOn({ document: doc, width });
const formulaBar = (page: Page) => page.getByRole("textbox", { name: "Formula bar" });
const sheetTab = (page: Page, name: string) => page.getByRole("tablist", { name: "Sheets" }).getByRole("tab", { name });
const status = (page: Page, text: RegExp) => page.getByRole("status").filter({ hasText: text });

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** Waits until a grid cell shows `text` (exactly, or matching). */
async function cellShows(page: Page, address: string, text: string | RegExp) {
  await gridCell(page, address)
    .filter({ hasText: typeof text === "string" ? new RegExp(`^${escape(text)}$`) : text })
    .waitFor();
}

/** Waits until an input (by accessible name) holds exactly `value`. */
async function inputHolds(page: Page, label: string, value: string) {
  await page.waitForFunction(([l, v]) => (document.querySelector(`input[aria-label="${l}"]`) as HTMLInputElement | null)?.value === v, [label, value] as const);
}

async function expectFormula(page: Page, address: string, formula: string) {
  await gridCell(page, address).click();
  await inputHolds(page, "Formula bar", formula);
}

test("freezes a sheet to values with a visible note, restores every formula exactly, and asks before restoring over an edit", async () => {
  const pane = await open(MODEL);
  const { page } = pane;
  await cellShows(page, "B1", "800");
  await expect(gridCell(page, "B2").textContent()).resolves.toBe("0.8");
  const spilled = await gridCell(page, "D2").textContent();
  expect(spilled).not.toBe("");
  await page.getByRole("tab", { name: "Share" }).click();
  await page.getByRole("button", { name: "Freeze sheet Model" }).click();
  await status(page, /Froze 4 add-in formulas to values on Model/).waitFor();
  await sheetTab(page, "Frozen by Atlas").waitFor();
  await page.getByText(/4 cells frozen on/).waitFor();
  // Values stay, formulas are gone from the grid: B1 is a constant now, the spill's cells are plain values.
  await expectFormula(page, "B1", "800");
  await expectFormula(page, "D2", spilled ?? "");
  await expectFormula(page, "C1", "=B1*2");
  await shot(page, "share-frozen.png");

  await page.getByRole("button", { name: "Restore formulas" }).click();
  await status(page, /Restored 4 formulas exactly as they were/).waitFor();
  await expectFormula(page, "B1", '=AICHIP.SPEC(A1,"FP16")');
  await expectFormula(page, "B2", MIXED);
  await expectFormula(page, "B3", "=CAPEX.CAGR(Inputs!A1,2020,2024)");
  await expectFormula(page, "D1", '=SUPPLIERS("UQD")');
  await expect(gridCell(page, "D2").textContent()).resolves.toBe(spilled);
  await expect(sheetTab(page, "Frozen by Atlas").count()).resolves.toBe(0);

  // Freeze again, edit a frozen cell, restore: the pane asks first; nothing changes until confirmed.
  await page.getByRole("button", { name: "Freeze workbook" }).click();
  await status(page, /Froze 4 add-in formulas/).waitFor();
  await gridCell(page, "B2").click();
  await formulaBar(page).fill("0.9");
  await formulaBar(page).press("Enter");
  await page.getByRole("button", { name: "Restore formulas" }).click();
  const ask = page.getByRole("alert").filter({ hasText: /1 frozen cell was edited since the freeze.*Model!B2/ });
  await ask.waitFor();
  await expectFormula(page, "B2", "0.9");
  await shot(page, "share-restore-ask.png");
  await ask.getByRole("button", { name: "Restore anyway" }).click();
  await status(page, /Restored 4 formulas/).waitFor();
  await expectFormula(page, "B2", MIXED);
  await close(pane);
});

test("the error inspector lists a bad formula with its message and fix, selects it on click, and applies the fix after confirmation", async () => {
  const pane = await open({
    sheets: [
      { name: "Model", cells: { A1: "ok" } },
      { name: "Other", cells: { C4: '=AICHIP.SPEC("910X","FP16")', A1: '=AICHIP.SPEC("910C","FP16")' } },
    ],
  });
  const { page } = pane;
  await page.getByRole("tab", { name: "Share" }).click();
  const list = page.getByRole("list", { name: "Error inspector" });
  const item = list.getByRole("listitem").filter({ hasText: "Other!C4" });
  await item.getByText(/Unknown chip "910X"/).waitFor();
  await expect(list.getByRole("listitem").count()).resolves.toBe(1);
  await item.getByRole("button", { name: "Select Other!C4 (#N/A)" }).click();
  await inputHolds(page, "Cell address", "C4");
  await expect(sheetTab(page, "Other").getAttribute("aria-selected")).resolves.toBe("true");
  await expect(formulaBar(page).inputValue()).resolves.toBe('=AICHIP.SPEC("910X","FP16")');
  await shot(page, "share-inspector.png");

  const fix = item.getByRole("button", { name: /^Replace "910X" with "910[BCD]"$/ });
  const label = (await fix.textContent()) ?? "";
  const chip = /with "(.+)"/.exec(label)?.[1];
  await fix.click();
  const confirm = item.getByRole("alert").filter({ hasText: `Change Other!C4 to =AICHIP.SPEC("${chip}","FP16")?` });
  await confirm.waitFor();
  await expect(formulaBar(page).inputValue()).resolves.toBe('=AICHIP.SPEC("910X","FP16")');
  await confirm.getByRole("button", { name: "Change it" }).click();
  await status(page, new RegExp(`Other!C4 now reads`)).waitFor();
  await page.getByText("No add-in formula in this workbook returns an error.").waitFor();
  await expectFormula(page, "C4", `=AICHIP.SPEC("${chip}","FP16")`);
  await close(pane);
});

test("each template lands as a new sheet of live formulas; the capex model has its chart", async () => {
  const pane = await open();
  const { page } = pane;
  await page.getByRole("tab", { name: "Share" }).click();
  await page.getByRole("button", { name: "BAT capex model" }).click();
  await status(page, /Added the sheet "BAT capex"/).waitFor();
  await expect(sheetTab(page, "BAT capex").getAttribute("aria-selected")).resolves.toBe("true");
  await expect(gridCell(page, "A1").textContent()).resolves.toMatch(/BAT capital expenditure/);
  await cellShows(page, "F4", /^\d+\.\d\d%$/);
  await expectFormula(page, "F4", '=CAPEX.CAGR("Tencent",B4,D4)');
  await page.getByRole("img", { name: /Chart: Capex, start vs end year/ }).waitFor();
  await shot(page, "share-template-capex.png");

  await page.getByRole("button", { name: "Accelerator comparison" }).click();
  await status(page, /Added the sheet "Accelerators"/).waitFor();
  await cellShows(page, "B5", "800");
  await page.getByRole("textbox", { name: "Component" }).fill("NVQD");
  await page.getByRole("button", { name: "Supply-chain map" }).click();
  await status(page, /Added the sheet "Suppliers /).waitFor();
  await cellShows(page, "A5", /./);
  await expect(page.getByRole("tablist", { name: "Sheets" }).getByRole("tab").count()).resolves.toBe(4);
  await shot(page, "share-template-suppliers.png");
  await close(pane);
});

test("a workbook calculated with older data shows what changed on open, and recalculates and restamps on request", async () => {
  const stamp = {
    dataVersion: "0.0.1",
    contentHash: "older",
    calculatedAt: "2025-01-01T00:00:00.000Z",
    unchecked: 0,
    calls: [{ sheet: "Model", address: "B1", text: 'AICHIP.SPEC(A1,"FP16")', id: "AICHIP.SPEC", args: ["910C", "FP16"], answer: { value: 700 } }],
  };
  const pane = await open({ ...MODEL, settings: { "atlas.dataStamp": stamp } });
  const { page } = pane;
  const banner = page.getByRole("region", { name: "Newer data than this workbook was calculated with" });
  await banner.getByText(/Calculated with data 0\.0\.1; the add-in now has .+\. 1 figure this workbook uses changed/).waitFor();
  await banner.getByRole("listitem").filter({ hasText: 'Model!B1 AICHIP.SPEC(A1,"FP16"): 700 → 800' }).waitFor();
  await shot(page, "share-version-banner.png");
  await banner.getByRole("button", { name: "Recalculate now" }).click();
  await status(page, /Recalculated 4 add-in formulas with data/).waitFor();
  await expect(banner.count()).resolves.toBe(0);
  await expect(gridCell(page, "B1").textContent()).resolves.toBe("800");
  await close(pane);
});

test("load on open explains itself in preview mode, in English and Chinese", async () => {
  const pane = await open(undefined, 420);
  const { page } = pane;
  await page.getByRole("tab", { name: "Share" }).click();
  await page
    .getByRole("note")
    .filter({ hasText: /not available in preview mode/ })
    .waitFor();
  await expect(page.getByRole("switch").count()).resolves.toBe(0);
  await shot(page, "share-preview.png");
  await page.getByRole("button", { name: /Switch to Chinese/ }).click();
  await page.getByRole("tab", { name: "分享" }).waitFor();
  await page
    .getByRole("note")
    .filter({ hasText: /预览模式/ })
    .waitFor();
  await page.getByRole("button", { name: /冻结整个工作簿/ }).waitFor();
  await shot(page, "share-chinese.png");
  await close(pane);
});
