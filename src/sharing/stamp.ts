/**
 * The data-version stamp a workbook keeps (in its settings): which bundled data its add-in formulas
 * were last calculated with, and what each call answered then. When a newer bundle opens the
 * workbook, the diff lists what changed for the facts this workbook uses: old value, new value.
 */
import type { Atlas } from "../domain/atlas";
import type { Result } from "../domain/result";
import { atlasCall, callsWithArguments, type CellLookup } from "../formula/atlas";
import type { ArgValue, FunctionResult } from "../functions/registry";

export type Answer = { value: FunctionResult } | { error: string; message: string };

export interface StampedCall {
  sheet: string;
  address: string;
  /** The call as written in the formula: AICHIP.SPEC(A2,"FP16"). */
  text: string;
  id: string;
  /** The argument values it ran with (references already read). */
  args: ArgValue[];
  answer: Answer;
}

export interface Stamp {
  dataVersion: string;
  contentHash: string;
  calculatedAt: string;
  calls: StampedCall[];
  /** Calls whose arguments are expressions only Excel computes: counted, not checked. */
  unchecked: number;
}

export interface WorkbookFormula {
  sheet: string;
  address: string;
  formula: string;
}

const answerOf = (r: Result<FunctionResult>): Answer => (r.ok ? { value: r.value } : { error: r.failure.code, message: r.failure.message });

/** Records what every add-in call in the workbook answers with this bundle. */
export function makeStamp(atlas: Atlas, formulas: WorkbookFormula[], functionIds: ReadonlySet<string>, valueAt: CellLookup, now: Date): Stamp {
  const calls: StampedCall[] = [];
  let unchecked = 0;
  for (const f of formulas) {
    for (const { call, args, result } of callsWithArguments(atlas, f, functionIds, valueAt)) {
      if (!args || !result) {
        unchecked++;
        continue;
      }
      calls.push({ sheet: f.sheet, address: f.address, text: call.text, id: call.id, args, answer: answerOf(result) });
    }
  }
  return { dataVersion: atlas.catalog.version, contentHash: atlas.catalog.contentHash, calculatedAt: now.toISOString(), calls, unchecked };
}

export interface Change {
  sheet: string;
  address: string;
  text: string;
  before: Answer;
  after: Answer;
}

export interface StampDiff {
  /** The bundle differs from the one the workbook was calculated with. */
  newerData: boolean;
  from: { version: string; contentHash: string };
  to: { version: string; contentHash: string };
  changes: Change[];
}

/** What the current bundle answers differently from the stamp, for the same arguments. */
export function diffStamp(atlas: Atlas, stamp: Stamp): StampDiff {
  const changes: Change[] = [];
  for (const c of stamp.calls) {
    const now = atlasCall(atlas)(c.id, c.args);
    const after: Answer = now ? answerOf(now) : { error: "unknownName", message: `${c.id} no longer exists in this version of the add-in.` };
    if (JSON.stringify(after) !== JSON.stringify(c.answer)) changes.push({ sheet: c.sheet, address: c.address, text: c.text, before: c.answer, after });
  }
  return {
    newerData: stamp.contentHash !== atlas.catalog.contentHash,
    from: { version: stamp.dataVersion, contentHash: stamp.contentHash },
    to: { version: atlas.catalog.version, contentHash: atlas.catalog.contentHash },
    changes,
  };
}

/** A stamp read back from workbook settings, checked for shape (settings are user-editable JSON). */
export function parseStamp(json: unknown): Stamp | undefined {
  const s = json as Partial<Stamp> | null;
  if (!s || typeof s !== "object" || typeof s.dataVersion !== "string" || typeof s.contentHash !== "string" || !Array.isArray(s.calls)) return undefined;
  const valid = s.calls.every(
    (c) => c && typeof c.sheet === "string" && typeof c.address === "string" && typeof c.id === "string" && Array.isArray(c.args) && c.answer && typeof c.answer === "object",
  );
  return valid ? (s as Stamp) : undefined;
}
