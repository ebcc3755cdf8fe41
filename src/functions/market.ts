/** The MARKET family: a market's size by period and its compound growth, recomputed or as stated. */
import type { Atlas } from "../domain/atlas";
import { marketCagr, marketSize, resolveMarket, statedMarketCagr } from "../domain/markets";
import { failWith } from "../domain/messages";
import { andThen, ok, type Result } from "../domain/result";
import { unitLabel, unitsLike } from "../domain/units";
import { after, answered, enumChoices, beforeLast, entityOf, opt, str, type ArgValue, type Choice, type EnumSpec, type FunctionSpec } from "./spec";
import type { Derived } from "../domain/capex";
import type { Fact } from "../data/catalog";

const marketChoices = (atlas: Atlas): Choice[] =>
  atlas.catalog.entities.filter((e) => e.type === "market" && resolveMarket(atlas, e.id).ok).map((e) => ({ value: atlas.formulaName(e), label: atlas.displayName(e) }));

/** Markets the report gives sizes for (MARKET.SIZE); some have only a stated growth rate. */
const sizedMarketChoices = (atlas: Atlas): Choice[] => marketChoices(atlas).filter((c) => marketPeriodChoices(atlas, [c.value]).length > 0);

const marketPeriodChoices = (atlas: Atlas, before: ArgValue[]): Choice[] => {
  const market = resolveMarket(atlas, str(before[0]));
  if (!market.ok) return [];
  const periods = new Set(
    ["market_size", "compute_capacity", "shipments"].flatMap((m) => atlas.facts(market.value.id, m).map((f) => f.period)).filter((p): p is string => p !== undefined),
  );
  return [...periods].sort().map((p) => ({ value: /^\d{4}$/.test(p) ? Number(p) : p, label: p }));
};

const marketYearChoices = (atlas: Atlas, before: ArgValue[]): Choice[] => marketPeriodChoices(atlas, before).filter((c) => typeof c.value === "number");

const marketUnitChoices = (atlas: Atlas, before: ArgValue[]): Choice[] => {
  const market = resolveMarket(atlas, str(before[0]));
  const fact = market.ok ? atlas.facts(market.value.id, "market_size")[0] : undefined;
  return fact?.unit ? unitsLike(atlas, fact.unit).map((u) => ({ value: u.id, label: u.zh ? `${u.id} ${u.zh}` : u.id })) : [];
};

const BASIS_ENUM: EnumSpec = {
  id: "BASIS",
  values: () => [
    { value: "computed", en: "Recomputed from the report's sizes (the default)", zh: "按报告规模数据重算（默认）" },
    { value: "stated", en: "As the report states it", zh: "报告所述" },
  ],
};

export const MARKET_ENUMS: readonly EnumSpec[] = [BASIS_ENUM];

function parseBasis(v: ArgValue): Result<"computed" | "stated"> {
  const s = str(v).normalize("NFKC").trim().toLowerCase();
  if (s === "" || s === "computed" || s === "recomputed" || s === "ours") return ok("computed");
  if (s === "stated" || s === "reported" || s === "report") return ok("stated");
  return failWith("badArgument", "expected", {
    name: "basis",
    expected: { en: `"computed" (from the report's sizes, the default) or "stated" (the report's own figure)`, zh: '"computed"（按报告规模重算，默认）或 "stated"（报告所述）' },
    got: `"${str(v)}"`,
  });
}

const percentAsFraction = (v: number | undefined, label: { en: string; zh: string }): Result<number> =>
  v === undefined ? failWith("missingFact", "notNumberInReport", { label, detail: "a single number" }) : ok(v / 100);

/** A CAGR either way: the stated figure (as a fraction), or ours with its derivation. */
type Cagr = { value: number; stated: Fact } | { value: number; derived: Derived };

export const MARKET_SPECS: readonly FunctionSpec[] = [
  {
    id: "MARKET.SIZE",
    family: "MARKET",
    help: { en: "A market's size for one period, in the report's unit (亿美元 = USD 100m ...) unless a unit is given", zh: "某市场某期规模" },
    example: '=MARKET.SIZE("AI ASIC market",2027)',
    shape: "scalar",
    result: "number",
    doc: 'A market\'s size for one period as the report gives it, in the figure\'s own unit (亿美元 = USD 100m for the ASIC markets) or another of the same kind ("USD bn"). Forecasts are the sources\' (VerifiedMarket, Morgan Stanley, Marvell ...), never mixed. Example: =MARKET.SIZE("AI ASIC market",2027) returns 300 (USD 100m).',
    returns: "The size, in the unit asked for.",
    args: [
      { name: "market", kind: "text", help: 'Market, e.g. "AI ASIC market", "全球ASIC市场"', choices: sizedMarketChoices, zh: '市场，如 "AI ASIC market"、"全球ASIC市场"' },
      { name: "period", kind: "raw", help: 'A year (2027) or a half-year ("2024H1")', choices: marketPeriodChoices, zh: '年份（2027）或半年（"2024H1"）' },
      { name: "unit", kind: "text", optional: true, help: 'Another unit of the same kind, e.g. "USD bn"', choices: marketUnitChoices, zh: '可选：同类其他单位，如 "USD bn"' },
    ],
    ...answered(
      (atlas, [market, period, unit]) => marketSize(atlas, str(market), period, opt(unit)),
      (p) => p.value,
      (p, atlas) => {
        const name = atlas.displayName(p.market);
        return {
          kind: "fact",
          about: { en: `${name} · size · ${p.period} (${p.unit})`, zh: `${name} · 规模 · ${p.period} (${unitLabel(atlas, p.unit, "zh")})` },
          fact: p.fact,
        };
      },
    ),
  },
  {
    id: "MARKET.CAGR",
    family: "MARKET",
    help: {
      en: "A market's compound annual growth as a fraction: recomputed from the report's sizes, or as the report states it",
      zh: "市场年均复合增速（按规模重算，或报告所述）",
    },
    example: '=MARKET.CAGR("Global ASIC market",2024,2033)',
    shape: "scalar",
    result: "number",
    rate: true,
    doc: 'A market\'s compound annual growth rate, as a fraction: by default recomputed from the report\'s sizes, (end / start)^(1 / years) − 1; with basis "stated", the report\'s own printed CAGR. The two can differ (the VerifiedMarket ASIC CAGR is printed 12.8% but its sizes give 9.90%); ATLAS.SOURCE shows both. Example: =MARKET.CAGR("Global ASIC market",2024,2033) returns 0.0990.',
    returns: "CAGR as a fraction.",
    args: [
      { name: "market", kind: "text", help: 'Market, e.g. "Global ASIC market"', choices: marketChoices, zh: '市场，如 "Global ASIC market"' },
      {
        name: "start_year",
        kind: "raw",
        optional: true,
        help: "First year; empty for the span the report states",
        choices: beforeLast(marketYearChoices),
        zh: "可选：起始年份；留空为报告所述区间",
      },
      { name: "end_year", kind: "raw", optional: true, help: "Last year", choices: after(marketYearChoices), zh: "可选：截止年份" },
      {
        name: "basis",
        kind: "text",
        optional: true,
        help: '"computed" (the default) or "stated"',
        choices: enumChoices(BASIS_ENUM),
        zh: '可选："computed"（按规模重算，默认）或 "stated"（报告所述）',
        enum: BASIS_ENUM,
      },
    ],
    ...answered(
      (atlas, [market, start, end, basis]): Result<Cagr> =>
        andThen(parseBasis(basis), (b): Result<Cagr> =>
          b === "stated"
            ? andThen(statedMarketCagr(atlas, str(market), start, end), (f) =>
                andThen(percentAsFraction(f.value, { en: "The stated CAGR", zh: "报告所述的复合增速" }), (value) => ok({ value, stated: f })),
              )
            : andThen(marketCagr(atlas, str(market), start, end), (d) => ok({ value: d.value, derived: d })),
        ),
      (c) => c.value,
      (c, atlas) => {
        const fact = "stated" in c ? c.stated : c.derived.inputs[0];
        const name = atlas.displayName(entityOf(atlas, fact));
        const span =
          "stated" in c ? (fact.periodAsPrinted ?? fact.period ?? "") : `${c.derived.inputs[0].period ?? ""}–${c.derived.inputs[c.derived.inputs.length - 1].period ?? ""}`;
        const about = { en: `${name} · CAGR ${span}`, zh: `${name} · 复合增速 ${span}` };
        return "stated" in c ? { kind: "fact", about, fact: c.stated } : { kind: "derived", about, method: c.derived.method, inputs: c.derived.inputs, stated: c.derived.stated };
      },
    ),
  },
];
