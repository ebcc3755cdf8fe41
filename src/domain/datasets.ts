/** The generic layer: datasets, their tables as printed, the data version (ATLAS.*). */
import type { Dataset, Theme } from "../data/catalog";
import { lookupKey } from "../data/normalize";
import { closestNames, type Atlas } from "./atlas";
import { cellFigure, shownUnit } from "./facts";
import { failure, failWith } from "./messages";
import { andThen, ok, type Result } from "./result";

/** A theme by id ("overseas"), number ("02"), or English or Chinese name; blank means all. */
export function resolveTheme(atlas: Atlas, input: string | null | undefined): Result<Theme | undefined> {
  if (input === null || input === undefined || input.trim() === "") return ok(undefined);
  const key = lookupKey(input);
  const zhShort: Record<string, string> = { 海外: "overseas", 国内: "domestic", 国产: "domestic", 设备: "devices", 终端: "devices", 推荐: "picks", 投资建议: "picks" };
  const theme = atlas.catalog.themes.find(
    (t) =>
      [t.id, t.number, String(Number(t.number)), t.zh, t.en].some((n) => lookupKey(n) === key) ||
      zhShort[key] === t.id ||
      lookupKey(t.en).startsWith(key) ||
      lookupKey(t.zh).startsWith(key),
  );
  if (theme) return ok(theme);
  const themes = atlas.catalog.themes.map((t) => `"${t.id}"`).join(", ");
  return failWith("badArgument", "expected", {
    name: "theme",
    expected: { en: `one of ${themes} (or its number or Chinese name)`, zh: `${themes} 之一（或其编号、中文名）` },
    got: `"${input}"`,
  });
}

export function datasetsIn(atlas: Atlas, themeInput?: string | null): Result<Dataset[]> {
  return andThen(resolveTheme(atlas, themeInput), (theme) => ok(atlas.catalog.datasets.filter((d) => theme === undefined || d.theme === theme.id)));
}

let datasetNames: { atlas: Atlas; entries: { key: string; name: string; id: string }[] } | undefined;

/** A dataset by id ("tencent_capex_annual") or its English or Chinese title. */
export function resolveDataset(atlas: Atlas, input: string): Result<Dataset> {
  if (datasetNames?.atlas !== atlas) {
    const entries = atlas.catalog.datasets.flatMap((d) => [d.id, d.title.en, d.title.zh].map((n) => ({ key: lookupKey(n), name: d.id, id: d.id })));
    datasetNames = { atlas, entries };
  }
  const key = lookupKey(input);
  const hit = datasetNames.entries.find((e) => e.key === key);
  if (hit) return ok(atlas.datasets.get(hit.id) as Dataset);
  const near = closestNames(key, datasetNames.entries);
  return { ok: false, failure: failure("unknownName", "unknownName", input, near, { what: "dataset", hint: "ATLAS.DATASETS() lists them." }) };
}

/**
 * A dataset as the report prints it, header first: its table exactly as printed where it has one,
 * else its facts (name, metric, period, variant, value, unit, line), else its lists (list, name, line).
 */
export function datasetTable(atlas: Atlas, input: string): Result<(string | number)[][]> {
  return andThen(resolveDataset(atlas, input), (d) => {
    if (d.table && d.table.rows.length > 0) {
      const header = d.table.columns.map((c) => (c.unit && !c.zh.includes(c.unit) ? `${c.zh} (${c.unit})` : c.zh));
      return ok([header, ...d.table.rows.map((r) => d.table!.columns.map((_, i) => r.cells[i] ?? ""))]);
    }
    if (d.factIndexes.length > 0) {
      const rows = d.factIndexes.map((i) => {
        const f = atlas.catalog.facts[i];
        const e = atlas.entities.get(f.entity);
        // Names and metrics as they are typed back into ATLAS.VALUE; a rate as a fraction.
        return [e ? atlas.formulaName(e) : f.entity, f.metric, f.period ?? "", f.variant ?? "", cellFigure(f), shownUnit(f), f.line];
      });
      return ok([["name", "metric", "period", "variant", "value", "unit", "line"], ...rows]);
    }
    const rows = d.listIds.flatMap((id) => {
      const l = atlas.lists.get(id);
      return l ? l.members.map((m) => [l.printed, m.name, m.line]) : [];
    });
    return rows.length > 0 ? ok([["list", "name", "line"], ...rows]) : failWith("missingFact", "emptyDataset", { detail: d.id });
  });
}

/** The bundled data's version: "0.1.0 (2026-11-28, data 1a2b3c4d)". */
export function dataVersion(atlas: Atlas): string {
  const c = atlas.catalog;
  return `${c.version} (${c.date}, data ${c.contentHash.slice(0, 8)})`;
}
