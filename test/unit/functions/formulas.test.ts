/** Formulas as text: writing the formula that answers a fact; the front end reads it back to evaluate it. */
import { Atlas } from "../../../src/domain/atlas";
import { literalCall } from "../../../src/formula";
import { evaluateStandalone } from "../../../src/formula/atlas";
import { formulaForFact, formulaText } from "../../../src/functions/formulas";
import { testCatalog } from "../../support/catalog";

const atlas = new Atlas(testCatalog());

test("formulaText writes what the formula front end reads back", () => {
  const call = { id: "ATLAS.VALUE", args: ['say "hi"', "metric", null, "v"] };
  expect(literalCall(formulaText(call), new Set(["ATLAS.VALUE"]))).toEqual(call);
  expect(formulaText({ id: "SUPPLIERS", args: ["NVQD", null] })).toBe('=SUPPLIERS("NVQD")');
});

describe("formulaForFact", () => {
  test("a chip spec is answered by AICHIP.SPEC, and the formula gives the fact's value", () => {
    const fact = atlas.catalog.facts.find((f) => f.entity === "ascend-910c" && f.metric === "fp16" && f.preferred);
    expect(fact).toBeDefined();
    const formula = formulaForFact(atlas, fact!);
    expect(formula).toMatch(/^=AICHIP\.SPEC\(/);
    expect(evaluateStandalone(atlas, formula!)).toEqual({ ok: true, value: 800 });
  });

  test("a capex level is answered by ATLAS.VALUE with its period", () => {
    const fact = atlas.catalog.facts.find((f) => f.entity === "tencent" && f.metric === "capex" && f.period === "2024");
    expect(formulaForFact(atlas, fact!)).toBe('=ATLAS.VALUE("Tencent","capex","2024")');
  });

  test("every formula it writes evaluates to the fact's own value", () => {
    let written = 0;
    for (const fact of atlas.catalog.facts) {
      const formula = formulaForFact(atlas, fact);
      if (!formula) continue;
      written++;
      // A rate is a fraction in the cell: the report's 221% is 2.21.
      const shown = fact.value === undefined ? fact.text : fact.unit === "%" || fact.unit === "pct" ? Number((fact.value / 100).toPrecision(12)) : fact.value;
      expect(evaluateStandalone(atlas, formula)).toEqual({ ok: true, value: shown });
    }
    expect(written).toBeGreaterThan(atlas.catalog.facts.length * 0.8);
  });

  test("a range has no single-value formula", () => {
    const range = atlas.catalog.facts.find((f) => f.low !== undefined);
    expect(formulaForFact(atlas, range!)).toBeUndefined();
  });
});
