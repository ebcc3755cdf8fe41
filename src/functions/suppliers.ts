/** The SUPPLIERS family: the report's supplier and maker lists, by component and by company. */
import type { List } from "../data/catalog";
import type { Atlas } from "../domain/atlas";
import { resolveTheme } from "../domain/datasets";
import { failWith } from "../domain/messages";
import { andThen, ok, type Result } from "../domain/result";
import { commonSuppliers, listsOfCompany, parseLanguage, supplierName, suppliersOf, supplyComponents, type SupplierRow } from "../domain/suppliers";
import { answered, both, LANGUAGE_ARG, opt, str, THEME_ENUM, themeChoices, type About, type ArgValue, type Choice, type Explanation, type FunctionSpec } from "./spec";

const componentChoices = (atlas: Atlas): Choice[] =>
  supplyComponents(atlas).map((e) => ({ value: atlas.formulaName(e), label: e.en && e.zh && e.en !== e.zh ? `${e.en} ${e.zh}` : atlas.formulaName(e) }));

const companyInListChoices = (atlas: Atlas): Choice[] => {
  const ids = new Set(atlas.catalog.lists.flatMap((l) => l.members.map((m) => m.entity)));
  return [...ids]
    .map((id) => atlas.entities.get(id))
    .filter((e): e is NonNullable<typeof e> => e !== undefined)
    .map((e) => ({ value: atlas.formulaName(e), label: atlas.displayName(e) }));
};

/** The lists an answer reads, each once, in the order first read, and how many names it answers with. */
export const listsExplanation = (what: string | About, lists: List[], count: number): Explanation => ({
  kind: "lists",
  about: typeof what === "string" ? both(what) : what,
  lists: [...new Map(lists.map((l) => [l.id, l])).values()],
  count,
});

/** A query answering with names, after its `language` argument is checked (that failure first). */
const named = (language: ArgValue, rows: () => Result<SupplierRow[]>) => andThen(parseLanguage(opt(language)), (lang) => andThen(rows(), (r) => ok({ rows: r, lang })));

export const SUPPLIERS_SPECS: readonly FunctionSpec[] = [
  {
    id: "SUPPLIERS",
    family: "SUPPLIERS",
    help: { en: "The companies the report names for a component, spilled down a column", zh: "报告列出的某一部件的供应商（向下溢出）" },
    example: '=SUPPLIERS("NVQD")',
    shape: "column",
    doc: 'The companies the report names for a component or supply-chain segment, as a column that spills down, in the report\'s order and spelled as printed. Components as the report prints them, in English or Chinese: "NVQD", "UQD", "MGX 1400A Busbar", "High Speed Cable", "CDU", "液冷板" ... Example: =SUPPLIERS("NVQD") spills 12 names.',
    returns: "One supplier per row.",
    args: [
      { name: "component", kind: "text", help: 'Component or segment, e.g. "NVQD", "UQD", "高速铜缆"', choices: componentChoices, zh: '部件或环节，如 "NVQD"、"UQD"、"高速铜缆"' },
      LANGUAGE_ARG,
    ],
    ...answered(
      (atlas, [component, language]) => named(language, () => suppliersOf(atlas, str(component))),
      ({ rows, lang }) => rows.map((r) => [supplierName(r, lang)]),
      ({ rows }, _atlas, [component]) =>
        listsExplanation(
          str(component),
          rows.map((r) => r.list),
          rows.length,
        ),
    ),
    preset: (atlas, e) => (atlas.listsAbout(e.id).some((l) => l.kind !== "picks") ? [e.en ?? e.zh ?? e.id] : undefined),
  },
  {
    id: "SUPPLIERS.OF",
    family: "SUPPLIERS",
    help: {
      en: "Every list a company appears in (components, PCB segments, supply-chain categories, picks): list, kind, name as printed, line",
      zh: "某公司出现在哪些供应商/厂商/推荐名单中",
    },
    example: '=SUPPLIERS.OF("立讯精密")',
    shape: "table",
    doc: "Every list the report names a company in: the components it supplies, PCB segments, supply-chain categories, maker lists and investment picks, as a table that spills: a header row, then the list's subject, its kind (suppliers, makers, vendors, customers, members, picks), the name as printed and the report line that names it (its own row where the list is a table). Example: =SUPPLIERS.OF(\"立讯精密\") lists Luxshare's components and picks.",
    returns: "A header row and one row per list.",
    args: [
      { name: "company", kind: "text", help: 'Company, e.g. "立讯精密", "Luxshare", "Foxconn"', choices: companyInListChoices, zh: '公司，如 "立讯精密"、"Luxshare"、"Foxconn"' },
    ],
    ...answered(
      (atlas, [company]) => listsOfCompany(atlas, str(company)),
      (rows) => [["list", "kind", "as printed", "line"], ...rows.map((r) => [r.subject.en ?? r.subject.zh ?? r.subject.id, r.list.kind, r.printed, r.line])],
      (rows, _atlas, [company]) =>
        listsExplanation(
          str(company),
          rows.map((r) => r.list),
          rows.length,
        ),
    ),
  },
  {
    id: "SUPPLIERS.COMPONENTS",
    family: "SUPPLIERS",
    help: { en: "The components and segments the report names suppliers for, spilled down a column", zh: "报告列出供应商的部件/环节" },
    example: '=SUPPLIERS.COMPONENTS("overseas")',
    shape: "column",
    doc: 'The components and segments the report names suppliers or makers for, one per row (spills down); each works as the component argument of SUPPLIERS. Example: =SUPPLIERS.COMPONENTS("overseas") spills NVQD, UQD, CDU ...',
    returns: "One component per row.",
    args: [
      {
        name: "theme",
        kind: "text",
        optional: true,
        help: '"overseas", "domestic", "devices" (or 海外, 国内 ...); empty for all',
        choices: themeChoices,
        zh: '可选："overseas"（海外）、"domestic"（国内）、"devices"（AI终端）；留空为全部',
        enum: THEME_ENUM,
      },
    ],
    ...answered(
      (atlas, [theme]) =>
        andThen(resolveTheme(atlas, opt(theme)), (t) => {
          const components = supplyComponents(atlas, t?.id);
          return components.length > 0
            ? ok({ theme: t, components })
            : failWith("missingFact", "noneNamed", { label: { en: `suppliers under ${t?.en ?? "this theme"}`, zh: `${t?.zh ?? "该主题"}下的供应商` } });
        }),
      ({ components }, atlas) => components.map((e) => [atlas.formulaName(e)]),
      ({ theme, components }, atlas) => {
        const inTheme = (l: List) => l.kind !== "picks" && (theme === undefined || atlas.datasets.get(l.dataset)?.theme === theme.id);
        return listsExplanation(
          theme ? { en: theme.en, zh: theme.zh } : "",
          components.flatMap((e) => atlas.listsAbout(e.id).filter(inTheme)),
          components.length,
        );
      },
    ),
  },
  {
    id: "SUPPLIERS.COMMON",
    family: "SUPPLIERS",
    help: { en: "Companies the report names as suppliers of both components, spilled down a column", zh: "同时供应两个部件的公司" },
    example: '=SUPPLIERS.COMMON("NVQD","UQD")',
    shape: "column",
    doc: 'The companies the report names as suppliers of both components, one per row (spills down), in the first component\'s order and spelling. Example: =SUPPLIERS.COMMON("NVQD","UQD") lists the quick-disconnect makers on both lists.',
    returns: "One company per row.",
    args: [
      { name: "component_a", kind: "text", help: 'Component, e.g. "NVQD"', choices: componentChoices, zh: '部件，如 "NVQD"' },
      { name: "component_b", kind: "text", help: 'Another component, e.g. "UQD"', choices: componentChoices, zh: '另一部件，如 "UQD"' },
      LANGUAGE_ARG,
    ],
    ...answered(
      (atlas, [a, b, language]) => named(language, () => commonSuppliers(atlas, str(a), str(b))),
      ({ rows, lang }) => rows.map((r) => [supplierName(r, lang)]),
      ({ rows }, atlas, [a, b]) => {
        const second = suppliersOf(atlas, str(b));
        return listsExplanation(
          `${str(a)} ∩ ${str(b)}`,
          [...rows, ...(second.ok ? second.value : [])].map((r) => r.list),
          rows.length,
        );
      },
    ),
  },
];
