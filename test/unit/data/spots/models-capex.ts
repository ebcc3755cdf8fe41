import type { Spot } from "./types";

export const spots: Spot[] = [
  // tencent_capex_quarterly (G061): table in 10亿元 under a 亿元 header, scale 10
  { dataset: "tencent_capex_quarterly", entity: "tencent", metric: "capex", period: "2025Q1", expected: 275, line: 1304 },
  { dataset: "tencent_capex_quarterly", entity: "tencent", metric: "capex", period: "2025Q1", expected: 275, line: 1296 },
  { dataset: "tencent_capex_quarterly", entity: "tencent", metric: "capex", period: "2024Q4", expected: 366, line: 1295 },
  { dataset: "tencent_capex_quarterly", entity: "tencent", metric: "capex", period: "2024Q1", expected: 144, line: 1304 },
  { dataset: "tencent_capex_quarterly", entity: "tencent", metric: "capex_operating", period: "2025Q1", expected: 264, line: 1302 },
  { dataset: "tencent_capex_quarterly", entity: "tencent", metric: "capex_non_operating", period: "2024Q1", expected: 78, line: 1303 },
  { dataset: "tencent_capex_quarterly", entity: "tencent", metric: "capex_yoy", period: "2025Q1", variant: "operating", expected: 299, line: 1302 },
  { dataset: "tencent_capex_quarterly", entity: "tencent", metric: "capex_yoy", period: "2025Q1", variant: "operating", expected: 300, line: 1296 },
  { dataset: "tencent_capex_quarterly", entity: "tencent", metric: "capex_qoq", period: "2025Q1", expected: -25, line: 1304 },
  { dataset: "tencent_capex_quarterly", entity: "tencent", metric: "capex_yoy", period: "2024Q4", expected: 386, line: 1295 },
  { dataset: "tencent_capex_quarterly", row: 3, column: "q4_2024", cell: "36.6", line: 1304 },
  // tencent_capex_annual (G060) is checked in capex.ts; one more here
  { dataset: "tencent_capex_annual", entity: "tencent", metric: "capex_yoy", period: "2024", expected: 221, line: 1295 },
  // alibaba_capex_annual (G063)
  { dataset: "alibaba_capex_annual", entity: "alibaba", metric: "capex", period: "2021", expected: 494.95, line: 1335 },
  { dataset: "alibaba_capex_annual", entity: "alibaba", metric: "capex", period: "2024", expected: 725.13, line: 1335 },
  { dataset: "alibaba_capex_annual", entity: "alibaba", metric: "capex_cagr", period: "2021-2024", expected: 13.58, line: 1335 },
  { dataset: "alibaba_capex_annual", entity: "alibaba", metric: "capex_yoy", period: "2024", expected: 197.04, line: 1335 },
  // alibaba_capex_quarterly_cashflow (G064)
  { dataset: "alibaba_capex_quarterly_cashflow", entity: "alibaba", metric: "capex", period: "2024Q4", expected: 317.75, line: 1335 },
  { dataset: "alibaba_capex_quarterly_cashflow", entity: "alibaba", metric: "capex", period: "2025Q1", expected: 246.12, line: 1336 },
  { dataset: "alibaba_capex_quarterly_cashflow", entity: "alibaba", metric: "capex", period: "2024Q1", expected: 111.53, line: 1349 },
  { dataset: "alibaba_capex_quarterly_cashflow", entity: "alibaba", metric: "ppe_intangibles_purchases", period: "2025Q1", expected: -23993, line: 1346 },
  { dataset: "alibaba_capex_quarterly_cashflow", entity: "alibaba", metric: "free_cash_flow", period: "2024Q1", expected: 15361, line: 1348 },
  { dataset: "alibaba_capex_quarterly_cashflow", row: 6, column: "q1_2025", cell: "2008", line: 1350 },
  // bat_capex_annual (G066)
  { dataset: "bat_capex_annual", entity: "bat", metric: "capex", period: "2022", expected: 687.4, line: 1385 },
  { dataset: "bat_capex_annual", entity: "bat", metric: "capex", period: "2024", expected: 1574.47, line: 1385 },
  { dataset: "bat_capex_annual", entity: "bat", metric: "capex_cagr", period: "2022-2024", expected: 51.34, line: 1385 },
  // bat_capex_1q25_breakdown (G067), incl. the other side of the Tencent conflicts
  { dataset: "bat_capex_1q25_breakdown", entity: "bat", metric: "capex", period: "2025Q1", expected: 550.12, line: 1386 },
  { dataset: "bat_capex_1q25_breakdown", entity: "bat", metric: "capex", period: "2024Q4", expected: 707.08, line: 1386 },
  { dataset: "bat_capex_1q25_breakdown", entity: "bat", metric: "capex_qoq", period: "2025Q1", expected: -22.2, line: 1386 },
  { dataset: "bat_capex_1q25_breakdown", entity: "baidu", metric: "capex", period: "2025Q1", expected: 29, line: 1386 },
  { dataset: "bat_capex_1q25_breakdown", entity: "baidu", metric: "capex_qoq", period: "2025Q1", expected: 24.3, line: 1386 },
  { dataset: "bat_capex_1q25_breakdown", entity: "tencent", metric: "capex_yoy", period: "2025Q1", expected: 90.97, line: 1386 },
  { dataset: "bat_capex_1q25_breakdown", entity: "alibaba", metric: "capex_yoy", period: "2025Q1", expected: 120.68, line: 1386 },
  // nvidia_fy2025_china_revenue (G068)
  { dataset: "nvidia_fy2025_china_revenue", entity: "nvidia", metric: "revenue", period: "FY2025", variant: "mainland China and Hong Kong", expected: 170.1, line: 1385 },
  { dataset: "nvidia_fy2025_china_revenue", entity: "nvidia", metric: "revenue_share", period: "FY2025", variant: "mainland China and Hong Kong", expected: 13.11, line: 1385 },
];
