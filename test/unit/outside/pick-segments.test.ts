/**
 * A pick segment typed as the report heads it. "渠道商" is both a component the report discusses (L2666,
 * "### 渠道商") and, in its picks, a segment: "渠道商：博士眼镜、孩子王、明月镜片等" (L29, L2765). PICKS asks
 * for a segment, so the name answers the segment, as "Channels" does, rather than "a component the report
 * has no such figures for". Written from the report.
 */
import { installCustomFunctions, outcome } from "../../support/custom-functions";

installCustomFunctions();
// eslint-disable-next-line @typescript-eslint/no-require-imports -- after the CustomFunctions global exists
const fns = require("../../../src/functions/functions") as Record<string, (...args: unknown[]) => unknown>;
const picks = (...args: unknown[]) => outcome(() => fns.picks(...args));

test.each(["渠道商", " 渠道商 ", "渠道商（建议关注）", "Channels"])("PICKS(%j) lists 博士眼镜, 孩子王, 明月镜片 (lines 29, 2765)", (segment) => {
  expect(picks(segment, null)).toEqual({ value: [["博士眼镜"], ["孩子王"], ["明月镜片"]] });
});

test("a name of another kind with no such segment is still #N/A saying what it is", () => {
  expect(picks("英伟达", null)).toEqual({ error: "#N/A", message: expect.stringMatching(/is a company/) });
});

test("the two Big Funds answer each for itself (the first one's name is no short form of the second's)", () => {
  // L1601-1602: 国家集成电路产业投资基金（二期） 23.08% 15亿美元; 国家集成电路产业投资基金 14.56% 9.47亿美元 (SMIC South).
  const value = (...args: unknown[]) => outcome(() => fns.atlasValue(...args));
  expect(value("国家集成电路产业投资基金", "subscribed_capital", null, null)).toEqual({ value: 9.47 });
  expect(value("国家集成电路产业投资基金（二期）", "subscribed_capital", null, null)).toEqual({ value: 15 });
});
