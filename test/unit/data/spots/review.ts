import type { Spot } from "./types";

/** Spot checks added by the second reading of the data (one per fix), read by hand from the report. */
export const spots: Spot[] = [
  // L1198: 9T tokens is the training data of the MoE-vs-dense comparison, not Doubao-1.5-pro's own training set.
  { dataset: "doubao_1_5_pro_benchmarks", entity: "doubao-1-5-pro", metric: "training_tokens", variant: "MoE vs dense comparison setting", expected: 9, line: 1198 },
];
