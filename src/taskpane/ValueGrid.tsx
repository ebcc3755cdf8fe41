/** A spilled result shown as the small grid it becomes in Excel, not a semicolon string. */
import { Caption1, Table, TableBody, TableCell, TableRow, makeStyles, tokens } from "@fluentui/react-components";
import type { CellValue } from "../functions/registry";
import { showResult } from "./formats";
import { useT } from "./i18n";

const useStyles = makeStyles({
  scroll: { overflowX: "auto", maxHeight: "320px", overflowY: "auto", border: `1px solid ${tokens.colorNeutralStroke2}`, borderRadius: tokens.borderRadiusMedium },
  table: { width: "max-content", minWidth: "100%", fontSize: tokens.fontSizeBase200, fontFamily: tokens.fontFamilyBase },
  number: { textAlign: "right", fontVariantNumeric: "tabular-nums" },
  more: { color: tokens.colorNeutralForeground3 },
});

const MAX_ROWS = 50;

export function ValueGrid({ rows, label }: { rows: CellValue[][]; label: string }) {
  const styles = useStyles();
  const { t } = useT();
  const cols = Math.max(1, ...rows.map((r) => r.length));
  return (
    <div className={styles.scroll}>
      <Table size="extra-small" className={styles.table} aria-label={`${label}: ${t.size(rows.length, cols)}`}>
        <TableBody>
          {rows.slice(0, MAX_ROWS).map((row, r) => (
            <TableRow key={r}>
              {row.map((v, c) => (
                <TableCell key={c} className={typeof v === "number" ? styles.number : undefined}>
                  {showResult(v)}
                </TableCell>
              ))}
            </TableRow>
          ))}
        </TableBody>
      </Table>
      {rows.length > MAX_ROWS && <Caption1 className={styles.more}>{t.moreRows(rows.length - MAX_ROWS)}</Caption1>}
    </div>
  );
}
