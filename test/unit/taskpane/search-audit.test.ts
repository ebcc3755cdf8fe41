/** Search across datasets and names, and the cell audit's explanation of a formula. */
import { Atlas } from "../../../src/domain/atlas";
import { SearchIndex } from "../../../src/domain/search";
import { auditFormula } from "../../../src/taskpane/audit";
import { formulaFor } from "../../../src/taskpane/Browse";
import { testCatalog } from "../../support/catalog";

const atlas = new Atlas(testCatalog());
const index = new SearchIndex(atlas);
const first = (q: string) => {
  const hit = index.search(q)[0];
  if (!hit) return undefined;
  return hit.kind === "dataset" ? `dataset:${hit.dataset.id}` : hit.kind === "entity" ? `${hit.entity.type}:${hit.entity.id}` : hit.kind;
};

describe("search", () => {
  test.each([
    ["910C", "chip:ascend-910c"],
    ["昇腾910C", "chip:ascend-910c"],
    ["ascend 910c", "chip:ascend-910c"],
    ["ＮＶＱＤ", "component:nvqd"],
    ["腾讯", "company:tencent"],
    ["Tencent", "company:tencent"],
    ["CRWV", "company:coreweave"],
    ["tencent capex", "dataset:tencent_capex_annual"],
  ])("%s -> %s first", (q, expected) => {
    expect(first(q)).toBe(expected);
  });

  test("datasets match their Chinese titles; nothing matches nonsense; an empty query finds nothing", () => {
    expect(index.search("液冷").some((h) => h.kind === "dataset")).toBe(true);
    expect(index.search("zzzqqq")).toEqual([]);
    expect(index.search("  ")).toEqual([]);
  });

  test("datasets about an entity, and the formula the pane offers for it", () => {
    expect(index.datasetsAbout("ascend-910c").map((d) => d.id)).toContain("ascend_910c_vs_910b");
    expect(formulaFor(atlas, atlas.entities.get("ascend-910c")!)).toEqual({ id: "AICHIP.SPEC", args: ["910C"] });
    expect(formulaFor(atlas, atlas.entities.get("nvqd")!)?.id).toBe("SUPPLIERS");
    expect(formulaFor(atlas, atlas.entities.get("tencent")!)?.id).toBe("CAPEX.CAGR");
  });
});

describe("cell audit", () => {
  test("a chip spec: what, value, source line and sentence, and the other figure of its conflict", () => {
    const audit = auditFormula(atlas, '=AICHIP.SPEC("910C","FP16")', "800", "en");
    if (audit.kind !== "fact") throw new Error(audit.kind);
    expect(audit.value).toBe(800);
    expect(audit.what).toMatch(/910C · FP16/);
    expect(audit.figure.source.line).toBe(1683);
    expect(audit.figure.source.sentence).toBe(atlas.catalog.lines["1683"]);
    expect(audit.figure.source.section?.id).toBe("2.3.3");
    expect(audit.figure.chosen).toBe(true);
    expect(audit.others.map((f) => [f.figure, f.source.line])).toEqual([["752–800 TFLOPS", 1703]]);
    expect(audit.conflict?.id).toBe("910C_FP16");
  });

  test("a table cell's formula shows its printed table row", () => {
    const audit = auditFormula(atlas, '=AICHIP.SPEC("910B","FP16","910B OAM")', "376", "zh");
    if (audit.kind !== "fact") throw new Error(audit.kind);
    expect(audit.figure.source.tableRow?.[1]).toBe("376T");
    expect(audit.others.some((f) => f.fact.value === 320 && f.preferred)).toBe(true);
  });

  test("CAPEX.CAGR shows how it is computed from two sourced figures", () => {
    const audit = auditFormula(atlas, '=CAPEX.CAGR("Tencent",2020,2024)', "0.2259", "en");
    if (audit.kind !== "derived") throw new Error(audit.kind);
    expect(audit.inputs.map((f) => f.fact.period)).toEqual(["2020", "2024"]);
    expect(audit.method).toMatch(/line \d+/);
  });

  test("SUPPLIERS shows the list as printed with its line", () => {
    const audit = auditFormula(atlas, '=SUPPLIERS("NVQD")', "", "en");
    if (audit.kind !== "list") throw new Error(audit.kind);
    expect(audit.count).toBe(12);
    expect(audit.lists[0].source.line).toBe(audit.lists[0].list.line);
  });

  test("empty cells, other formulas and errors", () => {
    expect(auditFormula(atlas, "", "", "en")).toEqual({ kind: "empty" });
    expect(auditFormula(atlas, "=A1+1", "2", "en")).toMatchObject({ kind: "notOurs" });
    expect(auditFormula(atlas, '=AICHIP.SPEC("910X","FP16")', "#N/A", "en")).toMatchObject({ kind: "error", message: expect.stringMatching(/Did you mean/) });
  });
});
