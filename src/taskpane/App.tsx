/**
 * The task pane: browse the report's themes, search, preview and insert datasets, build formulas,
 * audit a cell; English or Chinese. Works against any Workbook: Excel, or in preview mode the
 * in-memory workbook shown beside the pane.
 */
import { Badge, Button, Caption1, MessageBar, MessageBarBody, SearchBox, Tab, TabList, Title3, makeStyles, tokens } from "@fluentui/react-components";
import { LocalLanguage20Regular } from "@fluentui/react-icons";
import { useEffect, useMemo, useRef, useState } from "react";
import type { Dataset, Entity } from "../data/catalog";
import type { Atlas } from "../domain/atlas";
import { SearchIndex } from "../domain/search";
import type { Lang } from "../domain/tableView";
import type { MemoryWorkbook } from "../office/memory";
import { saveLanguage } from "../office/settings";
import type { Startup } from "../office/startup";
import { Protected, type Workbook } from "../office/workbook";
import { AuditView } from "./AuditView";
import { SearchResults, ThemeTree } from "./Browse";
import { EntityPage } from "./EntityPage";
import { DatasetView } from "./DatasetView";
import { FormulaBuilder, type Preset } from "./FormulaBuilder";
import { useActiveCell } from "./hooks";
import { LangContext, STRINGS } from "./i18n";
import { checkVersion, recalculateAndStamp, type VersionCheck } from "./sharing";
import { ShareView } from "./ShareView";
import { VersionBanner } from "./VersionBanner";
import { WorkbookGrid } from "./WorkbookGrid";
import type { PreviewStore } from "./previewStore";

const useStyles = makeStyles({
  shell: { display: "flex", flexDirection: "column", minHeight: "100vh", "@media (min-width: 900px)": { flexDirection: "row", alignItems: "stretch" } },
  pane: {
    padding: tokens.spacingHorizontalL,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalM,
    boxSizing: "border-box",
    minWidth: 0,
    "@media (min-width: 900px)": { width: "420px", flexShrink: 0, borderRight: `1px solid ${tokens.colorNeutralStroke2}`, height: "100vh", overflowY: "auto" },
  },
  grid: { padding: tokens.spacingHorizontalM, minWidth: 0, flexGrow: 1, boxSizing: "border-box", "@media (min-width: 900px)": { height: "100vh" } },
  header: { display: "flex", justifyContent: "space-between", alignItems: "center", gap: tokens.spacingHorizontalS },
  meta: { color: tokens.colorNeutralForeground3 },
  // The pill's text may wrap at 320 px (Excel's narrowest pane): it grows with it rather than keep one line's height.
  pill: { height: "auto", minHeight: "20px", whiteSpace: "normal", textAlign: "start", paddingBlock: "1px", maxWidth: "100%", boxSizing: "border-box" },
  // The tabs wrap onto a second row in a narrow pane, so no tab is off-screen and the page never scrolls sideways.
  tabs: { flexWrap: "wrap", minWidth: 0 },
});

type BrowseView = { kind: "home" } | { kind: "dataset"; dataset: Dataset } | { kind: "entity"; entity: Entity };
type TabId = "browse" | "formula" | "audit" | "share";

export function App({
  atlas,
  workbook,
  memory,
  store,
  initialLang,
  startup,
}: {
  atlas: Atlas;
  workbook: Workbook;
  memory?: MemoryWorkbook;
  store?: PreviewStore;
  initialLang: Lang;
  startup?: Startup;
}) {
  const styles = useStyles();
  const [lang, setLang] = useState<Lang>(initialLang);
  const t = STRINGS[lang];
  const [tab, setTab] = useState<TabId>("browse");
  const [query, setQuery] = useState("");
  const [view, setView] = useState<BrowseView>({ kind: "home" });
  const [preset, setPreset] = useState<Preset>();
  const search = useMemo(() => new SearchIndex(atlas), [atlas]);
  const hits = useMemo(() => search.search(query), [search, query]);
  const { active, refresh } = useActiveCell(workbook);
  const { catalog } = atlas;
  const [version, setVersion] = useState<VersionCheck>();
  const [recalculating, setRecalculating] = useState(false);
  const [recalculated, setRecalculated] = useState<{ ok: boolean; text: string }>();

  // On open: is the workbook calculated with older data than the add-in bundles?
  useEffect(() => {
    checkVersion(atlas, workbook).then(setVersion, () => setVersion(undefined));
  }, [atlas, workbook]);

  async function recalculate() {
    setRecalculating(true);
    try {
      const { formulas } = await recalculateAndStamp(atlas, workbook);
      setVersion({ kind: "current" });
      setRecalculated({ ok: true, text: `${t.recalculated(formulas)} ${catalog.version}.` });
      refresh();
    } catch (e) {
      // A protected sheet refuses the whole recalculation before anything is re-entered.
      setRecalculated({ ok: false, text: e instanceof Protected ? t.protectedSheets(e.sheets) : e instanceof Error ? e.message : String(e) });
    } finally {
      setRecalculating(false);
    }
  }

  useEffect(() => {
    document.documentElement.lang = lang === "zh" ? "zh-CN" : "en";
  }, [lang]);

  function switchLanguage() {
    const next = lang === "en" ? "zh" : "en";
    setLang(next);
    saveLanguage(next);
  }

  const searchBox = useRef<HTMLInputElement>(null);
  const open = (next: BrowseView) => {
    setView(next);
    setQuery("");
    setTab("browse");
  };
  // Back to the home view: focus returns to the search box, never to <body>.
  const back = () => {
    setView({ kind: "home" });
    searchBox.current?.focus();
  };
  /** Enter in the search box opens the top result: its entity page, or its dataset. */
  function openTop() {
    const top = hits[0];
    if (!top) return;
    if (top.kind === "figure") open({ kind: "entity", entity: top.figure.entity });
    else if (top.kind === "entity") open({ kind: "entity", entity: top.entity });
    else if (top.kind === "dataset") open({ kind: "dataset", dataset: top.dataset });
    else if (top.kind === "fact") {
      const dataset = atlas.datasets.get(top.fact.dataset);
      if (dataset) open({ kind: "dataset", dataset });
    } else if (top.dataset) open({ kind: "dataset", dataset: top.dataset });
  }

  let browse;
  if (view.kind === "dataset") browse = <DatasetView key={view.dataset.id} atlas={atlas} dataset={view.dataset} workbook={workbook} onBack={back} onWritten={refresh} />;
  else if (view.kind === "entity")
    browse = (
      <EntityPage
        key={view.entity.id}
        atlas={atlas}
        search={search}
        entity={view.entity}
        workbook={workbook}
        onBack={back}
        onDataset={(dataset) => open({ kind: "dataset", dataset })}
        onWritten={refresh}
        onFormula={(p) => {
          setPreset({ ...p });
          setTab("formula");
        }}
      />
    );
  else browse = <ThemeTree atlas={atlas} onOpen={(dataset) => open({ kind: "dataset", dataset })} />;

  return (
    <LangContext.Provider value={{ lang, t }}>
      <div className={styles.shell}>
        <main className={styles.pane}>
          <div className={styles.header}>
            <Title3 as="h1">{t.appTitle}</Title3>
            <Button appearance="subtle" icon={<LocalLanguage20Regular />} aria-label={t.switchLanguageLabel} onClick={switchLanguage}>
              {t.switchLanguage}
            </Button>
          </div>
          <Caption1 className={styles.meta}>
            {t.dataLine(catalog.version, catalog.date, catalog.datasets.length, catalog.facts.length)}
            {workbook.kind === "preview" && (
              <>
                {" "}
                <Badge appearance="tint" color="warning" className={styles.pill}>
                  {t.previewMode}
                </Badge>
              </>
            )}
          </Caption1>
          {version?.kind === "older" && (
            <VersionBanner diff={version.diff} busy={recalculating} onRecalculate={() => void recalculate()} onDismiss={() => setVersion({ kind: "current" })} />
          )}
          {version?.kind === "newer" && (
            <MessageBar intent="info" layout="multiline">
              <MessageBarBody>{t.newerWorkbook(version.version, catalog.version)}</MessageBarBody>
            </MessageBar>
          )}
          {recalculated && (
            <MessageBar intent={recalculated.ok ? "success" : "warning"} role="status">
              <MessageBarBody>{recalculated.text}</MessageBarBody>
            </MessageBar>
          )}
          <SearchBox
            ref={searchBox}
            aria-label={t.search}
            onKeyDown={(e) => {
              if (e.key === "Enter") {
                e.preventDefault();
                openTop();
              }
            }}
            placeholder={t.searchPlaceholder}
            value={query}
            onChange={(_, d) => {
              setQuery(d.value);
              if (d.value) setTab("browse");
            }}
          />
          <TabList className={styles.tabs} selectedValue={tab} onTabSelect={(_, d) => setTab(d.value as TabId)}>
            <Tab value="browse">{t.tabBrowse}</Tab>
            <Tab value="formula">{t.tabFormula}</Tab>
            <Tab value="audit">{t.tabAudit}</Tab>
            <Tab value="share">{t.tabShare}</Tab>
          </TabList>
          <div role="tabpanel" aria-label={{ browse: t.tabBrowse, formula: t.tabFormula, audit: t.tabAudit, share: t.tabShare }[tab]}>
            {tab === "browse" &&
              (query.trim() ? (
                <SearchResults
                  atlas={atlas}
                  hits={hits}
                  workbook={workbook}
                  onWritten={refresh}
                  onDataset={(dataset) => open({ kind: "dataset", dataset })}
                  onEntity={(entity) => open({ kind: "entity", entity })}
                />
              ) : (
                browse
              ))}
            {tab === "formula" && <FormulaBuilder atlas={atlas} workbook={workbook} active={active} preset={preset} onWritten={refresh} />}
            {tab === "audit" && <AuditView atlas={atlas} workbook={workbook} active={active} onRefresh={refresh} />}
            {tab === "share" && <ShareView atlas={atlas} workbook={workbook} active={active} startup={startup} onChanged={refresh} />}
          </div>
        </main>
        {memory && (
          <aside className={styles.grid} aria-label={t.workbook}>
            <WorkbookGrid workbook={memory} store={store} />
          </aside>
        )}
      </div>
    </LangContext.Provider>
  );
}
