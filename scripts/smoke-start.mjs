// CI smoke test of `npm start`, as a newcomer runs it (README "Run it, test it"): from the checkout as
// it is (CI's is clean), start the add-in with `npm start`, wait until it says it is ready and 45 s
// more (no build may happen by itself), open the pane in Debian's Chromium, check functions.js and
// functions.json, edit a file under src/ and one under data/ (and restore them), check each rebuild
// succeeds and the pane reloads, then `npm stop` and check nothing of it is left running.
//
//   node scripts/smoke-start.mjs        (owns port 3000; prints "smoke: N passed, N failed" last)
import { spawn, spawnSync } from "child_process";
import { existsSync, readFileSync, writeFileSync } from "fs";
import { connect } from "net";
import { dirname, join } from "path";
import { fileURLToPath } from "url";
import { runInNewContext } from "vm";
import { chromium } from "playwright-core";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const port = 3000;
const origin = `http://localhost:${port}`;
const READY_TIMEOUT = Number(process.env.SMOKE_READY_TIMEOUT_S || 240) * 1000;
const REBUILD_TIMEOUT = 120_000;
const QUIET_AFTER_READY = 45_000;
const SRC_EDIT = join(root, "src", "domain", "units.ts");
const DATA_EDIT = join(root, "data", "version.json");
const ALLOWED_CONSOLE = JSON.parse(readFileSync(join(root, "test", "support", "expected-console-errors.json"), "utf8")).map((a) => new RegExp(a.pattern));

const started = Date.now();
const results = [];
const elapsed = () => `${((Date.now() - started) / 1000).toFixed(1)} s`;
function check(name, ok, detail = "") {
  results.push(ok);
  console.log(`${ok ? "ok" : "not ok"} - ${name}${detail ? ` (${detail})` : ""}`);
  return ok;
}

const portOpen = () =>
  new Promise((resolve) => {
    const s = connect(port, "127.0.0.1");
    s.once("connect", () => (s.destroy(), resolve(true)));
    s.once("error", () => resolve(false));
  });

// ---- the add-in's process, in its own process group so that what is left of it can be found
let log = "";
let child;
const statusLines = () => log.split("\n").filter((l) => l.startsWith("[atlas] "));
function waitForLine(test, timeout, from = 0) {
  return new Promise((resolve) => {
    const deadline = Date.now() + timeout;
    const poll = () => {
      const found = statusLines().slice(from).find(test);
      if (found || Date.now() > deadline || child.exitCode !== null) return resolve(found);
      setTimeout(poll, 250);
    };
    poll();
  });
}
const groupAlive = () => {
  try {
    process.kill(-child.pid, 0);
    return true;
  } catch {
    return false;
  }
};
const leftInGroup = () =>
  spawnSync("ps", ["-o", "pid=,args=", "-g", String(child.pid)], { encoding: "utf8" })
    .stdout.split("\n")
    .filter((l) => l.trim());

const edits = new Map();
function edit(file, change) {
  if (!edits.has(file)) edits.set(file, readFileSync(file, "utf8"));
  writeFileSync(file, change(edits.get(file)));
}
function restoreEdits() {
  for (const [file, text] of edits) writeFileSync(file, text);
  edits.clear();
}

// ---- the pane in Chromium
let browser;
async function openPane() {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const problems = [];
  const foreign = [];
  await context.route("**/*", (route) => {
    const url = route.request().url();
    if (url.startsWith(origin) || url.startsWith("data:") || url.startsWith("ws://localhost")) return route.continue();
    foreign.push(url);
    return route.abort();
  });
  const page = await context.newPage();
  page.on("pageerror", (e) => problems.push(`page error: ${e.message}`));
  page.on("console", (m) => {
    if (m.type() === "error" && !ALLOWED_CONSOLE.some((re) => re.test(m.text()))) problems.push(`console error: ${m.text()}`);
  });
  let loads = 0;
  page.on("load", () => (loads += 1));
  await page.goto(`${origin}/taskpane.html`);
  return { page, problems, foreign, loads: () => loads, close: () => context.close() };
}
async function paneRenders(pane, when) {
  const box = await pane.page
    .getByRole("searchbox", { name: /Search/ })
    .waitFor({ timeout: 30_000 })
    .then(() => true)
    .catch(() => false);
  check(`${when}: the pane renders its search box`, box);
  const overlay = await pane.page.locator("#webpack-dev-server-client-overlay").count();
  check(`${when}: no webpack overlay`, overlay === 0);
  check(`${when}: no page error and no unexpected console error`, pane.problems.length === 0, pane.problems.slice(0, 3).join(" | ").slice(0, 600));
  check(`${when}: no request left the origin`, pane.foreign.length === 0, pane.foreign.slice(0, 3).join(", "));
}

// ---- functions.js registers what functions.json declares (evaluated as test/bundle does)
async function checkFunctions() {
  const [js, json] = await Promise.all([fetch(`${origin}/functions.js`), fetch(`${origin}/functions.json`)]);
  check("functions.js and functions.json are served", js.status === 200 && json.status === 200, `${js.status}, ${json.status}`);
  const ids = (await json.json()).functions.map((f) => f.id);
  const registered = [];
  const noop = () => undefined;
  // A window that is enough for the dev-server client the dev bundle starts with (live reload).
  class FakeWebSocket {
    close() {}
    send() {}
  }
  const sandbox = {
    CustomFunctions: { associate: (id) => registered.push(id), Error: class extends Error {}, ErrorCode: {} },
    console: { ...console, log: noop, info: noop },
    setTimeout,
    clearTimeout,
    WebSocket: FakeWebSocket,
    location: new URL(`${origin}/taskpane.html`),
    addEventListener: noop,
    removeEventListener: noop,
    document: { currentScript: null, readyState: "complete", addEventListener: noop, querySelectorAll: () => [] },
    navigator: { userAgent: "smoke" },
  };
  sandbox.self = sandbox;
  sandbox.window = sandbox;
  let error = "";
  try {
    runInNewContext(await js.text(), sandbox, { filename: "functions.js" });
  } catch (e) {
    error = String(e);
  }
  check("functions.js evaluates on its own", error === "", error);
  const missing = ids.filter((id) => !registered.includes(id));
  check(
    `functions.js registers every id of functions.json (${ids.length}), each once`,
    ids.length > 0 && missing.length === 0 && registered.length === ids.length,
    missing.length ? `missing ${missing.join(", ")}` : `${registered.length} registered`,
  );
}

// ---- the pane may be framed only by Office's web hosts (frame-ancestors, a response header)
async function checkFraming() {
  const res = await fetch(`${origin}/taskpane.html`);
  const csp = res.headers.get("content-security-policy") ?? "";
  check("taskpane.html is served with a frame-ancestors policy", /frame-ancestors 'self' https:\/\/\*\.officeapps\.live\.com/.test(csp), csp);
  const context = await browser.newContext();
  const page = await context.newPage();
  const refused = page
    .waitForEvent("console", { predicate: (m) => /frame-ancestors/.test(m.text()), timeout: 20_000 })
    .then(() => true)
    .catch(() => false);
  await page.setContent(`<iframe src="${origin}/taskpane.html"></iframe>`);
  check("a page of another origin cannot frame the pane", await refused);
  await context.close();
}

async function rebuildAfter(what, file, change, pane) {
  const from = statusLines().length;
  const loadsBefore = pane.loads();
  edit(file, change);
  const done = await waitForLine((l) => /^\[atlas\] (ready|failed)/.test(l), REBUILD_TIMEOUT, from);
  check(`a rebuild after editing ${what} succeeds`, Boolean(done && done.startsWith("[atlas] ready")), done ?? "no build finished");
  const deadline = Date.now() + 30_000;
  while (pane.loads() === loadsBefore && Date.now() < deadline) await new Promise((r) => setTimeout(r, 250));
  check(`the pane reloads by itself after editing ${what}`, pane.loads() > loadsBefore);
  await paneRenders(pane, `after editing ${what}`);
}

async function main() {
  if (await portOpen()) {
    check(`port ${port} is free before the start`, false, "something already listens there; stop it first (npm stop)");
    return;
  }
  const npm = process.platform === "win32" ? "npm.cmd" : "npm";
  child = spawn(npm, ["start"], { cwd: root, detached: true, stdio: ["ignore", "pipe", "pipe"], env: { ...process.env, FORCE_COLOR: "0" } });
  child.stdout.on("data", (d) => (log += d));
  child.stderr.on("data", (d) => (log += d));

  const ready = await waitForLine((l) => /^\[atlas\] (ready|failed)/.test(l), READY_TIMEOUT);
  const readyAt = elapsed();
  if (!check("npm start says the pane is ready", Boolean(ready && ready.startsWith("[atlas] ready")), `${ready ?? "nothing"} after ${readyAt}`)) return;
  const builds = statusLines().length;
  await new Promise((r) => setTimeout(r, QUIET_AFTER_READY));
  const extra = statusLines().slice(builds);
  check(`no build starts by itself in the ${QUIET_AFTER_READY / 1000} s after ready`, extra.length === 0, extra.join(" | "));

  browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium", headless: true, args: ["--no-sandbox", "--disable-gpu"] });
  const pane = await openPane();
  await paneRenders(pane, "first load");
  await checkFunctions();
  await checkFraming();
  await rebuildAfter("a file under src/", SRC_EDIT, (text) => `${text}\n// smoke test edit ${Date.now()}\n`, pane);
  // A data edit the user can see: the pane's header shows the data version.
  const version = JSON.parse(readFileSync(DATA_EDIT, "utf8")).version === "99.99.99" ? "99.99.98" : "99.99.99";
  await rebuildAfter("a file under data/", DATA_EDIT, (text) => text.replace(/"version": *"[^"]*"/, `"version": "${version}"`), pane);
  const shown = await pane.page
    .getByText(`Data ${version}`)
    .first()
    .waitFor({ timeout: 10_000 })
    .then(() => true)
    .catch(() => false);
  check("after editing data/: the pane shows the edited data version", shown, `Data ${version}`);
  await pane.close();
}

async function stopAndCheck() {
  await browser?.close();
  if (!child) return restoreEdits();
  const stop = spawnSync(process.platform === "win32" ? "npm.cmd" : "npm", ["stop"], { cwd: root, encoding: "utf8" });
  check("npm stop succeeds", stop.status === 0, (stop.stdout + stop.stderr).trim().split("\n").pop());
  const deadline = Date.now() + 20_000;
  while (groupAlive() && Date.now() < deadline) await new Promise((r) => setTimeout(r, 250));
  const left = groupAlive() ? leftInGroup() : [];
  check("no process of npm start is left", left.length === 0, left.join(" | "));
  check(`port ${port} is free again`, !(await portOpen()));
  check("npm stop removed its pid file", !existsSync(join(root, ".generated", "dev-server.pid")));
  if (groupAlive()) process.kill(-child.pid, "SIGKILL");
  // Restored once the server is gone, so that no rebuild runs while it stops.
  restoreEdits();
}

try {
  await main();
} catch (e) {
  check("the smoke test ran to the end", false, e instanceof Error ? e.stack : String(e));
} finally {
  await stopAndCheck();
}
const failed = results.filter((ok) => !ok).length;
if (failed) console.log(`\n---- npm start output ----\n${log}\n----`);
console.log(`smoke took ${elapsed()}`);
console.log(`smoke: ${results.length - failed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
