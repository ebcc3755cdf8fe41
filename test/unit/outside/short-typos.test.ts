/**
 * "Did you mean" for a short name offers only names that have something in common with it: two edits from
 * a two-character name is a different name altogether (=AICHIP.SPEC("910C",42) was told "大类", "接口", "算力";
 * "H0" was told "D1" and "B30" beside "H20"). The message still says what the chip has.
 */
import { installCustomFunctions, outcome } from "../../support/custom-functions";

installCustomFunctions();
// eslint-disable-next-line @typescript-eslint/no-require-imports -- after the CustomFunctions global exists
const fns = require("../../../src/functions/functions") as Record<string, (...args: unknown[]) => unknown>;
const spec = (...args: unknown[]) => outcome(() => fns.aichipSpec(...args));

test("a number as the metric: #N/A listing what 910C has (FP16, line 1683), no unrelated suggestion", () => {
  for (const metric of [42, "42", "4"]) {
    const got = spec("910C", metric, null);
    expect(got).toEqual({ error: "#N/A", message: expect.stringMatching(/^Unknown metric for 910C "4/) });
    expect(got).toEqual({ error: "#N/A", message: expect.not.stringContaining("Did you mean") });
    expect(got).toEqual({ error: "#N/A", message: expect.stringContaining("FP16") });
  }
});

test.each([
  ["H0", "H20"],
  ["B0", "B30"],
  ["TD", "TDP"],
])("%j suggests %j, and nothing two edits away", (typed, meant) => {
  const got = typed === "TD" ? spec("H100", typed, null) : spec(typed, "TDP", null);
  expect(got).toEqual({ error: "#N/A", message: expect.stringContaining(`"${meant}"`) });
  expect(got).toEqual({ error: "#N/A", message: expect.not.stringMatching(/"D1"|"谷歌"|"H20", "B30"/) });
});
