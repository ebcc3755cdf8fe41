/**
 * `npm run bench:instructions` (scripts/instructions.mjs) on a machine without valgrind: it says what to
 * install and exits 2, rather than printing counts of nothing. (The counts themselves need valgrind and a
 * build; they are a guide for comparing builds, not a test.)
 */
import { spawnSync } from "child_process";
import { mkdtempSync, symlinkSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";

test("without valgrind, the instruction counter says how to get it and exits 2", () => {
  const script = join(__dirname, "..", "..", "scripts", "instructions.mjs");
  // A PATH holding node alone: no valgrind on it.
  const bin = mkdtempSync(join(tmpdir(), "atlas-path-"));
  symlinkSync(process.execPath, join(bin, "node"));
  const run = spawnSync(process.execPath, [script, "calls.json"], { encoding: "utf8", env: { PATH: bin } });
  expect(run.status).toBe(2);
  expect(run.stderr).toContain("valgrind is not installed (apt-get install valgrind)");
  expect(run.stdout).toBe("");
});

test("without a calls file, it says how it is run", () => {
  const run = spawnSync(process.execPath, [join(__dirname, "..", "..", "scripts", "instructions.mjs")], { encoding: "utf8" });
  expect(run.status).toBe(2);
  expect(run.stderr).toContain("usage: node scripts/instructions.mjs CALLS.json [BUNDLE]");
});
