/**
 * The outside tester's pane3 findings, in preview mode (the built pane in Debian's Chromium): writes stay inside
 * A1:XFD1048576 and the name box says why it refuses an address past it; "New workbook" asks in the pane (office.js
 * makes window.confirm throw); at 320 px (Excel's narrowest pane) nothing overflows sideways and a dataset preview's
 * labels are read whole; the "Report text" badge is visible. Steps wait for states; nothing sleeps; no request leaves the origin.
 */
import { join } from "path";
import type { Page } from "playwright-core";
import { gridCell, openFirstDataset, paneHarness, shot, SHOTS } from "../support/browser";

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
  await openFirstDataset(page, "domestic ai cards");
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

/** How far the page overflows sideways, and the outermost elements that stick out past the viewport's right edge. */
const overflow = (page: Page) =>
  page.evaluate(() => {
    const root = document.documentElement;
    const width = root.clientWidth;
    const out = [...document.querySelectorAll<HTMLElement>("body *")].filter((el) => {
      const r = el.getBoundingClientRect();
      if (r.width === 0 || r.right <= width + 0.5) return false;
      // Inside its own scrolling strip (the grid, a wide preview table) an element may be wide.
      for (let p = el.parentElement; p && p !== document.body; p = p.parentElement) {
        const style = getComputedStyle(p);
        if (/(auto|scroll|hidden)/.test(style.overflowX) && p.getBoundingClientRect().right <= width + 0.5) return false;
      }
      return true;
    });
    const outermost = out.filter((el) => !out.some((o) => o !== el && o.contains(el)));
    return {
      scrollWidth: root.scrollWidth,
      clientWidth: width,
      scrollX: window.scrollX,
      offenders: outermost
        .slice(0, 8)
        .map(
          (el) => `${el.tagName.toLowerCase()}[${el.getAttribute("role") ?? ""}] "${(el.textContent ?? "").slice(0, 30)}" right=${Math.round(el.getBoundingClientRect().right)}`,
        ),
    };
  });

test("at 320 px (Excel's narrowest pane) nothing overflows sideways: first screen, every tab, a dataset; the pill grows with its text", async () => {
  const pane = await open({ width: 320 });
  const { page } = pane;
  const fits = async (name: string) => {
    await shot(page, name);
    const o = await overflow(page);
    expect({ ...o, scrollWidthFits: o.scrollWidth <= o.clientWidth }).toEqual({ ...o, scrollWidthFits: true, scrollX: 0, offenders: [] });
  };
  await fits("320-first.png");
  // The preview-mode pill holds all its text: its box is as tall as its text, not one line over two.
  const pill = page.getByText("Preview mode: no Excel, an in-memory workbook");
  const box = await pill.evaluate((el) => ({ height: el.getBoundingClientRect().height, scrollHeight: el.scrollHeight, clientHeight: el.clientHeight }));
  expect(box.scrollHeight).toBeLessThanOrEqual(box.clientHeight + 1);
  const search = await page.getByRole("searchbox").boundingBox();
  const pillBox = await pill.boundingBox();
  expect((pillBox?.y ?? 0) + (pillBox?.height ?? 0)).toBeLessThanOrEqual(search?.y ?? 0);
  for (const [tab, file] of [
    ["Formula builder", "320-formula.png"],
    ["Cell audit", "320-audit.png"],
    ["Share", "320-share.png"],
    ["Browse", "320-browse.png"],
  ]) {
    // Every tab is on screen, so clicking it scrolls nothing.
    const t = page.getByRole("tab", { name: tab });
    const r = await t.boundingBox();
    expect((r?.x ?? -1) >= 0 && (r?.x ?? 0) + (r?.width ?? 0) <= 320).toBe(true);
    await t.click();
    await page.getByRole("tabpanel", { name: tab }).waitFor();
    await fits(file);
  }
  await page.getByRole("searchbox", { name: /Search/ }).fill("tencent capex");
  await page
    .getByRole("button", { name: /Dataset/ })
    .first()
    .click();
  await page.getByRole("heading", { level: 2 }).waitFor();
  await fits("320-dataset.png");
  // Radio labels keep their words together: "Long: one row per period" is not one word per line.
  for (const radio of await page.getByRole("radio").all()) {
    const label = await radio.evaluate((el) => {
      const l = el.closest("span,div")?.querySelector("label");
      return l ? { h: l.getBoundingClientRect().height, line: parseFloat(getComputedStyle(l).lineHeight) || 20 } : undefined;
    });
    if (label) expect(label.h).toBeLessThanOrEqual(label.line * 2 + 4);
  }
  await close(pane);
});

test("the Report text badge is visible, in English and Chinese: its text is not the colour of what is behind it", async () => {
  const pane = await open({ width: 420 });
  const { page } = pane;
  const contrast = (name: string) =>
    page
      .getByText(name, { exact: true })
      .first()
      .evaluate((el) => {
        const rgb = (c: string) => (c.match(/[\d.]+/g) ?? []).map(Number);
        const lum = ([r, g, b]: number[]) =>
          [r, g, b].map((v) => (v / 255 <= 0.03928 ? v / 255 / 12.92 : ((v / 255 + 0.055) / 1.055) ** 2.4)).reduce((s, v, i) => s + v * [0.2126, 0.7152, 0.0722][i], 0);
        let bg = "rgb(255, 255, 255)";
        for (let p: Element | null = el; p; p = p.parentElement) {
          const c = getComputedStyle(p).backgroundColor;
          if (!/rgba\(.*,\s*0\)|transparent/.test(c)) {
            bg = c;
            break;
          }
        }
        const [a, b] = [lum(rgb(getComputedStyle(el).color)), lum(rgb(bg))];
        return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
      });
  await page.getByRole("searchbox", { name: /Search/ }).fill("910C FP16");
  await page.getByText("Report text", { exact: true }).first().waitFor();
  await page.getByText("Report text", { exact: true }).first().scrollIntoViewIfNeeded();
  await shot(page, "report-text-badge.png");
  // WCAG's 4.5:1 for small text, as the Dataset badge in the same list has.
  expect(await contrast("Dataset")).toBeGreaterThanOrEqual(4.5);
  expect(await contrast("Report text")).toBeGreaterThanOrEqual(4.5);
  await page.getByRole("button", { name: /切换到中文/ }).click();
  await page.getByText("报告原文", { exact: true }).first().waitFor();
  expect(await contrast("报告原文")).toBeGreaterThanOrEqual(4.5);
  await page.getByText("报告原文", { exact: true }).first().scrollIntoViewIfNeeded();
  await shot(page, "report-text-badge-zh.png");
  await close(pane);
});

/**
 * The pinned cells (row labels, and a figures list's values) of the preview on screen: each one's text and title, whether
 * it shows whole (nothing clipped), lies inside the preview, and ends before the other pinned cell of its row begins.
 */
const pinnedCells = (page: Page) =>
  page.evaluate(() => {
    const table = [...document.querySelectorAll("table")].find((t) => /^(Preview|预览)/.test(t.getAttribute("aria-label") ?? "") && !t.closest("[hidden]"));
    if (!table?.parentElement) return [];
    const view = table.parentElement.getBoundingClientRect();
    return [...table.querySelectorAll("tbody tr")].flatMap((tr) => {
      const pinned = [...tr.querySelectorAll("td")].filter((td) => getComputedStyle(td).position === "sticky");
      return pinned.map((td, i) => {
        const text = (td.firstElementChild ?? td) as HTMLElement;
        const box = text.getBoundingClientRect();
        const next = pinned[i + 1]?.getBoundingClientRect();
        return {
          text: text.textContent ?? "",
          title: text.getAttribute("title") ?? undefined,
          whole: text.scrollWidth <= text.clientWidth + 1 && text.scrollHeight <= text.clientHeight + 1,
          inside: box.left >= view.left - 0.5 && box.right <= view.right + 0.5,
          apart: next === undefined || box.right <= next.left + 0.5,
        };
      });
    });
  });

test.each([
  [320, "en", "CSP in-house ASIC ramp timeline"],
  [320, "en", "domestic AI cards"],
  [320, "en", "Tencent capex annual"],
  [320, "zh", "腾讯 年度 资本开支"],
  [320, "zh", "CSP in-house ASIC ramp timeline"],
  [420, "en", "CSP in-house ASIC ramp timeline"],
  [420, "en", "Tencent capex annual"],
])("at %p px (%s) the preview of %p shows its labels whole: wrapped, not clipped, not under the other pinned column", async (width, lang, query) => {
  const pane = await open({ width });
  const { page } = pane;
  if (lang === "zh") await page.getByRole("button", { name: /Switch to Chinese/ }).click();
  await page.getByRole("searchbox").fill(query);
  await page
    .getByRole("button", { name: lang === "zh" ? /^数据集/ : /^Dataset/ })
    .first()
    .click();
  await page.getByRole("heading", { level: 2 }).waitFor();
  const cells = await pinnedCells(page);
  expect(cells.length).toBeGreaterThan(2);
  // A label is read whole where it stands: its text is its title (the whole text, for a pointer), none is clipped,
  // and each lies inside the preview, clear of the value column pinned at the right.
  for (const cell of cells) expect(cell).toEqual({ text: cell.title ?? cell.text, title: cell.title, whole: true, inside: true, apart: true });
  await page
    .getByRole("table", { name: /^(Preview|预览)/ })
    .locator("visible=true")
    .first()
    .locator("xpath=..")
    .screenshot({ path: join(SHOTS, `preview-labels-${width}-${lang}-${query.replace(/[^\p{L}\p{N}]+/gu, "_")}.png`) });
  await close(pane);
});
