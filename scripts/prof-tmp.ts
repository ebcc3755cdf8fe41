import { readFileSync } from "fs";
import { performance } from "perf_hooks";
import { installCustomFunctions } from "../test/support/custom-functions";
installCustomFunctions();
// eslint-disable-next-line
const { Atlas } = require("../src/domain/atlas");
// eslint-disable-next-line
const { excelCall } = require("../src/functions/contract");
// eslint-disable-next-line
const { SPEC_BY_ID } = require("../src/functions/registry");
import { testCatalog } from "../test/support/catalog";
const catalog = testCatalog();
const calls = JSON.parse(readFileSync(process.argv[2], "utf8")) as [string, ...unknown[]][];
const byFn = new Map<string, number>();
for (let round = 0; round < Number(process.env.ROUNDS ?? 6); round++) {
  const atlas = new Atlas(catalog);
  const t = performance.now();
  for (const [id, ...args] of calls) {
    const t0 = performance.now();
    excelCall(SPEC_BY_ID.get(id), atlas, args);
    if (round === 0) byFn.set(id, (byFn.get(id) ?? 0) + performance.now() - t0);
  }
  console.log("round", round, (performance.now() - t).toFixed(1), "ms");
}
console.log([...byFn].map(([k, v]) => `${k} ${v.toFixed(1)}ms`).join("\n"));
