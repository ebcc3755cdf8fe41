import { createRoot } from "react-dom/client";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { atlas } from "../domain/bundled";
import { ExcelWorkbook } from "../office/excel";
import { detectHost } from "../office/host";
import { MemoryWorkbook } from "../office/memory";
import { refreshMetadataOnUpdate } from "../office/metadata-cache";
import { initialLanguage } from "../office/settings";
import { officeStartup } from "../office/startup";
import { App } from "./App";
import { atlasEvaluator } from "../formula/atlas";
import { keepPreviewWorkbook } from "./previewStore";

async function main(): Promise<void> {
  const host = await detectHost();
  const container = document.getElementById("root");
  if (!container) return;
  // Preview mode (no Excel): the same pane against an in-memory workbook, evaluated by the same registry.
  const memory = host === "preview" ? new MemoryWorkbook(atlasEvaluator(atlas)) : undefined;
  const store = memory ? keepPreviewWorkbook(memory) : undefined;
  const workbook = memory ?? new ExcelWorkbook();
  const startup = host === "excel" ? officeStartup() : undefined;
  // After an update, make Excel fetch the new functions.json on the next open (see metadata-cache.ts).
  if (host === "excel") void refreshMetadataOnUpdate().catch(() => undefined);
  createRoot(container).render(
    <FluentProvider theme={webLightTheme}>
      <App atlas={atlas} workbook={workbook} memory={memory} store={store} initialLang={initialLanguage()} startup={startup} />
    </FluentProvider>,
  );
}

void main();
