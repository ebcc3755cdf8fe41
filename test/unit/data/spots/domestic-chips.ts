import type { Spot } from "./types";

export const spots: Spot[] = [
  // G074 domestic_ai_chip_ecosystem_notes
  { dataset: "domestic_ai_chip_ecosystem_notes", entity: "deepseek", metric: "chip_vendor_adaptations", expected: 17, line: 1521 },
  // G075 us_bis_chip_export_thresholds
  { dataset: "us_bis_chip_export_thresholds", row: 0, column: "pd", cell: "<1.6", line: 1538 },
  { dataset: "us_bis_chip_export_thresholds", row: 2, column: "basis", cell: "ECCN 3A090b", line: 1540 },
  { dataset: "us_bis_chip_export_thresholds", row: 6, column: "tpp", cell: "2400+", line: 1544 },
  { dataset: "us_bis_chip_export_thresholds", row: 8, column: "chip", cell: "英伟达 H100 / H800", line: 1546 },
  { dataset: "us_bis_chip_export_thresholds", entity: "intel-gpu-max-1550", metric: "performance_density", expected: 1.6, line: 1538 },
  { dataset: "us_bis_chip_export_thresholds", entity: "nvidia-a800", metric: "tpp", expected: 2400, line: 1544 },
  { dataset: "us_bis_chip_export_thresholds", entity: "nvidia-a100", metric: "export_control_basis", expected: "ECCN 3A090a", line: 1544 },
  { dataset: "us_bis_chip_export_thresholds", entity: "amd-mi250x", metric: "performance_density", expected: 5.92, line: 1545 },
  // G076 china_accelerator_market_h1
  { dataset: "china_accelerator_market_h1", entity: "china-ai-accelerator-market", metric: "market_size", period: "2023H1", expected: 50, line: 1554 },
  { dataset: "china_accelerator_market_h1", entity: "china-domestic-ai-chips", metric: "shipments", period: "2024H1", variant: "China accelerator-chip market", expected: 200000, line: 1555 },
  { dataset: "china_accelerator_market_h1", entity: "gpu-cards", metric: "market_share", period: "2024H1", variant: "China accelerator-chip market", expected: 80, line: 1555 },
  // G079 china_ai_chip_share_trendforce
  { dataset: "china_ai_chip_share_trendforce", entity: "imported-ai-chips", metric: "market_share", period: "2024", variant: "China AI server market", expected: 63, line: 1873 },
  { dataset: "china_ai_chip_share_trendforce", entity: "china-domestic-ai-chips", metric: "market_share", period: "2025", variant: "TrendForce forecast, China AI server market", expected: 40, line: 1873 },
  { dataset: "china_ai_chip_share_trendforce", entity: "us-major-csps", metric: "product_cadence", variant: "in-house ASIC", expected: { low: 1, high: 2 }, line: 1873 },
];
