/** Supplier and company lists: SUPPLIERS* */
import type { Entity, List } from "../data/catalog";
import type { Atlas } from "./atlas";
import { andThen, fail, ok, type Result } from "./result";

export type NameLanguage = "printed" | "en" | "zh";

export interface SupplierRow {
  /** As printed in the report. */
  printed: string;
  entity: Entity;
  list: List;
}

export function resolveComponent(atlas: Atlas, name: string): Result<Entity> {
  return atlas.resolveEntity(name, "component or segment", ["component", "segment", "product", "market", "other"], (e) => atlas.listsAbout(e.id).length > 0);
}

/** Everyone the report names for a component, in the report's order, once each. */
export function suppliersOf(atlas: Atlas, componentName: string): Result<SupplierRow[]> {
  return andThen(resolveComponent(atlas, componentName), (component) => {
    const rows: SupplierRow[] = [];
    const seen = new Set<string>();
    for (const list of atlas.listsAbout(component.id)) {
      for (const m of list.members) {
        if (seen.has(m.entity)) continue;
        seen.add(m.entity);
        rows.push({ printed: m.name, entity: atlas.entities.get(m.entity) as Entity, list });
      }
    }
    return rows.length > 0 ? ok(rows) : fail("missingFact", `The report names no suppliers for ${atlas.displayName(component)}.`);
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
  return fail("badArgument", `language must be "en" (English names where known), "zh" (Chinese) or empty (names as printed), not "${input}".`);
}
