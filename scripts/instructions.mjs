#!/usr/bin/env node
/**
 * `npm run bench:instructions`: how many machine instructions a call of the bench's sets costs, counted by
 * valgrind (callgrind), in two modes:
 *   - interpreter: V8's bytecode interpreter only (no JIT), the way code runs in a workbook just reopened;
 *   - JIT: the engine as it is, on one thread (compilation counted where it happens, on the main thread).
 * Each count is the difference between two runs of one process that differ only by the set measured, divided
 * by the set's calls; the string hash seed, the random seed and the young generation's size are fixed, so the
 * same bundle gives the same counts run after run (wall time on this shared machine moves by 30-50%). A
 * guide to compare two builds, not a budget: the budgets are `npm run bench`'s. Needs valgrind
 * (`apt-get install valgrind`).
 *
 * INSTRUCTIONS_BY_FUNCTION=1 also splits the cold workbook by function (in its order; a few more minutes).
 *
 *   node scripts/instructions.mjs CALLS.json [BUNDLE]   (CALLS.json: written by bench.ts with BENCH_CALLS_OUT;
 *                                                     BUNDLE: dist/functions.js, or BENCH_BUNDLE as for the bench)
 */
import { spawnSync } from "child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join, resolve } from "path";
import { fileURLToPath } from "url";

/** The harness each counted process runs: load the bundle, warm it as bench.ts does, run the sets named in RUN. */
const HARNESS = `
const { readFileSync } = require("fs");
const { Script } = require("vm");
const [bundle, callsFile, run] = process.argv.slice(2);
class CFError extends Error { constructor(code, detail) { super(detail || code); this.code = code; this.detail = detail; } }
const registry = new Map();
globalThis.CustomFunctions = { Error: CFError, ErrorCode: { invalidValue: "#VALUE!", notAvailable: "#N/A", invalidNumber: "#NUM!" }, associate: (id, fn) => registry.set(id, fn) };
globalThis.self = globalThis;
new Script(readFileSync(bundle, "utf8"), { filename: "functions.js" }).runInThisContext();
const calls = JSON.parse(readFileSync(callsFile, "utf8"));
const prepared = (list) => list.map(([id, ...args]) => ({ fn: registry.get(id), args }));
const lists = { warm: prepared(calls.warm), workbook: prepared(calls.workbook) };
for (const name of Object.keys(calls.sets)) lists[name] = prepared(calls.sets[name]);
let sink = 0;
const invoke = (list) => { for (let i = 0; i < list.length; i++) { const { fn, args } = list[i]; try { if (Reflect.apply(fn, undefined, args) !== undefined) sink++; } catch { sink--; } } };
// "workbook<N": the workbook's first N formulas (INSTRUCTIONS_BY_FUNCTION).
for (const name of run ? run.split("\\u0001") : []) invoke(name.startsWith("workbook<") ? lists.workbook.slice(0, Number(name.slice(9))) : lists[name]);
`;

const MODES = {
  interpreter: ["--no-opt", "--no-sparkplug", "--no-maglev"],
  JIT: [],
};
const FIXED = ["--hash-seed=1", "--random-seed=1", "--single-threaded", "--min-semi-space-size=512", "--max-semi-space-size=512"];

function main() {
  const [callsFile, bundleArg] = process.argv.slice(2);
  if (!callsFile) {
    console.error("usage: node scripts/instructions.mjs CALLS.json [BUNDLE] (or npm run bench:instructions, which writes CALLS.json)");
    process.exit(2);
  }
  if (spawnSync("valgrind", ["--version"]).status !== 0) {
    console.error("valgrind is not installed (apt-get install valgrind): no instruction counts.");
    process.exit(2);
  }
  const bundle = resolve(bundleArg ?? process.env.BENCH_BUNDLE ?? fileURLToPath(new URL("../dist/functions.js", import.meta.url)));
  const calls = JSON.parse(readFileSync(callsFile, "utf8"));
  const dir = mkdtempSync(join(tmpdir(), "atlas-instructions-"));
  const harness = join(dir, "harness.js");
  writeFileSync(harness, HARNESS);
  const counted = new Map();
  // valgrind writes its summary on stderr: run it through spawnSync to read both streams.
  const instructions = (mode, run) => {
    const key = `${mode}|${run.join("\u0001")}`;
    if (!counted.has(key)) {
      const r = spawnSync(
        "valgrind",
        ["--tool=callgrind", "--callgrind-out-file=/dev/null", process.execPath, ...FIXED, ...MODES[mode], harness, bundle, resolve(callsFile), run.join("\u0001")],
        { encoding: "utf8", maxBuffer: 1 << 26 },
      );
      const m = /Collected : (\d+)/.exec(r.stderr);
      if (!m) throw new Error(`valgrind gave no count:\n${r.stderr.slice(-2000)}`);
      counted.set(key, Number(m[1]));
    }
    return counted.get(key);
  };
  const names = Object.keys(calls.sets);
  const rows = [["measure", "calls", "interpreter (instructions a call)", "JIT (instructions a call)"]];
  for (let i = 0; i < names.length; i++) {
    const before = ["warm", ...names.slice(0, i)];
    const per = (mode) => Math.round((instructions(mode, [...before, names[i]]) - instructions(mode, before)) / calls.sets[names[i]].length);
    rows.push([names[i], String(calls.sets[names[i]].length), per("interpreter").toLocaleString("en"), per("JIT").toLocaleString("en")]);
  }
  const book = calls.workbook.length;
  const cold = (mode) => Math.round((instructions(mode, ["workbook"]) - instructions(mode, [])) / book);
  const recalc = (mode) => Math.round((instructions(mode, ["workbook", "workbook"]) - instructions(mode, ["workbook"])) / book);
  rows.push([
    `${book.toLocaleString("en")}-formula workbook, cold (every formula once after load)`,
    String(book),
    cold("interpreter").toLocaleString("en"),
    cold("JIT").toLocaleString("en"),
  ]);
  rows.push([`${book.toLocaleString("en")}-formula workbook, recalculated`, String(book), recalc("interpreter").toLocaleString("en"), recalc("JIT").toLocaleString("en")]);
  if (process.env.INSTRUCTIONS_BY_FUNCTION) {
    // The cold workbook by function, in its order (each function's formulas are together; the capex
    // functions, interleaved, as one): instructions a formula between the function's first and last.
    const ids = calls.workbook.map(([id]) => (id.startsWith("CAPEX.") && id !== "CAPEX.CAGR" ? "CAPEX.VALUE/YOY/QOQ" : id));
    const bounds = [0];
    for (let i = 1; i <= ids.length; i++) if (i === ids.length || ids[i] !== ids[i - 1]) bounds.push(i);
    // The whole workbook is the cold figure's run above (counted once).
    const upTo = (mode, n) => instructions(mode, n === 0 ? [] : n === book ? ["workbook"] : [`workbook<${n}`]);
    for (let k = 0; k + 1 < bounds.length; k++) {
      const [from, to] = [bounds[k], bounds[k + 1]];
      const per = (mode) => Math.round((upTo(mode, to) - upTo(mode, from)) / (to - from)).toLocaleString("en");
      rows.push([`  cold workbook, formulas ${from + 1}-${to}: ${ids[from]}`, String(to - from), per("interpreter"), per("JIT")]);
    }
  }
  const widths = rows[0].map((_, c) => Math.max(...rows.map((r) => r[c].length)));
  for (const r of rows) console.log(r.map((cell, c) => (c === 0 ? cell.padEnd(widths[c]) : cell.padStart(widths[c]))).join("  "));
  console.log(`\nbundle: ${bundle}; node ${process.version}; flags ${FIXED.join(" ")} (interpreter: ${MODES.interpreter.join(" ")})`);
}

main();
