/**
 * `ATLAS_PUBLIC_URL=https://host/path/ npm run build` (README "Sideload into Excel", For colleagues): the
 * manifest it ships names only that host. The transform is checked on the real manifest.xml here, and
 * a real production build with a public URL checks that webpack applies it.
 */
import { execFileSync } from "child_process";
import { mkdtempSync, readFileSync, rmSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { XMLParser } from "fast-xml-parser";
import { normalizePublicUrl, publicManifest } from "../../scripts/manifest-url";

const root = join(__dirname, "..", "..");
const manifest = readFileSync(join(root, "manifest.xml"), "utf8");
const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: "@", removeNSPrefix: true });

/** Every URL of a manifest: attribute values and element texts that start with a scheme. */
function urlsOf(xml: string): string[] {
  return [...xml.replace(/<!--[\s\S]*?-->/g, "").matchAll(/(?:DefaultValue="|>)\s*(https?:\/\/[^"<\s]+)/g)].map((m) => m[1]);
}

describe("the public manifest", () => {
  const out = publicManifest(manifest, "https://example.test/atlas/");

  test("names no localhost anywhere, AppDomain included", () => {
    expect(out).not.toMatch(/localhost/i);
    expect(out).toContain("<AppDomain>https://example.test</AppDomain>");
  });

  test("resolves every dev-server URL against the public base, path kept", () => {
    const before = urlsOf(manifest);
    const after = urlsOf(out);
    expect(after).toHaveLength(before.length);
    before.forEach((url, i) => {
      if (url === "https://localhost:3000") expect(after[i]).toBe("https://example.test");
      else expect(after[i]).toBe(url.replace("https://localhost:3000/", "https://example.test/atlas/"));
    });
    expect(after).toContain("https://example.test/atlas/taskpane.html");
    expect(after).toContain("https://example.test/atlas/functions.json");
  });

  test("is still well-formed XML with the same structure", () => {
    expect(() => parser.parse(out)).not.toThrow();
    expect(Object.keys(parser.parse(out).OfficeApp)).toEqual(Object.keys(parser.parse(manifest).OfficeApp));
  });

  test("adds the trailing slash a base URL needs", () => {
    expect(normalizePublicUrl("https://example.test/atlas").href).toBe("https://example.test/atlas/");
    expect(publicManifest(manifest, "https://example.test/atlas")).toContain('DefaultValue="https://example.test/atlas/taskpane.html"');
    expect(publicManifest(manifest, "https://example.test")).toContain('DefaultValue="https://example.test/taskpane.html"');
  });

  test("copies $& and other replacement patterns literally", () => {
    const odd = publicManifest(manifest, "https://example.test/a$&b$1$$/");
    expect(odd).toContain('DefaultValue="https://example.test/a$&b$1$$/taskpane.html"');
    expect(odd).not.toMatch(/localhost/i);
  });

  test.each([
    ["http://example.test/atlas/", /https/],
    ["example.test/atlas/", /absolute https:\/\/ URL/],
    ["", /absolute https:\/\/ URL/],
    ["ftp://example.test/", /https/],
    ["https://user:secret@example.test/", /user name or password/],
    ["https://example.test/atlas/?v=1", /query or fragment/],
    ["https://localhost:8443/", /production host/],
  ])("refuses ATLAS_PUBLIC_URL=%j with a message saying what is expected", (raw, message) => {
    expect(() => publicManifest(manifest, raw)).toThrow(message);
  });
});

/**
 * One real production build through webpack.config.js (its CopyWebpackPlugin transform and its early
 * check), of the manifest only: an empty entry and only the copy step, so it takes seconds, not minutes.
 */
function buildManifest(publicUrl: string): { manifest?: string; error: string } {
  const outDir = mkdtempSync(join(tmpdir(), "atlas-public-"));
  const script = `
    const webpack = require("webpack");
    (async () => {
      const config = await require("./webpack.config.js")({ WEBPACK_BUILD: true }, { mode: "production" });
      config.entry = { empty: "data:text/javascript,export {}" };
      // The manifest is written by CopyWebpackPlugin alone; the functions metadata and the page are not needed.
      const CopyPlugin = require("copy-webpack-plugin");
      config.plugins = config.plugins.filter((p) => p instanceof CopyPlugin);
      config.output.path = process.argv[1];
      webpack(config).run((err, stats) => {
        if (err || stats.hasErrors()) { console.error(err ? err.message : stats.toString("errors-only")); process.exit(1); }
      });
    })().catch((e) => { console.error(e.message); process.exit(1); });`;
  try {
    execFileSync(process.execPath, ["-e", script, outDir], { cwd: root, env: { ...process.env, ATLAS_PUBLIC_URL: publicUrl }, stdio: "pipe" });
    return { manifest: readFileSync(join(outDir, "manifest.xml"), "utf8"), error: "" };
  } catch (e) {
    return { error: String((e as { stderr?: Buffer }).stderr ?? e) };
  } finally {
    rmSync(outDir, { recursive: true, force: true });
  }
}

describe("a production build with ATLAS_PUBLIC_URL", () => {
  test("writes dist's manifest.xml without localhost", () => {
    const { manifest: built, error } = buildManifest("https://example.test/atlas/");
    expect(error).toBe("");
    expect(built).not.toMatch(/localhost/i);
    expect(built).toContain("<AppDomain>https://example.test</AppDomain>");
    expect(built).toContain('<SourceLocation DefaultValue="https://example.test/atlas/taskpane.html"/>');
  }, 300_000);

  test("refuses an http URL, saying why", () => {
    expect(buildManifest("http://example.test/atlas/").error).toMatch(/ATLAS_PUBLIC_URL must use https/);
  }, 300_000);
});
