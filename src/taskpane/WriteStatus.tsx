/**
 * What happened to a write: done, or refused because cells are not empty, with the two ways on
 * (a free place, or replacing after an explicit choice). Shared by the table insert and the builder.
 */
import { Button, MessageBar, MessageBarActions, MessageBarBody } from "@fluentui/react-components";
import type { WriteOutcome } from "../office/workbook";
import { useT } from "./i18n";

export function WriteStatus({ outcome, onInsertAt, onOverwrite, onCancel }: { outcome: WriteOutcome | undefined; onInsertAt: () => void; onOverwrite: () => void; onCancel: () => void }) {
  const { t } = useT();
  if (!outcome) return null;
  if (outcome.status === "written") {
    return (
      <MessageBar intent="success" role="status">
        <MessageBarBody>{t.written(outcome.place.address, outcome.formulas)}</MessageBarBody>
      </MessageBar>
    );
  }
  if (outcome.status === "protected") {
    return (
      <MessageBar intent="warning" role="alert" layout="multiline">
        <MessageBarBody>{t.protectedSheet(outcome.place.sheet)}</MessageBarBody>
      </MessageBar>
    );
  }
  return (
    <MessageBar intent="warning" role="alert" layout="multiline">
      <MessageBarBody>{t.occupied(outcome.occupied, outcome.place.address)}</MessageBarBody>
      <MessageBarActions>
        <Button appearance="primary" size="small" onClick={onInsertAt}>
          {t.insertAt(outcome.free.address)}
        </Button>
        <Button size="small" onClick={onOverwrite}>
          {t.overwrite(outcome.place.address)}
        </Button>
        <Button size="small" appearance="subtle" onClick={onCancel}>
          {t.cancel}
        </Button>
      </MessageBarActions>
    </MessageBar>
  );
}
