/**
 * The pane's glue between the Workbook and the pure sharing core: the data-version check on open, the
 * recalculate-and-restamp action, the inspector's findings and fixes. No React here, so it is tested directly.
 */
import type { Atlas } from "../domain/atlas";
import { STAMP_SETTING, type Workbook } from "../office/workbook";
import { ADDIN_IDS } from "../sharing/ids";
import { inspect, type Finding } from "../sharing/inspector";
import { diffStamp, makeStamp, parseStamp, type StampDiff } from "../sharing/stamp";

export type VersionCheck =
  /** The workbook was calculated with this bundle (or just stamped now). */
  | { kind: "current" }
  /** No add-in formulas: nothing to stamp. */
  | { kind: "none" }
  | { kind: "older"; diff: StampDiff; calculatedAt: string }
  /** Calculated with newer data than this add-in bundles (a colleague's newer add-in): recalculating would go back. */
  | { kind: "newer"; version: string };

/** Dotted versions compared numerically ("0.10.0" > "0.9.2"); other text compares as text. */
export function compareVersions(a: string, b: string): number {
  const pa = a.split(".").map(Number);
  const pb = b.split(".").map(Number);
  if (pa.some(Number.isNaN) || pb.some(Number.isNaN)) return a.localeCompare(b);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) if ((pa[i] ?? 0) !== (pb[i] ?? 0)) return (pa[i] ?? 0) - (pb[i] ?? 0);
  return 0;
}

/**
 * On open: compares the workbook's stamp with the bundled data. A workbook with add-in formulas and no
 * stamp is stamped now (its formulas calculate with this bundle from now on).
 */
export async function checkVersion(atlas: Atlas, workbook: Workbook, now = new Date()): Promise<VersionCheck> {
  const stamp = parseStamp(await workbook.getSetting(STAMP_SETTING));
  if (stamp) {
    if (stamp.contentHash === atlas.catalog.contentHash) return { kind: "current" };
    if (compareVersions(stamp.dataVersion, atlas.catalog.version) > 0) return { kind: "newer", version: stamp.dataVersion };
    return { kind: "older", diff: diffStamp(atlas, stamp), calculatedAt: stamp.calculatedAt };
  }
  const scan = await workbook.scan();
  const fresh = makeStamp(atlas, scan.cells, ADDIN_IDS, scan.valueAt, now);
  if (fresh.calls.length === 0 && fresh.unchecked === 0) return { kind: "none" };
  await workbook.setSetting(STAMP_SETTING, fresh);
  return { kind: "current" };
}

/** Runs every add-in formula again, then records what they answer with this bundle. */
export async function recalculateAndStamp(atlas: Atlas, workbook: Workbook, now = new Date()): Promise<{ formulas: number; stamped: boolean }> {
  const formulas = await workbook.recalculate();
  const scan = await workbook.scan();
  const stamped = await workbook.setSetting(STAMP_SETTING, makeStamp(atlas, scan.cells, ADDIN_IDS, scan.valueAt, now));
  return { formulas, stamped };
}

export async function findErrors(atlas: Atlas, workbook: Workbook): Promise<Finding[]> {
  const scan = await workbook.scan();
  return inspect(atlas, scan.cells, ADDIN_IDS, scan.valueAt);
}

/** The formula with the fix applied: the quoted argument replaced, or the referenced text when the argument is a cell. */
export function fixedFormula(finding: Finding): string | undefined {
  if (!finding.fix) return undefined;
  const q = (s: string) => `"${s.replace(/"/g, '""')}"`;
  const call = finding.call.replace(q(finding.fix.replace), q(finding.fix.with));
  if (call === finding.call) return undefined; // the bad text sits in another cell: fix that cell instead
  return finding.formula.replace(finding.call, call);
}
