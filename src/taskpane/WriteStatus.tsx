/**
 * What happened to a write: done, or refused because cells are not empty, with the two ways on
 * (a free place, or replacing after an explicit choice). Shared by the table insert, the builder and
 * the entity pages. Focus moves to the message (or its first choice), never to the page's body.
 */
import { Button, MessageBar, MessageBarActions, MessageBarBody } from "@fluentui/react-components";
import { useEffect, useRef } from "react";
import type { WriteOutcome } from "../office/workbook";
import { useT } from "./i18n";

export function WriteStatus({ outcome, onInsertAt, onOverwrite, onCancel }: { outcome: WriteOutcome | undefined; onInsertAt: () => void; onOverwrite: () => void; onCancel: () => void }) {
  const { t } = useT();
  const done = useRef<HTMLDivElement>(null);
  const choice = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (outcome?.status === "written") done.current?.focus();
    else if (outcome?.status === "occupied") choice.current?.focus();
  }, [outcome]);
  if (!outcome) return null;
  if (outcome.status === "written") {
    return (
      <MessageBar intent="success" role="status" ref={done} tabIndex={-1}>
        <MessageBarBody>{t.written(outcome.place.address, outcome.formulas)}</MessageBarBody>
      </MessageBar>
    );
  }
  return (
    <MessageBar intent="warning" role="alert" layout="multiline">
      <MessageBarBody>{t.occupied(outcome.occupied, outcome.place.address)}</MessageBarBody>
      <MessageBarActions>
        <Button appearance="primary" size="small" onClick={onInsertAt} ref={choice}>
          {t.insertAt(outcome.free.address)}
        </Button>
        <Button size="small" onClick={onOverwrite}>
          {t.overwrite(outcome.place.address)}
        </Button>
        <Button
          size="small"
          appearance="subtle"
          onClick={(e) => {
            // The message goes away with its buttons: hand focus back to the field before it.
            (e.currentTarget.closest("section")?.querySelector("button") as HTMLButtonElement | null)?.focus();
            onCancel();
          }}
        >
          {t.cancel}
        </Button>
      </MessageBarActions>
    </MessageBar>
  );
}
