/**
 * Load on open: a workbook can ask Office to load the add-in whenever it opens (document scope:
 * Office.addin.setStartupBehavior, SharedRuntime 1.1), so its formulas and checks run before anyone opens
 * the pane. The add-in must have been opened once by hand in that workbook; "none" restores the default.
 */
export type StartupBehavior = "load" | "none";

export interface Startup {
  get(): Promise<StartupBehavior>;
  set(behavior: StartupBehavior): Promise<void>;
}

/** Office's startup API, or undefined where it is missing (preview mode, or a client without SharedRuntime 1.1). */
export function officeStartup(office: typeof Office | undefined = (globalThis as { Office?: typeof Office }).Office): Startup | undefined {
  const addin = office?.addin;
  const supported = office?.context?.requirements?.isSetSupported("SharedRuntime", "1.1") ?? false;
  if (!addin || typeof addin.setStartupBehavior !== "function" || !supported) return undefined;
  return {
    get: async () => ((await addin.getStartupBehavior()) === office.StartupBehavior.load ? "load" : "none"),
    set: (behavior) => addin.setStartupBehavior(behavior === "load" ? office.StartupBehavior.load : office.StartupBehavior.none),
  };
}
