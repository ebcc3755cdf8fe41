/**
 * Issue 11: every figure right under natural use. Each block walks one defect class over ALL its
 * members in the bundled data (so a new dataset is checked too), through the functions as a user calls
 * them (the registry and its argument contract), and counts the members it walked.
 */
import type { Fact } from "../../../src/data/catalog";
import { Atlas } from "../../../src/domain/atlas";
import { isRate } from "../../../src/domain/facts";
import { evaluate } from "../../../src/functions/contract";
import { SPEC_BY_ID, type FunctionResult } from "../../../src/functions/registry";
import { auditFormula } from "../../../src/taskpane/audit";
import { formulaText } from "../../../src/functions/formulas";
import { testCatalog } from "../../support/catalog";

const atlas = new Atlas(testCatalog());
const facts = atlas.catalog.facts;

type Outcome = { ok: true; value: FunctionResult } | { ok: false; code: string; message: string };
function call(id: string, ...args: (string | number | null)[]): Outcome {
  const spec = SPEC_BY_ID.get(id);
  if (!spec) throw new Error(`no function ${id}`);
  const r = evaluate(spec, atlas, args);
  return r.ok ? { ok: true, value: r.value } : { ok: false, code: r.failure.code, message: r.failure.message };
}

/** The (entity, metric, period) triples the data holds, each with its facts. */
function triples(): { entity: string; metric: string; period?: string; facts: Fact[] }[] {
  const by = new Map<string, { entity: string; metric: string; period?: string; facts: Fact[] }>();
  for (const f of facts) {
    const key = `${f.entity}|${f.metric}|${f.period ?? ""}`;
    const t = by.get(key) ?? { entity: f.entity, metric: f.metric, period: f.period, facts: [] };
    t.facts.push(f);
    by.set(key, t);
  }
  return [...by.values()];
}

const nameOf = (id: string) => atlas.formulaName(atlas.entities.get(id)!);
const isChipFact = (f: Fact) => atlas.metrics.get(f.metric)?.family === "chip" && ["chip", "product"].includes(atlas.entities.get(f.entity)?.type ?? "");

/** Words no user-facing message may contain: they come from JavaScript, not from us. */
const JS_LEAK = /undefined|Cannot read|Unexpected|NaN|Infinity|\[object |TypeError|ReferenceError|\n\s+at /;

describe("class 8: no JavaScript message reaches a cell", () => {
  test("every SOURCES-style and scalar function on every (entity, metric[, period][, variant]) the data holds", () => {
    const leaks: string[] = [];
    let calls = 0;
    const check = (id: string, ...args: (string | number | null)[]) => {
      calls++;
      const r = call(id, ...args);
      if (!r.ok && JS_LEAK.test(r.message)) leaks.push(`${id}(${args.map((a) => JSON.stringify(a)).join(",")}): ${r.message}`);
      if (r.ok) {
        const cells = Array.isArray(r.value) ? r.value.flat() : [r.value];
        for (const c of cells)
          if ((typeof c === "number" && !Number.isFinite(c)) || (typeof c === "string" && JS_LEAK.test(c) && !/undefined/.test(c)))
            leaks.push(`${id}(${args.join(",")}) cell ${String(c)}`);
      }
    };
    for (const t of triples()) {
      const name = nameOf(t.entity);
      check("ATLAS.SOURCE", name, t.metric, null);
      check("ATLAS.SOURCE", name, t.metric, t.period ?? null);
      check("ATLAS.VALUE", name, t.metric, t.period ?? null, null);
      for (const v of new Set(t.facts.map((f) => f.variant ?? f.sparsity).filter((x): x is string => !!x))) check("ATLAS.VALUE", name, t.metric, t.period ?? null, v);
      if (t.facts.some((f) => f.low !== undefined)) ["low", "high"].forEach((v) => check("ATLAS.VALUE", name, t.metric, t.period ?? null, v));
      if (t.facts.some(isChipFact)) {
        check("AICHIP.SOURCES", name, t.metric);
        check("AICHIP.SPEC", name, t.metric, null);
        for (const v of new Set(t.facts.map((f) => f.variant ?? f.sparsity).filter((x): x is string => !!x))) check("AICHIP.SPEC", name, t.metric, v);
      }
    }
    expect(leaks).toEqual([]);
    expect(calls).toBeGreaterThan(3000);
  });

  test('the reported member: AICHIP.SOURCES("920","claim_vs_baseline") is a table, not an internal error', () => {
    const r = call("AICHIP.SOURCES", "920", "claim_vs_baseline");
    expect(r.ok).toBe(true);
  });
});

describe("class 4: one default, named alike by the scalar function, SOURCES and the cell audit", () => {
  test("for every (entity, metric, period)", () => {
    const disagreements: string[] = [];
    let agreed = 0;
    for (const t of triples()) {
      const name = nameOf(t.entity);
      const scalar = call("ATLAS.VALUE", name, t.metric, t.period ?? null, null);
      const table = call("ATLAS.SOURCE", name, t.metric, t.period ?? null);
      if (!table.ok) {
        disagreements.push(`${name} ${t.metric} ${t.period}: ATLAS.SOURCE fails: ${table.message}`);
        continue;
      }
      const rows = (table.value as (string | number)[][]).slice(1).filter((r) => r[3] === (t.period ?? "") || r[5] === "recomputed");
      const defaults = rows.filter((r) => String(r[5]).startsWith("default"));
      const label = `${name} ${t.metric} ${t.period ?? ""}`;
      if (!scalar.ok) {
        // A refusal (several variants disagree, a range, only sparse, text) has no default row to contradict it...
        // ...unless it refused because the default is a range or a null, which SOURCES may still mark.
        if (defaults.length > 0 && !/range|not disclosed|unknown|not applicable|not supported|none|blank cell|text in the report/.test(scalar.message))
          disagreements.push(`${label}: scalar refuses (${scalar.message}) but SOURCES marks a default`);
        continue;
      }
      if (defaults.length !== 1) {
        disagreements.push(`${label}: ${defaults.length} default rows`);
        continue;
      }
      if (defaults[0][0] !== scalar.value) disagreements.push(`${label}: ATLAS.VALUE ${String(scalar.value)} vs SOURCES default ${String(defaults[0][0])}`);
      const formula = formulaText({ id: "ATLAS.VALUE", args: [name, t.metric, t.period ?? null, null] });
      const audit = auditFormula(atlas, formula, String(scalar.value), "en");
      if (audit.kind !== "fact" || audit.figure.fact.line !== defaults[0][8])
        disagreements.push(`${label}: the audit names ${audit.kind === "fact" ? `line ${audit.figure.fact.line}` : audit.kind}, SOURCES line ${String(defaults[0][8])}`);
      // For a chip spec, AICHIP.SPEC answers the same.
      if (t.facts.some(isChipFact) && t.period === undefined) {
        const spec = call("AICHIP.SPEC", name, t.metric, null);
        if (!spec.ok || spec.value !== scalar.value)
          disagreements.push(`${label}: AICHIP.SPEC ${spec.ok ? String(spec.value) : spec.message} vs ATLAS.VALUE ${String(scalar.value)}`);
      }
      agreed++;
    }
    expect(disagreements).toEqual([]);
    expect(agreed).toBeGreaterThan(1000);
  });

  test("the reported member: 910B bandwidth is 1.6 TB/s everywhere", () => {
    expect(call("AICHIP.SPEC", "910B", "bandwidth", null)).toEqual({ ok: true, value: 1.6 });
    const rows = (call("AICHIP.SOURCES", "910B", "bandwidth") as { value: (string | number)[][] }).value;
    expect(rows.filter((r) => r[5] === "default").map((r) => r[0])).toEqual([1.6]);
  });
});

describe("class 7: a rate is a fraction everywhere", () => {
  const rateFacts = facts.filter((f) => isRate(f) && f.value !== undefined);

  test("every rate the data holds answers as a fraction through ATLAS.VALUE and shows as one in SOURCES", () => {
    const wrong: string[] = [];
    let walked = 0;
    for (const f of rateFacts) {
      const name = nameOf(f.entity);
      const r = call("ATLAS.VALUE", name, f.metric, f.period ?? null, f.variant ?? f.sparsity ?? null);
      if (r.ok && typeof r.value === "number") {
        // The same figure the report prints, divided by 100, whichever fact of the group answered.
        const candidates = facts.filter((g) => g.entity === f.entity && g.metric === f.metric && g.period === f.period && isRate(g) && g.value !== undefined);
        if (!candidates.some((g) => Math.abs((g.value as number) / 100 - (r.value as number)) < 1e-9)) wrong.push(`${name} ${f.metric} ${f.period}: ${r.value}`);
        walked++;
      }
      const rows = call("ATLAS.SOURCE", name, f.metric, f.period ?? null);
      if (rows.ok) {
        const shown = (rows.value as (string | number)[][]).filter((row) => row[8] === f.line && row[2] === f.raw);
        if (!shown.some((row) => row[0] === Number(((f.value as number) / 100).toPrecision(12)) && String(row[1]).startsWith("fraction")))
          wrong.push(`SOURCE ${name} ${f.metric} L${f.line}: ${shown.map((r) => `${r[0]} ${r[1]}`).join("; ")}`);
      }
    }
    expect(wrong).toEqual([]);
    expect(walked).toBeGreaterThan(150);
  });

  test("the report's own growth rates and ours are in the same convention (within rounding)", () => {
    const apart: string[] = [];
    let compared = 0;
    for (const f of facts.filter((x) => (x.metric === "capex_yoy" || x.metric === "capex_qoq") && x.value !== undefined && x.variant === undefined && x.period)) {
      const ours = call(f.metric === "capex_yoy" ? "CAPEX.YOY" : "CAPEX.QOQ", nameOf(f.entity), f.period as string);
      const stated = call("ATLAS.VALUE", nameOf(f.entity), f.metric, f.period as string, null);
      if (!ours.ok || !stated.ok) continue;
      compared++;
      if (Math.abs((ours.value as number) - (stated.value as number)) > 0.02 + 0.02 * Math.abs(stated.value as number))
        apart.push(`${f.entity} ${f.metric} ${f.period}: ours ${ours.value} vs stated ${stated.value}`);
    }
    for (const f of facts.filter((x) => x.metric === "capex_cagr" && x.value !== undefined)) {
      const [s, e] = (f.period ?? "").split("-").map(Number);
      const ours = call("CAPEX.CAGR", nameOf(f.entity), s, e);
      const stated = call("ATLAS.VALUE", nameOf(f.entity), "capex_cagr", f.period as string, f.variant ?? null);
      if (!ours.ok || !stated.ok) continue;
      compared++;
      if (Math.abs((ours.value as number) - (stated.value as number)) > 0.01) apart.push(`${f.entity} capex_cagr ${f.period}: ours ${ours.value} vs stated ${stated.value}`);
    }
    for (const f of facts.filter((x) => x.metric === "market_cagr" && x.value !== undefined && /^\d{4}-\d{4}$/.test(x.period ?? ""))) {
      const [s, e] = (f.period as string).split("-").map(Number);
      const stated = call("MARKET.CAGR", nameOf(f.entity), s, e, "stated");
      if (!stated.ok) continue;
      compared++;
      if (Math.abs((stated.value as number) - (f.value as number) / 100) > 1e-9) apart.push(`${f.entity} market_cagr ${f.period}: stated ${stated.value}`);
    }
    expect(apart).toEqual([]);
    expect(compared).toBeGreaterThan(10);
  });

  test("the reported members: Tencent's stated +221% is 2.21, as CAPEX.YOY would write it", () => {
    expect(call("ATLAS.VALUE", "Tencent", "capex_yoy", "2024", null)).toEqual({ ok: true, value: 2.21 });
    expect(call("ATLAS.VALUE", "Tencent", "capex_cagr", "2020-2024", null)).toEqual({ ok: true, value: 0.2259 });
  });
});

// ---------------------------------------------------------------- the other classes

import { lookupKey } from "../../../src/data/normalize";
import { chipCompare } from "../../../src/domain/chips";
import { isScoped } from "../../../src/domain/facts";
import { recompute } from "../../../src/domain/sources";
import { factValue } from "../../../src/domain/values";
import { FUNCTION_SPECS } from "../../../src/functions/registry";

const shown = (f: Fact, n: number) => (isRate(f) ? Number((n / 100).toPrecision(12)) : n);
const namesOf = (id: string) => {
  const e = atlas.entities.get(id)!;
  return [e.id, e.zh, e.en, e.ticker, ...e.aliases].filter((n): n is string => !!n);
};

describe("class 1: a variant typed as the name answers that variant, or #N/A", () => {
  test("every variant that names its product, on every metric of the product", () => {
    const wrong: string[] = [];
    let walked = 0;
    for (const f of facts) {
      if (!f.variant) continue;
      const key = lookupKey(f.variant);
      if (!namesOf(f.entity).some((n) => lookupKey(n).length >= 2 && key.startsWith(lookupKey(n)) && key !== lookupKey(n))) continue;
      for (const metric of atlas.metricsOf(f.entity)) {
        const r = factValue(atlas, f.variant, metric, atlas.facts(f.entity, metric)[0]?.period ?? null);
        walked++;
        if (r.ok && r.value.fact.variant !== f.variant) wrong.push(`${f.variant} ${metric}: answered line ${r.value.fact.line} (${r.value.fact.variant ?? "no variant"})`);
      }
    }
    expect(wrong).toEqual([]);
    expect(walked).toBeGreaterThan(20);
  });
  test("the reported members", () => {
    expect(call("AICHIP.SPEC", "A100 80GB PCIe", "TDP", null)).toEqual({ ok: true, value: 300 });
    expect(call("AICHIP.SPEC", "910B OAM", "FP16", null)).toEqual({ ok: true, value: 376 });
    expect(call("AICHIP.SPEC", "910B OAM", "TDP", null)).toEqual({ ok: true, value: 400 });
  });
});

describe("class 2: low/high are the ends of every range", () => {
  test("every range fact the report gives", () => {
    const wrong: string[] = [];
    let walked = 0;
    for (const f of facts.filter((x) => x.low !== undefined && x.high !== undefined)) {
      const name = nameOf(f.entity);
      const peers = facts.filter((g) => g.entity === f.entity && g.metric === f.metric && g.period === f.period && g.low !== undefined);
      const low = call("ATLAS.VALUE", name, f.metric, f.period ?? null, "low");
      const high = call("ATLAS.VALUE", name, f.metric, f.period ?? null, "high");
      walked++;
      if (low.ok && !peers.some((g) => shown(g, g.low as number) === low.value)) wrong.push(`${name} ${f.metric} low: ${String(low.value)}`);
      if (high.ok && !peers.some((g) => shown(g, g.high as number) === high.value)) wrong.push(`${name} ${f.metric} high: ${String(high.value)}`);
      // A refusal may only be "name one of the variants" (several ranges disagree), never a silent other figure.
      if (!low.ok && !/several variants|fits several|only for part/.test(low.message)) wrong.push(`${name} ${f.metric} low refused: ${low.message}`);
    }
    expect(wrong).toEqual([]);
    expect(walked).toBeGreaterThan(20);
  });
  test("the reported member: 910C FP16 low is 752", () => {
    expect(call("AICHIP.SPEC", "910C", "FP16", "low")).toEqual({ ok: true, value: 752 });
    expect(call("AICHIP.SPEC", "910C", "FP16", "high")).toEqual({ ok: true, value: 800 });
  });
  test("a range that is one of several variants: the variant and the end together", () => {
    // L314: H20 "1.2万-1.5万美元 (2024年预订价": the high end of the 2024 booking price, in USD.
    expect(call("ATLAS.VALUE", "H20", "price", "2024", "2024 booking price high")).toEqual({ ok: true, value: 15000 });
    expect(call("ATLAS.VALUE", "H20", "price", "2024", "booking low")).toEqual({ ok: true, value: 12000 });
  });
});

describe("class 3: one fact under two metrics is one conflict", () => {
  test("every figure filed under a generic metric that names its precision agrees with, or is in conflict with, that precision's figures", () => {
    const escaped: string[] = [];
    let walked = 0;
    for (const f of facts.filter((x) => x.precision && x.metric !== x.precision.toLowerCase())) {
      const specific = atlas
        .facts(f.entity, (f.precision as string).toLowerCase())
        .filter((g) => g.period === f.period && g.variant === f.variant && (g.sparsity ?? f.sparsity) === (f.sparsity ?? g.sparsity));
      // Server totals and server counts are other facts (8 cards, a count): only a figure of one chip in the precision's own unit is the same fact.
      if (!["compute"].includes(f.metric)) continue;
      walked++;
      for (const g of specific)
        if (g.value !== f.value && (!g.conflict || g.conflict !== f.conflict))
          escaped.push(`${f.entity} ${f.metric}=${f.value} (L${f.line}) vs ${g.metric}=${g.value} (L${g.line})`);
    }
    expect(escaped).toEqual([]);
    expect(walked).toBeGreaterThan(0);
  });
  test("the reported member: B200 FP4 is 10 PF and B300 / B200 is 1.5", () => {
    expect(call("AICHIP.SPEC", "B200", "FP4", null)).toEqual({ ok: true, value: 10000 });
    expect(call("AICHIP.COMPARE", "B300", "B200", "FP4", null)).toEqual({ ok: true, value: 1.5 });
  });
});

describe("class 5: a partial figure never answers as the whole", () => {
  test("every scoped figure (region, segment, business) answers only when its part is named", () => {
    const wrong: string[] = [];
    let walked = 0;
    for (const f of facts.filter(isScoped)) {
      walked++;
      const r = factValue(atlas, nameOf(f.entity), f.metric, f.period ?? null);
      if (r.ok && isScoped(r.value.fact)) wrong.push(`${nameOf(f.entity)} ${f.metric} ${f.period}: answered the part "${r.value.fact.variant}"`);
      const named = factValue(atlas, nameOf(f.entity), f.metric, f.period ?? null, f.variant);
      if (!named.ok) wrong.push(`${nameOf(f.entity)} ${f.metric} ${f.variant}: ${named.failure.message}`);
    }
    expect(wrong).toEqual([]);
    expect(walked).toBeGreaterThan(10);
  });
});

describe("class 6: a recomputation divides the figures the claim is about", () => {
  test("every stated-vs-recomputed claim names two figures, never one over itself", () => {
    const wrong: string[] = [];
    let walked = 0;
    for (const f of facts.filter((x) => x.metric === "claim_vs_baseline")) {
      const r = recompute(atlas, f);
      if (!r) continue;
      walked++;
      // "98 (K100_AI fp32, line 1787) / 24.5 (K100, line 1795)": two figures, each with its entity and line.
      const parts = [...r.method.matchAll(/([\d.]+) \(([^,)]+)[^)]*line (\d+)\)/g)].map((m) => `${m[2].split(" ")[0]}@${m[3]}`);
      if (parts.length !== 2) wrong.push(`${f.entity} ${f.variant}: ${r.method}`);
      else if (parts[0] === parts[1]) wrong.push(`${f.entity} ${f.variant}: one figure over itself: ${r.method}`);
    }
    expect(wrong).toEqual([]);
    expect(walked).toBeGreaterThan(3);
  });
  test("the reported member: K100 AI FP32 4x is 98 / 24.5 and agrees", () => {
    const rows = (call("ATLAS.SOURCE", "K100_AI", "claim_vs_baseline", null) as { value: (string | number)[][] }).value;
    const rec = rows.find((r) => r[5] === "recomputed" && r[4] === "FP32 compute vs K100");
    expect(rec?.[0]).toBe(4);
    expect(String(rec?.[9])).not.toMatch(/differs/);
  });
});

describe("class 9: a refusal points to the figure the report states", () => {
  test("every stated growth rate whose computation is refused is named in the refusal", () => {
    const hidden: string[] = [];
    let walked = 0;
    for (const f of facts.filter((x) => ["capex_yoy", "capex_qoq"].includes(x.metric) && x.period && x.value !== undefined)) {
      const r = call(f.metric === "capex_yoy" ? "CAPEX.YOY" : "CAPEX.QOQ", nameOf(f.entity), f.period as string);
      if (r.ok || r.code !== "missingFact") continue;
      walked++;
      if (!r.message.includes(`"${f.metric}"`) || !r.message.includes("ATLAS.VALUE")) hidden.push(`${f.entity} ${f.metric} ${f.period}: ${r.message}`);
    }
    expect(hidden).toEqual([]);
    expect(walked).toBeGreaterThan(3);
  });
  test("a metric ATLAS.VALUE knows for a chip is known to AICHIP.SPEC", () => {
    const unknown: string[] = [];
    for (const t of triples().filter((x) => x.facts.some(isChipFact) || ["chip", "product"].includes(atlas.entities.get(x.entity)?.type ?? ""))) {
      if (!["chip"].includes(atlas.entities.get(t.entity)?.type ?? "")) continue;
      const r = call("AICHIP.SPEC", nameOf(t.entity), t.metric, null);
      if (!r.ok && /Unknown metric/.test(r.message)) unknown.push(`${nameOf(t.entity)} ${t.metric}`);
    }
    expect(unknown).toEqual([]);
  });
});

describe("class 10: no dense/sparse ratio in silence", () => {
  test("every pair of chips on every compute metric", () => {
    const mixed: string[] = [];
    let walked = 0;
    const compute = ["fp4", "fp8", "fp16", "bf16", "int8", "fp32", "tf32"];
    const chips = atlas.catalog.entities.filter((e) => e.type === "chip");
    for (const m of compute) {
      const have = chips.filter((c) => atlas.facts(c.id, m).length > 0);
      for (const a of have)
        for (const b of have) {
          if (a === b) continue;
          walked++;
          const r = chipCompare(atlas, a.id, b.id, m);
          if (r.ok && (r.value.a.fact.sparsity === "sparse") !== (r.value.b.fact.sparsity === "sparse")) mixed.push(`${a.id}/${b.id} ${m}`);
          if (!r.ok && JS_LEAK.test(r.failure.message)) mixed.push(`${a.id}/${b.id} ${m}: ${r.failure.message}`);
        }
    }
    expect(mixed).toEqual([]);
    expect(walked).toBeGreaterThan(100);
  });
  test("the reported member: 910C vs H100 FP16 says what each has, and compares per chip", () => {
    const r = call("AICHIP.COMPARE", "910C", "H100", "FP16", null);
    expect(r.ok).toBe(false);
    expect((r as { message: string }).message).toMatch(/910C has 800 TFLOPS.*H100 has 1979 TFLOPS \(sparse/);
    expect(call("AICHIP.COMPARE", "910C", "H100", "FP16", ";sparse")).toEqual({ ok: true, value: 800 / 1979 });
  });
});

describe("class 11: every name the add-in prints works when typed back", () => {
  test("the builder's choices for every function's first argument", () => {
    const broken: string[] = [];
    let walked = 0;
    for (const spec of FUNCTION_SPECS) {
      const first = spec.args[0];
      if (!first?.choices) continue;
      for (const c of first.choices(atlas, [])) {
        walked++;
        const args = spec.args.map((a, i) => (i === 0 ? c.value : (a.choices?.(atlas, [c.value])[0]?.value ?? null)));
        const r = call(spec.id, ...(args as (string | number | null)[]));
        if (!r.ok && r.code === "unknownName" && r.message.includes(`"${String(c.value)}"`)) broken.push(`${spec.id}(${String(c.value)}): ${r.message}`);
      }
    }
    expect(broken).toEqual([]);
    expect(walked).toBeGreaterThan(300);
  });
  test("names and metrics in ATLAS.TABLE's figure rows answer the same figure through ATLAS.VALUE", () => {
    const broken: string[] = [];
    let walked = 0;
    for (const d of atlas.catalog.datasets.filter((x) => !x.table && x.factIndexes.length > 0)) {
      const t = call("ATLAS.TABLE", d.id);
      if (!t.ok) continue;
      for (const [name, metric, period, variant, value] of (t.value as (string | number)[][]).slice(1)) {
        walked++;
        const r = call("ATLAS.VALUE", String(name), String(metric), period === "" ? null : String(period), variant === "" ? null : String(variant));
        if (!r.ok && r.code === "unknownName") broken.push(`${String(name)} ${String(metric)}: ${r.message}`);
        else if (r.ok && typeof value === "number" && r.value !== value && variant !== "" && !d.factIndexes.some((i) => facts[i].metric === metric && facts[i].preferred === false))
          broken.push(`${String(name)} ${String(metric)} ${String(period)} ${String(variant)}: ${String(r.value)} vs ${value}`);
      }
    }
    expect(broken).toEqual([]);
    expect(walked).toBeGreaterThan(100);
  });
  test("every did-you-mean suggestion resolves", () => {
    const broken: string[] = [];
    for (const typo of ["910X", "H10", "Tencnt", "NVQ", "Channel", "CRW", "Gemini 2.5 Pr", "腾迅"]) {
      for (const id of ["AICHIP.SPEC", "ATLAS.VALUE", "CAPEX.VALUE", "SUPPLIERS", "PICKS", "STOCK.RETURN", "MODEL.SCORE"]) {
        const spec = SPEC_BY_ID.get(id)!;
        const r = call(id, typo, ...spec.args.slice(1).map(() => null));
        const m = !r.ok ? /Did you mean (.+)\?/.exec(r.message) : null;
        for (const s of m ? [...m[1].matchAll(/"([^"]+)"/g)].map((x) => x[1]) : []) {
          const back = call(id, s, ...spec.args.slice(1).map(() => null));
          if (!back.ok && back.code === "unknownName" && back.message.includes(`"${s}"`)) broken.push(`${id}: suggested "${s}" for "${typo}" but: ${back.message}`);
        }
      }
    }
    expect(broken).toEqual([]);
  });
  test("a ticker works with and without its exchange suffix in every function that takes one", () => {
    const broken: string[] = [];
    for (const e of atlas.catalog.entities.filter((x) => x.ticker && /\.[A-Z]+$/.test(x.ticker) && atlas.facts(x.id, "stock_close").length > 0)) {
      const bare = (e.ticker as string).replace(/\.[A-Z]+$/, "");
      for (const id of ["STOCK.RETURN", "ATLAS.SOURCE"]) {
        const a = call(id, e.ticker as string, ...(id === "ATLAS.SOURCE" ? ["stock_close", null] : []));
        const b = call(id, bare, ...(id === "ATLAS.SOURCE" ? ["stock_close", null] : []));
        if (JSON.stringify(a) !== JSON.stringify(b)) broken.push(`${id} ${e.ticker} vs ${bare}`);
      }
    }
    expect(broken).toEqual([]);
  });
  test("AICHIP.LIST lists accelerators and processors only; AICHIP.METRICS names no vendor's brand for another's interconnect", () => {
    const listed = (call("AICHIP.LIST", null) as { value: string[][] }).value.map((r) => r[0]);
    for (const n of listed) expect(atlas.findEntity(n)?.type).toBe("chip");
    for (const n of listed) {
      const rows = call("AICHIP.METRICS", n);
      const vendor = atlas.findEntity(n)?.vendor;
      if (rows.ok && vendor !== "nvidia") expect((rows.value as string[][]).map((r) => r[0])).not.toContain("NVLink");
    }
  });
});

describe("class 12: each function answers in the unit its help names", () => {
  test("MARKET.SIZE answers the number the report prints, for every market and period", () => {
    const wrong: string[] = [];
    let walked = 0;
    for (const f of facts.filter(
      (x) => ["market_size", "compute_capacity", "shipments"].includes(x.metric) && x.period && x.value !== undefined && atlas.entities.get(x.entity)?.type === "market",
    )) {
      const r = call("MARKET.SIZE", nameOf(f.entity), f.period as string, null);
      if (!r.ok) continue;
      walked++;
      const printed = (f.raw.replace(/(\d),(\d{3})/g, "$1$2").match(/\d+(\.\d+)?/g) ?? []).map(Number);
      if (!printed.includes(r.value as number)) wrong.push(`${nameOf(f.entity)} ${f.period}: ${String(r.value)} not in "${f.raw}"`);
    }
    expect(wrong).toEqual([]);
    expect(walked).toBeGreaterThan(5);
  });
  test("CAPEX.VALUE answers in 亿元 for every company and period", () => {
    for (const f of facts.filter((x) => x.metric === "capex" && x.period && x.value !== undefined && !x.variant)) expect(f.unit).toBe("CNY 100m");
  });
  test("the reported member: global smartphones 2024 is 12.39 (亿部)", () => {
    expect(call("MARKET.SIZE", "global smartphones", 2024, null)).toEqual({ ok: true, value: 12.39 });
  });
});
