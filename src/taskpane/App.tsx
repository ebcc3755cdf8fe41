/**
 * The task pane. For now: what the add-in holds, by theme, and the three headline formulas. Browsing,
 * search, insert, the formula builder and the cell audit come with the task-pane issue.
 */
import { Badge, Body1, Caption1, Subtitle2, Title3, makeStyles, tokens } from "@fluentui/react-components";
import type { Atlas } from "../domain/atlas";
import type { HostKind } from "../office/host";

const useStyles = makeStyles({
  root: { padding: tokens.spacingHorizontalL, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  theme: { display: "flex", justifyContent: "space-between", gap: tokens.spacingHorizontalS },
  code: { fontFamily: tokens.fontFamilyMonospace, display: "block" },
});

export function App({ atlas, host }: { atlas: Atlas; host: HostKind }) {
  const styles = useStyles();
  const { catalog } = atlas;
  return (
    <main className={styles.root}>
      <Title3 as="h1">AI Compute Atlas</Title3>
      <Caption1>
        Data {catalog.version} ({catalog.date}) · {catalog.datasets.length} datasets · {catalog.facts.length} figures
        {host === "preview" ? " · preview mode (no Excel)" : ""}
      </Caption1>
      <section aria-label="Themes">
        <Subtitle2 as="h2">Themes 主题</Subtitle2>
        {catalog.themes.map((t) => (
          <div key={t.id} className={styles.theme}>
            <Body1>
              {t.number} {t.zh} / {t.en}
            </Body1>
            <Badge appearance="tint">{catalog.datasets.filter((d) => d.theme === t.id).length}</Badge>
          </div>
        ))}
      </section>
      <section aria-label="Try">
        <Subtitle2 as="h2">Try in a cell</Subtitle2>
        <code className={styles.code}>=AICHIP.SPEC("910C","FP16")</code>
        <code className={styles.code}>=CAPEX.CAGR("Tencent",2020,2024)</code>
        <code className={styles.code}>=SUPPLIERS("NVQD")</code>
      </section>
    </main>
  );
}
