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
        for (const c of cells) if ((typeof c === "number" && !Number.isFinite(c)) || (typeof c === "string" && JS_LEAK.test(c) && !/undefined/.test(c))) leaks.push(`${id}(${args.join(",")}) cell ${String(c)}`);
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

  test("the reported member: AICHIP.SOURCES(\"920\",\"claim_vs_baseline\") is a table, not an internal error", () => {
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
        if (defaults.length > 0 && !/range|not disclosed|unknown|not applicable|not supported|none|blank cell|text in the report/.test(scalar.message)) disagreements.push(`${label}: scalar refuses (${scalar.message}) but SOURCES marks a default`);
        continue;
      }
      if (defaults.length !== 1) {
        disagreements.push(`${label}: ${defaults.length} default rows`);
        continue;
      }
      if (defaults[0][0] !== scalar.value) disagreements.push(`${label}: ATLAS.VALUE ${String(scalar.value)} vs SOURCES default ${String(defaults[0][0])}`);
      const formula = formulaText({ id: "ATLAS.VALUE", args: [name, t.metric, t.period ?? null, null] });
      const audit = auditFormula(atlas, formula, String(scalar.value), "en");
      if (audit.kind !== "fact" || audit.figure.fact.line !== defaults[0][8]) disagreements.push(`${label}: the audit names ${audit.kind === "fact" ? `line ${audit.figure.fact.line}` : audit.kind}, SOURCES line ${String(defaults[0][8])}`);
      // For a chip spec, AICHIP.SPEC answers the same.
      if (t.facts.some(isChipFact) && t.period === undefined) {
        const spec = call("AICHIP.SPEC", name, t.metric, null);
        if (!spec.ok || spec.value !== scalar.value) disagreements.push(`${label}: AICHIP.SPEC ${spec.ok ? String(spec.value) : spec.message} vs ATLAS.VALUE ${String(scalar.value)}`);
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
        if (!shown.some((row) => row[0] === Number(((f.value as number) / 100).toPrecision(12)) && String(row[1]).startsWith("fraction"))) wrong.push(`SOURCE ${name} ${f.metric} L${f.line}: ${shown.map((r) => `${r[0]} ${r[1]}`).join("; ")}`);
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
      if (Math.abs((ours.value as number) - (stated.value as number)) > 0.02 + 0.02 * Math.abs(stated.value as number)) apart.push(`${f.entity} ${f.metric} ${f.period}: ours ${ours.value} vs stated ${stated.value}`);
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
