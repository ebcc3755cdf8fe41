/**
 * What happened to a write: done, or refused because cells are not empty, with the two ways on
 * (a free place, or replacing after an explicit choice). Shared by the table insert, the builder and
 * the entity pages. Focus moves to the message (or its first choice), never to the page's body.
 */
import { Button, MessageBar, MessageBarActions, MessageBarBody } from "@fluentui/react-components";
import { useEffect, useRef, useState, type ReactNode } from "react";
import type { CellRef } from "../formula/address";
import type { WriteOutcome } from "../office/workbook";
import { useT } from "./i18n";

/**
 * What a write did; a refused one offers the free place or an explicit replace, which `retry` writes the
 * same thing again with.
 */
export function WriteStatus({
  outcome,
  retry,
  onCancel,
}: {
  outcome: WriteOutcome | undefined;
  retry: (options: { at: CellRef; overwrite?: boolean }) => void;
  onCancel: () => void;
}) {
  const { t } = useT();
  const done = useRef<HTMLDivElement>(null);
  const choice = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (outcome?.status === "written") done.current?.focus();
    else if (outcome?.status === "occupied" || outcome?.status === "offSheet") choice.current?.focus();
  }, [outcome]);
  if (!outcome) return null;
  if (outcome.status === "written") {
    return (
      <MessageBar intent="success" role="status" ref={done} tabIndex={-1}>
        <MessageBarBody>{t.written(outcome.place.address, outcome.formulas, outcome.replaced)}</MessageBarBody>
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
  const cancel = (
    <Button
      size="small"
      appearance="subtle"
      onClick={(e) => {
        // The message goes away with its buttons: hand focus back to the field before it.
        (e.currentTarget.closest("section")?.querySelector("button") as HTMLButtonElement | null)?.focus();
        onCancel();
      }}
      ref={outcome.status === "offSheet" && !outcome.fit ? choice : undefined}
    >
      {t.cancel}
    </Button>
  );
  if (outcome.status === "offSheet") {
    // Past XFD1048576 there is nothing to replace: the only ways on are a place that fits, or Cancel.
    const fit = outcome.fit;
    return (
      <MessageBar intent="warning" role="alert" layout="multiline">
        <MessageBarBody>{t.offSheet(outcome.size.rows, outcome.size.cols, outcome.place.address)}</MessageBarBody>
        <MessageBarActions>
          {fit && (
            <Button appearance="primary" size="small" onClick={() => retry({ at: fit.at })} ref={choice}>
              {t.insertAt(fit.address)}
            </Button>
          )}
          {cancel}
        </MessageBarActions>
      </MessageBar>
    );
  }
  return (
    <MessageBar intent="warning" role="alert" layout="multiline">
      <MessageBarBody>{t.occupied(outcome.occupied, outcome.place.address)}</MessageBarBody>
      <MessageBarActions>
        <Button appearance="primary" size="small" onClick={() => retry({ at: outcome.free.at })} ref={choice}>
          {t.insertAt(outcome.free.address)}
        </Button>
        <Button size="small" onClick={() => retry({ at: outcome.place.at, overwrite: true })}>
          {t.overwrite(outcome.place.address)}
        </Button>
        {cancel}
      </MessageBarActions>
    </MessageBar>
  );
}

/**
 * One write with its outcome shown: refused writes offer the free place or an explicit replace, which
 * write the same thing again there. `write` is the workbook operation (a table, a formula).
 */
export function useWrite<T>(
  write: (what: T, options: { at?: CellRef; overwrite?: boolean }) => Promise<WriteOutcome>,
  onWritten: () => void,
): { insert: (what: T) => Promise<void>; status: ReactNode } {
  const [outcome, setOutcome] = useState<WriteOutcome>();
  const [last, setLast] = useState<T>();
  async function run(what: T, options: { at?: CellRef; overwrite?: boolean } = {}) {
    setOutcome(undefined);
    setLast(what);
    const r = await write(what, options);
    setOutcome(r);
    if (r.status === "written") onWritten();
  }
  const status = <WriteStatus outcome={outcome} retry={(options) => last !== undefined && void run(last, options)} onCancel={() => setOutcome(undefined)} />;
  return { insert: (what: T) => run(what), status };
}
