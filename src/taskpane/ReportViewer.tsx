/**
 * The report at the cited line: the text around it, the figure highlighted, with its section and slide
 * title, scrollable to neighbouring lines. The report ships with the add-in (dist/report.txt, same
 * origin), loaded once on first use and never from the network beyond the add-in's own host.
 */
import { Button, Caption1, Spinner, makeStyles, tokens } from "@fluentui/react-components";
import { useEffect, useRef, useState } from "react";
import { printedForm, stripMarkup } from "../data/normalize";
import type { SourceRef } from "./audit";
import { useT } from "./i18n";

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXS,
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    padding: tokens.spacingHorizontalS,
  },
  text: { maxHeight: "260px", overflowY: "auto", margin: 0, padding: 0, listStyleType: "none", fontSize: tokens.fontSizeBase200, lineHeight: tokens.lineHeightBase300 },
  line: { display: "grid", gridTemplateColumns: "44px 1fr", columnGap: tokens.spacingHorizontalS, whiteSpace: "pre-wrap", wordBreak: "break-word" },
  number: { color: tokens.colorNeutralForeground4, textAlign: "right", userSelect: "none", fontVariantNumeric: "tabular-nums" },
  cited: { backgroundColor: tokens.colorPaletteYellowBackground1 },
  mark: { backgroundColor: tokens.colorPaletteYellowBackground3, color: tokens.colorNeutralForeground1, fontWeight: tokens.fontWeightSemibold },
  meta: { color: tokens.colorNeutralForeground3 },
  row: { display: "flex", gap: tokens.spacingHorizontalS, flexWrap: "wrap" },
});

let report: Promise<string[]> | undefined;

/** The report's lines, 1-based (lines[1] is the first), fetched once from the add-in's own folder. */
export function reportLines(): Promise<string[]> {
  report ??= fetch("report.txt")
    .then((r) => (r.ok ? r.text() : Promise.reject(new Error(String(r.status)))))
    .then((text) => ["", ...text.split("\n")])
    .catch((e: unknown) => {
      report = undefined;
      throw e;
    });
  return report;
}

/** The cited line with the figure's printed text marked, where it occurs on it. */
function Highlighted({ text, figure, className }: { text: string; figure?: string; className: string }) {
  const plain = stripMarkup(text);
  const needle = figure ? stripMarkup(figure).trim() : "";
  const at = needle ? plain.indexOf(needle) : -1;
  if (at < 0) {
    // The raw text may differ in spacing only: fall back to marking nothing rather than a wrong span.
    return <>{plain}</>;
  }
  return (
    <>
      {plain.slice(0, at)}
      <mark className={className}>{plain.slice(at, at + needle.length)}</mark>
      {plain.slice(at + needle.length)}
    </>
  );
}

const CONTEXT = 8;

export function ReportViewer({ source, figure }: { source: SourceRef; figure?: string }) {
  const styles = useStyles();
  const { t, lang } = useT();
  const [lines, setLines] = useState<string[]>();
  const [failed, setFailed] = useState(false);
  const [span, setSpan] = useState({ before: CONTEXT, after: CONTEXT });
  const cited = useRef<HTMLLIElement>(null);
  const box = useRef<HTMLOListElement>(null);
  useEffect(() => {
    let live = true;
    reportLines().then(
      (l) => live && setLines(l),
      () => live && setFailed(true),
    );
    return () => {
      live = false;
    };
  }, []);
  useEffect(() => {
    const el = cited.current;
    const container = box.current;
    if (el && container) container.scrollTop = el.offsetTop - container.offsetTop - container.clientHeight / 3;
  }, [lines, source.line]);

  const heading = (
    <Caption1 className={styles.meta}>
      §{source.dataset.section} {source.section ? (lang === "zh" ? source.section.zh : source.section.en) : ""} · {t.slide}: <span translate="no">{source.heading}</span> ·{" "}
      {t.lineNo(source.line)}
    </Caption1>
  );
  if (failed) return <Caption1 role="alert">{t.reportUnavailable}</Caption1>;
  if (!lines) return <Spinner size="tiny" label={t.loadingReport} />;
  const from = Math.max(1, source.line - span.before);
  const to = Math.min(lines.length - 1, source.line + span.after);
  const shown = Array.from({ length: to - from + 1 }, (_, i) => from + i);
  const matches = figure !== undefined && printedForm(lines[source.line] ?? "").includes(printedForm(figure));
  return (
    <section className={styles.root} aria-label={t.reportAt(source.line)}>
      {heading}
      <div className={styles.row}>
        <Button size="small" appearance="subtle" disabled={from <= 1} onClick={() => setSpan((s) => ({ ...s, before: s.before + 20 }))}>
          {t.earlierLines}
        </Button>
        <Button size="small" appearance="subtle" disabled={to >= lines.length - 1} onClick={() => setSpan((s) => ({ ...s, after: s.after + 20 }))}>
          {t.laterLines}
        </Button>
      </div>
      <ol className={styles.text} ref={box} aria-label={t.reportText} translate="no">
        {shown.map((n) => (
          <li
            key={n}
            ref={n === source.line ? cited : undefined}
            className={n === source.line ? `${styles.line} ${styles.cited}` : styles.line}
            aria-current={n === source.line ? "true" : undefined}
          >
            <span className={styles.number}>{n}</span>
            <span>{n === source.line ? <Highlighted text={lines[n]} figure={matches ? figure : undefined} className={styles.mark} /> : stripMarkup(lines[n])}</span>
          </li>
        ))}
      </ol>
    </section>
  );
}
