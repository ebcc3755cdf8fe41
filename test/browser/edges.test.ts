/**
 * The outside tester's pane3 findings, in preview mode (the built pane in Debian's Chromium): writes stay inside
 * A1:XFD1048576 and the name box says why it refuses an address past it; "New workbook" asks in the pane (office.js
 * makes window.confirm throw); at 320 px (Excel's narrowest pane) nothing overflows sideways; the "Report text"
 * badge is visible. Steps wait for states; nothing sleeps; no request leaves the origin.
 */
import type { Page } from "playwright-core";
import { gridCell, paneHarness, shot } from "../support/browser";

const { open, close } = paneHarness();
jest.setTimeout(90_000);

async function goTo(page: Page, address: string) {
  const nameBox = page.getByRole("textbox", { name: "Cell address" });
  await nameBox.fill(address);
  await nameBox.press("Enter");
  await page.getByRole("group", { name: `Workbook preview: ${address}` }).waitFor();
}

/** Every stored cell of the preview workbook's first sheet, as [row, col]. */
const storedCells = (page: Page) =>
  page.evaluate(() => {
    const snap = JSON.parse(localStorage.getItem("atlas.preview.workbook") ?? '{"sheets":[{"cells":[]}]}') as { sheets: { cells: [string, unknown][] }[] };
    return snap.sheets[0].cells.map(([k]) => k.split(":").map(Number));
  });

test("a table that would run past XFD1048576 is refused in words, nothing is written, and it lands whole where it fits", async () => {
  const pane = await open({ width: 420 });
  const { page } = pane;
  await goTo(page, "XFA1048570");
  await page.getByRole("searchbox", { name: /Search/ }).fill("domestic ai cards");
  await page
    .getByRole("button", { name: /Dataset/ })
    .first()
    .click();
  await page.getByRole("heading", { level: 2 }).waitFor();
  await page.getByRole("button", { name: "Insert table at the selected cell" }).click();
  const alert = page
    .getByRole("alert")
    .filter({ hasText: "11 rows × 8 columns from Sheet1!XFA1048570 do not fit on the sheet, which ends at column XFD and row 1048576. Nothing was written." });
  await alert.waitFor();
  await shot(page, "edge-table-refused.png");
  // Nothing was reported as written, and nothing was: no cell at all, let alone past the edge.
  await expect(
    page
      .getByRole("status")
      .filter({ hasText: /Written to/ })
      .count(),
  ).resolves.toBe(0);
  await expect(storedCells(page)).resolves.toEqual([]);
  // There is nothing to replace past the edge: the choices are the nearest place that fits, or Cancel.
  await expect(alert.getByRole("button", { name: /Replace/ }).count()).resolves.toBe(0);
  await alert.getByRole("button", { name: "Cancel" }).waitFor();
  await expect(page.evaluate(() => document.activeElement?.textContent)).resolves.toBe("Insert at Sheet1!XEW1048566:XFD1048576 instead");
  await alert.getByRole("button", { name: "Insert at Sheet1!XEW1048566:XFD1048576 instead" }).click();
  await page.getByRole("status").filter({ hasText: "Written to Sheet1!XEW1048566:XFD1048576." }).waitFor();
  // The store saves after the write: wait for it, then read every stored cell.
  await page.waitForFunction(() => /"cells":\[\[/.test(localStorage.getItem("atlas.preview.workbook") ?? ""));
  const cells = await storedCells(page);
  expect(cells.length).toBe(8 * 8 + 8 + 2);
  expect(cells.every(([row, col]) => row <= 1048575 && col <= 16383)).toBe(true);
  // The source line, the table's last row, is on the sheet's last row.
  await goTo(page, "XEW1048576");
  await gridCell(page, "XEW1048576")
    .filter({ hasText: /Source|资料来源/ })
    .waitFor();
  await page.getByRole("group", { name: "Workbook preview: XEW1048576" }).scrollIntoViewIfNeeded();
  await shot(page, "edge-table-written.png");
  await close(pane);
});

test("the name box refuses an address past XFD1048576, and a non-address, with a message", async () => {
  const pane = await open({ width: 420 });
  const { page } = pane;
  await goTo(page, "B2");
  const nameBox = page.getByRole("textbox", { name: "Cell address" });
  await nameBox.fill("XFH1048580");
  await nameBox.press("Enter");
  await page.getByRole("alert").filter({ hasText: "XFH1048580 is past the sheet's last cell, XFD1048576." }).waitFor();
  await expect(nameBox.getAttribute("aria-invalid")).resolves.toBe("true");
  await page.getByRole("group", { name: "Workbook preview: B2" }).waitFor();
  await shot(page, "name-box-past-edge.png");
  for (const address of ["XFE1", "A1048577"]) {
    await nameBox.fill(address);
    await nameBox.press("Enter");
    await page
      .getByRole("alert")
      .filter({ hasText: `${address} is past the sheet's last cell, XFD1048576.` })
      .waitFor();
  }
  await nameBox.fill("hello");
  await nameBox.press("Enter");
  await page.getByRole("alert").filter({ hasText: '"hello" is not a cell address (for example B2).' }).waitFor();
  // The last cell itself is fine, and the message goes.
  await goTo(page, "XFD1048576");
  await expect(
    page
      .getByRole("alert")
      .filter({ hasText: /cell address|last cell/ })
      .count(),
  ).resolves.toBe(0);
  await close(pane);
});

test("New workbook asks in the pane (office.js makes window.confirm throw), Cancel keeps the work, confirming empties it", async () => {
  const pane = await open({ width: 420, document: { sheets: [{ name: "Sheet1", cells: { A1: "my work" } }] } });
  const { page } = pane;
  await gridCell(page, "A1").filter({ hasText: "my work" }).waitFor();
  // As in Excel: office.js replaces window.confirm with a function that throws. The pane must not need it.
  await page.evaluate(() => {
    window.confirm = () => {
      throw new Error("Function window.confirm is not supported.");
    };
  });
  await page.getByRole("button", { name: "New workbook" }).click();
  const ask = page.getByRole("alert").filter({ hasText: "Empty the preview workbook? Everything written to it is lost." });
  await ask.waitFor();
  await expect(page.evaluate(() => document.activeElement?.textContent)).resolves.toBe("Empty the workbook");
  await ask.scrollIntoViewIfNeeded();
  await shot(page, "new-workbook-asks.png");
  await ask.getByRole("button", { name: "Cancel" }).click();
  await ask.waitFor({ state: "detached" });
  await expect(gridCell(page, "A1").textContent()).resolves.toBe("my work");
  await page.getByRole("button", { name: "New workbook" }).click();
  await ask.getByRole("button", { name: "Empty the workbook" }).click();
  await ask.waitFor({ state: "detached" });
  await gridCell(page, "A1").filter({ hasText: /^$/ }).waitFor();
  await expect(page.evaluate(() => document.activeElement?.textContent)).resolves.toBe("New workbook");
  await shot(page, "new-workbook-emptied.png");
  // close() asserts that the page logged no error (the old button threw "window.confirm is not supported").
  await close(pane);
});
