/**
 * Unit conversion through the catalogue's one unit vocabulary (data/units): a figure converts only
 * within its unit's dimension, by the ratio of the two units' factors. Never across currencies: the
 * report gives no exchange rate to convert 亿元 into USD with.
 */
import type { Unit } from "../data/catalog";
import { lookupKey } from "../data/normalize";
import type { Atlas } from "./atlas";
import { failWith, type Lang } from "./messages";
import { ok, type Result } from "./result";

/** Names analysts type for units the vocabulary holds under another spelling. */
const UNIT_ALIASES: Record<string, string> = {
  亿: "CNY 100m",
  亿元: "CNY 100m",
  亿人民币: "CNY 100m",
  cny100m: "CNY 100m",
  rmb100m: "CNY 100m",
  百万元: "CNY m",
  cnymn: "CNY m",
  rmbm: "CNY m",
  万元: "CNY 10k",
  元: "CNY",
  rmb: "CNY",
  十亿元: "CNY bn",
  rmbbn: "CNY bn",
  cnybillion: "CNY bn",
  万亿元: "CNY tn",
  亿美元: "USD 100m",
  美元: "USD",
  usdbillion: "USD bn",
  usdmn: "USD m",
  百万美元: "USD m",
};

const unitIndex = new WeakMap<Atlas, Map<string, Unit>>();

function unitsOf(atlas: Atlas): Map<string, Unit> {
  let index = unitIndex.get(atlas);
  if (!index) {
    index = new Map();
    for (const u of atlas.catalog.units) for (const name of [u.id, u.en, u.zh]) if (name) index.set(lookupKey(name), u);
    for (const [alias, id] of Object.entries(UNIT_ALIASES)) {
      const u = atlas.catalog.units.find((x) => x.id === id);
      if (u && !index.has(lookupKey(alias))) index.set(lookupKey(alias), u);
    }
    unitIndex.set(atlas, index);
  }
  return index;
}

const unitsById = new WeakMap<Atlas, Map<string, Unit>>();

function unitById(atlas: Atlas, id: string): Unit | undefined {
  let byId = unitsById.get(atlas);
  if (!byId) unitsById.set(atlas, (byId = new Map(atlas.catalog.units.map((u) => [u.id, u]))));
  return byId.get(id);
}

const UNIT_LABEL_ZH: Record<string, string> = { "%": "%" };

/** A unit as a header or the pane shows it: 亿元 in Chinese where the vocabulary gives one, the id otherwise. */
export function unitLabel(atlas: Atlas, unitId: string, lang: Lang): string {
  return lang === "zh" ? (UNIT_LABEL_ZH[unitId] ?? unitById(atlas, unitId)?.zh ?? unitId) : unitId;
}

/** Units of the same dimension as `unitId`, for messages and the formula builder. */
export function unitsLike(atlas: Atlas, unitId: string): Unit[] {
  const from = atlas.catalog.units.find((u) => u.id === unitId);
  return from ? atlas.catalog.units.filter((u) => u.dimension === from.dimension) : [];
}

/**
 * The factor that turns a figure in `fromId` into `input` units. Blank asks for no conversion (1).
 * An unknown unit or another dimension fails with #VALUE! listing the units that would work.
 */
export function conversionFactor(atlas: Atlas, fromId: string, input: string | null | undefined): Result<{ factor: number; unit: string }> {
  if (input === null || input === undefined || input.trim() === "") return ok({ factor: 1, unit: fromId });
  const from = unitById(atlas, fromId);
  const to = unitsOf(atlas).get(lookupKey(input));
  if (!from || !to || to.dimension !== from.dimension) {
    const valid = unitsLike(atlas, fromId).map((u) => `"${u.id}"${u.zh ? ` (${u.zh})` : ""}`);
    const cannot = to && from ? { detail: `a figure in ${from.id} cannot be shown in ${to.id}`, where: `${from.id} 的数值不能换算为 ${to.id}` } : {};
    return failWith("badArgument", "unitExpected", { gives: valid, got: `"${input}"`, ...cannot });
  }
  return ok({ factor: from.factor / to.factor, unit: to.id });
}

/** value × factor without binary noise (768 / 10 is 76.8, not 76.80000000000001). */
export function convert(value: number, factor: number): number {
  return factor === 1 ? value : Number((value * factor).toPrecision(12));
}
