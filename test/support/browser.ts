/**
 * Debian's Chromium driven by playwright-core (no browser download). Records every request that
 * would leave the page's own origin, and blocks it.
 */
import { mkdirSync } from "fs";
import { join } from "path";
import { chromium, type Browser, type BrowserContext, type Page } from "playwright-core";
import { serveDirectory } from "./static-server";
import EXPECTED_CONSOLE_ERRORS from "./expected-console-errors.json";

/** Console errors a test may see, each with its reason (expected-console-errors.json); any other fails it. */
const ALLOWED_CONSOLE_ERRORS = EXPECTED_CONSOLE_ERRORS.map((e) => new RegExp(e.pattern));

export const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

export async function launch(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
  });
}

export async function openPane(
  browser: Browser,
  origin: string,
  path = "/taskpane.html",
): Promise<{ context: BrowserContext; page: Page; foreign: string[]; consoleErrors: string[] }> {
  const context = await browser.newContext({ viewport: { width: 420, height: 900 }, locale: "en-US" });
  const foreign: string[] = [];
  await context.route("**/*", (route) => {
    const url = route.request().url();
    if (url.startsWith(origin) || url.startsWith("data:")) return route.continue();
    foreign.push(url);
    return route.abort();
  });
  const page = await context.newPage();
  const consoleErrors: string[] = [];
  page.on("pageerror", (e) => consoleErrors.push(e.message));
  page.on("console", (m) => {
    if (m.type() === "error" && !ALLOWED_CONSOLE_ERRORS.some((re) => re.test(m.text()))) consoleErrors.push(`console: ${m.text()}`);
  });
  await page.goto(origin + path);
  return { context, page, foreign, consoleErrors };
}

export interface Pane {
  page: Page;
  context: BrowserContext;
  foreign: string[];
  consoleErrors: string[];
}

/** Where the browser tests save screenshots for reviewers (gitignored). */
export const SHOTS = join(__dirname, "..", "..", "test-results");

/**
 * The shared fixture of the browser tests: serves dist/, starts Chromium once per file, and opens the
 * pane (optionally on a workbook handed over in sessionStorage, as preview mode opens documents).
 * Closing a pane asserts that no request left the origin and the page logged no error.
 */
export function paneHarness() {
  let browser: Browser;
  let server: { url: string; close: () => Promise<void> };
  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    server = await serveDirectory(join(__dirname, "..", "..", "dist"));
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });
  return {
    async open(options: { document?: unknown; width?: number } = {}): Promise<Pane> {
      const pane = await openPane(browser, server.url);
      pane.page.setDefaultTimeout(10_000);
      await pane.page.setViewportSize({ width: options.width ?? 1280, height: 900 });
      if (options.document !== undefined) {
        await pane.page.evaluate((text) => sessionStorage.setItem("atlas.preview.document", text), JSON.stringify(options.document));
        await pane.page.reload();
      }
      await pane.page.getByRole("heading", { name: "AI Compute Atlas" }).waitFor();
      return pane;
    },
    async close(pane: Pane): Promise<void> {
      expect(pane.foreign).toEqual([]);
      expect(pane.consoleErrors).toEqual([]);
      await pane.context.close();
    },
  };
}

export const grid = (page: Page) => page.getByRole("table", { name: "Workbook preview" });
export const gridCell = (page: Page, address: string) => grid(page).locator(`td[data-address="${address}"]`);
export const shot = (page: Page, name: string) => page.screenshot({ path: join(SHOTS, name), fullPage: false });

/** Searches the pane for `query` and opens the first dataset it lists, as a user clicks it (its page's heading shown). */
export async function openFirstDataset(page: Page, query: string): Promise<void> {
  await page.getByRole("searchbox", { name: /Search/ }).fill(query);
  await page
    .getByRole("button", { name: /Dataset/ })
    .first()
    .click();
  await page.getByRole("heading", { level: 2 }).waitFor();
}
