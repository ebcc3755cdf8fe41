/**
 * Periods as analysts type them that the report does not use for the figure asked. The report's capex and
 * market sizes are by calendar year and quarter (L1296 腾讯 "2025年Q1"; L1385 "2022年…2024年"), while NVIDIA's
 * results are by fiscal period (L150 "FY25Q3", L1393 "2025财年"). A fiscal "FY2024" asked of calendar figures is
 * #N/A saying the figures are calendar periods and how to ask for one, not only a list that seems to contain
 * it; a half-year H3 is no half-year whichever way it is typed. Written from the report's lines.
 */
import { installCustomFunctions, outcome } from "../../support/custom-functions";

installCustomFunctions();
// eslint-disable-next-line @typescript-eslint/no-require-imports -- after the CustomFunctions global exists
const fns = require("../../../src/functions/functions") as Record<string, (...args: unknown[]) => unknown>;
const call = (f: string, ...args: unknown[]) => outcome(() => fns[f](...args));
const calendarHint = (fy: string, cy: string) => ({
  error: "#N/A",
  message: expect.stringContaining(`Those are calendar periods: a fiscal ${fy} is not read as calendar ${cy}; type ${cy} for the calendar period.`),
});

test.each([
  ["capexValue", ["Tencent", "FY2024"], "FY2024", "2024"],
  ["capexValue", ["腾讯", "FY2025Q1"], "FY2025Q1", "2025Q1"],
  ["capexValue", ["Alibaba", "FY24"], "FY2024", "2024"],
  ["atlasValue", ["Tencent", "capex", "FY2024", null], "FY2024", "2024"],
  ["capexYoy", ["Tencent", "FY2024"], "FY2024", "2024"],
  ["marketSize", ["Global ASIC market", "FY2024", null], "FY2024", "2024"],
])("%s(%j): #N/A with a calendar-period hint", (f, args, fy, cy) => {
  expect(call(f, ...args)).toEqual(calendarHint(fy, cy));
});

test("the calendar year the hint names answers: Tencent 2024 capex", () => {
  expect(call("capexValue", "Tencent", "2024")).toEqual({ value: expect.any(Number) });
});

test("NVIDIA's fiscal figures (L150: FY25Q3, read as FY2026Q1, Q27) get no calendar hint", () => {
  const out = call("atlasValue", "NVIDIA", "revenue", "FY2024", null) as { error?: string; message?: string };
  expect(out.message ?? "").not.toMatch(/calendar periods/);
});

test("YoY growth of a half-year says YoY needs a year or a quarter (not that QoQ needs a quarter)", () => {
  expect(call("capexYoy", "Tencent", "2025H1")).toEqual({ error: "#VALUE!", message: expect.stringMatching(/^YoY growth needs a year such as 2024 or a quarter/) });
  expect(call("capexQoq", "Tencent", "2025H1")).toEqual({ error: "#VALUE!", message: expect.stringMatching(/^QoQ growth needs a quarter/) });
});

test.each(["2025H3", "2025年H3"])("%s: there is no half-year H3", (period) => {
  expect(call("capexValue", "Tencent", period)).toEqual({ error: "#VALUE!", message: "there is no half-year H3." });
});
