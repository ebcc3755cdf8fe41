/**
 * Where the pane runs: inside Excel (office.js reports the Excel host) or in preview mode (a plain
 * browser, where office.js reports no host or could not load at all).
 */
export type HostKind = "excel" | "preview";

/** Resolves once office.js is ready; never waits longer than `timeoutMs` for a host that is not there. */
export async function detectHost(timeoutMs = 3000): Promise<HostKind> {
  const office = (globalThis as { Office?: typeof Office }).Office;
  if (!office || typeof office.onReady !== "function") return "preview";
  const timeout = new Promise<HostKind>((resolve) => setTimeout(() => resolve("preview"), timeoutMs));
  const ready = office.onReady().then((info) => (info.host === office.HostType.Excel ? "excel" : "preview"));
  return Promise.race([ready, timeout]);
}
