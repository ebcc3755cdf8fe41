/**
 * Realistic spellings of the catalogue's names, as analysts type them: the names and aliases as written,
 * Chinese names, tickers, and their case, width and spacing variants; and near misses (a letter dropped,
 * doubled or swapped) that should get a did-you-mean. Shared by the fast-path equivalence test and the bench.
 */
import type { Catalog, Entity, Metric } from "../../src/data/catalog";

const fullWidth = (s: string) => s.replace(/[!-~]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0)).replace(/ /g, "\u3000");
const title = (s: string) => s.toLowerCase().replace(/(^|[\s-])([a-z])/g, (_m, sep: string, c: string) => sep + c.toUpperCase());

/** Each spelling once, in a stable order: the name, then its variants. */
export function variantsOf(name: string): string[] {
  const out = [
    name,
    name.toUpperCase(),
    name.toLowerCase(),
    title(name),
    ` ${name}`,
    `${name} `,
    fullWidth(name),
    name.replace(/ /g, ""),
    name.replace(/ /g, "-"),
    name.replace(/-/g, " "),
    `\u3000${name}`,
    name.replace(/ /g, "\u00a0"),
    ` ${name.toLowerCase()} `,
  ];
  return [...new Set(out)];
}

/** Near misses: one letter dropped, one doubled, two swapped, one appended. */
export function typosOf(name: string): string[] {
  if (name.length < 3) return [`${name}x`];
  const mid = Math.floor(name.length / 2);
  return [
    ...new Set([
      name.slice(0, mid) + name.slice(mid + 1),
      name.slice(0, mid) + name[mid] + name.slice(mid),
      name.slice(0, mid - 1) + name[mid] + name[mid - 1] + name.slice(mid + 1),
      `${name}x`,
    ]),
  ].filter((t) => t !== name);
}

export const entityNames = (e: Entity): string[] => [...new Set([e.id, e.zh, e.en, e.ticker, ...e.aliases].filter((n): n is string => typeof n === "string" && n.length > 0))];
export const metricNames = (m: Metric): string[] => [...new Set([m.id, m.zh, m.en, ...m.aliases])];

/** Every spelling of every name of an entity. */
export const entitySpellings = (e: Entity): string[] => [...new Set(entityNames(e).flatMap(variantsOf))];
export const metricSpellings = (m: Metric): string[] => [...new Set(metricNames(m).flatMap(variantsOf))];

/** A deterministic shuffle (mulberry32), so a run's order is the same every time. */
export function shuffled<T>(items: readonly T[], seed = 20261201): T[] {
  const out = [...items];
  let a = seed >>> 0;
  const random = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}

export const byId = <T extends { id: string }>(items: readonly T[]) => new Map(items.map((i) => [i.id, i]));
export type { Catalog };
