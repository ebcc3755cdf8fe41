import { createRoot } from "react-dom/client";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { atlas } from "../domain/bundled";
import { ExcelWorkbook } from "../office/excel";
import { detectHost } from "../office/host";
import { MemoryWorkbook, type PreviewDocument } from "../office/memory";
import { refreshMetadataOnUpdate } from "../office/metadata-cache";
import { initialLanguage } from "../office/settings";
import { officeStartup } from "../office/startup";
import { App } from "./App";
import { atlasEvaluator } from "../formula/atlas";

async function main(): Promise<void> {
  const host = await detectHost();
  const container = document.getElementById("root");
  if (!container) return;
  // Preview mode (no Excel): the same pane against an in-memory workbook, evaluated by the same registry.
  const memory = host === "preview" ? new MemoryWorkbook(atlasEvaluator(atlas)) : undefined;
  if (memory) openPreviewDocument(memory);
  const workbook = memory ?? new ExcelWorkbook();
  const startup = host === "excel" ? officeStartup() : undefined;
  // After an update, make Excel fetch the new functions.json on the next open (see metadata-cache.ts).
  if (host === "excel") void refreshMetadataOnUpdate().catch(() => undefined);
  createRoot(container).render(
    <FluentProvider theme={webLightTheme}>
      <App atlas={atlas} workbook={workbook} memory={memory} initialLang={initialLanguage()} startup={startup} />
    </FluentProvider>,
  );
}

/**
 * Preview mode can open a workbook handed over in sessionStorage (sheets of typed input and settings, as
 * MemoryWorkbook.load takes them): how a demo, or a browser test, opens "an existing workbook".
 */
function openPreviewDocument(memory: MemoryWorkbook): void {
  try {
    const text = globalThis.sessionStorage?.getItem("atlas.preview.document");
    if (text) memory.load(JSON.parse(text) as PreviewDocument);
  } catch {
    // storage blocked or a malformed document: start with an empty workbook
  }
}

void main();
