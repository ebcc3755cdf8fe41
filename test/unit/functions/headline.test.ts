/**
 * The three headline functions as Excel calls them: values, aliases, and every error path, with the
 * error code and message a user would see.
 */
import { installCustomFunctions, outcome, type AsExcelCalls } from "../../support/custom-functions";

installCustomFunctions();
// eslint-disable-next-line @typescript-eslint/no-require-imports -- after the CustomFunctions global exists
const fns = require("../../../src/functions/functions") as AsExcelCalls<typeof import("../../../src/functions/functions")>;

describe("AICHIP.SPEC", () => {
  test.each([
    ["910C", "FP16", 800],
    ["Ascend 910C", "fp16", 800],
    ["昇腾910C", "FP16", 800],
    ["ＡＳＣＥＮＤ　９１０Ｃ", "ＦＰ１６", 800],
    [" ascend-910c ", " FP16 ", 800],
    ["910B", "FP16", 320],
    ["910B", "TDP", 310],
  ])("%s %s = %p", (chip, metric, expected) => {
    expect(outcome(() => fns.aichipSpec(chip, metric))).toEqual({ value: expected });
  });

  test.each([
    ["Trainium2", "INT8", 1300],
    ["Trn2", "BF16", 650],
    ["B300", "TDP", 1400],
    ["A100", "TDP", 400],
    ["910B", "bandwidth", 1.6],
    ["910B", "interconnect", 400],
    ["910C", "INT8", 1504],
  ])("conflicts answer with the preferred figure: %s %s = %p", (chip, metric, expected) => {
    expect(outcome(() => fns.aichipSpec(chip, metric))).toEqual({ value: expected });
  });

  test("a figure the report gives only as sparse needs the user to ask for it", () => {
    const r = outcome(() => fns.aichipSpec("H100", "FP16"));
    // L1558 prints 1979 without saying it is sparse (Q07): the message says it is read so, not printed so.
    expect(r).toMatchObject({ error: "#N/A", message: expect.stringMatching(/only as 1979 TFLOPS \(line 1558.*read as sparse \(the report does not say so.*add "sparse"/) });
    expect(outcome(() => fns.aichipSpec("H100", "FP16", "sparse"))).toEqual({ value: 1979 });
  });

  test("a named variant selects that variant's figure (910B OAM in the card table)", () => {
    expect(outcome(() => fns.aichipSpec("910B", "FP16", "910B OAM"))).toEqual({ value: 376 });
  });

  test("a range needs low or high, and says so", () => {
    const r = outcome(() => fns.aichipSpec("B30", "FP16"));
    expect(r).toMatchObject({ error: "#N/A" });
    expect((r as { message: string }).message).toMatch(/range, 80–100 TFLOPS.*"low" or "high"/);
    expect(outcome(() => fns.aichipSpec("B30", "FP16", "low"))).toEqual({ value: 80 });
    expect(outcome(() => fns.aichipSpec("B30", "FP16", "high"))).toEqual({ value: 100 });
  });

  test.each([
    ["910X", "FP16", "#N/A", /Unknown chip "910X".*Did you mean "910[BCD]"/],
    ["910C", "FP17", "#N/A", /Unknown metric .* "FP17".*Did you mean "FP16"/],
    ["910C", "FP64", "#N/A", /no .*FP64.*The report gives:/],
    ["NVIDIA", "FP16", "#N/A", /company; name one of its chips: .*H100/],
    ["", "FP16", "#VALUE!", /chip is required/],
    ["910C", "", "#VALUE!", /metric is required/],
    [true, "FP16", "#VALUE!", /chip must be text, not TRUE/],
  ])("(%p, %p) -> %s", (chip, metric, code, message) => {
    const r = outcome(() => fns.aichipSpec(chip as string, metric));
    expect(r).toMatchObject({ error: code });
    expect((r as { message: string }).message).toMatch(message);
  });
});

describe("CAPEX.CAGR", () => {
  test.each([
    ["Tencent", 2020, 2024, 0.2259],
    ["腾讯", 2020, 2024, 0.2259],
    ["tencent", "2020", "2024", 0.2259],
    ["Alibaba", 2021, 2024, 0.1358],
    ["BAT", 2022, 2024, 0.5134],
  ])("%s %p-%p ≈ %p", (company, start, end, expected) => {
    const r = outcome(() => fns.capexCagr(company, start as number, end as number));
    expect(r).toHaveProperty("value");
    expect((r as { value: number }).value).toBeCloseTo(expected, 4);
  });

  test.each([
    ["Tencent", 2020, 2020, "#NUM!", undefined],
    ["Tencent", 2024, 2020, "#VALUE!", /end_year \(2020\) must come after start_year \(2024\)/],
    ["Tencent", 2021, 2024, "#N/A", /no Tencent.*capex for 2021.*It gives: .*2020.*2024/],
    ["Tencnet", 2020, 2024, "#N/A", /Unknown company with capex figures "Tencnet".*Did you mean "Tencent"/],
    ["NVIDIA", 2020, 2024, "#N/A", /"NVIDIA" is a company the report has no such figures for. Try: .*Tencent/],
    ["Tencent", "abc", 2024, "#VALUE!", /start_year must be a year/],
    ["Tencent", 2020.5, 2024, "#VALUE!", /start_year must be a year/],
    ["Tencent", null, 2024, "#VALUE!", /start_year is required/],
  ])("(%p, %p, %p) -> %s", (company, start, end, code, message) => {
    const r = outcome(() => fns.capexCagr(company, start as number, end as number));
    expect(r).toMatchObject({ error: code });
    if (message) expect((r as { message: string }).message).toMatch(message);
  });
});

describe("SUPPLIERS", () => {
  test("NVQD spills the 12 names as printed, in the report's order", () => {
    const r = outcome(() => fns.suppliers("NVQD")) as { value: string[][] };
    expect(r.value).toHaveLength(12);
    expect(r.value.every((row) => row.length === 1)).toBe(true);
    expect(r.value[0]).toEqual(["双鸿科技"]);
    expect(r.value.flat()).toContain("Lead Wealth");
  });

  test.each([
    ["UQD", 10],
    ["uqd", 10],
    ["MGX 1400A Busbar", 7],
    ["High Speed Cable", 7],
    ["高速铜缆", 7],
    ["CDU", 4],
  ])("%s spills %d names", (component, n) => {
    const r = outcome(() => fns.suppliers(component)) as { value: string[][] };
    expect(r.value).toHaveLength(n);
  });

  test("English names where known, the printed name otherwise", () => {
    const printed = (outcome(() => fns.suppliers("UQD")) as { value: string[][] }).value.flat();
    const english = (outcome(() => fns.suppliers("UQD", "en")) as { value: string[][] }).value.flat();
    expect(english).toHaveLength(printed.length);
    expect(english[printed.indexOf("富士康")]).toBe("Foxconn");
  });

  test.each([
    ["NVQQ", null, "#N/A", /Unknown component or segment "NVQQ".*Did you mean "NVQD"/],
    ["", null, "#VALUE!", /component is required/],
    ["NVQD", "fr", "#VALUE!", /language must be "en"/],
  ])("(%p, %p) -> %s", (component, language, code, message) => {
    const r = outcome(() => fns.suppliers(component, language as string));
    expect(r).toMatchObject({ error: code });
    expect((r as { message: string }).message).toMatch(message);
  });
});

describe("ATLAS.VALUE: a metric the report knows but gives no figure for here", () => {
  test.each([
    // Siyuan 590's table gives no power figure; TDP is a metric the report gives for other chips.
    ["Siyuan 590", "TDP", /^The report gives no Siyuan 590 Power \(TDP\)\. The report gives for Siyuan 590: .*\.$/],
    ["A800", "release year", /^The report gives no A800 Release year\. The report gives for A800: arch, .*\.$/],
  ])("(%p, %p) is #N/A saying what the report does give, not an unknown metric", (entity, metric, message) => {
    const r = outcome(() => fns.atlasValue(entity, metric));
    expect(r).toMatchObject({ error: "#N/A", message: expect.stringMatching(message) });
    expect((r as { message: string }).message).not.toMatch(/Unknown metric|Did you mean/);
  });

  test("a misspelt metric is still an unknown metric with a did-you-mean among the entity's own", () => {
    const r = outcome(() => fns.atlasValue("910C", "FP17"));
    expect(r).toMatchObject({ error: "#N/A", message: expect.stringMatching(/^Unknown metric for 910C "FP17"\. Did you mean "FP16".*The report gives for 910C: /) });
  });
});
