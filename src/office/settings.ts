/**
 * The pane's one remembered setting, the UI language. Kept in localStorage, which persists per origin
 * in Excel's web view as in a browser; Office's document settings would tie it to one workbook, and
 * roaming settings exist only in Outlook. Storage can be unavailable (private mode): then it is not kept.
 */
export type Lang = "en" | "zh";
const KEY = "atlas.lang";

export function initialLanguage(): Lang {
  try {
    const saved = globalThis.localStorage?.getItem(KEY);
    if (saved === "en" || saved === "zh") return saved;
  } catch {
    // storage blocked: fall through to the UI language
  }
  const office = (globalThis as { Office?: typeof Office }).Office;
  const ui = office?.context?.displayLanguage ?? globalThis.navigator?.language ?? "en";
  return ui.toLowerCase().startsWith("zh") ? "zh" : "en";
}

export function saveLanguage(lang: Lang): void {
  try {
    globalThis.localStorage?.setItem(KEY, lang);
  } catch {
    // storage blocked: the choice lasts for this session only
  }
}
