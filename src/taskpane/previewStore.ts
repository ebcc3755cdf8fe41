/**
 * Preview mode keeps its in-memory workbook in localStorage, so a reload does not wipe it. A document
 * handed over in sessionStorage (a demo, a browser test) opens once, then is kept like any edit. Where
 * storage is blocked or full, the page asks before a reload loses the workbook.
 */
import { MemoryWorkbook, type PreviewDocument, type PreviewSnapshot } from "../office/memory";

export const DOCUMENT_KEY = "atlas.preview.document";
export const WORKBOOK_KEY = "atlas.preview.workbook";

export interface PreviewStore {
  /** False when the workbook cannot be kept: a reload would lose it (the page warns first). */
  kept: () => boolean;
  /** Empties the workbook and forgets the kept copy. */
  reset: () => void;
}

export function keepPreviewWorkbook(
  memory: MemoryWorkbook,
  storage: Storage | undefined = safeStorage("localStorage"),
  session: Storage | undefined = safeStorage("sessionStorage"),
): PreviewStore {
  let kept = storage !== undefined;
  try {
    const handed = session?.getItem(DOCUMENT_KEY);
    if (handed) {
      memory.load(JSON.parse(handed) as PreviewDocument);
      session?.removeItem(DOCUMENT_KEY);
    } else {
      const saved = storage?.getItem(WORKBOOK_KEY);
      if (saved) memory.restoreSnapshot(JSON.parse(saved) as PreviewSnapshot);
    }
  } catch {
    // a malformed document or snapshot: start with an empty workbook
  }
  let timer: ReturnType<typeof setTimeout> | undefined;
  const save = () => {
    timer = undefined;
    try {
      storage?.setItem(WORKBOOK_KEY, JSON.stringify(memory.snapshot()));
      kept = storage !== undefined;
    } catch {
      kept = false;
    }
  };
  memory.subscribe(() => {
    if (timer === undefined) timer = setTimeout(save, 150);
  });
  save();
  globalThis.addEventListener?.("beforeunload", (e) => {
    if (timer !== undefined) save();
    if (!kept && memory.extent().rows > 0) e.preventDefault();
  });
  return {
    kept: () => kept,
    reset: () => {
      memory.load({ sheets: [{ name: "Sheet1", cells: {} }] });
      save();
    },
  };
}

function safeStorage(name: "localStorage" | "sessionStorage"): Storage | undefined {
  try {
    return globalThis[name] ?? undefined;
  } catch {
    return undefined;
  }
}
