/**
 * A company typed where a chip is expected (=AICHIP.SPEC("华为","FP16")) is #N/A naming the company's
 * chips to choose from: the accelerators the report gives specifications for, which are what the chip
 * argument accepts, not the company's phones, glasses or AI models. Written from the report.
 */
import { installCustomFunctions, outcome } from "../../support/custom-functions";

installCustomFunctions();
// eslint-disable-next-line @typescript-eslint/no-require-imports -- after the CustomFunctions global exists
const fns = require("../../../src/functions/functions") as Record<string, (...args: unknown[]) => unknown>;
const spec = (...args: unknown[]) => outcome(() => fns.aichipSpec(...args));
const compare = (...args: unknown[]) => outcome(() => fns.aichipCompare(...args));

/** The names after "name one of its chips:", as the message lists them. */
function chipsNamed(got: ReturnType<typeof outcome>): string[] {
  expect(got).toEqual({ error: "#N/A", message: expect.stringContaining("is a company; name one of its chips: ") });
  const message = "message" in got ? (got.message ?? "") : "";
  return message
    .slice(message.indexOf(": ") + 2)
    .replace(/\.$/, "")
    .split(", ");
}

test("Huawei: its Ascend chips and CloudMatrix 384 (L1576-1579, L1736), not the Mate XT phone or Vision Glass", () => {
  for (const got of [spec("华为", "FP16", null), spec("Huawei", "FP16", null), compare("910C", "Huawei", "FP16", null)]) {
    const names = chipsNamed(got);
    expect(names).toEqual(expect.arrayContaining(["910B", "910C"]));
    expect(names.join(" ")).not.toMatch(/Mate|Vision Glass/);
  }
});

test("Google: its TPUs (L177-178), not its Veo video models", () => {
  const names = chipsNamed(spec("Google", "FP16", null));
  expect(names.some((n) => /TPU/i.test(n))).toBe(true);
  expect(names.join(" ")).not.toMatch(/Veo/);
});

test("every name listed answers as a chip", () => {
  for (const company of ["华为", "Google", "NVIDIA", "AMD"]) {
    const got = spec(company, "FP16", null);
    if (!("error" in got) || !got.message?.includes("name one of its chips")) continue;
    for (const name of chipsNamed(got).filter((n) => n !== "...")) {
      const answer = spec(name, "TDP", null);
      // A chip: a figure, or #N/A about its figures, never "not a chip" / unknown.
      if ("error" in answer) expect(answer.message).not.toMatch(/Unknown chip|is a company|has no such figures/);
    }
  }
});
