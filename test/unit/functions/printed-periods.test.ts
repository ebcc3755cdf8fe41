/**
 * A period typed as the report prints it, where the data files the figure under the corrected period: the
 * report's L150 "英伟达FY25Q3营收441亿美元" is NVIDIA's FY2026 first quarter (results of 29 May 2025; the
 * report's mislabel, DATA-MAP Q27). Asked for FY25Q3, ATLAS.VALUE does not answer 441 under that label (an
 * analyst meaning the real FY2025Q3 would get another quarter's revenue) but says where the figure is.
 * (Found from the outside: the message said only that the report gives no FY2025Q3 revenue.)
 */
import { installCustomFunctions, outcome, type AsExcelCalls } from "../../support/custom-functions";

installCustomFunctions();
// eslint-disable-next-line @typescript-eslint/no-require-imports -- after the CustomFunctions global exists
const fns = require("../../../src/functions/functions") as AsExcelCalls<typeof import("../../../src/functions/functions")>;

describe("a period as the report mislabels it", () => {
  test.each(["FY25Q3", "fy25q3", "FY2025Q3", " FY 25Q3 "])("ATLAS.VALUE(NVIDIA, revenue, %p) says the figure is FY2026Q1's, line 150", (period) => {
    expect(outcome(() => fns.atlasValue("NVIDIA", "revenue", period))).toEqual({
      error: "#N/A",
      message: expect.stringMatching(/prints .*441.* as "FY25Q3" \(line 150\), which is FY2026Q1: ask for FY2026Q1\./),
    });
  });

  test("the corrected period answers", () => {
    const answer = outcome(() => fns.atlasValue("NVIDIA", "revenue", "FY26Q1"));
    expect("value" in answer && typeof answer.value === "number").toBe(true);
  });

  test("another missing period gets no such sentence", () => {
    const answer = outcome(() => fns.atlasValue("NVIDIA", "revenue", "FY2024"));
    expect(answer).toEqual({ error: "#N/A", message: expect.not.stringContaining("prints") });
    // (The whole message, for the reader of a failure.)
    expect(outcome(() => fns.atlasValue("NVIDIA", "revenue", "FY25Q3"))).toMatchObject({ message: expect.stringContaining("The report gives no NVIDIA") });
  });
});
