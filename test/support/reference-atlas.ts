/**
 * The name resolver and fact index as they were before the fast path (issue 15), kept as the reference
 * the fast path must agree with: every name normalised with the regex + NFKC definition of a lookup key,
 * a `judged` map and closures per call, facts under "entity|metric" key strings. Not used by the add-in.
 */
import type { Catalog, Entity, EntityType, Fact, Metric } from "../../src/data/catalog";
import { Atlas } from "../../src/domain/atlas";
import { fail, ok, type Result } from "../../src/domain/result";

const referenceKey = (name: string) =>
  name
    .normalize("NFKC")
    .toLowerCase()
    .replace(/[\s\p{Cf}\-_·・()（）[\]【】'"“”‘’]+/gu, "");

interface NameEntry {
  key: string;
  name: string;
  id: string;
}

/** Levenshtein distance by the textbook table, every cell: the reference the add-in's (bit-parallel) editDistance must agree with. */
export function referenceDistance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    prev = cur;
  }
  return prev[b.length];
}

/** closestNames as it was: every name scored by its edit distance (the textbook table). */
function closestNames(key: string, entries: NameEntry[], limit = 3): string[] {
  if (key.length > 128) return [];
  const scored: { score: number; entry: NameEntry }[] = [];
  for (const entry of entries) {
    // (A distance is at least the difference in length: names further apart than the threshold are not scored.)
    let score = Math.abs(entry.key.length - key.length) <= Math.max(2, key.length / 3) ? referenceDistance(key, entry.key) : Infinity;
    if (key.length >= 2 && (entry.key.includes(key) || key.includes(entry.key))) score = Math.min(score, 1 + Math.abs(entry.key.length - key.length) / 10);
    // (Below the key's length too: two edits from a two-letter key is nothing in common with it.)
    if (score <= Math.max(2, key.length / 3) && score < key.length) scored.push({ score, entry });
  }
  // Ties: the shorter name as its key counts it, then the first listed.
  scored.sort((a, b) => a.score - b.score || referenceKey(a.entry.name).length - referenceKey(b.entry.name).length);
  // Each thing in the order of its closest name, named by its closest name in the script typed (Chinese or
  // not) when one of its names in that script is close too.
  const chinese = (t: string) => [...t].some((c) => (c >= "\u4e00" && c <= "\u9fff") || (c >= "\u3400" && c <= "\u4dbf"));
  const ids = [...new Set(scored.map((s) => s.entry.id))].slice(0, limit);
  return ids.map((id) => {
    const mine = scored.filter((s) => s.entry.id === id);
    return (mine.find((s) => chinese(s.entry.name) === chinese(key)) ?? mine[0]).entry.name;
  });
}

const article = (word: string) => (/^[aeiou]/.test(word) ? "an" : "a");
const didYouMean = (names: string[]) => (names.length > 0 ? ` Did you mean ${names.map((n) => `"${n}"`).join(", ")}?` : "");

export class ReferenceAtlas extends Atlas {
  private readonly refEntityByName = new Map<string, string>();
  private readonly refMetricByName = new Map<string, string[]>();
  private readonly refVariantByName = new Map<string, { id: string; variant: string }>();
  private readonly refEntityNames: NameEntry[] = [];
  private readonly refMetricNames: NameEntry[] = [];
  private readonly refFacts = new Map<string, Fact[]>();
  private readonly refMetricsByEntity = new Map<string, Set<string>>();

  constructor(catalog: Catalog) {
    super(catalog);
    for (const e of catalog.entities) {
      for (const name of [e.id, e.zh, e.en, e.ticker, ...e.aliases]) {
        if (!name) continue;
        const key = referenceKey(name);
        if (!this.refEntityByName.has(key)) this.refEntityByName.set(key, e.id);
        this.refEntityNames.push({ key, name: name === e.id ? this.displayName(e) : name, id: e.id });
      }
    }
    const shortForms = new Map<string, Set<string>>();
    for (const e of catalog.entities) {
      const forms: string[] = [];
      for (const t of [e.ticker, ...e.aliases]) {
        const m = t ? /^([A-Z0-9]{1,6})\.(O|N|OQ|US|HK|SZ|SH|SS|TW|KS|T)$/i.exec(t.trim()) : null;
        if (m) forms.push(m[1]);
      }
      for (const n of [e.en, e.zh]) {
        const m = n ? /^(.+?)\s*[(（][^()（）]+[)）]$/.exec(n.trim()) : null;
        if (m && m[1].length >= 2) forms.push(m[1]);
      }
      for (const f of forms) {
        const key = referenceKey(f);
        if (!shortForms.has(key)) shortForms.set(key, new Set());
        shortForms.get(key)?.add(e.id);
      }
    }
    for (const entry of this.refEntityNames) {
      if (entry.key === referenceKey(entry.id) && this.refEntityByName.get(referenceKey(entry.name)) !== entry.id)
        entry.name = this.formulaName(this.entities.get(entry.id) as Entity);
    }
    for (const [key, ids] of shortForms) {
      if (ids.size !== 1 || this.refEntityByName.has(key)) continue;
      this.refEntityByName.set(key, [...ids][0]);
    }
    for (const m of catalog.metrics) {
      for (const name of [m.id, m.zh, m.en, ...m.aliases]) {
        const key = referenceKey(name);
        const ids = this.refMetricByName.get(key) ?? [];
        if (!ids.includes(m.id)) {
          if (name === m.id) ids.unshift(m.id);
          else ids.push(m.id);
        }
        this.refMetricByName.set(key, ids);
        this.refMetricNames.push({ key, name: name === m.id ? this.metricLabel(m) : name, id: m.id });
      }
    }
    for (const m of catalog.metrics) {
      const short = /^(.+?)\s*\([^()]+\)$/.exec(m.en)?.[1];
      if (!short || short.length < 3) continue;
      const ids = this.refMetricByName.get(referenceKey(short)) ?? [];
      if (!ids.includes(m.id)) this.refMetricByName.set(referenceKey(short), [...ids, m.id]);
    }
    for (const f of catalog.facts) {
      if (f.variant === undefined) continue;
      const key = referenceKey(f.variant);
      const e = this.entities.get(f.entity);
      const names = e
        ? [e.id, e.zh, e.en, e.ticker, ...e.aliases]
            .filter((n): n is string => !!n)
            .map(referenceKey)
            .filter((k) => k.length >= 2)
        : [];
      if (names.some((n) => key.startsWith(n) && key !== n) && !this.refVariantByName.has(key)) this.refVariantByName.set(key, { id: f.entity, variant: f.variant });
    }
    for (const f of catalog.facts) {
      const k = `${f.entity}|${f.metric}`;
      this.refFacts.set(k, [...(this.refFacts.get(k) ?? []), f]);
      if (!this.refMetricsByEntity.has(f.entity)) this.refMetricsByEntity.set(f.entity, new Set());
      this.refMetricsByEntity.get(f.entity)?.add(f.metric);
    }
  }

  override facts(entity: string, metric: string): Fact[] {
    return this.refFacts.get(`${entity}|${metric}`) ?? [];
  }

  override metricsOf(entity: string): string[] {
    return [...(this.refMetricsByEntity.get(entity) ?? [])];
  }

  override findEntity(name: string): Entity | undefined {
    const id = this.refEntityByName.get(referenceKey(name));
    return id === undefined ? undefined : this.entities.get(id);
  }

  override resolveEntity(input: string, what: string, types: readonly EntityType[], accept: (e: Entity) => boolean = () => true): Result<Entity> {
    const key = referenceKey(input);
    const judged = new Map<string, boolean>();
    const usable = (id: string) => {
      let verdict = judged.get(id);
      if (verdict === undefined) {
        const e = this.entities.get(id);
        verdict = e !== undefined && types.includes(e.type) && accept(e);
        judged.set(id, verdict);
      }
      return verdict;
    };
    const id = this.refEntityByName.get(key) ?? this.refVariantByName.get(key)?.id;
    if (id !== undefined && usable(id)) return ok(this.entities.get(id) as Entity);
    const found = id !== undefined ? this.entities.get(id) : undefined;
    const suggestions = closestNames(
      key,
      this.refEntityNames.filter((n) => usable(n.id)),
    );
    if (found) {
      const names =
        suggestions.length > 0
          ? suggestions
          : [...new Set(this.refEntityNames.filter((n) => usable(n.id)).map((n) => n.id))].slice(0, 6).map((u) => this.displayName(this.entities.get(u) as Entity));
      return fail(
        "unknownName",
        `"${input}" is ${article(found.type)} ${found.type} the report has no such figures for.${suggestions.length > 0 ? didYouMean(names) : ` Try: ${names.join(", ")}.`}`,
      );
    }
    return fail("unknownName", `Unknown ${what} "${input}".${didYouMean(suggestions)}`);
  }

  /** As resolveEntity reads a name, without suggestions (the fast path's company check in resolveChip). */
  override entityOf(input: string): Entity | undefined {
    const key = referenceKey(input);
    const id = this.refEntityByName.get(key) ?? this.refVariantByName.get(key)?.id;
    return id === undefined ? undefined : this.entities.get(id);
  }

  /** No answer is kept: the reference works every answer out on every call, as before the answer caches. */
  override answersFor<T>(): Map<string, T> {
    return new Map<string, T>();
  }

  override resolveMetric(input: string, whatGiven: string | (() => string), allowed: (m: Metric) => boolean): Result<Metric> {
    const what = typeof whatGiven === "function" ? whatGiven() : whatGiven;
    const key = referenceKey(input);
    for (const id of this.refMetricByName.get(key) ?? []) {
      const metric = this.metrics.get(id);
      if (metric && allowed(metric)) return ok(metric);
    }
    const suggestions = closestNames(
      key,
      this.refMetricNames.filter((n) => allowed(this.metrics.get(n.id) as Metric)),
    );
    return fail("unknownName", `Unknown ${what} "${input}".${didYouMean(suggestions)}`);
  }
}
