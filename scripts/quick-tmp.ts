import { performance } from "perf_hooks";
import { installCustomFunctions } from "../test/support/custom-functions";
installCustomFunctions();
// eslint-disable-next-line
const { Atlas } = require("../src/domain/atlas");
// eslint-disable-next-line
const contract = require("../src/functions/contract");
// eslint-disable-next-line
const { SPEC_BY_ID } = require("../src/functions/registry");
import { testCatalog } from "../test/support/catalog";
import { entitySpellings, entityNames, typosOf, shuffled } from "../test/support/spellings";
const catalog = testCatalog();
const atlas = new Atlas(catalog);
const call = (id: string, ...args: unknown[]) => contract.excelCall(SPEC_BY_ID.get(id), atlas, args);
const fn = (id: string) => (...args: unknown[]) => call(id, ...args);
const spec = fn("AICHIP.SPEC"), value = fn("ATLAS.VALUE");
const chips = catalog.entities.filter((e: { type: string; id: string }) => e.type === "chip" && atlas.metricsOf(e.id).includes("fp16"));
const found: unknown[][] = [], missing: unknown[][] = [], typos: unknown[][] = [];
for (const c of chips) entitySpellings(c).forEach((s, i) => (i % 2 ? missing.push([s, "FP64x".slice(0, 4), null]) : found.push([s, atlas.metricsOf(c.id).includes("tdp") ? "TDP" : "FP16", null])));
for (const e of catalog.entities) for (const t of typosOf(entityNames(e)[0])) typos.push([t, "capex", null, null]);
const m = new Map<string, number>(); for (const c of catalog.entities) for (const n of entityNames(c)) m.set(n, 1);
const keys = found.map((a) => String(a[0]));
const floorNs = () => { const t = performance.now(); let x = 0; for (let r = 0; r < 50; r++) for (const k of keys) if (m.get(k)) x++; return ((performance.now() - t) * 1e6) / (50 * keys.length); };
const time = (calls: unknown[][], f: (...a: unknown[]) => unknown) => { const t = performance.now(); for (const a of calls) f(...a); return ((performance.now() - t) * 1e6) / calls.length; };
// warm
time(found.map((a) => [`\u2003${a[0]}`, a[1], a[2]]), spec); time(missing.map((a) => [`\u2003${a[0]}`, a[1], a[2]]), spec); time(typos.slice(0, 300).map((a) => [`${a[0]}\u2003`, ...a.slice(1)]), value);
for (let i = 0; i < 3; i++) floorNs();
const fl = floorNs();
const f1 = time(shuffled(found), spec); const fl2 = floorNs();
const n1 = time(shuffled(missing), spec); const fl3 = floorNs();
const t1 = time(shuffled(typos).slice(0, 600), value); const fl4 = floorNs();
let h = 0; for (let r = 0; r < 20; r++) h += time(found, spec); h /= 20; const fl5 = floorNs();
let hn = 0; for (let r = 0; r < 20; r++) hn += time(missing, spec); hn /= 20;
const F = (fl + fl2 + fl3 + fl4 + fl5) / 5;
console.log(`floor ${F.toFixed(1)}ns | first ${f1.toFixed(0)}ns ${(f1 / F).toFixed(0)}x | #N/A first ${n1.toFixed(0)}ns ${(n1 / F).toFixed(0)}x | typo ${t1.toFixed(0)}ns ${(t1 / F).toFixed(0)}x | hit ${h.toFixed(0)}ns ${(h / F).toFixed(1)}x | #N/A hit ${hn.toFixed(0)} ${(hn / F).toFixed(1)}x  (${found.length} ${missing.length} ${typos.length})`);
