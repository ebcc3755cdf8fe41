/**
 * The formula builder: a function from the registry, each argument from its valid choices (given the
 * ones before it), the result computed live through the same contract Excel calls, and an insert into
 * the active cell (never over a non-empty one without asking).
 */
import { Button, Caption1, Combobox, Field, Option, Select, makeStyles, tokens } from "@fluentui/react-components";
import { ArrowEnter20Regular } from "@fluentui/react-icons";
import { useEffect, useState } from "react";
import { lookupKey } from "../data/normalize";
import type { Atlas } from "../domain/atlas";
import { evaluate } from "../functions/contract";
import { formulaText } from "../functions/formulas";
import { FUNCTION_SPECS, SPEC_BY_ID, type ArgSpec, type ArgValue } from "../functions/registry";
import type { ActiveCell, Workbook, WriteOutcome } from "../office/workbook";
import { resultFormat, resultSize, showResult } from "./formats";
import { argHelp, argLabel, useT } from "./i18n";
import { ValueGrid } from "./ValueGrid";
import { WriteStatus } from "./WriteStatus";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  formula: { fontFamily: tokens.fontFamilyMonospace, wordBreak: "break-all", padding: tokens.spacingHorizontalS, backgroundColor: tokens.colorNeutralBackground3, borderRadius: tokens.borderRadiusMedium },
  result: { fontFamily: tokens.fontFamilyMonospace, fontSize: tokens.fontSizeBase400 },
  error: { color: tokens.colorPaletteRedForeground1 },
  combo: { width: "100%" },
});

export interface Preset {
  id: string;
  args: string[];
}

const MAX_OPTIONS = 60;

/** What a typed argument becomes: numbers for "raw" arguments typed as digits (years), text otherwise. */
function argValue(text: string, kind: ArgSpec["kind"]): ArgValue {
  const s = text.trim();
  if (s === "") return null;
  if (kind !== "text" && /^[-+]?\d+(\.\d+)?$/.test(s)) return Number(s);
  return s;
}


export function FormulaBuilder({ atlas, workbook, active, preset, onWritten }: { atlas: Atlas; workbook: Workbook; active: ActiveCell | undefined; preset?: Preset; onWritten: () => void }) {
  const styles = useStyles();
  const { t, lang } = useT();
  const [id, setId] = useState(preset?.id ?? FUNCTION_SPECS[0].id);
  const [texts, setTexts] = useState<string[]>(preset?.args ?? []);
  const [outcome, setOutcome] = useState<WriteOutcome>();
  useEffect(() => {
    if (preset) {
      setId(preset.id);
      setTexts(preset.args);
      setOutcome(undefined);
    }
  }, [preset]);
  const spec = SPEC_BY_ID.get(id) ?? FUNCTION_SPECS[0];
  const values = spec.args.map((a, i) => argValue(texts[i] ?? "", a.kind));
  const formula = formulaText({ id: spec.id, args: values });
  const result = evaluate(spec, atlas, values);
  // An empty required argument is said in the pane's language; other failures are the function's own message, as Excel shows it.
  const missing = spec.args.find((a, i) => !a.optional && values[i] === null);

  function setArg(i: number, text: string) {
    const next = [...texts];
    next[i] = text;
    setTexts(next);
    setOutcome(undefined);
  }

  async function insert(options: { at?: { row: number; col: number }; overwrite?: boolean } = {}) {
    if (!result.ok) return;
    setOutcome(undefined);
    // The result's whole spill area is checked, and the cell carries the figure's format (a rate as %).
    const r = await workbook.insertFormula(formula, { ...options, size: resultSize(result.value), format: resultFormat(atlas, spec, formula, result.value) });
    setOutcome(r);
    if (r.status === "written") onWritten();
  }

  return (
    <section className={styles.root} aria-label={t.tabFormula}>
      <Field label={t.fn} hint={spec.help[lang]}>
        <Select
          value={spec.id}
          onChange={(_, d) => {
            setId(d.value);
            setTexts([]);
            setOutcome(undefined);
          }}
        >
          {FUNCTION_SPECS.map((s) => (
            <option key={s.id} value={s.id}>
              {s.id}
            </option>
          ))}
        </Select>
      </Field>
      {spec.args.map((arg, i) => {
        const before = values.slice(0, i);
        const choices = arg.choices ? arg.choices(atlas, before) : [];
        const typed = lookupKey(texts[i] ?? "");
        const shown = choices.filter((c) => typed === "" || lookupKey(`${c.value} ${c.label}`).includes(typed) || lookupKey(String(c.value)) === typed).slice(0, MAX_OPTIONS);
        return (
          <Field key={`${spec.id}:${arg.name}`} label={lang === "zh" ? { children: <>{argLabel(lang, arg.name, arg.optional === true)} <span translate="no">{arg.name}</span></> } : argLabel(lang, arg.name, arg.optional === true)} hint={argHelp(lang, arg)}>
            <Combobox
              translate="no"
              className={styles.combo}
              freeform
              value={texts[i] ?? ""}
              selectedOptions={texts[i] ? [texts[i]] : []}
              onChange={(e) => setArg(i, e.target.value)}
              onOptionSelect={(_, d) => d.optionValue !== undefined && setArg(i, d.optionValue)}
              placeholder={choices.slice(0, 3).map((c) => c.value).join(", ")}
            >
              {shown.map((c) => (
                <Option key={String(c.value)} value={String(c.value)} text={String(c.value)}>
                  {c.label}
                </Option>
              ))}
            </Combobox>
          </Field>
        );
      })}
      <Field label={t.formula}>
        <code className={styles.formula} aria-label={t.formula} translate="no">
          {formula}
        </code>
      </Field>
      <Field label={t.result}>
        <output className={result.ok ? styles.result : styles.error} aria-live="polite" aria-label={t.result} translate="no">
          {result.ok ? Array.isArray(result.value) ? <ValueGrid rows={result.value} label={t.result} /> : showResult(result.value) : missing ? t.argRequired(argLabel(lang, missing.name, false)) : result.failure.message}
        </output>
      </Field>
      <div>
        <Button appearance="primary" icon={<ArrowEnter20Regular />} disabled={!result.ok || !active} onClick={() => void insert()}>
          {active ? t.insertFormula(active.address) : t.insertFormulaShort}
        </Button>
      </div>
      <WriteStatus outcome={outcome} retry={(options) => void insert(options)} onCancel={() => setOutcome(undefined)} />
      <Caption1>
        {t.example}: <code translate="no">{spec.example}</code>
      </Caption1>
    </section>
  );
}
