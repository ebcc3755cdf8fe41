/**
 * Share (分享): make a workbook safe to share. Load on open, freeze add-in formulas to values and restore
 * them, the error inspector, and model templates. Every action goes through the Workbook interface.
 */
import { Body1, Button, Caption1, Field, Input, MessageBar, MessageBarActions, MessageBarBody, Spinner, Switch, makeStyles, tokens } from "@fluentui/react-components";
import { useCallback, useEffect, useState } from "react";
import type { Atlas } from "../domain/atlas";
import { messageOf } from "../domain/messages";
import type { Startup } from "../office/startup";
import { Protected, Unsupported, type ActiveCell, type Workbook } from "../office/workbook";
import type { EditedEntry, Ledger } from "../sharing/freeze";
import type { Finding } from "../sharing/inspector";
import { acceleratorComparison, batCapexModel, supplyChainMap, type SheetPlan } from "../sharing/templates";
import { useT, type Strings } from "./i18n";
import { Section } from "./Section";
import { findErrors, fixedFormula } from "./sharing";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalL },
  section: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  row: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS, alignItems: "end" },
  list: { listStyle: "none", padding: 0, margin: 0, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  finding: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXXS, padding: tokens.spacingHorizontalS, border: `1px solid ${tokens.colorNeutralStroke2}`, borderRadius: tokens.borderRadiusMedium },
  mono: { fontFamily: tokens.fontFamilyMonospace, wordBreak: "break-all" },
  muted: { color: tokens.colorNeutralForeground3 },
});

type Status = { intent: "success" | "warning" | "error" | "info"; text: string } | undefined;

function problem(t: Strings, e: unknown): Status {
  if (e instanceof Unsupported) return { intent: "warning", text: t.unsupported(e.requirement) };
  if (e instanceof Protected) return { intent: "warning", text: e.structure ? t.protectedWorkbook : t.protectedSheets(e.sheets) };
  return { intent: "error", text: e instanceof Error ? e.message : String(e) };
}

export function ShareView({ atlas, workbook, active, startup, onChanged }: { atlas: Atlas; workbook: Workbook; active: ActiveCell | undefined; startup: Startup | undefined; onChanged: () => void }) {
  const styles = useStyles();
  const { t, lang } = useT();
  const [ledger, setLedger] = useState<Ledger>();
  const [busy, setBusy] = useState(false);
  const [status, setStatus] = useState<Status>();
  const [pending, setPending] = useState<{ sheet?: string; edited: EditedEntry[] }>();
  // Each edited cell by its own address: a cell inside a frozen spill, not the spill's anchor.
  const editedList = pending?.edited.flatMap((e) => e.editedCells.map((c) => `${e.sheet}!${c}`)) ?? [];
  const [findings, setFindings] = useState<Finding[]>();
  const [confirmFix, setConfirmFix] = useState<Finding>();
  const [loadOnOpen, setLoadOnOpen] = useState<boolean>();
  const [component, setComponent] = useState("NVQD");
  const sheet = active?.sheet;

  const reload = useCallback(async () => {
    try {
      setLedger(await workbook.frozen());
    } catch (e) {
      setLedger(undefined);
      setStatus(problem(t, e));
    }
    setFindings(await findErrors(atlas, workbook).catch(() => undefined));
  }, [atlas, workbook, t]);

  useEffect(() => {
    void reload();
  }, [reload]);

  useEffect(() => {
    startup?.get().then((b) => setLoadOnOpen(b === "load"), () => setLoadOnOpen(undefined));
  }, [startup]);

  async function run(action: () => Promise<Status>) {
    setBusy(true);
    setStatus(undefined);
    try {
      setStatus(await action());
    } catch (e) {
      setStatus(problem(t, e));
    } finally {
      setBusy(false);
      onChanged();
      await reload();
    }
  }

  const freeze = (scope: string | undefined) =>
    run(async () => {
      setPending(undefined);
      const outcome = await workbook.freeze(scope, atlas.catalog.version, new Date());
      return outcome.frozen === 0 ? { intent: "info", text: t.nothingToFreeze } : { intent: "success", text: t.frozen(outcome.frozen, outcome.sheets.join(", ")) };
    });

  const restore = (scope: string | undefined, force = false) =>
    run(async () => {
      const outcome = await workbook.restore(scope, { force });
      if (outcome.status === "edited") {
        setPending({ sheet: scope, edited: outcome.edited });
        return undefined;
      }
      setPending(undefined);
      if (outcome.status === "nothing") return { intent: "info", text: t.nothingToRestore };
      return { intent: "success", text: t.restored(outcome.restored) + (outcome.missing.length ? " " + t.missingSheets(outcome.missing.length) : "") };
    });

  const insertTemplate = (plan: SheetPlan | undefined) =>
    run(async () => {
      if (!plan) return { intent: "warning", text: t.unknownComponent(component) };
      const added = await workbook.addSheet(plan);
      return { intent: "success", text: t.templateAdded(added.sheet) + (plan.chart && !added.charted ? " " + t.noChart : "") };
    });

  async function applyFix(f: Finding) {
    const next = fixedFormula(f);
    setConfirmFix(undefined);
    if (!next) return;
    await run(async () => ((await workbook.replaceFormula(f.sheet, f.address, f.formula, next)) ? { intent: "success", text: t.fixed(`${f.sheet}!${f.address}`, next) } : { intent: "warning", text: t.fixStale }));
  }

  async function toggleStartup(on: boolean) {
    if (!startup) return;
    try {
      await startup.set(on ? "load" : "none");
      setLoadOnOpen(on);
    } catch (e) {
      setStatus(problem(t, e));
    }
  }

  const frozenHere = ledger?.entries.filter((e) => e.sheet === sheet).length ?? 0;

  return (
    <div className={styles.root}>
      {status && (
        <MessageBar intent={status.intent} role={status.intent === "error" || status.intent === "warning" ? "alert" : "status"} layout="multiline">
          <MessageBarBody>{status.text}</MessageBarBody>
        </MessageBar>
      )}

      <Section className={styles.section} id="share-open" level="h2" title={t.loadOnOpenTitle}>
        {startup ? (
          <>
            <Switch label={t.loadOnOpen} checked={loadOnOpen ?? false} disabled={loadOnOpen === undefined} onChange={(_, d) => void toggleStartup(d.checked)} />
            <Caption1 className={styles.muted}>{t.loadOnOpenHelp}</Caption1>
          </>
        ) : (
          <MessageBar intent="info" role="note">
            <MessageBarBody>{workbook.kind === "preview" ? t.loadOnOpenPreview : t.loadOnOpenUnsupported}</MessageBarBody>
          </MessageBar>
        )}
      </Section>

      <Section className={styles.section} id="share-freeze" level="h2" title={t.freezeTitle}>
        <Caption1 className={styles.muted}>{t.freezeHelp}</Caption1>
        <div className={styles.row}>
          <Button appearance="primary" disabled={busy || !sheet} onClick={() => void freeze(sheet)}>
            {t.freezeSheet(sheet ?? "")}
          </Button>
          <Button disabled={busy} onClick={() => void freeze(undefined)}>
            {t.freezeWorkbook}
          </Button>
          <Button disabled={busy || !ledger} onClick={() => void restore(undefined)}>
            {t.restoreAll}
          </Button>
          {frozenHere > 0 && (
            <Button disabled={busy} onClick={() => void restore(sheet)}>
              {t.restoreSheet(sheet ?? "")}
            </Button>
          )}
          {busy && <Spinner size="tiny" label={t.working} />}
        </div>
        {ledger && <Body1>{t.frozenState(ledger.entries.length, ledger.frozenAt.slice(0, 10), ledger.dataVersion)}</Body1>}
        {pending && (
          <MessageBar intent="warning" role="alert" layout="multiline">
            <MessageBarBody>
              {t.editedSince(editedList.length)} {editedList.slice(0, 8).join(", ")}
              {editedList.length > 8 ? "…" : ""}
            </MessageBarBody>
            <MessageBarActions>
              <Button appearance="primary" size="small" onClick={() => void restore(pending.sheet, true)}>
                {t.restoreAnyway}
              </Button>
              <Button size="small" appearance="subtle" onClick={() => setPending(undefined)}>
                {t.cancel}
              </Button>
            </MessageBarActions>
          </MessageBar>
        )}
      </Section>

      <Section className={styles.section} id="share-errors" level="h2" title={t.inspectorTitle}>
        <div className={styles.row}>
          <Button disabled={busy} onClick={() => void reload()}>
            {t.checkAgain}
          </Button>
        </div>
        {findings && findings.length === 0 && <Body1>{t.noErrors}</Body1>}
        {findings && findings.length > 0 && (
          <ul className={styles.list} aria-label={t.inspectorTitle}>
            {findings.map((f, i) => {
              const next = fixedFormula(f);
              return (
                <li key={`${f.sheet}!${f.address}!${i}`} className={styles.finding}>
                  <Button appearance="subtle" onClick={() => void workbook.selectCell(f.sheet, f.address).then(onChanged)} aria-label={t.selectCell(`${f.sheet}!${f.address}`, f.error)}>
                    {`${f.sheet}!${f.address}`} · {f.error}
                  </Button>
                  <Caption1 className={styles.mono}>{f.formula}</Caption1>
                  <Body1>{messageOf(f.failure, lang)}</Body1>
                  {f.fix && next && (
                    <div className={styles.row}>
                      <Button size="small" onClick={() => setConfirmFix(f)}>
                        {t.applyFix(f.fix.replace, f.fix.with)}
                      </Button>
                    </div>
                  )}
                  {confirmFix === f && next && (
                    <MessageBar intent="info" role="alert" layout="multiline">
                      <MessageBarBody>{t.confirmFix(`${f.sheet}!${f.address}`, next)}</MessageBarBody>
                      <MessageBarActions>
                        <Button appearance="primary" size="small" onClick={() => void applyFix(f)}>
                          {t.confirm}
                        </Button>
                        <Button size="small" appearance="subtle" onClick={() => setConfirmFix(undefined)}>
                          {t.cancel}
                        </Button>
                      </MessageBarActions>
                    </MessageBar>
                  )}
                </li>
              );
            })}
          </ul>
        )}
      </Section>

      <Section className={styles.section} id="share-templates" level="h2" title={t.templatesTitle}>
        <Caption1 className={styles.muted}>{t.templatesHelp}</Caption1>
        <div className={styles.row}>
          <Button disabled={busy} onClick={() => void insertTemplate(acceleratorComparison(atlas))}>
            {lang === "zh" ? "加速卡对比" : "Accelerator comparison"}
          </Button>
          <Button disabled={busy} onClick={() => void insertTemplate(batCapexModel(atlas))}>
            {lang === "zh" ? "BAT资本开支模型" : "BAT capex model"}
          </Button>
        </div>
        <div className={styles.row}>
          <Field label={t.component}>
            <Input value={component} onChange={(_, d) => setComponent(d.value)} />
          </Field>
          <Button disabled={busy || component.trim() === ""} onClick={() => void insertTemplate(supplyChainMap(atlas, component.trim()))}>
            {t.supplyChainMap}
          </Button>
        </div>
      </Section>
    </div>
  );
}
