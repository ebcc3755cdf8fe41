/** Supplier and company lists: SUPPLIERS* */
import type { Entity, List } from "../data/catalog";
import type { Atlas } from "./atlas";
import { failWith } from "./messages";
import { andThen, ok, type Result } from "./result";

export type NameLanguage = "printed" | "en" | "zh";

export interface SupplierRow {
  /** As printed in the report. */
  printed: string;
  entity: Entity;
  list: List;
}

/** What a list can be about for SUPPLIERS: a component, a segment, a product... (not a company's customers). */
const COMPONENT_TYPES = ["component", "segment", "product", "market", "other"] as const;

/**
 * Lists that name who supplies, makes or sells a thing: not who uses it (HVDC's adopters at L820, 中国电信 …
 * Meta, are no HVDC suppliers; SUPPLIERS.OF still shows them, as "customers").
 */
const namesSuppliers = (l: List) => l.kind !== "customers";

export function resolveComponent(atlas: Atlas, name: string): Result<Entity> {
  return atlas.resolveEntity(name, "component or segment", COMPONENT_TYPES, (e) => atlas.listsAbout(e.id).some(namesSuppliers));
}

/** Everyone the report names as supplying a component, in the report's order, once each. */
export function suppliersOf(atlas: Atlas, componentName: string): Result<SupplierRow[]> {
  return andThen(resolveComponent(atlas, componentName), (component) => {
    const rows: SupplierRow[] = [];
    const seen = new Set<string>();
    for (const list of atlas.listsAbout(component.id)) {
      if (!namesSuppliers(list)) continue;
      for (const m of list.members) {
        if (seen.has(m.entity)) continue;
        seen.add(m.entity);
        rows.push({ printed: m.name, entity: atlas.entities.get(m.entity) as Entity, list });
      }
    }
    return rows.length > 0
      ? ok(rows)
      : failWith("missingFact", "noneNamed", { label: { en: `suppliers for ${atlas.displayName(component)}`, zh: `${atlas.displayName(component)} 的供应商` } });
  });
}

/** A supplier's name in the language asked for; the printed name where the report gives no other. */
export function supplierName(row: SupplierRow, language: NameLanguage): string {
  if (language === "en") return row.entity.en ?? row.printed;
  if (language === "zh") return row.entity.zh ?? row.printed;
  return row.printed;
}

export function parseLanguage(input: string | null | undefined): Result<NameLanguage> {
  const s = (input ?? "").normalize("NFKC").trim().toLowerCase();
  if (s === "" || s === "printed" || s === "report" || s === "原文") return ok("printed");
  if (["en", "english", "英文", "英语"].includes(s)) return ok("en");
  if (["zh", "cn", "chinese", "中文"].includes(s)) return ok("zh");
  return failWith("badArgument", "expected", {
    name: "language",
    expected: { en: '"en" (English names where known), "zh" (Chinese) or empty (names as printed)', zh: '"en"（尽量用英文名）、"zh"（中文名）或留空（按报告原文）' },
    got: `"${input}"`,
  });
}

export interface Membership {
  list: List;
  subject: Entity;
  printed: string;
  /** The line that names the company: its own row where the list has one (瑞可达 at L767), else the list's line. */
  line: number;
}

/** Lists that are not the report's investment picks: who supplies, makes or sells something. */
const isSupplyList = (l: List) => l.kind !== "picks";

/** Every list a company appears in: components, PCB segments, supply-chain categories, picks. */
export function listsOfCompany(atlas: Atlas, companyName: string): Result<Membership[]> {
  return andThen(
    atlas.resolveEntity(
      companyName,
      "company named in a list",
      ["company", "group", "organisation", "fund", "other", "product", "model"],
      (e) => atlas.listsNaming(e.id).length > 0,
    ),
    (company) =>
      ok(
        atlas.listsNaming(company.id).map((list) => {
          const member = list.members.find((m) => m.entity === company.id);
          return { list, subject: atlas.entities.get(list.subject) as Entity, printed: member?.name ?? "", line: member?.line ?? list.line };
        }),
      ),
  );
}

/** Components and segments with a supplier list, optionally within one theme (dataset theme). */
export function supplyComponents(atlas: Atlas, themeId?: string): Entity[] {
  const seen = new Set<string>();
  const out: Entity[] = [];
  for (const l of atlas.catalog.lists) {
    if (!isSupplyList(l) || seen.has(l.subject)) continue;
    if (themeId && atlas.datasets.get(l.dataset)?.theme !== themeId) continue;
    seen.add(l.subject);
    const e = atlas.entities.get(l.subject);
    if (e && (COMPONENT_TYPES as readonly string[]).includes(e.type)) out.push(e);
  }
  return out;
}

/** Suppliers the report names for both components, in the first one's order and spelling. */
export function commonSuppliers(atlas: Atlas, componentA: string, componentB: string): Result<SupplierRow[]> {
  return andThen(suppliersOf(atlas, componentA), (a) =>
    andThen(suppliersOf(atlas, componentB), (b) => {
      const inB = new Set(b.map((r) => r.entity.id));
      const both = a.filter((r) => inB.has(r.entity.id));
      if (both.length > 0) return ok(both);
      const [na, nb] = [a, b].map((rows) => atlas.displayName(atlas.entities.get(rows[0].list.subject) as Entity));
      return failWith("missingFact", "noneNamed", { label: { en: `supplier for both ${na} and ${nb}`, zh: `同时供应 ${na} 和 ${nb} 的公司` } });
    }),
  );
}
