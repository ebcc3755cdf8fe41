/**
 * package.json against what the README tells a newcomer: every npm command the README names exists,
 * `engines` admits the node and npm CI runs, and the install-time stand-ins behave as documented.
 */
import { execFileSync, spawnSync } from "child_process";
import { readFileSync } from "fs";
import { dirname, join } from "path";
import semver from "semver";

const root = join(__dirname, "..", "..");
const pkg = JSON.parse(readFileSync(join(root, "package.json"), "utf8"));
const readme = readFileSync(join(root, "README.md"), "utf8");
/** npm's own commands the README may name without a script. */
const NPM_COMMANDS = new Set(["install", "ci", "exec", "init"]);

test("every npm command the README names is a script of package.json (or npm's own)", () => {
  // Commands are code: fenced blocks and `inline code` (prose such as "npm warns" is not a command).
  const code = [...readme.matchAll(/```[\s\S]*?```|`[^`\n]+`/g)].map((m) => m[0]).join("\n");
  const named = [...code.matchAll(/\bnpm (?:run )?([a-z][\w:-]*)/g)].map((m) => m[1]);
  expect(named.length).toBeGreaterThan(10);
  const scripts = new Set(Object.keys(pkg.scripts));
  const missing = [...new Set(named)].filter((name) => !scripts.has(name) && !NPM_COMMANDS.has(name));
  expect(missing).toEqual([]);
  // The commands of "Run it, test it" in particular.
  for (const name of ["start", "stop", "test", "build", "dev-server", "smoke", "lint", "data", "docs", "validate", "bench"]) expect(scripts).toContain(name);
});

test("engines admits the node and npm this runs on, with an upper bound", () => {
  expect(semver.satisfies(process.version, pkg.engines.node)).toBe(true);
  const npmVersion = execFileSync(process.platform === "win32" ? "npm.cmd" : "npm", ["--version"], { encoding: "utf8" }).trim();
  expect(semver.satisfies(npmVersion, pkg.engines.npm)).toBe(true);
  expect(semver.satisfies("99.0.0", pkg.engines.node)).toBe(false);
  expect(semver.satisfies("99.0.0", pkg.engines.npm)).toBe(false);
});

test("semver, which office-addin-dev-settings requires without declaring, resolves from it to our semver 7", () => {
  const devSettings = dirname(require.resolve("office-addin-dev-settings/package.json"));
  const resolved = require.resolve("semver", { paths: [devSettings] });
  expect(JSON.parse(readFileSync(join(dirname(resolved), "package.json"), "utf8")).version).toMatch(/^7\./);
  expect(pkg.devDependencies.semver).toBeDefined();
});

test("the M365 Agents Toolkit stand-in's atk says what it is and how to run the real CLI, and fails", () => {
  const standIn = join(root, "tools", "m365agentstoolkit-cli-placeholder");
  const manifest = JSON.parse(readFileSync(join(standIn, "package.json"), "utf8"));
  expect(manifest.bin).toEqual({ atk: "bin/atk.js" });
  const run = spawnSync(process.execPath, [join(standIn, manifest.bin.atk), "install", "--file-path", "/tmp/my app.zip"], { encoding: "utf8" });
  expect(run.status).toBe(1);
  expect(run.stderr).toMatch(/not the Microsoft 365 Agents Toolkit CLI/);
  expect(run.stderr).toContain(`npx -y -p @microsoft/m365agentstoolkit-cli atk install --file-path '/tmp/my app.zip'`);
  // The lockfile installs the same bin, so `npx atk` finds it after npm ci.
  const lock = JSON.parse(readFileSync(join(root, "package-lock.json"), "utf8"));
  expect(lock.packages["tools/m365agentstoolkit-cli-placeholder"].bin).toEqual(manifest.bin);
  expect(lock.packages[""].engines).toEqual(pkg.engines);
});
