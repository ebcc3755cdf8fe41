/**
 * Preview mode's workbook, shown as a grid: an HTML table named "Workbook preview" whose cells hold
 * what was written, formatted. A name box and a formula bar make it usable from the keyboard; arrow
 * keys move the selection when the grid has focus.
 */
import { Caption1, Input, Tab, TabList, makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import { useEffect, useState, useSyncExternalStore, type KeyboardEvent } from "react";
import { cellAddress, columnName, parseCell } from "../formula/address";
import type { MemoryWorkbook } from "../office/memory";
import { useT } from "./i18n";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS, minWidth: 0, height: "100%" },
  bar: { display: "flex", gap: tokens.spacingHorizontalXS },
  name: { width: "90px", flexShrink: 0 },
  formula: { flexGrow: 1, fontFamily: tokens.fontFamilyMonospace },
  scroll: { overflow: "auto", border: `1px solid ${tokens.colorNeutralStroke1}`, flexGrow: 1, minHeight: "240px", maxHeight: "80vh", ":focus-visible": { outline: `2px solid ${tokens.colorStrokeFocus2}` } },
  table: { borderCollapse: "collapse", tableLayout: "fixed", fontSize: "12px", fontFamily: "Calibri, 'Segoe UI', 'WenQuanYi Zen Hei', sans-serif" },
  corner: { position: "sticky", top: 0, left: 0, zIndex: 3, backgroundColor: "#f3f3f3", width: "36px" },
  colHead: { position: "sticky", top: 0, zIndex: 2, backgroundColor: "#f3f3f3", color: "#444", fontWeight: "normal", border: "1px solid #d4d4d4", height: "20px" },
  rowHead: { position: "sticky", left: 0, zIndex: 1, backgroundColor: "#f3f3f3", color: "#444", fontWeight: "normal", border: "1px solid #d4d4d4", textAlign: "center" },
  cell: { border: "1px solid #e1e1e1", height: "20px", padding: "0 4px", whiteSpace: "nowrap", overflow: "hidden", textOverflow: "ellipsis", cursor: "cell" },
  number: { textAlign: "right" },
  spill: { color: "#333" },
  title: { fontWeight: "bold", fontSize: "14px", overflow: "visible" },
  header: { backgroundColor: "#4472c4", color: "white", fontWeight: "bold" },
  band0: { backgroundColor: "#d9e1f2" },
  band1: { backgroundColor: "#ffffff" },
  source: { fontStyle: "italic", color: "#595959", fontSize: "11px", overflow: "visible" },
  selected: { outline: "2px solid #217346", outlineOffset: "-2px" },
});

const px = (chars: number | undefined) => (chars ? Math.round(chars * 7 + 10) : 72);

export function WorkbookGrid({ workbook }: { workbook: MemoryWorkbook }) {
  const styles = useStyles();
  const { t } = useT();
  useSyncExternalStore(
    (l) => workbook.subscribe(l),
    () => workbook.version,
  );
  const sel = workbook.selection;
  const sheets = workbook.sheetNames();
  const chart = workbook.chart;
  const extent = workbook.extent();
  const rows = Math.max(extent.rows + 6, 30);
  const cols = Math.max(extent.cols + 2, Math.max(sel.col + 2, 10));
  const active = workbook.shown(sel.row, sel.col);
  const [nameBox, setNameBox] = useState(cellAddress(sel));
  const [draft, setDraft] = useState("");
  const activeText = active.formula ?? (active.spilled ? "" : String(active.value));
  useEffect(() => {
    setNameBox(cellAddress(sel));
    setDraft(activeText);
  }, [sel.row, sel.col, activeText]);

  function move(e: KeyboardEvent<HTMLDivElement>) {
    const d: Record<string, [number, number]> = { ArrowUp: [-1, 0], ArrowDown: [1, 0], ArrowLeft: [0, -1], ArrowRight: [0, 1] };
    const step = d[e.key];
    if (!step) return;
    e.preventDefault();
    workbook.select({ row: Math.max(0, sel.row + step[0]), col: Math.max(0, sel.col + step[1]) });
  }

  return (
    <div className={styles.root}>
      <div className={styles.bar}>
        <Input
          className={styles.name}
          aria-label={t.cellAddress}
          value={nameBox}
          onChange={(_, d) => setNameBox(d.value)}
          onKeyDown={(e) => {
            const ref = parseCell(nameBox);
            if (e.key === "Enter" && ref) workbook.select(ref);
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
      <div className={styles.scroll} tabIndex={0} onKeyDown={move} aria-label={`${t.workbook}: ${cellAddress(sel)}`} role="group">
        <table className={styles.table} aria-label="Workbook preview">
          <colgroup>
            <col style={{ width: "36px" }} />
            {Array.from({ length: cols }, (_, c) => (
              <col key={c} style={{ width: `${px(workbook.widths.get(c))}px` }} />
            ))}
          </colgroup>
          <thead>
            <tr>
              <td className={styles.corner} />
              {Array.from({ length: cols }, (_, c) => (
                <th key={c} scope="col" className={styles.colHead}>
                  {columnName(c)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {Array.from({ length: rows }, (_, r) => (
              <tr key={r}>
                <th scope="row" className={styles.rowHead}>
                  {r + 1}
                </th>
                {Array.from({ length: cols }, (_, c) => {
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
      {chart && (
        <Caption1 role="img" aria-label={`${t.chart}: ${chart.title}`}>
          {`${t.chart}: ${chart.title} (${chart.range})`}
        </Caption1>
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
