/**
 * Shown on open when the workbook was calculated with older bundled data: what changed for the figures
 * this workbook uses (old, new, where), and a button that runs every add-in formula again and restamps.
 */
import { Button, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle, makeStyles, tokens } from "@fluentui/react-components";
import type { Answer, StampDiff } from "../sharing/stamp";
import { useT } from "./i18n";
import { showResult } from "./formats";

const useStyles = makeStyles({
  list: { margin: `${tokens.spacingVerticalXS} 0`, paddingLeft: tokens.spacingHorizontalL, maxHeight: "160px", overflowY: "auto" },
  mono: { fontFamily: tokens.fontFamilyMonospace },
});

const shown = (a: Answer) => ("value" in a ? showResult(a.value) : a.error);

export function VersionBanner({ diff, busy, onRecalculate, onDismiss }: { diff: StampDiff; busy: boolean; onRecalculate: () => void; onDismiss: () => void }) {
  const styles = useStyles();
  const { t } = useT();
  return (
    <MessageBar intent="warning" layout="multiline" role="region" aria-label={t.versionTitle}>
      <MessageBarBody>
        <MessageBarTitle>{t.versionTitle}</MessageBarTitle>
        {t.versionBody(diff.from.version, diff.to.version, diff.changes.length)}
        {diff.changes.length > 0 && (
          <ul className={styles.list} aria-label={t.versionChanges}>
            {diff.changes.map((c, i) => (
              <li key={i}>
                {`${c.sheet}!${c.address}`} <span className={styles.mono}>{c.text}</span>: {shown(c.before)} → {shown(c.after)}
              </li>
            ))}
          </ul>
        )}
      </MessageBarBody>
      <MessageBarActions>
        <Button appearance="primary" size="small" disabled={busy} onClick={onRecalculate}>
          {t.recalculate}
        </Button>
        <Button size="small" appearance="subtle" onClick={onDismiss}>
          {t.later}
        </Button>
      </MessageBarActions>
    </MessageBar>
  );
}
