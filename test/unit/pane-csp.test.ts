/**
 * The pane's Content-Security-Policy (src/taskpane/taskpane.html) and the headers its host sends
 * (scripts/hosting.ts, sent by the dev server and documented for production hosting).
 */
import { readFileSync } from "fs";
import { join } from "path";
import { FRAME_ANCESTORS, PANE_HEADERS } from "../../scripts/hosting";

const html = readFileSync(join(__dirname, "..", "..", "src", "taskpane", "taskpane.html"), "utf8");
const meta = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(html)?.[1] ?? "";
const directives = new Map(
  meta
    .split(";")
    .map((d) => d.trim().split(/\s+/))
    .filter((d) => d[0])
    .map(([name, ...sources]) => [name, sources]),
);

test("the page's CSP keeps everything on the add-in's origin and lets no form submit anywhere", () => {
  expect(directives.get("default-src")).toEqual(["'self'"]);
  expect(directives.get("script-src")).toEqual(["'self'"]);
  expect(directives.get("connect-src")).toEqual(["'self'"]);
  expect(directives.get("form-action")).toEqual(["'none'"]);
  expect(directives.get("object-src")).toEqual(["'none'"]);
});

test("frame-ancestors is not in the <meta> CSP, where browsers ignore it (and log an error), but in the headers", () => {
  expect(directives.has("frame-ancestors")).toBe(false);
  expect(PANE_HEADERS["Content-Security-Policy"]).toBe(`frame-ancestors ${FRAME_ANCESTORS.join(" ")}`);
});

test("only the pane itself and Office's https web hosts may frame the pane", () => {
  for (const source of FRAME_ANCESTORS) expect(source).toMatch(/^'self'$|^https:\/\/\*\.[a-z0-9.-]+\.[a-z]+$|^https:\/\/\*\.cloud\.microsoft$/);
  expect(FRAME_ANCESTORS).toContain("'self'");
  expect(FRAME_ANCESTORS).toContain("https://*.officeapps.live.com");
  expect(FRAME_ANCESTORS).not.toContain("*");
});
