/** The Share tab's glue: the version check on open, recalculate-and-restamp, the inspector's fixes. */
import type { Catalog } from "../../../src/data/catalog";
import { Atlas } from "../../../src/domain/atlas";
import { MemoryWorkbook } from "../../../src/office/memory";
import { STAMP_SETTING } from "../../../src/office/workbook";
import { parseStamp } from "../../../src/sharing/stamp";
import { atlasEvaluator } from "../../../src/formula/atlas";
import { checkVersion, compareVersions, findErrors, fixedFormula, recalculateAndStamp } from "../../../src/taskpane/sharing";
import { testCatalog } from "../../support/catalog";

const atlas = new Atlas(testCatalog());
const newer = (() => {
  const c: Catalog = structuredClone(atlas.catalog);
  c.version = "9.9.9";
  c.contentHash = "newer";
  c.facts.find((f) => f.entity === "ascend-910c" && f.metric === "fp16" && f.preferred)!.value = 900;
  return new Atlas(c);
})();

function book(cells: Record<string, string>) {
  const wb = new MemoryWorkbook(atlasEvaluator(atlas), () => Promise.resolve());
  wb.load({ sheets: [{ name: "Model", cells }] });
  return wb;
}

test("an unstamped workbook with add-in formulas is stamped on open; one without any is left alone", async () => {
  const plain = book({ A1: "=1+1" });
  await expect(checkVersion(atlas, plain)).resolves.toEqual({ kind: "none" });
  await expect(plain.getSetting(STAMP_SETTING)).resolves.toBeUndefined();

  const wb = book({ B1: '=AICHIP.SPEC("910C","FP16")' });
  await expect(checkVersion(atlas, wb)).resolves.toEqual({ kind: "current" });
  expect(parseStamp(await wb.getSetting(STAMP_SETTING))?.dataVersion).toBe(atlas.catalog.version);
  await expect(checkVersion(atlas, wb)).resolves.toEqual({ kind: "current" });
});

test("opened by a newer bundle: what changed, and after recalculating, nothing", async () => {
  const wb = book({ A1: "910C", B1: '=AICHIP.SPEC(A1,"FP16")', B2: '=AICHIP.SPEC("910B","FP16")' });
  await checkVersion(atlas, wb);
  const check = await checkVersion(newer, wb);
  if (check.kind !== "older") throw new Error(`expected older, got ${check.kind}`);
  expect(check.diff.changes).toEqual([{ sheet: "Model", address: "B1", text: 'AICHIP.SPEC(A1,"FP16")', before: { value: 800 }, after: { value: 900 } }]);
  await expect(recalculateAndStamp(newer, wb)).resolves.toEqual({ formulas: 2, stamped: true });
  expect(wb.calculations).toBe(1);
  await expect(checkVersion(newer, wb)).resolves.toEqual({ kind: "current" });
});

test("a fix rewrites the quoted argument inside the call only; a bad name typed in another cell gets no formula fix", async () => {
  const wb = book({ A1: "NVQQ", B1: '=ROUND(AICHIP.SPEC("910X","FP16"),0)&"910X"', B2: "=SUPPLIERS(A1)", B3: '=IFERROR(AICHIP.SPEC("910X","FP16"),"n/a")' });
  const findings = await findErrors(atlas, wb);
  // B3's error is caught by IFERROR: the cell shows "n/a" as its author meant, so it is no finding.
  expect(findings.map((f) => f.address)).toEqual(["B1", "B2"]);
  const fixed = fixedFormula(findings[0]);
  expect(fixed).toMatch(/^=ROUND\(AICHIP\.SPEC\("910[BCD]","FP16"\),0\)&"910X"$/);
  expect(findings[1].fix).toEqual({ replace: "NVQQ", with: "NVQD" });
  expect(fixedFormula(findings[1])).toBeUndefined();
});

test("a workbook stamped by a newer add-in is not offered a recalculation back to older data", async () => {
  const wb = book({ B1: '=AICHIP.SPEC("910C","FP16")' });
  await checkVersion(newer, wb);
  await expect(checkVersion(atlas, wb)).resolves.toEqual({ kind: "newer", version: "9.9.9" });
  expect([compareVersions("0.10.0", "0.9.2") > 0, compareVersions("1.0", "1.0.0"), compareVersions("0.1.0", "0.2.0") < 0]).toEqual([true, 0, true]);
});
