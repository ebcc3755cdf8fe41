/**
 * AICHIP.METRICS of a product lists each metric's default figure; where the report gives a metric only for
 * one printed variant of it, the row says which. L1575-1583, the domestic-card table, prints "910B OAM"
 * (FP16 376T, 整机8卡 约3P, 342台), while 910B's own FP16 is 320 (L1682): a card saying 320 per chip beside
 * "3000 TFLOPS for 8 cards" without the variant reads as 8 × 375. Written from the report's lines.
 */
import { installCustomFunctions, outcome } from "../../support/custom-functions";

installCustomFunctions();
// eslint-disable-next-line @typescript-eslint/no-require-imports -- after the CustomFunctions global exists
const fns = require("../../../src/functions/functions") as Record<string, (...args: unknown[]) => unknown>;
const rows = (chip: string) => (outcome(() => fns.aichipMetrics(chip)) as { value: unknown[][] }).value;
const row = (chip: string, value: unknown) => rows(chip).find((r) => r[1] === value);

test("910B: FP16 320 (its own figure, L1682) and the OAM's 8-card figures labelled as the OAM's", () => {
  expect(row("910B", 320)).toEqual(["FP16", 320, "TFLOPS"]);
  expect(row("910B", 3000)).toEqual(["8-card server compute, 910B OAM", 3000, "TFLOPS"]);
  expect(row("910B", 342)).toEqual(["8-card servers per 1000 PFLOPS (report's count), 910B OAM", 342, "count"]);
});

test("910B OAM named as the chip: its own figures, no variant in the labels (FP16 376, L1576)", () => {
  expect(row("910B OAM", 376)).toEqual(["FP16", 376, "TFLOPS"]);
  expect(row("910B OAM", 3000)).toEqual(["8-card server compute", 3000, "TFLOPS"]);
});

test("a chip with no variants keeps plain labels (MLU370-X8, L1576-1583)", () => {
  expect(
    rows("MLU370-X8")
      .map((r) => r[0])
      .filter((l) => String(l).includes(",")),
  ).toEqual([]);
});

test.each([
  ["910B", "8-card server compute, 910B OAM", 3000],
  ["910B", "bandwidth, 910B OAM", 1.6],
  ["A100", "INT8, A100 80GB PCIe", 642],
])("a METRICS label typed back: AICHIP.SPEC(%j, %j) = %d", (chip, label, want) => {
  expect(outcome(() => fns.aichipSpec(chip, label, null))).toEqual({ value: want });
  const sources = (outcome(() => fns.aichipSources(chip, label)) as { value: unknown[][] }).value;
  expect(sources.some((r) => r[0] === want)).toBe(true);
});

test("a label whose tail is no variant of the chip is still an unknown metric", () => {
  expect(outcome(() => fns.aichipSpec("910B", "bandwidth, H100 SXM", null))).toEqual({ error: "#N/A", message: expect.stringMatching(/^Unknown metric for 910B/) });
});
