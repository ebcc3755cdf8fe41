/**
 * The built task pane in headless Chromium, opened as a plain web page (preview mode: no Excel).
 * Needs `npm run build` first (`npm test` builds) and Debian's chromium.
 */
import { join } from "path";
import type { Browser } from "playwright-core";
import { launch, openPane } from "../support/browser";
import { serveDirectory } from "../support/static-server";

const dist = join(__dirname, "..", "..", "dist");
let browser: Browser;
let server: { url: string; close: () => Promise<void> };

beforeAll(async () => {
  server = await serveDirectory(dist);
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

test("the pane opens in preview mode with the bundled data and makes no request off its origin", async () => {
  const { page, foreign, consoleErrors, context } = await openPane(browser, server.url);
  await page.getByRole("heading", { name: "AI Compute Atlas" }).waitFor();
  await page.getByText(/preview mode/).waitFor();
  const themes = page.getByRole("region", { name: "Themes" });
  await themes.getByText("海外算力：推理需求高增下的ROI闭环", { exact: false }).waitFor();
  await page.screenshot({ path: join(__dirname, "..", "..", "test-results", "preview-home.png") });
  expect(foreign).toEqual([]);
  expect(consoleErrors).toEqual([]);
  await context.close();
});
