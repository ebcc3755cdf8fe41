/**
 * A chip as an Excel entity value (AICHIP.CARD): plain JSON in the shape of Excel.EntityCellValue
 * (CustomFunctionsRuntime 1.4), so `=A1.FP16` reads a spec from the card. Declared here without Office
 * types so the domain stays host-free; the Excel layer checks and returns it as is.
 */
import type { Entity } from "../data/catalog";
import type { Atlas } from "./atlas";
import { chipMetrics, resolveChip } from "./chips";
import { cellFigure, shownUnit } from "./facts";
import { andThen, ok, type Result } from "./result";

export type EntityProperty = { type: "Double"; basicValue: number } | { type: "String"; basicValue: string };

export interface EntityValue {
  type: "Entity";
  text: string;
  properties: Record<string, EntityProperty>;
  layouts: { card: { title: { property: string }; sections: { layout: "List"; properties: string[]; title?: string }[] } };
}

export interface ChipCard {
  chip: Entity;
  entity: EntityValue;
  /** The same content as two columns (property, value): the readable fallback where entities are not supported. */
  table: (string | number)[][];
}

export function chipCard(atlas: Atlas, chipName: string): Result<ChipCard> {
  return andThen(resolveChip(atlas, chipName), (chip) =>
    andThen(chipMetrics(atlas, chipName), (rows) => {
      // A name that names a variant ("910B OAM") gets that variant's card (chipMetrics: its figures only).
      const name = atlas.nameVariant(chip.id, chipName) ?? atlas.displayName(chip);
      const properties: Record<string, EntityProperty> = {};
      const table: (string | number)[][] = [];
      const put = (name: string, value: string | number): boolean => {
        if (name in properties) return false;
        properties[name] = typeof value === "number" ? { type: "Double", basicValue: value } : { type: "String", basicValue: value };
        table.push([name, value]);
        return true;
      };
      const vendor = chip.vendor ? atlas.entities.get(chip.vendor) : undefined;
      put("Name", name);
      if (chip.en) put("English name", chip.en);
      if (chip.zh) put("Chinese name", chip.zh);
      if (vendor) put("Vendor", vendor.en ?? vendor.zh ?? vendor.id);
      if (chip.category) put("Category", chip.category.toUpperCase());
      const specs: string[] = [];
      const units: string[] = [];
      for (const { metric, fact } of rows) {
        const label = atlas.metricLabel(metric);
        const value = cellFigure(fact);
        if (!put(label, value)) continue;
        specs.push(label);
        if (typeof value === "number" && fact.unit) units.push(`${label} ${shownUnit(fact)}`);
      }
      const lines = [...new Set(rows.map((r) => r.fact.line))].sort((a, b) => a - b);
      put("Units", units.join("; "));
      put("Source", `${atlas.catalog.report.file}, lines ${lines.join(", ")}; data ${atlas.catalog.version}`);
      const about = ["Name", "English name", "Chinese name", "Vendor", "Category"].filter((p) => p in properties);
      return ok({
        chip,
        table,
        entity: {
          type: "Entity",
          text: name,
          properties,
          layouts: {
            card: {
              title: { property: "Name" },
              sections: [
                { layout: "List", properties: about },
                { layout: "List", title: "Specifications", properties: specs },
                { layout: "List", title: "Source", properties: ["Units", "Source"] },
              ],
            },
          },
        },
      });
    }),
  );
}
