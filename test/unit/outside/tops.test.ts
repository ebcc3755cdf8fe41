/**
 * A compute figure the report prints in TOPS without its precision is shown in TOPS (operations), never
 * relabelled TFLOPS (floating-point operations): "思元590 … 单卡算力达512 TOPS" (L1832), "YU7 … 700 TOPS辅助驾驶
 * 算力" (L2050). It is not assumed to be INT8 either: it answers as "compute ops", and "compute" (a figure
 * in TFLOPS) says the chip has none and names the metric that has it. Written from the report.
 */
import { installCustomFunctions, outcome } from "../../support/custom-functions";

installCustomFunctions();
// eslint-disable-next-line @typescript-eslint/no-require-imports -- after the CustomFunctions global exists
const fns = require("../../../src/functions/functions") as Record<string, (...args: unknown[]) => unknown>;
const call = (name: string, ...args: unknown[]) => outcome(() => fns[name](...args));

test("Siyuan 590's 512 TOPS (line 1832) is listed in TOPS, not TFLOPS", () => {
  const got = call("aichipMetrics", "Siyuan 590");
  expect(got).toEqual({ value: expect.arrayContaining([["compute ops", 512, "TOPS"]]) });
  expect(JSON.stringify(got)).not.toContain("TFLOPS");
  expect(call("aichipSpec", "思元590", "compute ops", null)).toEqual({ value: 512 });
  expect(call("aichipSources", "Siyuan 590", "compute ops")).toEqual({ value: expect.arrayContaining([expect.arrayContaining([512, "TOPS", "单卡算力达512 TOPS"])]) });
});

test("asked as compute (TFLOPS) or INT8, Siyuan 590 has no such figure, and the message names compute ops", () => {
  for (const metric of ["compute", "算力", "INT8"]) {
    expect(call("aichipSpec", "Siyuan 590", metric, null)).toEqual({ error: "#N/A", message: expect.stringContaining("compute ops") });
  }
  // Not compared with a TFLOPS figure as if it were one.
  expect(call("aichipCompare", "Siyuan 590", "A100", "compute", null)).toMatchObject({ error: "#N/A" });
});

test("Xiaomi YU7's 700 TOPS driver-assistance compute (line 2050) answers in TOPS", () => {
  expect(call("atlasValue", "小米YU7", "compute ops", null, null)).toEqual({ value: 700 });
  expect(call("atlasSource", "Xiaomi YU7", "compute ops", null)).toEqual({ value: expect.arrayContaining([expect.arrayContaining([700, "TOPS"])]) });
});
