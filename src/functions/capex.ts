/** The CAPEX family: a company's capital expenditure, its series, and growth computed from its levels. */
import type { Atlas } from "../domain/atlas";
import { capexCagr, capexGrowth, capexPeriods, capexSeries, capexValue, resolveCapexCompany, type Derived } from "../domain/capex";
import { unitLabel, unitsLike } from "../domain/units";
import {
  after,
  answered,
  beforeLast,
  entityOf,
  opt,
  enumChoices,
  str,
  type About,
  type ArgValue,
  type CellValue,
  type Choice,
  type EnumSpec,
  type Explanation,
  type FunctionSpec,
} from "./spec";

const capexCompanyChoices = (atlas: Atlas): Choice[] =>
  atlas.catalog.entities.filter((e) => atlas.facts(e.id, "capex").length > 0).map((e) => ({ value: atlas.formulaName(e), label: atlas.displayName(e) }));

const capexYearChoices = (atlas: Atlas, before: ArgValue[]): Choice[] => {
  const company = resolveCapexCompany(atlas, str(before[0]));
  if (!company.ok) return [];
  return capexPeriods(atlas, company.value)
    .filter((p) => /^\d{4}$/.test(p))
    .map((p) => ({ value: Number(p), label: p }));
};

const capexPeriodChoices = (atlas: Atlas, before: ArgValue[]): Choice[] => {
  const company = resolveCapexCompany(atlas, str(before[0]));
  return company.ok ? capexPeriods(atlas, company.value).map((p) => ({ value: /^\d{4}$/.test(p) ? Number(p) : p, label: p })) : [];
};

const capexQuarterChoices = (atlas: Atlas, before: ArgValue[]): Choice[] => capexPeriodChoices(atlas, before).filter((c) => typeof c.value === "string");

const cnyUnitChoices = (atlas: Atlas): Choice[] => unitsLike(atlas, "CNY 100m").map((u) => ({ value: u.id, label: u.zh ? `${u.id} ${u.zh}` : u.id }));

const FREQUENCY_ENUM: EnumSpec = {
  id: "FREQUENCY",
  values: () => [
    { value: "annual", en: "Annual figures", zh: "年度数据" },
    { value: "quarterly", en: "Quarterly figures", zh: "季度数据" },
  ],
};

export const CAPEX_ENUMS: readonly EnumSpec[] = [FREQUENCY_ENUM];

/** Header row plus one row per figure: [period, value]. */
const seriesTable = (unit: string, points: { period: string; value: number }[]): CellValue[][] => [["period", `capex (${unit})`], ...points.map((p) => [p.period, p.value])];

/** A computed capex figure explained: its inputs, method and the report's own stated figure; `what` names it ("YoY", "同比"), `span` its period. */
function derivedCapex(atlas: Atlas, d: Derived, what: About, span: string): Explanation {
  const name = atlas.displayName(entityOf(atlas, d.inputs[0]));
  return { kind: "derived", about: { en: `${name} · capex ${what.en} ${span}`, zh: `${name} · 资本开支${what.zh} ${span}` }, method: d.method, inputs: d.inputs, stated: d.stated };
}

const companyArg = { name: "company", kind: "text", choices: capexCompanyChoices } as const;
const periodArg = {
  name: "period",
  kind: "raw",
  help: 'A year (2024) or a quarter ("2025Q1", "1Q25")',
  choices: capexPeriodChoices,
  zh: '年份（2024）或季度（"2025Q1"、"1Q25"）',
} as const;

export const CAPEX_SPECS: readonly FunctionSpec[] = [
  {
    id: "CAPEX.VALUE",
    family: "CAPEX",
    help: { en: "Capital expenditure of one company for one year or quarter, in 亿元 (CNY 100m) unless a unit is given", zh: "某公司某年或某季度的资本开支（默认亿元）" },
    example: '=CAPEX.VALUE("Tencent","1Q25")',
    shape: "scalar",
    result: "number",
    doc: 'Capital expenditure of one company for a year or a quarter, as the report gives it, in 亿元 (CNY 100m) unless another CNY unit is asked for ("CNY bn" divides by 10). Companies: Tencent 腾讯, Alibaba 阿里巴巴, Baidu 百度, and "BAT" (the three combined). Example: =CAPEX.VALUE("Tencent","1Q25") returns 275.',
    returns: "Capex in the unit asked for.",
    args: [
      { ...companyArg, help: 'Company, e.g. "Tencent", "阿里巴巴", "BAT"', zh: '公司，如 "Tencent"、"阿里巴巴"、"BAT"' },
      periodArg,
      {
        name: "unit",
        kind: "text",
        optional: true,
        help: '"CNY 100m" (亿元, the default), "CNY bn", "CNY m" ...',
        choices: cnyUnitChoices,
        zh: '可选："CNY 100m"（亿元，默认）、"CNY bn"（十亿元）、"CNY m"（百万元）……',
      },
    ],
    ...answered(
      (atlas, [company, period, unit]) => capexValue(atlas, str(company), period, opt(unit)),
      (p) => p.value,
      (p, atlas) => {
        const name = atlas.displayName(p.company);
        return {
          kind: "fact",
          about: { en: `${name} · capex · ${p.period} (${p.unit})`, zh: `${name} · 资本开支 · ${p.period} (${unitLabel(atlas, p.unit, "zh")})` },
          fact: p.fact,
        };
      },
    ),
  },
  {
    id: "CAPEX.SERIES",
    family: "CAPEX",
    help: { en: "A company's capex by period, oldest first, as a spilled period/value table with a header", zh: "某公司资本开支时间序列（期间、数值）" },
    example: '=CAPEX.SERIES("Tencent",,,"quarterly")',
    shape: "table",
    doc: 'A company\'s capex by period, oldest first, as a table that spills: a header row, then period and value per row. Annual figures by default (quarterly where the report gives no annual ones); from and to bound the periods (a year covers its quarters). Units as in CAPEX.VALUE. Example: =CAPEX.SERIES("Tencent",,,"quarterly") spills 2024Q1 144, 2024Q4 366, 2025Q1 275.',
    returns: "A header row (period, capex) and one row per period.",
    args: [
      { ...companyArg, help: 'Company, e.g. "Tencent", "BAT"', zh: '公司，如 "Tencent"、"BAT"' },
      {
        name: "from",
        kind: "raw",
        optional: true,
        help: 'First period, e.g. 2020 or "2024Q1"; empty for the earliest',
        choices: capexPeriodChoices,
        zh: '可选：起始期间，如 2020 或 "2024Q1"；留空为最早',
      },
      { name: "to", kind: "raw", optional: true, help: "Last period; empty for the latest", choices: capexPeriodChoices, zh: "可选：截止期间；留空为最新" },
      {
        name: "frequency",
        kind: "text",
        optional: true,
        help: '"annual" or "quarterly"; empty for annual where the report gives annual figures',
        choices: enumChoices(FREQUENCY_ENUM),
        zh: '可选："annual"（年度）或 "quarterly"（季度）；留空时报告有年度数据则取年度',
        enum: FREQUENCY_ENUM,
      },
      {
        name: "unit",
        kind: "text",
        optional: true,
        help: '"CNY 100m" (亿元, the default), "CNY bn" ...',
        choices: cnyUnitChoices,
        zh: '可选："CNY 100m"（亿元，默认）、"CNY bn"……',
      },
    ],
    ...answered(
      (atlas, [company, from, to, frequency, unit]) => capexSeries(atlas, str(company), from, to, opt(frequency), opt(unit)),
      (points) => seriesTable(points[0].unit, points),
      (points, atlas) => {
        const name = atlas.displayName(points[0].company);
        const span = `${points[0].period}–${points[points.length - 1].period}`;
        return {
          kind: "facts",
          about: { en: `${name} · capex · ${span} (${points[0].unit})`, zh: `${name} · 资本开支 · ${span} (${unitLabel(atlas, points[0].unit, "zh")})` },
          facts: points.map((p) => p.fact),
        };
      },
    ),
  },
  {
    id: "CAPEX.YOY",
    family: "CAPEX",
    help: { en: "Year-on-year growth of capex for a year or a quarter, as a fraction, computed from the report's figures", zh: "资本开支同比增速（小数，按报告数值计算）" },
    example: '=CAPEX.YOY("Tencent","1Q25")',
    shape: "scalar",
    result: "number",
    rate: true,
    doc: 'Year-on-year growth of capex, computed from the report\'s figures, as a fraction (0.9097 = +90.97%): a year against the year before, a quarter against the same quarter a year before. The report\'s own printed YoY is shown beside ours by =ATLAS.SOURCE(company,"capex_yoy",period). Example: =CAPEX.YOY("Tencent","1Q25") returns 0.9097 (275 / 144 − 1).',
    returns: "Growth as a fraction.",
    args: [{ ...companyArg, help: 'Company, e.g. "Tencent"', zh: '公司，如 "Tencent"' }, periodArg],
    ...answered(
      (atlas, [company, period]) => capexGrowth(atlas, str(company), period, "yoy"),
      (d) => d.value,
      (d, atlas, [, period]) => derivedCapex(atlas, d, { en: "YoY", zh: "同比" }, str(period)),
    ),
  },
  {
    id: "CAPEX.QOQ",
    family: "CAPEX",
    help: { en: "Quarter-on-quarter growth of capex, as a fraction, computed from the report's figures", zh: "资本开支环比增速（小数，按报告数值计算）" },
    example: '=CAPEX.QOQ("Tencent","1Q25")',
    shape: "scalar",
    result: "number",
    rate: true,
    doc: 'Quarter-on-quarter growth of capex, computed from the report\'s figures, as a fraction (−0.2486 = −24.86%). The report\'s printed QoQ is shown by =ATLAS.SOURCE(company,"capex_qoq",period). Example: =CAPEX.QOQ("Tencent","1Q25") returns −0.2486 (275 / 366 − 1).',
    returns: "Growth as a fraction.",
    args: [
      { ...companyArg, help: 'Company, e.g. "Tencent", "Alibaba"', zh: '公司，如 "Tencent"、"Alibaba"' },
      { name: "period", kind: "raw", help: 'A quarter, e.g. "2025Q1" or "1Q25"', choices: capexQuarterChoices, zh: '季度，如 "2025Q1" 或 "1Q25"' },
    ],
    ...answered(
      (atlas, [company, period]) => capexGrowth(atlas, str(company), period, "qoq"),
      (d) => d.value,
      (d, atlas, [, period]) => derivedCapex(atlas, d, { en: "QoQ", zh: "环比" }, str(period)),
    ),
  },
  {
    id: "CAPEX.CAGR",
    family: "CAPEX",
    help: { en: "Compound annual growth of capital expenditure, as a fraction", zh: "资本开支年均复合增长率（小数）" },
    example: '=CAPEX.CAGR("Tencent",2020,2024)',
    shape: "scalar",
    result: "number",
    rate: true,
    doc: 'Compound annual growth rate of capital expenditure between two years, computed from the report\'s capex figures: (end / start)^(1 / years) − 1, returned as a fraction (0.2259 = 22.59%; format the cell as a percentage). Companies: Tencent 腾讯, Alibaba 阿里巴巴, Baidu 百度, and "BAT" (the three combined). Example: =CAPEX.CAGR("Tencent",2020,2024) returns 0.2259.',
    returns: "CAGR as a fraction.",
    args: [
      { ...companyArg, help: 'Company, e.g. "Tencent", "腾讯", "BAT"', zh: '公司，如 "Tencent"、"腾讯"、"BAT"' },
      { name: "start_year", kind: "raw", help: "First year, e.g. 2020", choices: beforeLast(capexYearChoices), zh: "起始年份，如 2020" },
      { name: "end_year", kind: "raw", help: "Last year, e.g. 2024", choices: after(capexYearChoices), zh: "截止年份，如 2024" },
    ],
    ...answered(
      (atlas, [company, start, end]) => capexCagr(atlas, str(company), start, end),
      (d) => d.value,
      (d, atlas, [, start, end]) => derivedCapex(atlas, d, { en: "CAGR", zh: "复合增速" }, `${str(start)}–${str(end)}`),
    ),
    preset: (atlas, e) => (atlas.facts(e.id, "capex").length > 0 ? [e.en ?? e.zh ?? e.id] : undefined),
  },
];
