/**
 * Freeze and restore, planned purely: which cells become values, what the ledger keeps so that restore
 * puts every formula back exactly, and what restore must clear first (a spill's cells) or ask about
 * (cells edited since the freeze). The Office adapter executes the plans; it decides nothing.
 */
import { fail, ok, type Result } from "../domain/result";
import { cellAddress, parseArea, parseCell } from "../formula/address";
import { soleCall, usesAddin } from "../formula/calls";
import { parseFormula } from "../formula/tree";

export type Scalar = string | number | boolean;

/** A cell holding a formula, as read from the workbook. */
export interface FormulaCell {
  sheet: string;
  /** The formula's own cell, A1 style without the sheet: "B2". */
  address: string;
  /** Exactly as Excel reports it (Range.formulas). */
  formula: string;
  /** What it shows now: 1×1, or the whole spill starting at `address`. */
  values: Scalar[][];
  /** The spill range when the result spills ("B2:B13"). */
  spill?: string;
}

export interface LedgerEntry {
  sheet: string;
  address: string;
  formula: string;
  spill?: string;
  /** Fingerprint of the values written in place of the formula, to notice later edits (bounded size, unlike the values). */
  fingerprint: string;
  /** For a spill: a short hash per cell, row by row, to name the cell edited since (see cellPrints). */
  cells?: string;
}

/** An entry whose cells no longer show the frozen values, with the cells that changed ("D3"). */
export type EditedEntry = LedgerEntry & { editedCells: string[] };

export const LEDGER_FORMAT = "ai-compute-atlas.frozen-formulas";

export interface Ledger {
  format: typeof LEDGER_FORMAT;
  version: 1;
  /** The bundled data version the frozen values came from. */
  dataVersion: string;
  frozenAt: string;
  entries: LedgerEntry[];
}

export interface ValueWrite {
  sheet: string;
  /** The cell or the spill range. */
  range: string;
  values: Scalar[][];
}

export interface FreezePlan {
  ledger: Ledger;
  writes: ValueWrite[];
}

/**
 * Freezes every formula that calls one of the add-in's functions (alone or mixed with Excel's own).
 * With `arrayIds` (the functions whose result is an array), a legacy Ctrl+Shift+Enter array of one
 * such call is frozen and restored as one spilling formula (see coalesceLegacyArrays).
 */
export function planFreeze(cells: FormulaCell[], functionIds: ReadonlySet<string>, dataVersion: string, now: Date, arrayIds?: ReadonlySet<string>): FreezePlan {
  const frozen = coalesceLegacyArrays(
    cells.filter((c) => usesAddin(c.formula, functionIds)),
    arrayIds ?? new Set(),
  );
  const entries: LedgerEntry[] = frozen.map((c) => ({
    sheet: c.sheet,
    address: c.address,
    formula: c.formula,
    ...(c.spill ? { spill: c.spill } : {}),
    fingerprint: fingerprint(c.values),
    ...(c.spill && cellPrints(c.values) ? { cells: cellPrints(c.values) } : {}),
  }));
  return {
    ledger: { format: LEDGER_FORMAT, version: 1, dataVersion, frozenAt: now.toISOString(), entries },
    writes: frozen.map((c) => ({ sheet: c.sheet, range: c.spill ?? c.address, values: c.values })),
  };
}

/**
 * Excel reports a legacy (Ctrl+Shift+Enter) array as the same formula in every cell of its block, and
 * the API cannot create one. Restored cell by cell, each copy would spill into its neighbours (#SPILL!).
 * So a rectangular block of identical formulas that are exactly one call of an array function becomes
 * one entry anchored at its top-left cell, with the block as its spill: restore writes the formula once
 * and it spills over the same cells, showing the same values. Anything else is left as it is (a scalar
 * formula filled down is never merged: merging it would empty cells).
 */
export function coalesceLegacyArrays(cells: FormulaCell[], arrayIds: ReadonlySet<string>): FormulaCell[] {
  if (arrayIds.size === 0) return cells;
  const isArrayCall = (c: FormulaCell) => {
    // A spilling formula is one dynamic array; one that shows #SPILL! is a dynamic array blocked by its
    // neighbours (a legacy array never shows #SPILL!): two such copies of one formula are two formulas.
    if (c.spill || c.values[0]?.[0] === "#SPILL!") return false;
    return soleCall(parseFormula(c.formula), arrayIds) !== undefined;
  };
  const groups = new Map<string, FormulaCell[]>();
  for (const c of cells) {
    if (!isArrayCall(c)) continue;
    const key = `${c.sheet}\u0000${c.formula}`;
    groups.set(key, [...(groups.get(key) ?? []), c]);
  }
  const merged = new Map<FormulaCell, FormulaCell | null>();
  for (const group of groups.values()) {
    for (const block of rectangles(group)) {
      if (block.cells.length < 2) continue;
      const anchor = block.cells.find((c) => c.address === block.topLeft) as FormulaCell;
      const values: Scalar[][] = Array.from({ length: block.rows }, () => Array.from({ length: block.cols }, () => ""));
      for (const c of block.cells) {
        const { row, col } = parseCell(c.address) ?? { row: 0, col: 0 };
        values[row - block.top][col - block.left] = c.values[0]?.[0] ?? "";
      }
      merged.set(anchor, { ...anchor, values, spill: `${block.topLeft}:${block.bottomRight}` });
      for (const c of block.cells) if (c !== anchor) merged.set(c, null);
    }
  }
  return cells.flatMap((c) => (merged.has(c) ? (merged.get(c) ? [merged.get(c) as FormulaCell] : []) : [c]));
}

/** Connected blocks of cells (4-neighbour), kept only where a block fills its bounding rectangle. */
function rectangles(cells: FormulaCell[]) {
  const at = new Map<string, FormulaCell>();
  for (const c of cells) {
    const p = parseCell(c.address) ?? { row: 0, col: 0 };
    at.set(`${p.row},${p.col}`, c);
  }
  const seen = new Set<string>();
  const out: { cells: FormulaCell[]; top: number; left: number; rows: number; cols: number; topLeft: string; bottomRight: string }[] = [];
  for (const key of at.keys()) {
    if (seen.has(key)) continue;
    const stack = [key];
    const members: string[] = [];
    seen.add(key);
    while (stack.length > 0) {
      const k = stack.pop() as string;
      members.push(k);
      const [r, c] = k.split(",").map(Number);
      for (const n of [`${r - 1},${c}`, `${r + 1},${c}`, `${r},${c - 1}`, `${r},${c + 1}`]) {
        if (at.has(n) && !seen.has(n)) {
          seen.add(n);
          stack.push(n);
        }
      }
    }
    const points = members.map((k) => k.split(",").map(Number));
    const top = Math.min(...points.map((p) => p[0]));
    const bottom = Math.max(...points.map((p) => p[0]));
    const left = Math.min(...points.map((p) => p[1]));
    const right = Math.max(...points.map((p) => p[1]));
    const rows = bottom - top + 1;
    const cols = right - left + 1;
    if (rows * cols !== members.length) continue;
    out.push({
      cells: members.map((k) => at.get(k) as FormulaCell),
      top,
      left,
      rows,
      cols,
      topLeft: cellAddress({ row: top, col: left }),
      bottomRight: cellAddress({ row: bottom, col: right }),
    });
  }
  return out;
}

/** Adds a new freeze to an existing ledger (freezing sheet by sheet); a cell frozen again keeps its newest entry. */
export function mergeLedgers(previous: Ledger | undefined, next: Ledger): Ledger {
  if (!previous) return next;
  const key = (e: LedgerEntry) => `${e.sheet}!${e.address}`;
  const replaced = new Set(next.entries.map(key));
  return { ...next, entries: [...previous.entries.filter((e) => !replaced.has(key(e))), ...next.entries] };
}

export interface RestorePlan {
  /** Formulas to put back, exactly as frozen. */
  formulas: { sheet: string; address: string; formula: string }[];
  /** Spill cells to empty first, or the restored formula would find them occupied (#SPILL!). */
  clears: { sheet: string; range: string }[];
  /** Entries whose cells no longer show the frozen values: someone edited them; ask before restoring. */
  edited: EditedEntry[];
  /** Entries on sheets that are gone. */
  missing: LedgerEntry[];
}

/**
 * Plans putting the ledger's formulas back. `current` reads what a range shows now (undefined if its
 * sheet is gone).
 */
export function planRestore(ledger: Ledger, current: (sheet: string, range: string) => Scalar[][] | undefined, sheets?: ReadonlySet<string>): RestorePlan {
  const plan: RestorePlan = { formulas: [], clears: [], edited: [], missing: [] };
  for (const e of ledger.entries) {
    if (sheets && !sheets.has(e.sheet)) {
      plan.missing.push(e);
      continue;
    }
    const now = current(e.sheet, e.spill ?? e.address);
    if (now === undefined) {
      plan.missing.push(e);
      continue;
    }
    if (fingerprint(now) !== e.fingerprint) plan.edited.push({ ...e, editedCells: editedCells(e, now) });
    if (e.spill) plan.clears.push({ sheet: e.sheet, range: e.spill });
    plan.formulas.push({ sheet: e.sheet, address: e.address, formula: e.formula });
  }
  return plan;
}

function fnv1a(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h;
}

/** FNV-1a over the values' JSON: equal values, equal fingerprints. */
export function fingerprint(values: Scalar[][]): string {
  return `${values.length}x${values[0]?.length ?? 0}:${fnv1a(JSON.stringify(values)).toString(16).padStart(8, "0")}`;
}

/** Spills up to this many cells keep a hash per cell (about 4 characters each: a ledger cell holds 32,767). */
const CELL_PRINTS_LIMIT = 4096;

/** A 16-bit hash per cell, base 36, "."-separated; undefined for a spill too large to keep them. */
export function cellPrints(values: Scalar[][]): string | undefined {
  const cells = values.flat();
  if (cells.length > CELL_PRINTS_LIMIT) return undefined;
  return cells.map((v) => (fnv1a(JSON.stringify(v)) & 0xffff).toString(36)).join(".");
}

/** The cells of an edited entry that changed: by their hashes for a spill, else the entry's own cell (or its whole spill). */
function editedCells(e: LedgerEntry, now: Scalar[][]): string[] {
  const area = e.spill ? parseArea(e.spill) : undefined;
  if (!area || !e.cells) return [e.spill ?? e.address];
  const before = e.cells.split(".");
  const after = (cellPrints(now) ?? "").split(".");
  const changed: string[] = [];
  for (let i = 0; i < before.length; i++) {
    if (before[i] !== after[i]) changed.push(cellAddress({ row: area.at.row + Math.floor(i / area.cols), col: area.at.col + (i % area.cols) }));
  }
  return changed.length > 0 ? changed : [e.spill ?? e.address];
}

// ---------------------------------------------------------------- storage in a hidden sheet

/**
 * The ledger as rows for a hidden worksheet: a header, then one row per entry. Formulas are stored
 * behind a marker so that Excel keeps them as text (a value starting with "=" would become a formula).
 */
export const LEDGER_HEADER = ["sheet", "address", "spill", "formula", "fingerprint", "cells"] as const;
/** Ledgers written before the per-cell hashes have the first five columns only. */
const REQUIRED_COLUMNS = 5;
const MARK = "\u0192"; // ƒ

export function ledgerToRows(ledger: Ledger): string[][] {
  const meta = JSON.stringify({ format: ledger.format, version: ledger.version, dataVersion: ledger.dataVersion, frozenAt: ledger.frozenAt });
  return [[...LEDGER_HEADER], ...ledger.entries.map((e) => [e.sheet, e.address, e.spill ?? "", MARK + e.formula, e.fingerprint, e.cells ?? ""]), [MARK + meta, "", "", "", "", ""]];
}

export function rowsToLedger(rows: unknown[][]): Result<Ledger> {
  if (rows.length < 2 || LEDGER_HEADER.slice(0, REQUIRED_COLUMNS).some((h, i) => rows[0]?.[i] !== h)) return fail("badArgument", "The frozen-formula sheet has no ledger header.");
  const last = rows[rows.length - 1];
  let meta: unknown;
  try {
    meta = typeof last[0] === "string" && last[0].startsWith(MARK) ? JSON.parse(last[0].slice(1)) : undefined;
  } catch {
    meta = undefined;
  }
  const m = meta as Partial<Ledger> | undefined;
  if (!m || m.format !== LEDGER_FORMAT || m.version !== 1 || typeof m.dataVersion !== "string" || typeof m.frozenAt !== "string") {
    return fail("badArgument", "The frozen-formula ledger's closing line is missing or damaged.");
  }
  const entries: LedgerEntry[] = [];
  for (const [i, row] of rows.slice(1, -1).entries()) {
    const [sheet, address, spill, formula, print, cells] = row;
    if (typeof sheet !== "string" || typeof address !== "string" || typeof formula !== "string" || !formula.startsWith(MARK) || typeof print !== "string") {
      return fail("badArgument", `Row ${i + 2} of the frozen-formula ledger is damaged.`);
    }
    entries.push({
      sheet,
      address,
      formula: formula.slice(1),
      ...(typeof spill === "string" && spill ? { spill } : {}),
      fingerprint: print,
      ...(typeof cells === "string" && cells ? { cells } : {}),
    });
  }
  return ok({ format: LEDGER_FORMAT, version: 1, dataVersion: m.dataVersion, frozenAt: m.frozenAt, entries });
}

// ---------------------------------------------------------------- one orchestration for both adapters

export interface FreezeOutcome {
  frozen: number;
  sheets: string[];
}

export type RestoreOutcome =
  | { status: "restored"; restored: number; missing: LedgerEntry[] }
  /** Nothing written: these frozen cells no longer show the frozen values. */
  | { status: "edited"; edited: EditedEntry[] }
  | { status: "nothing" };

/** The ledger read from its hidden sheet's rows; undefined when there is no such sheet. A damaged ledger throws: it is never overwritten or half-restored. */
export function ledgerFrom(rows: unknown[][] | undefined): Ledger | undefined {
  if (rows === undefined) return undefined;
  const parsed = rowsToLedger(rows);
  if (!parsed.ok) throw new Error(parsed.failure.message);
  return parsed.value;
}

/** What an adapter writes for a freeze: values in place of formulas, then the ledger (merged with an earlier one). */
export interface FreezeSteps {
  outcome: FreezeOutcome;
  writes: ValueWrite[];
  /** Undefined when nothing is frozen: nothing to write at all. */
  ledger?: Ledger;
}

/** Plans a freeze from what the adapter read: the formula cells in scope and the existing ledger's rows. */
export function freezeSteps(
  cells: FormulaCell[],
  ledgerRows: unknown[][] | undefined,
  functionIds: ReadonlySet<string>,
  arrayIds: ReadonlySet<string>,
  dataVersion: string,
  now: Date,
): FreezeSteps {
  const previous = ledgerFrom(ledgerRows);
  const plan = planFreeze(cells, functionIds, dataVersion, now, arrayIds);
  if (plan.ledger.entries.length === 0) return { outcome: { frozen: 0, sheets: [] }, writes: [] };
  return {
    outcome: { frozen: plan.ledger.entries.length, sheets: [...new Set(plan.ledger.entries.map((e) => e.sheet))] },
    writes: plan.writes,
    ledger: mergeLedgers(previous, plan.ledger),
  };
}

/** The ledger's entries a restore of `sheet` (undefined: the workbook) covers: what the adapter must read before planning. */
export function restoreScope(ledger: Ledger | undefined, sheet: string | undefined): LedgerEntry[] {
  return ledger?.entries.filter((e) => sheet === undefined || e.sheet === sheet) ?? [];
}

/** What an adapter writes for a restore: spills cleared, formulas back, the ledger without what was restored. */
export interface RestoreSteps {
  outcome: RestoreOutcome;
  clears: RestorePlan["clears"];
  formulas: RestorePlan["formulas"];
  /** The ledger to keep (no entries: remove it); undefined when nothing is to be written. */
  ledger?: Ledger;
}

export function restoreSteps(
  ledger: Ledger | undefined,
  sheet: string | undefined,
  current: (sheet: string, range: string) => Scalar[][] | undefined,
  sheets: ReadonlySet<string>,
  force: boolean,
): RestoreSteps {
  const inScope = restoreScope(ledger, sheet);
  if (!ledger || inScope.length === 0) return { outcome: { status: "nothing" }, clears: [], formulas: [] };
  const plan = planRestore({ ...ledger, entries: inScope }, current, sheets);
  if (plan.edited.length > 0 && !force) return { outcome: { status: "edited", edited: plan.edited }, clears: [], formulas: [] };
  const restored = new Set(plan.formulas.map((f) => `${f.sheet}!${f.address}`));
  return {
    outcome: { status: "restored", restored: plan.formulas.length, missing: plan.missing },
    clears: plan.clears,
    formulas: plan.formulas,
    ledger: { ...ledger, entries: ledger.entries.filter((e) => !restored.has(`${e.sheet}!${e.address}`)) },
  };
}
