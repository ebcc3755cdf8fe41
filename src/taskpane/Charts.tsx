/**
 * Charts where an analyst would rather look than read, drawn with @fluentui/react-charts (Fluent UI
 * v9's own chart library, themed by the same FluentProvider): a company's capex over time (annual or
 * quarterly), a market's size over time, one metric across chips (the report's default figures, the
 * ones the report also gives other values for marked). Each is labelled with its unit and source, has
 * a readable table fallback, and can be inserted as a sheet of live formulas with a live Excel chart.
 */
import { HorizontalBarChartWithAxis, VerticalBarChart, type HorizontalBarChartWithAxisDataPoint, type VerticalBarChartDataPoint } from "@fluentui/react-charts";
import { Button, Caption1, Field, MessageBar, MessageBarBody, Select, makeStyles, tokens } from "@fluentui/react-components";
import { ChartMultiple20Regular } from "@fluentui/react-icons";
import { useLayoutEffect, useMemo, useRef, useState } from "react";
import type { Entity } from "../data/catalog";
import type { Atlas } from "../domain/atlas";
import { formatNumber } from "../domain/facts";
import { chartableChipMetrics, metricAcrossChips } from "../domain/pages";
import { unitLabel } from "../domain/units";
import { Protected, type Workbook } from "../office/workbook";
import { useT } from "./i18n";
import { chartPlan, type ChartPoint } from "./writes";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS, minWidth: 0 },
  chart: { width: "100%", minWidth: 0 },
  source: { color: tokens.colorNeutralForeground3 },
  heading: { fontWeight: tokens.fontWeightSemibold },
  row: { display: "flex", gap: tokens.spacingHorizontalS, flexWrap: "wrap", alignItems: "center" },
});

const BRAND = tokens.colorBrandBackground;

/** The chart's width follows its container (the pane is 320-420 px wide, the chart library would overflow it). */
function useWidth(): [React.RefObject<HTMLDivElement>, number] {
  const ref = useRef<HTMLDivElement>(null);
  const [width, setWidth] = useState(360);
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    const measure = () => setWidth(Math.max(240, Math.floor(el.clientWidth)));
    measure();
    const observer = typeof ResizeObserver === "undefined" ? undefined : new ResizeObserver(measure);
    observer?.observe(el);
    return () => observer?.disconnect();
  }, []);
  return [ref, width];
}
const CONFLICT = tokens.colorPaletteDarkOrangeBackground3;

/** The chart's data as a new sheet with a live Excel chart (or a note where the client has no chart API). */
function InsertChartData({ workbook, plan, onWritten }: { workbook: Workbook; plan: () => ReturnType<typeof chartPlan>; onWritten: () => void }) {
  const { t } = useT();
  const [done, setDone] = useState<{ ok: boolean; text: string }>();
  async function insertData() {
    try {
      const added = await workbook.addSheet(plan());
      setDone({ ok: true, text: t.templateAdded(added.sheet) + (added.charted ? "" : ` ${t.noChart}`) });
      onWritten();
    } catch (e) {
      // A protected workbook structure (or another refusal): said, nothing written.
      setDone({
        ok: false,
        text: e instanceof Protected && e.structure ? t.protectedWorkbook : e instanceof Protected ? t.protectedSheets(e.sheets) : String(e instanceof Error ? e.message : e),
      });
    }
  }
  return (
    <>
      <div>
        <Button size="small" icon={<ChartMultiple20Regular />} onClick={() => void insertData()}>
          {t.insertChartData}
        </Button>
      </div>
      {done && (
        <MessageBar intent={done.ok ? "success" : "warning"} role={done.ok ? "status" : "alert"}>
          <MessageBarBody>{done.text}</MessageBarBody>
        </MessageBar>
      )}
    </>
  );
}

export interface TimePoint extends ChartPoint {
  value: number;
}

/** A series over time as columns: capex by year or quarter, a market's size by year. */
export function TimeChart({
  atlas,
  title,
  unit,
  points,
  workbook,
  onWritten,
  sheetName,
}: {
  atlas: Atlas;
  title: string;
  /** The unit's id ("CNY 100m"); shown as the pane's language writes it (亿元). */
  unit: string;
  points: TimePoint[];
  workbook: Workbook;
  onWritten: () => void;
  sheetName: string;
}) {
  const styles = useStyles();
  const { t, lang } = useT();
  const shown = unitLabel(atlas, unit, lang);
  const data: VerticalBarChartDataPoint[] = points.map((p) => ({
    x: p.label,
    y: p.value,
    legend: p.label,
    color: BRAND,
    barLabel: formatNumber(p.value),
    xAxisCalloutData: p.label,
    yAxisCalloutData: `${formatNumber(p.value)} ${shown}`,
  }));
  const lines = [...new Set(points.map((p) => p.fact.line))];
  const [box, width] = useWidth();
  return (
    <figure className={styles.root} aria-label={`${title} (${shown})`} style={{ margin: 0 }}>
      <Caption1 className={styles.heading}>{`${title} (${shown})`}</Caption1>
      <div className={styles.chart} ref={box}>
        <VerticalBarChart
          data={data}
          chartTitle={`${title} (${shown})`}
          yAxisTitle={shown}
          xAxisTitle={lang === "zh" ? "期间" : "Period"}
          hideLegend
          useSingleColor
          height={220}
          width={width}
          barWidth="auto"
          maxBarWidth={36}
        />
      </div>
      <figcaption>
        <Caption1 className={styles.source}>
          {t.chartSource(`${lang === "zh" ? "报告" : "report"} ${lines.length === 1 ? t.lineNo(lines[0]) : `${t.lineNo(Math.min(...lines))}–${Math.max(...lines)}`}`)}
        </Caption1>
      </figcaption>
      <InsertChartData workbook={workbook} onWritten={onWritten} plan={() => chartPlan(atlas, sheetName, `${title} (${shown})`, `${title} (${shown})`, points, lang)} />
    </figure>
  );
}

/** One metric across chips: horizontal bars, largest first, conflicted figures in another colour. */
export function ChipComparison({
  atlas,
  workbook,
  onWritten,
  initialMetric = "fp16",
  highlight,
}: {
  atlas: Atlas;
  workbook: Workbook;
  onWritten: () => void;
  initialMetric?: string;
  highlight?: Entity;
}) {
  const styles = useStyles();
  const { t, lang } = useT();
  const metrics = useMemo(() => chartableChipMetrics(atlas), [atlas]);
  const [metricId, setMetricId] = useState(metrics.some((m) => m.id === initialMetric) ? initialMetric : (metrics[0]?.id ?? ""));
  const metric = atlas.metrics.get(metricId);
  const [box, width] = useWidth();
  const bars = useMemo(() => {
    const r = metricAcrossChips(atlas, metricId);
    return r.ok ? r.value.slice(0, 16) : [];
  }, [atlas, metricId]);
  if (!metric) return null;
  const unit = unitLabel(atlas, bars[0]?.fact.unit ?? metric.unit ?? "", lang);
  const label = `${lang === "zh" ? metric.zh : atlas.metricLabel(metric)} (${unit})`;
  // The library draws the first point at the bottom: reversed, the largest figure is on top.
  const data: HorizontalBarChartWithAxisDataPoint[] = [...bars].reverse().map((b) => ({
    x: b.value,
    y: atlas.displayName(b.chip),
    color: b.conflicted ? CONFLICT : highlight?.id === b.chip.id ? tokens.colorBrandBackgroundPressed : BRAND,
    legend: b.conflicted ? t.conflictLegend : t.defaultLegend,
    barLabel: formatNumber(b.value),
    xAxisCalloutData: atlas.displayName(b.chip),
    yAxisCalloutData: `${formatNumber(b.value)} ${unit}${b.fact.variant ? ` · ${b.fact.variant}` : ""}`,
  }));
  return (
    <figure className={styles.root} aria-label={`${t.compareChips}: ${label}`} style={{ margin: 0 }}>
      <Field label={t.metricLabel}>
        <Select value={metricId} onChange={(_, d) => setMetricId(d.value)}>
          {metrics.map((m) => (
            <option key={m.id} value={m.id}>
              {lang === "zh" ? m.zh : `${atlas.metricLabel(m)} · ${m.en}`}
            </option>
          ))}
        </Select>
      </Field>
      <Caption1 className={styles.heading}>{`${t.compareChips}: ${label}`}</Caption1>
      <div className={styles.chart} ref={box}>
        <HorizontalBarChartWithAxis
          data={data}
          chartTitle={`${t.compareChips}: ${label}`}
          xAxisTitle={unit}
          height={Math.max(200, 26 * bars.length + 60)}
          width={width}
          margins={{ left: 96, right: 16, top: 8, bottom: 48 }}
        />
      </div>
      <figcaption>
        <Caption1 className={styles.source}>
          {t.chartSource(
            `${lang === "zh" ? "报告" : "report"} ${[...new Set(bars.map((b) => b.fact.line))]
              .sort((a, b) => a - b)
              .slice(0, 10)
              .join(", ")}`,
          )}
        </Caption1>
      </figcaption>
      <InsertChartData
        workbook={workbook}
        onWritten={onWritten}
        plan={() =>
          chartPlan(
            atlas,
            `${atlas.metricLabel(metric)} by chip`,
            `${t.compareChips}: ${label}`,
            label,
            bars.map((b) => ({ label: atlas.displayName(b.chip), fact: b.fact })),
            lang,
          )
        }
      />
    </figure>
  );
}
