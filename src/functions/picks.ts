/** PICKS: the report's recommended stocks (建议关注), by segment. */
import { unnotedForm, type Atlas } from "../domain/atlas";
import { pickLists, picks, type PickRow } from "../domain/picks";
import { andThen, ok } from "../domain/result";
import { parseLanguage } from "../domain/suppliers";
import { listsExplanation } from "./suppliers";
import { answered, LANGUAGE_ARG, opt, type Choice, type FunctionSpec } from "./spec";

const pickSegmentChoices = (atlas: Atlas): Choice[] =>
  pickLists(atlas)
    .map((l) => atlas.entities.get(l.subject))
    .filter((e): e is NonNullable<typeof e> => e !== undefined)
    .map((e) => ({ value: atlas.formulaName(e), label: `${e.en ?? ""} ${e.zh ?? ""}`.trim() }));

export const PICKS_SPECS: readonly FunctionSpec[] = [
  {
    id: "PICKS",
    family: "PICKS",
    help: { en: "The report's recommended stocks: one segment's names, or segment and name for all", zh: "报告推荐标的（按环节）" },
    example: '=PICKS("PCB")',
    shape: "table",
    doc: "The report's recommended stocks (建议关注): one segment's names down a column, or, with no segment, a header row then segment and company for every pick. Segments: Servers, Compute chips, PCB, Copper / optical interconnect, Power and thermal management, Brands and ODM, SoC, Memory, Channels. Example: =PICKS(\"PCB\") spills the six PCB picks.",
    returns: "One company per row (with its segment when no segment is given).",
    args: [
      {
        name: "segment",
        kind: "text",
        optional: true,
        help: '"Servers", "PCB", "Compute chips", "存储" ...; empty for all with their segment',
        choices: pickSegmentChoices,
        zh: '可选：环节，如 "Servers"、"PCB"、"Compute chips"、"存储"；留空为全部（附环节）',
      },
      LANGUAGE_ARG,
    ],
    ...answered(
      (atlas, [segment, language]) => andThen(parseLanguage(opt(language)), (lang) => andThen(picks(atlas, opt(segment)), (rows) => ok({ rows, lang }))),
      ({ rows, lang }, _atlas, [segment]) => {
        const name = (r: PickRow) => (lang === "en" ? (r.entity.en ?? r.printed) : lang === "zh" ? (r.entity.zh ?? r.printed) : r.printed);
        if (segment !== null) return rows.map((r) => [name(r)]);
        // A segment as the report heads it: without the note that keeps its name apart from another thing's
        // ("Channels (picks)" is printed 渠道商, L29; PICKS("Channels") reads it back).
        const plain = (s: string) => unnotedForm(s) ?? s;
        return [["segment", "company"], ...rows.map((r) => [plain(lang === "zh" ? (r.segment.zh ?? "") : (r.segment.en ?? r.segment.zh ?? "")), name(r)])];
      },
      ({ rows }, atlas, [segment]) => {
        const segments = new Set(rows.map((r) => r.segment.id));
        return listsExplanation(
          opt(segment) ?? "",
          pickLists(atlas).filter((l) => segments.has(l.subject)),
          rows.length,
        );
      },
    ),
  },
];
