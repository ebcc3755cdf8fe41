import { createRoot } from "react-dom/client";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { atlas } from "../domain/bundled";
import { detectHost } from "../office/host";
import { App } from "./App";

async function main(): Promise<void> {
  const host = await detectHost();
  const container = document.getElementById("root");
  if (!container) return;
  createRoot(container).render(
    <FluentProvider theme={webLightTheme}>
      <App atlas={atlas} host={host} />
    </FluentProvider>,
  );
}

void main();
