/**
 * "HBM" as an analyst types it: the chip's HBM. The report gives some accelerators' memory as another
 * type (LPDDR5, GDDR6, GDDR7, DDR5): for those, a metric named "HBM" or "HBM bandwidth" has no figure
 * (#N/A saying what the memory is and which metric gives its figure), while "memory" and "bandwidth"
 * still answer. Written from the report's lines, not from the data files.
 */
import { installCustomFunctions, outcome } from "../../support/custom-functions";

installCustomFunctions();
// eslint-disable-next-line @typescript-eslint/no-require-imports -- after the CustomFunctions global exists
const fns = require("../../../src/functions/functions") as Record<string, (...args: unknown[]) => unknown>;
const spec = (...args: unknown[]) => outcome(() => fns.aichipSpec(...args));
const compare = (...args: unknown[]) => outcome(() => fns.aichipCompare(...args));
const value = (...args: unknown[]) => outcome(() => fns.atlasValue(...args));

describe("HBM asked of a chip whose memory is another type", () => {
  // L176: Meta 推理 MTIA v2 2024 … LPDDR5 128; L1578: 显存 … 48GB GDDR6 (MTT S4000) … 48GB LPDDR5 (MLU370-X8);
  // L311: 显存类型 GDDR7 (B30); L179: Graviton4 … DDR5.
  test.each([
    ["MTIA v2", "LPDDR5", 176],
    ["MTT S4000", "GDDR6", 1578],
    ["MLU370-X8", "LPDDR5", 1578],
    ["B30", "GDDR7", 311],
    ["Graviton4", "DDR5", 179],
  ])("%s: HBM is #N/A saying its memory is %s (line %d), and which metric to ask for", (chip, type, line) => {
    expect(spec(chip, "HBM", null)).toEqual({ error: "#N/A", message: expect.stringMatching(new RegExp(`${type} memory, not HBM \\(line ${line}\\): name the metric "memory"`)) });
    expect(spec(chip, "HBM bandwidth", null)).toEqual({ error: "#N/A", message: expect.stringContaining('name the metric "bandwidth"') });
  });

  test.each([
    ["MTIA v2", 128],
    ["MTT S4000", 48],
    ["MLU370-X8", 48],
  ])("%s: memory still answers its capacity, %d GB", (chip, gb) => {
    expect(spec(chip, "memory", null)).toEqual({ value: gb });
    expect(spec(chip, "显存", null)).toEqual({ value: gb });
  });

  test("MTT S4000's bandwidth still answers (0.768 TB/s), HBM bandwidth does not", () => {
    expect(spec("MTT S4000", "bandwidth", null)).toEqual({ value: 0.768 });
    expect(spec("MTT S4000", "HBM bandwidth", null)).toEqual(expect.objectContaining({ error: "#N/A" }));
  });

  test("in any spelling, and whichever is asked first (the memo keeps HBM and memory apart)", () => {
    expect(spec("Cambricon MLU370-X8", "memory", null)).toEqual({ value: 48 });
    expect(spec("mlu370-x8", "hbm", null)).toEqual(expect.objectContaining({ error: "#N/A" }));
    expect(spec("MLU370-X8", "ＨＢＭ", null)).toEqual(expect.objectContaining({ error: "#N/A" }));
    expect(spec("MLU370-X8", "memory", null)).toEqual({ value: 48 });
  });

  test("ATLAS.VALUE and AICHIP.COMPARE say the same", () => {
    expect(value("MTIA v2", "HBM", null, null)).toEqual({ error: "#N/A", message: expect.stringContaining("LPDDR5 memory, not HBM") });
    expect(value("MTIA v2", "memory", null, null)).toEqual({ value: 128 });
    for (const [a, b] of [
      ["MTT S4000", "H100"],
      ["H100", "MTT S4000"],
    ]) {
      expect(compare(a, b, "HBM", null)).toEqual({ error: "#N/A", message: expect.stringContaining("GDDR6 memory, not HBM") });
      // Not told to pick a variant per chip: no variant answers it.
      expect(compare(a, b, "HBM", null)).toEqual({ error: "#N/A", message: expect.not.stringContaining("one variant per chip") });
    }
    // L1578: 48GB (S4000) / L1558-ish H100 80GB: the capacities compare as "memory".
    expect(compare("MTT S4000", "H100", "memory", null)).toEqual({ value: 0.6 });
  });
});

describe("HBM asked of a chip with HBM, or whose memory type the report does not give", () => {
  // L1578: 64G HBM2e (910B); H100 80GB HBM3; H20 96GB HBM3. L283: "HBM (GB) 80 80 141 192 288" (H200 141, no
  // type row); L1798: 显存 64GB (K100, its type not printed): the memory figure, as the name denotes.
  test.each([
    ["910B", 64],
    ["H100", 80],
    ["H20", 96],
    ["H200", 141],
    ["K100", 64],
  ])("%s: HBM answers its capacity, %d GB", (chip, gb) => {
    expect(spec(chip, "HBM", null)).toEqual({ value: gb });
    expect(spec(chip, "memory", null)).toEqual({ value: gb });
  });
});
