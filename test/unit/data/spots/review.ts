import type { Spot } from "./types";

/** Spot checks added by the second reading of the data (one per fix), read by hand from the report. */
export const spots: Spot[] = [
  // L1198: 9T tokens is the training data of the MoE-vs-dense comparison, not Doubao-1.5-pro's own training set.
  { dataset: "doubao_1_5_pro_benchmarks", entity: "doubao-1-5-pro", metric: "training_tokens", variant: "MoE vs dense comparison setting", expected: 9, line: 1198 },
  // L176: MTIA v2 sits in columns "INT8/FP8" and "BF16/FP16"; its pairs are now flagged precision_unstated like the rest of the table.
  { dataset: "csp_asic_accelerator_specs", entity: "meta-mtia-v2", metric: "int8", expected: 354, line: 176 },
  // L454 vs L178: Trainium2 interconnect 640 GB/s (preferred, conflict TRN2_INTERCONNECT) against "-" in the CSP ASIC table.
  { dataset: "tpuv6e_vs_trainium2", entity: "aws-trainium2", metric: "interconnect", expected: 640, line: 454 },
  { dataset: "csp_asic_accelerator_specs", row: 4, column: "interconnect_gbs", cell: "-", line: 178 },
];
