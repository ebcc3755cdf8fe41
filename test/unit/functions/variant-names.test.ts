/**
 * A name that names one of a product's printed variants ("910B OAM", "H100 SXM", "A100 80GB PCIe") answers
 * for that variant, under any of the product's names ("昇腾910B OAM", "Ascend 910B OAM", "英伟达H100 SXM"),
 * in every function that reads a chip's figures: AICHIP.SPEC, AICHIP.METRICS and AICHIP.CARD; and a product's
 * name after its vendor's ("微软Maia 100", "Huawei 910B"). (Found from the outside: AICHIP.METRICS("910B OAM")
 * listed the 910B's own figures, and "昇腾910B OAM" and "微软Maia 100" were unknown chips.)
 * Figures from the report: 910B OAM FP16 376T (line 1576), 64G HBM2e (1578), 1.6 TB/s (1579), 392 GB/s
 * (1580), 400W (1581); 910B FP16 320 (1692), 310W (1693); H100 SXM 80GB, 700W (1558); A100 80GB PCIe 300W (1559).
 */
import { installCustomFunctions, outcome, type AsExcelCalls } from "../../support/custom-functions";

installCustomFunctions();
// eslint-disable-next-line @typescript-eslint/no-require-imports -- after the CustomFunctions global exists
const fns = require("../../../src/functions/functions") as AsExcelCalls<typeof import("../../../src/functions/functions")>;

/** What a call spilled (undefined for an error). */
const spilled = (call: () => unknown): unknown => {
  const o = outcome(call);
  return "value" in o ? o.value : undefined;
};

/** A spilled two- or three-column table as metric -> value. */
const byLabel = (table: unknown): Map<string, unknown> => new Map((table as unknown[][]).slice(1).map((r) => [String(r[0]), r[1]]));

describe("a variant typed as the name, under any of the product's names", () => {
  test.each([
    ["910B OAM", "FP16", 376],
    ["昇腾910B OAM", "FP16", 376],
    ["Ascend 910B OAM", "FP16", 376],
    ["ascend-910b-oam", "TDP", 400],
    ["昇腾910B OAM", "interconnect", 392],
    ["英伟达H100 SXM", "TDP", 700],
    ["NVIDIA H100 SXM", "memory", 80],
    ["英伟达 A100 80GB PCIe", "TDP", 300],
    // The products themselves keep their own figures.
    ["910B", "FP16", 320],
    ["昇腾910B", "TDP", 310],
  ])("AICHIP.SPEC(%p, %p) = %p", (chip, metric, expected) => {
    expect(outcome(() => fns.aichipSpec(chip, metric))).toEqual({ value: expected });
  });

  test("AICHIP.METRICS lists the variant's figures, not the product's", () => {
    const oam = byLabel(spilled(() => fns.aichipMetrics("910B OAM")));
    expect([oam.get("FP16"), oam.get("TDP"), oam.get("interconnect"), oam.get("memory"), oam.get("bandwidth")]).toEqual([376, 400, 392, 64, 1.6]);
    // The OAM column gives no INT8: the product's 640 TOPS is not listed as the variant's.
    expect(oam.has("INT8")).toBe(false);
    expect(byLabel(spilled(() => fns.aichipMetrics("昇腾910B OAM")))).toEqual(oam);
    const plain = byLabel(spilled(() => fns.aichipMetrics("910B")));
    expect([plain.get("FP16"), plain.get("TDP"), plain.get("INT8")]).toEqual([320, 310, 640]);
  });

  test("AICHIP.CARD (as a table) is the variant's card", () => {
    const card = byLabel([["property", "value"], ...(spilled(() => fns.aichipCard("910B OAM", "table" as never)) as unknown[][])]);
    expect([card.get("Name"), card.get("FP16"), card.get("TDP")]).toEqual(["910B OAM", 376, 400]);
    const plain = byLabel([["property", "value"], ...(spilled(() => fns.aichipCard("910B", "table" as never)) as unknown[][])]);
    expect([plain.get("Name"), plain.get("FP16"), plain.get("TDP")]).toEqual(["910B", 320, 310]);
  });

  test("after one of the vendor's names too", () => {
    expect(outcome(() => fns.aichipSpec("华为910B OAM", "FP16"))).toEqual({ value: 376 });
    expect(outcome(() => fns.aichipSpec("Huawei 910B OAM", "TDP"))).toEqual({ value: 400 });
  });
});

describe("a product's name after one of its vendor's names", () => {
  // Maia 100 INT8 1600 (line 177); 910B FP16 320 (1692); MLU370X8 FP16 96 (1576).
  test.each([
    ["微软Maia 100", "INT8", 1600],
    ["Microsoft Maia 100", "INT8", 1600],
    ["华为910B", "FP16", 320],
    ["Huawei 910B", "FP16", 320],
    ["寒武纪 MLU370X8", "FP16", 96],
    ["Cambricon MLU370X8", "FP16", 96],
  ])("AICHIP.SPEC(%p, %p) = %p", (chip, metric, expected) => {
    expect(outcome(() => fns.aichipSpec(chip, metric))).toEqual({ value: expected });
  });

  test("another vendor's name before it is not the product: a did-you-mean", () => {
    expect(outcome(() => fns.aichipSpec("华为H100", "TDP"))).toEqual({ error: "#N/A", message: expect.stringContaining("Did you mean") });
    expect(outcome(() => fns.aichipSpec("NVIDIA 910B", "TDP"))).toEqual({ error: "#N/A", message: expect.stringContaining("Did you mean") });
  });
});
