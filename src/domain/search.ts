/**
 * Search across datasets and named things (chips, companies, components, models...), in Chinese or
 * English, by name, alias or ticker; and which datasets mention an entity. Indexes built once. Pure.
 */
import type { Dataset, Entity } from "../data/catalog";
import { lookupKey } from "../data/normalize";
import type { Atlas } from "./atlas";

export type SearchHit =
  | { kind: "dataset"; dataset: Dataset; matched: string; score: number }
  | { kind: "entity"; entity: Entity; matched: string; score: number };

interface Entry {
  keys: { key: string; name: string }[];
  hit: { kind: "dataset"; dataset: Dataset } | { kind: "entity"; entity: Entity };
  /** Lower sorts first among equal scores: datasets, then chips, companies, components, models... */
  rank: number;
}

const TYPE_RANK: Record<string, number> = { chip: 1, company: 2, component: 3, model: 4, product: 5, segment: 6, group: 7, market: 8 };

export class SearchIndex {
  private readonly entries: Entry[] = [];
  private readonly datasetsByEntity = new Map<string, Set<string>>();

  constructor(private readonly atlas: Atlas) {
    const { catalog } = atlas;
    for (const d of catalog.datasets) {
      const names = [d.title.zh, d.title.en, d.id.replace(/_/g, " "), d.heading.text, d.caption?.text, d.section].filter((n): n is string => !!n);
      this.entries.push({ keys: names.map((name) => ({ key: lookupKey(name), name })), hit: { kind: "dataset", dataset: d }, rank: 0 });
    }
    for (const e of catalog.entities) {
      const names = [e.zh, e.en, e.ticker, ...e.aliases, e.id].filter((n): n is string => !!n);
      this.entries.push({ keys: names.map((name) => ({ key: lookupKey(name), name })), hit: { kind: "entity", entity: e }, rank: TYPE_RANK[e.type] ?? 9 });
    }
    const mention = (entity: string, dataset: string) => {
      const set = this.datasetsByEntity.get(entity) ?? new Set<string>();
      set.add(dataset);
      this.datasetsByEntity.set(entity, set);
    };
    for (const f of catalog.facts) mention(f.entity, f.dataset);
    for (const l of catalog.lists) {
      mention(l.subject, l.dataset);
      for (const m of l.members) mention(m.entity, l.dataset);
    }
  }

  /**
   * Hits for `query`: every word of it must occur in one name (case-, width- and space-insensitive).
   * An exact name first, then a name that starts with the query, then one that contains it.
   */
  search(query: string, limit = 40): SearchHit[] {
    const words = query.normalize("NFKC").trim().split(/\s+/).map(lookupKey).filter((w) => w.length > 0);
    if (words.length === 0) return [];
    const whole = words.join("");
    const hits: { hit: SearchHit; rank: number }[] = [];
    for (const entry of this.entries) {
      let best: { score: number; name: string } | undefined;
      for (const { key, name } of entry.keys) {
        if (!words.every((w) => key.includes(w))) continue;
        const score = key === whole ? 0 : key.startsWith(words[0]) ? 1 : 2;
        if (!best || score < best.score) best = { score, name };
      }
      if (best) hits.push({ hit: { ...entry.hit, matched: best.name, score: best.score }, rank: entry.rank });
    }
    hits.sort((a, b) => a.hit.score - b.hit.score || a.rank - b.rank || label(a.hit).localeCompare(label(b.hit)));
    return hits.slice(0, limit).map((h) => h.hit);
  }

  /** Datasets that give a figure about `entityId` or name it in a list, in catalogue order. */
  datasetsAbout(entityId: string): Dataset[] {
    const ids = this.datasetsByEntity.get(entityId);
    return ids ? this.atlas.catalog.datasets.filter((d) => ids.has(d.id)) : [];
  }
}

function label(hit: SearchHit): string {
  return hit.kind === "dataset" ? hit.dataset.id : hit.entity.id;
}
