/**
 * Fresh function metadata after an update. Excel caches functions.json and functions.js for up to a day
 * (office-js #2777), so after an update that adds an argument the old metadata can stay in use. Microsoft's
 * documented remedy for shared-runtime add-ins is the document setting Office.ForceRefreshCustomFunctionsCache:
 * while it is true, Excel bypasses that cache when the workbook opens with the add-in. Refreshing every time
 * costs load time (Microsoft advises against leaving it on), so the add-in turns it on only when the function
 * signatures that last ran in this workbook differ from its own, and off again on the next open.
 */
import { FUNCTION_SPECS, type FunctionSpec } from "../functions/registry";

export const FORCE_REFRESH = "Office.ForceRefreshCustomFunctionsCache";
export const LAST_SIGNATURE = "atlas.functionsSignature";

/** A short hash of what functions.json declares: ids, argument names, kinds and value lists. Changes exactly when the metadata does. */
export function functionsSignature(specs: readonly FunctionSpec[] = FUNCTION_SPECS): string {
  const text = specs.map((s) => `${s.id}(${s.args.map((a) => `${a.name}:${a.kind}${a.optional ? "?" : ""}${a.enum ? `=${a.enum.id}` : ""}`).join(",")})${s.shape}`).join(";");
  let h = 5381;
  for (let i = 0; i < text.length; i++) h = ((h << 5) + h + text.charCodeAt(i)) >>> 0;
  return h.toString(16).padStart(8, "0");
}

interface DocumentSettings {
  get(name: string): unknown;
  set(name: string, value: unknown): void;
  saveAsync(callback?: (result: { status: unknown }) => void): void;
}

export type RefreshOutcome = "refresh on" | "refresh off" | "unchanged" | "unsupported";

/** Turns the cache refresh on after an update (and records the signature), off once it has done its work. */
export async function refreshMetadataOnUpdate(
  office: typeof Office | undefined = (globalThis as { Office?: typeof Office }).Office,
  signature = functionsSignature(),
): Promise<RefreshOutcome> {
  const settings = office?.context?.document?.settings as DocumentSettings | undefined;
  if (!settings || typeof settings.get !== "function") return "unsupported";
  let outcome: RefreshOutcome;
  if (settings.get(LAST_SIGNATURE) !== signature) {
    settings.set(FORCE_REFRESH, true);
    settings.set(LAST_SIGNATURE, signature);
    outcome = "refresh on";
  } else if (settings.get(FORCE_REFRESH) === true) {
    settings.set(FORCE_REFRESH, false);
    outcome = "refresh off";
  } else return "unchanged";
  await new Promise<void>((resolve) => settings.saveAsync(() => resolve()));
  return outcome;
}
