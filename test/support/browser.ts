/**
 * Debian's Chromium driven by playwright-core (no browser download). Records every request that
 * would leave the page's own origin, and blocks it.
 */
import { chromium, type Browser, type BrowserContext, type Page } from "playwright-core";

export const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

export async function launch(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
  });
}

export async function openPane(browser: Browser, origin: string, path = "/taskpane.html"): Promise<{ context: BrowserContext; page: Page; foreign: string[]; consoleErrors: string[] }> {
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
  await page.goto(origin + path);
  return { context, page, foreign, consoleErrors };
}
