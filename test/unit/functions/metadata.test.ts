/**
 * What Excel reads about the functions, generated from the specs: functions.json as the metadata plugin
 * writes it from functions.ts (value lists as custom enums, a help URL per function), its Chinese twin
 * for zh-CN Excel, and the help pages the URLs open.
 */
import { join } from "path";
import { generateCustomFunctionsMetadata } from "custom-functions-metadata";
import { Atlas } from "../../../src/domain/atlas";
import { FUNCTION_SPECS } from "../../../src/functions/registry";
import { FUNCTIONS_FILE, HELP_BASE } from "../../../scripts/gen-functions";
import { helpPages, localizeMetadata, type Metadata } from "../../../scripts/excel-help";
import { testCatalog } from "../../support/catalog";

const atlas = new Atlas(testCatalog());
const han = (s: string) => (s.match(/\p{Script=Han}/gu) ?? []).length;
const latin = (s: string) => (s.match(/[A-Za-z]/g) ?? []).length;

type Declared = Metadata & {
  functions: (Metadata["functions"][number] & { parameters: { name: string; type?: string; customEnumId?: string; description?: string }[] })[];
  enums: NonNullable<Metadata["enums"]>;
};
let en: Declared;
let zh: Declared;

beforeAll(async () => {
  const generated = await generateCustomFunctionsMetadata([join(FUNCTIONS_FILE)], true);
  expect(generated.errors).toEqual([]);
  en = JSON.parse(generated.metadataJson);
  zh = localizeMetadata(en, atlas) as Declared;
}, 60_000);

test("every argument with a fixed set of values is a custom enum with exactly the spec's values; names stay free text", () => {
  for (const spec of FUNCTION_SPECS) {
    const declared = en.functions.find((f) => f.id === spec.id);
    spec.args.forEach((arg, i) => {
      const param = declared?.parameters[i];
      expect([spec.id, param?.name, param?.customEnumId]).toEqual([spec.id, arg.name, arg.enum?.id]);
      if (arg.enum) expect(en.enums.find((e) => e.id === arg.enum?.id)?.values.map((v) => v.stringValue)).toEqual(arg.enum.values(atlas).map((v) => v.value));
    });
  }
  const param = (id: string, name: string) => en.functions.find((f) => f.id === id)?.parameters.find((p) => p.name === name);
  expect(param("CAPEX.SERIES", "frequency")?.customEnumId).toBe("FREQUENCY");
  expect(param("MARKET.CAGR", "basis")?.customEnumId).toBe("BASIS");
  expect(param("AICHIP.SPEC", "metric")?.customEnumId).toBe("CHIP_METRIC");
  expect(en.enums.find((e) => e.id === "CHIP_METRIC")?.values.map((v) => v.stringValue)).toEqual(expect.arrayContaining(["FP16", "INT8", "TDP", "bandwidth"]));
  expect(param("AICHIP.SPEC", "chip")?.customEnumId).toBeUndefined();
  expect(param("CAPEX.VALUE", "company")?.customEnumId).toBeUndefined();
});

test("both metadata files list the same functions, ids, names and parameters", () => {
  expect(zh.functions.map((f) => [f.id, f.name, f.parameters.map((p) => p.name)])).toEqual(en.functions.map((f) => [f.id, f.name, f.parameters.map((p) => p.name)]));
  expect(en.functions.map((f) => f.id)).toEqual(FUNCTION_SPECS.map((s) => s.id));
  expect(zh.enums.map((e) => [e.id, e.values.map((v) => [v.name, v.stringValue])])).toEqual(en.enums.map((e) => [e.id, e.values.map((v) => [v.name, v.stringValue])]));
});

test("English descriptions and parameter help are English; Chinese ones are Chinese; none is empty", () => {
  for (const [f, g] of en.functions.map((f, i) => [f, zh.functions[i]] as const)) {
    for (const text of [f.description ?? "", ...f.parameters.map((p) => p.description ?? "")]) {
      expect([f.id, text.length > 3, latin(text) > han(text)]).toEqual([f.id, true, true]);
    }
    for (const text of [g.description ?? "", ...g.parameters.map((p) => p.description ?? "")]) {
      expect([g.id, text, han(text) > 0]).toEqual([g.id, text, true]);
    }
  }
  for (const e of zh.enums) for (const v of e.values) expect(han(v.tooltip ?? "")).toBeGreaterThan(0);
});

test("every function has a help URL to a page the add-in serves, in its language", () => {
  const pages = helpPages(atlas);
  for (const [meta, prefix] of [
    [en, ""],
    [zh, "zh/"],
  ] as const) {
    for (const f of meta.functions) {
      expect(f.helpUrl).toBe(`${HELP_BASE}${prefix}${f.id}.html`);
      expect(pages.has(`${prefix}${f.id}.html`)).toBe(true);
    }
  }
});

describe("help pages", () => {
  const pages = helpPages(atlas);
  test.each(FUNCTION_SPECS.map((s) => [s.id, s] as const))("%s: signature, arguments, example with its answer, errors, in both languages", (id, spec) => {
    const page = pages.get(`${id}.html`) ?? "";
    const zhPage = pages.get(`zh/${id}.html`) ?? "";
    for (const p of [page, zhPage]) {
      expect(p).toContain(`<code>${id}(`);
      for (const a of spec.args) expect(p).toContain(`<code>${a.name}</code>`);
      expect(p).toContain(spec.example.replace(/&/g, "&amp;").replace(/"/g, "&quot;"));
      if (spec.args.length > 0) expect(p).toMatch(/#(N\/A|VALUE!|NUM!)/);
    }
    expect(zhPage).toContain(spec.help.zh);
    for (const a of spec.args) if (a.enum) for (const v of a.enum.values(atlas)) expect(page).toContain(`<code>${v.value}</code>`);
  });

  test("the answers shown are the functions' answers", () => {
    expect(pages.get("AICHIP.SPEC.html")).toMatch(/AICHIP\.SPEC\(&quot;910C&quot;,&quot;FP16&quot;\)<\/code><\/td><td>800</);
    expect(pages.get("CAPEX.CAGR.html")).toMatch(/<td>0\.22/);
    expect(pages.get("AICHIP.SPEC.html")).toMatch(/910CZ9.*#N\/A/s);
  });
});
