/**
 * One figure printed to two precisions is one figure, and the functions answer its most precise form, so that a
 * stated rate and the same rate worked out from its levels agree. L1296/L1304: 腾讯 1Q25 capex 同比 +91%,
 * 环比 -25%; L1386: 同比增速 90.97%, 环比 -24.86% (= 275/144 − 1 and 275/366 − 1). L1736: CloudMatrix 384
 * 总功率 559.4kW; L1753: 559378 (W). Written from the report's lines.
 */
import { installCustomFunctions, outcome } from "../../support/custom-functions";

installCustomFunctions();
// eslint-disable-next-line @typescript-eslint/no-require-imports -- after the CustomFunctions global exists
const fns = require("../../../src/functions/functions") as Record<string, (...args: unknown[]) => unknown>;
const call = (f: string, ...args: unknown[]) => outcome(() => fns[f](...args)) as { value?: number };

test.each([
  ["capex_yoy", "capexYoy", 0.9097],
  ["capex_qoq", "capexQoq", -0.2486],
])("Tencent 1Q25 %s: ATLAS.VALUE's stated figure and the computed one agree (%s, %d)", (metric, computed, want) => {
  const stated = call("atlasValue", "Tencent", metric, "1Q25", null).value as number;
  expect(stated).toBeCloseTo(want, 4);
  expect(call(computed, "Tencent", "1Q25").value as number).toBeCloseTo(stated, 4);
});

test("the rounded 91% is still shown, as an alternative with its line (L1296)", () => {
  const rows = (outcome(() => fns.atlasSource("Tencent", "capex_yoy", "1Q25")) as { value: unknown[][] }).value;
  const status = (v: number) => rows.find((r) => typeof r[0] === "number" && Math.abs((r[0] as number) - v) < 1e-9)?.[5];
  expect(status(0.9097)).toMatch(/^default/);
  expect(status(0.91)).toMatch(/alternative/);
});

test("CloudMatrix 384's total power is the table's exact 559378 W (L1753), not the prose's 559.4 kW", () => {
  expect(call("atlasValue", "CloudMatrix 384", "system_power", null, null).value).toBe(559378);
});
