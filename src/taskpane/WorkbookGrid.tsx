/**
 * Preview mode's workbook, shown as a grid: an HTML table named "Workbook preview" whose cells hold
 * what was written, formatted. A name box and a formula bar make it usable from the keyboard; arrow
 * keys move the selection when the grid has focus.
 *
 * Virtualised: the scroll area is as large as the used part of the sheet (and the selection), but only
 * the rows and columns in view are drawn, so any address Excel accepts (XFD1, A1048576) is instant.
 * Like Excel, it scrolls by whole rows and columns; it draws whole rows only, so none is cut at the bottom edge.
 */
import { Button, Caption1, Input, MessageBar, MessageBarActions, MessageBarBody, Tab, TabList, makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import { useEffect, useLayoutEffect, useMemo, useRef, useState, useSyncExternalStore, type KeyboardEvent } from "react";
import { cellAddress, columnName, parseCell } from "../formula/address";
import type { MemoryWorkbook } from "../office/memory";
import { useT } from "./i18n";
import type { PreviewStore } from "./previewStore";

const MAX_ROWS = 1048576;
const MAX_COLS = 16384;
const ROW_H = 21;
const HEAD_H = 21;
const HEAD_W = 56;

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS, minWidth: 0, height: "100%" },
  bar: { display: "flex", gap: tokens.spacingHorizontalXS },
  name: { width: "110px", flexShrink: 0 },
  nameError: { color: tokens.colorPaletteRedForeground1 },
  // minWidth 0: Fluent's Input has a minimum width that pushed the bar past a 320 px pane.
  formula: { flexGrow: 1, minWidth: 0, fontFamily: tokens.fontFamilyMonospace },
  scroll: {
    overflow: "auto",
    border: `1px solid ${tokens.colorNeutralStroke1}`,
    flexGrow: 1,
    minHeight: "240px",
    maxHeight: "80vh",
    position: "relative",
    ":focus-visible": { outline: `2px solid ${tokens.colorStrokeFocus2}` },
  },
  sizer: { position: "relative", minWidth: "100%", minHeight: "100%" },
  window: { position: "sticky", top: 0, left: 0, overflow: "hidden" },
  table: { borderCollapse: "collapse", tableLayout: "fixed", fontSize: "12px", fontFamily: "Calibri, 'Segoe UI', 'WenQuanYi Zen Hei', sans-serif" },
  corner: { backgroundColor: "#f3f3f3", border: "1px solid #d4d4d4" },
  colHead: {
    backgroundColor: "#f3f3f3",
    color: "#444",
    fontWeight: "normal",
    border: "1px solid #d4d4d4",
    height: `${HEAD_H - 1}px`,
    padding: 0,
    overflow: "hidden",
    textAlign: "center",
  },
  rowHead: { backgroundColor: "#f3f3f3", color: "#444", fontWeight: "normal", border: "1px solid #d4d4d4", textAlign: "center", padding: 0, overflow: "hidden" },
  cell: { border: "1px solid #e1e1e1", height: `${ROW_H - 1}px`, padding: "0 4px", whiteSpace: "nowrap", overflow: "hidden", textOverflow: "ellipsis", cursor: "cell" },
  number: { textAlign: "right" },
  spill: { color: "#333" },
  title: { fontWeight: "bold", fontSize: "14px", overflow: "visible" },
  header: { backgroundColor: "#4472c4", color: "white", fontWeight: "bold" },
  band0: { backgroundColor: "#d9e1f2" },
  band1: { backgroundColor: "#ffffff" },
  source: { fontStyle: "italic", color: "#595959", fontSize: "11px", overflow: "visible" },
  foot: { display: "flex", gap: tokens.spacingHorizontalS, alignItems: "center", justifyContent: "space-between" },
  kept: { color: tokens.colorNeutralForeground3 },
  selected: { outline: "2px solid #217346", outlineOffset: "-2px" },
});

/** A column's width in pixels from Excel characters (72 px default), capped so no column swallows the view. */
export const px = (chars: number | undefined) => (chars ? Math.min(Math.round(chars * 7 + 10), 480) : 72);

/** The last index whose offset is at most `x` (offsets ascending, offsets[0] = 0). */
function indexAt(offsets: number[], x: number): number {
  let lo = 0;
  let hi = offsets.length - 2;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (offsets[mid] <= x) lo = mid;
    else hi = mid - 1;
  }
  return Math.max(0, lo);
}

export function WorkbookGrid({ workbook, store }: { workbook: MemoryWorkbook; store?: PreviewStore }) {
  const styles = useStyles();
  const { t } = useT();
  const version = useSyncExternalStore(
    (l) => workbook.subscribe(l),
    () => workbook.version,
  );
  const sel = workbook.selection;
  const sheets = workbook.sheetNames();
  const chart = workbook.chart;
  const extent = useMemo(() => workbook.extent(), [workbook, version]); // version: the workbook's change counter
  const totalRows = Math.min(MAX_ROWS, Math.max(extent.rows + 50, sel.row + 50, 100));
  const totalCols = Math.min(MAX_COLS, Math.max(extent.cols + 10, sel.col + 10, 26));
  const widths = workbook.widths;
  const offsets = useMemo(() => {
    const o = new Array<number>(totalCols + 1);
    o[0] = 0;
    for (let c = 0; c < totalCols; c++) o[c + 1] = o[c] + px(widths.get(c));
    return o;
  }, [totalCols, widths, version]); // widths change in place; version marks it

  const scroller = useRef<HTMLDivElement>(null);
  const [view, setView] = useState({ top: 0, left: 0, width: 800, height: 480 });
  useLayoutEffect(() => {
    const el = scroller.current;
    if (!el) return;
    const measure = () => setView({ top: el.scrollTop, left: el.scrollLeft, width: el.clientWidth, height: el.clientHeight });
    measure();
    const observer = typeof ResizeObserver === "undefined" ? undefined : new ResizeObserver(measure);
    observer?.observe(el);
    return () => observer?.disconnect();
  }, []);

  const firstRow = Math.min(Math.floor(view.top / ROW_H), totalRows - 1);
  const fullRows = Math.max(1, Math.floor((view.height - HEAD_H) / ROW_H));
  // Whole rows only: a row half drawn at the bottom edge would be cut off.
  const lastRow = Math.min(totalRows - 1, firstRow + fullRows - 1);
  const firstCol = Math.min(indexAt(offsets, view.left), totalCols - 1);
  let lastCol = firstCol;
  while (lastCol < totalCols - 1 && offsets[lastCol + 1] - offsets[firstCol] < view.width - HEAD_W) lastCol++;

  // Keep the selection in view: scroll by whole rows and columns, as Excel does.
  useEffect(() => {
    const el = scroller.current;
    if (!el) return;
    const rowTop = Math.floor(el.scrollTop / ROW_H);
    const rowsInView = Math.max(1, Math.floor((el.clientHeight - HEAD_H) / ROW_H));
    if (sel.row < rowTop) el.scrollTop = sel.row * ROW_H;
    else if (sel.row >= rowTop + rowsInView) el.scrollTop = (sel.row - rowsInView + 1) * ROW_H;
    const colLeft = indexAt(offsets, el.scrollLeft);
    if (sel.col < colLeft) el.scrollLeft = offsets[sel.col];
    else if (offsets[sel.col + 1] - offsets[colLeft] > el.clientWidth - HEAD_W) {
      let c = colLeft;
      while (c < sel.col && offsets[sel.col + 1] - offsets[c] > el.clientWidth - HEAD_W) c++;
      el.scrollLeft = offsets[c];
    }
    setView({ top: el.scrollTop, left: el.scrollLeft, width: el.clientWidth, height: el.clientHeight });
  }, [sel.row, sel.col, offsets]);

  const active = workbook.shown(sel.row, sel.col);
  const [nameBox, setNameBox] = useState(cellAddress(sel));
  const [draft, setDraft] = useState("");
  /** Why the name box's text was not gone to: not an address, or past XFD1048576. */
  const [nameError, setNameError] = useState<string>();
  /** "New workbook" asks first, in the pane: office.js makes window.confirm throw in an add-in. */
  const [confirming, setConfirming] = useState(false);
  const newButton = useRef<HTMLButtonElement>(null);
  const emptyButton = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (confirming) emptyButton.current?.focus();
  }, [confirming]);
  const activeText = active.formula ?? (active.spilled ? "" : String(active.value));
  useEffect(() => {
    setNameBox(cellAddress(sel));
    setDraft(activeText);
  }, [sel.row, sel.col, activeText]);

  function move(e: KeyboardEvent<HTMLDivElement>) {
    const page = fullRows;
    const steps: Record<string, [number, number]> = { ArrowUp: [-1, 0], ArrowDown: [1, 0], ArrowLeft: [0, -1], ArrowRight: [0, 1], PageUp: [-page, 0], PageDown: [page, 0] };
    if (e.ctrlKey && e.key === "Home") {
      e.preventDefault();
      workbook.select({ row: 0, col: 0 });
      return;
    }
    if (e.ctrlKey && e.key === "End") {
      e.preventDefault();
      workbook.select({ row: Math.max(0, extent.rows - 1), col: Math.max(0, extent.cols - 1) });
      return;
    }
    const step = steps[e.key];
    if (!step) return;
    e.preventDefault();
    workbook.select({ row: Math.min(MAX_ROWS - 1, Math.max(0, sel.row + step[0])), col: Math.min(MAX_COLS - 1, Math.max(0, sel.col + step[1])) });
  }

  const rows = Array.from({ length: lastRow - firstRow + 1 }, (_, i) => firstRow + i);
  const cols = Array.from({ length: lastCol - firstCol + 1 }, (_, i) => firstCol + i);
  const drawnWidth = HEAD_W + offsets[lastCol + 1] - offsets[firstCol];
  // The window draws whole rows from one at its top, so scrolled to the end the area must reach the row from which the
  // last `fullRows` rows fit: the header and the rows alone end a fraction of a row short, and the last row was cut.
  const scrollHeight = Math.max(HEAD_H + totalRows * ROW_H, view.height + Math.max(0, totalRows - fullRows) * ROW_H);

  return (
    <div className={styles.root}>
      <div className={styles.bar}>
        <Input
          className={styles.name}
          aria-label={t.cellAddress}
          value={nameBox}
          aria-invalid={nameError !== undefined}
          aria-describedby={nameError ? "name-box-error" : undefined}
          onChange={(_, d) => {
            setNameBox(d.value);
            setNameError(undefined);
          }}
          onKeyDown={(e) => {
            if (e.key !== "Enter") return;
            const text = nameBox.trim();
            const ref = parseCell(text);
            // An A1 address parseCell refuses is one past XFD1048576 (XFE1, A1048577): say so, rather than ignore it.
            if (!ref) setNameError(/^\$?[A-Za-z]+\$?0*[1-9]\d*$/.test(text) ? t.beyondSheet(text.toUpperCase().replace(/\$/g, "")) : t.notACell(text));
            else {
              setNameError(undefined);
              workbook.select(ref);
            }
          }}
        />
        <Input
          className={styles.formula}
          aria-label={t.formulaBar}
          value={draft}
          contentBefore={<span aria-hidden>ƒx</span>}
          onChange={(_, d) => setDraft(d.value)}
          onKeyDown={(e) => {
            if (e.key === "Enter") workbook.setCell(sel, draft);
          }}
        />
      </div>
      {nameError && (
        <Caption1 id="name-box-error" role="alert" className={styles.nameError}>
          {nameError}
        </Caption1>
      )}
      <div
        ref={scroller}
        className={styles.scroll}
        tabIndex={0}
        onKeyDown={move}
        onScroll={(e) => {
          const el = e.currentTarget;
          setView({ top: el.scrollTop, left: el.scrollLeft, width: el.clientWidth, height: el.clientHeight });
        }}
        aria-label={`${t.workbook}: ${cellAddress(sel)}`}
        role="group"
      >
        <div className={styles.sizer} style={{ width: `${HEAD_W + offsets[totalCols]}px`, height: `${scrollHeight}px` }}>
          <div className={styles.window} style={{ width: `${view.width}px`, height: `${view.height}px` }}>
            <table className={styles.table} aria-label="Workbook preview" style={{ width: `${drawnWidth}px` }}>
              <colgroup>
                <col style={{ width: `${HEAD_W}px` }} />
                {cols.map((c) => (
                  <col key={c} style={{ width: `${px(widths.get(c))}px` }} />
                ))}
              </colgroup>
              <thead>
                <tr>
                  <td className={styles.corner} />
                  {cols.map((c) => (
                    <th key={c} scope="col" className={styles.colHead}>
                      {columnName(c)}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {rows.map((r) => (
                  <tr key={r}>
                    <th scope="row" className={styles.rowHead}>
                      {r + 1}
                    </th>
                    {cols.map((c) => {
                      const cell = workbook.shown(r, c);
                      const isSel = r === sel.row && c === sel.col;
                      const message = workbook.messageAt(r, c);
                      return (
                        <td
                          key={c}
                          data-address={cellAddress({ row: r, col: c })}
                          title={message ?? cell.formula}
                          onClick={() => workbook.select({ row: r, col: c })}
                          className={mergeClasses(
                            styles.cell,
                            typeof cell.value === "number" && styles.number,
                            cell.band === 0 && styles.band0,
                            cell.band === 1 && styles.band1,
                            cell.style === "title" && styles.title,
                            cell.style === "header" && styles.header,
                            cell.style === "source" && styles.source,
                            cell.spilled && styles.spill,
                            isSel && styles.selected,
                          )}
                        >
                          {cell.text}
                        </td>
                      );
                    })}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </div>
      </div>
      {chart && (
        <Caption1 role="img" aria-label={`${t.chart}: ${chart.title}`}>
          {`${t.chart}: ${chart.title} (${chart.range})`}
        </Caption1>
      )}
      <div className={styles.foot}>
        <Caption1 className={styles.kept} role="note">
          {store?.kept() ? t.previewKept : t.previewNotKept}
        </Caption1>
        {store && (
          <Button size="small" appearance="subtle" ref={newButton} onClick={() => setConfirming(true)} aria-expanded={confirming}>
            {t.newWorkbook}
          </Button>
        )}
      </div>
      {store && confirming && (
        <MessageBar intent="warning" role="alert" layout="multiline">
          <MessageBarBody>{t.confirmNewWorkbook}</MessageBarBody>
          <MessageBarActions>
            <Button
              appearance="primary"
              size="small"
              ref={emptyButton}
              onClick={() => {
                store.reset();
                setConfirming(false);
                newButton.current?.focus();
              }}
            >
              {t.emptyWorkbook}
            </Button>
            <Button
              size="small"
              appearance="subtle"
              onClick={() => {
                setConfirming(false);
                newButton.current?.focus();
              }}
            >
              {t.cancel}
            </Button>
          </MessageBarActions>
        </MessageBar>
      )}
      <TabList size="small" aria-label={t.sheets} selectedValue={workbook.sheet} onTabSelect={(_, d) => workbook.activate(String(d.value))}>
        {sheets.map((name) => (
          <Tab key={name} value={name}>
            {name}
          </Tab>
        ))}
      </TabList>
    </div>
  );
}
