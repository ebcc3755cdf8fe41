/** React glue over the Workbook interface: the active cell, kept current as the selection moves. */
import { useCallback, useEffect, useState } from "react";
import type { ActiveCell, Workbook } from "../office/workbook";

export function useActiveCell(workbook: Workbook): { active: ActiveCell | undefined; refresh: () => void } {
  const [active, setActive] = useState<ActiveCell>();
  const refresh = useCallback(() => {
    workbook.activeCell().then(setActive, () => setActive(undefined));
  }, [workbook]);
  useEffect(() => {
    let stop: (() => void) | undefined;
    let live = true;
    refresh();
    workbook.onSelectionChanged(refresh).then(
      (s) => (live ? (stop = s) : s()),
      () => undefined,
    );
    return () => {
      live = false;
      stop?.();
    };
  }, [workbook, refresh]);
  return { active, refresh };
}
