import type { Spot } from "./types";

export const spots: Spot[] = [
  { dataset: "tencent_capex_annual", entity: "tencent", metric: "capex", period: "2020", expected: 340, line: 1295 },
  { dataset: "tencent_capex_annual", entity: "tencent", metric: "capex", period: "2024", expected: 768, line: 1295 },
  { dataset: "tencent_capex_annual", entity: "tencent", metric: "capex_cagr", period: "2020-2024", expected: 22.59, line: 1295 },
  { dataset: "tencent_capex_annual", entity: "tencent", metric: "capex", period: "2025", variant: "report estimate", expected: 1000, line: 1296 },
];
