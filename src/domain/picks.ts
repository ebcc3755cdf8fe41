/** The report's investment picks by segment (G132): PICKS */
import type { Entity, List } from "../data/catalog";
import type { Atlas } from "./atlas";
import { andThen, ok, type Result } from "./result";

export function pickLists(atlas: Atlas): List[] {
  return atlas.catalog.lists.filter((l) => l.kind === "picks");
}

export function resolvePickSegment(atlas: Atlas, name: string): Result<Entity> {
  const subjects = new Set(pickLists(atlas).map((l) => l.subject));
  return atlas.resolveEntity(name, "pick segment", ["segment"], (e) => subjects.has(e.id));
}

export interface PickRow {
  segment: Entity;
  printed: string;
  entity: Entity;
}

/** The picks of one segment, or of all segments in the report's order. */
export function picks(atlas: Atlas, segmentName?: string): Result<PickRow[]> {
  const rowsOf = (lists: List[]): PickRow[] =>
    lists.flatMap((l) => l.members.map((m) => ({ segment: atlas.entities.get(l.subject) as Entity, printed: m.name, entity: atlas.entities.get(m.entity) as Entity })));
  if (!segmentName) return ok(rowsOf(pickLists(atlas)));
  return andThen(resolvePickSegment(atlas, segmentName), (segment) => ok(rowsOf(pickLists(atlas).filter((l) => l.subject === segment.id))));
}
