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
  // G080 smic_profile
  { dataset: "smic_profile", entity: "smic", metric: "rank", period: "2025Q1", variant: "global foundries (TrendForce)", expected: 3, line: 1587 },
  { dataset: "smic_profile", entity: "smic", metric: "largest_shareholder_stake", expected: 20, line: 1588 },
  { dataset: "smic_profile", entity: "big-fund-ii", metric: "shareholding", variant: "中芯南方 SMIC South", expected: 23.08, line: 1588 },
  // G081 smic_south_shareholding
  { dataset: "smic_south_shareholding", row: 0, column: "holder", cell: "中芯国际控股有限公司", line: 1600 },
  { dataset: "smic_south_shareholding", row: 4, column: "stake", cell: "11.54%", line: 1604 },
  { dataset: "smic_south_shareholding", row: 2, column: "capital", cell: "9.47亿美元", line: 1602 },
  { dataset: "smic_south_shareholding", entity: "smic-holdings", metric: "subscribed_capital", period: "2025-05", variant: "中芯南方 SMIC South", expected: 25.04, line: 1600 },
  { dataset: "smic_south_shareholding", entity: "shanghai-ic-fund-ii", metric: "shareholding", period: "2025-05", variant: "中芯南方 SMIC South", expected: 11.54, line: 1604 },
  // G082 smic_financials
  { dataset: "smic_financials", entity: "smic", metric: "revenue", period: "2024", expected: 80.3, line: 1609 },
  { dataset: "smic_financials", entity: "smic", metric: "net_profit_yoy", period: "2024", expected: -23.3, line: 1609 },
  { dataset: "smic_financials", entity: "smic", metric: "net_profit", period: "2025Q1", expected: 1.88, line: 1609 },
  { dataset: "smic_financials", entity: "smic", metric: "gross_margin", period: "2025Q2", variant: "company guidance", expected: { low: 18, high: 20 }, line: 1610 },
  { dataset: "smic_financials", entity: "smic", metric: "revenue_qoq", period: "2025Q2", variant: "company guidance", expected: { low: -6, high: -4 }, line: 1610 },
  // G083 smic_revenue_mix_1q25
  { dataset: "smic_revenue_mix_1q25", entity: "smic", metric: "revenue_share", period: "2025Q1", variant: "by region: 中国 China", expected: 84.3, line: 1624 },
  { dataset: "smic_revenue_mix_1q25", entity: "smic", metric: "revenue_share", period: "2025Q1", variant: "by application: 工业与汽车 industrial & auto", expected: 9.6, line: 1625 },
  { dataset: "smic_revenue_mix_1q25", entity: "smic", metric: "revenue_share", period: "2024Q4", variant: "by application: 工业与汽车 industrial & auto", expected: 7.8, line: 1625 },
  { dataset: "smic_revenue_mix_1q25", entity: "smic", metric: "revenue_share_yoy_change", period: "2025Q1", variant: "by application: 工业与汽车 industrial & auto", expected: 2.4, line: 1625 },
  { dataset: "smic_revenue_mix_1q25", entity: "smic", metric: "revenue_share_yoy_change", period: "2025Q1", variant: "by wafer size: 8英寸 8-inch", expected: -2.5, line: 1626 },
  // G084 smic_process_and_capacity
  { dataset: "smic_process_and_capacity", entity: "smic", metric: "power_change", variant: "N+1 vs 14nm", expected: -57, line: 1647 },
  { dataset: "smic_process_and_capacity", entity: "smic", metric: "utilization", period: "2025Q1", expected: 89.6, line: 1648 },
  { dataset: "smic_process_and_capacity", entity: "smic", metric: "shipments", period: "2025Q1", variant: "8-inch equivalent wafers", expected: 2292000, line: 1648 },
  // G085 smic_minority_interest
  { dataset: "smic_minority_interest", entity: "smic", metric: "minority_interest_pnl", period: "2024Q1", expected: -0.08, line: 1661 },
  { dataset: "smic_minority_interest", entity: "smic", metric: "minority_interest_pnl_qoq", period: "2025Q1", expected: -17.12, line: 1661 },
  { dataset: "smic_minority_interest", row: 2, column: "subsidiary", cell: "中芯京城", line: 1672 },
  { dataset: "smic_minority_interest", row: 1, column: "smic_stake", cell: "51.00", line: 1671 },
  { dataset: "smic_minority_interest", entity: "smic-dongfang", metric: "minority_stake", expected: 32.97, line: 1674 },
  // G093 cpu_server_market_facts
  { dataset: "cpu_server_market_facts", entity: "x86-servers", metric: "market_share", period: "2023", variant: "China CPU server market", expected: 90.2, line: 1762 },
  { dataset: "cpu_server_market_facts", entity: "hygon", metric: "market_share", period: "2022", variant: "domestic CPUs (国产服务器领域排名)", expected: 53.6, line: 1762 },
  { dataset: "cpu_server_market_facts", entity: "hygon", metric: "performance_gain_per_generation", variant: "C86 CPUs", expected: { low: 15, high: 30 }, line: 1763 },
  // G096 hygon_financials
  { dataset: "hygon_financials", entity: "hygon", metric: "revenue", period: "2025Q1", expected: 24, line: 1813 },
  { dataset: "hygon_financials", entity: "hygon", metric: "net_profit_yoy", period: "2025Q1", expected: 75.33, line: 1813 },
  { dataset: "hygon_financials", entity: "hygon", metric: "contract_liabilities", period: "2025Q1", expected: 32.37, line: 1813 },
  { dataset: "hygon_financials", entity: "hygon", metric: "gross_margin", period: "2019", expected: 37.31, line: 1814 },
  { dataset: "hygon_financials", entity: "hygon", metric: "gross_margin", period: "2025Q1", expected: 61.69, line: 1814 },
  // G098 intellifusion_facts
  { dataset: "intellifusion_facts", entity: "intellifusion", metric: "revenue", period: "2025Q1", expected: 2.64, line: 1848 },
  { dataset: "intellifusion_facts", entity: "intellifusion", metric: "net_profit", period: "2025Q1", expected: -0.86, line: 1848 },
  // G100 ai_asic_market_morgan_stanley
  { dataset: "ai_asic_market_morgan_stanley", entity: "ai-asic-market", metric: "market_size", period: "2027", variant: "摩根士丹利 Morgan Stanley", expected: 300, line: 1872 },
  { dataset: "ai_asic_market_morgan_stanley", entity: "ai-asic-market", metric: "market_cagr", period: "2024-2027", variant: "摩根士丹利 Morgan Stanley", expected: 34, line: 1872 },
  // G101 gpu_vs_asic_architectures
  { dataset: "gpu_vs_asic_architectures", row: 0, column: "tpu", cell: "张量核心 (专用矩阵运算单元)", line: 1895 },
  { dataset: "gpu_vs_asic_architectures", row: 3, column: "npu", cell: "低(专用神经网络)", line: 1898 },
  // G102 verisilicon_asr_profiles
  { dataset: "verisilicon_asr_profiles", list: "asr_microelectronics_customers", members: ["国家大型电网", "中兴通讯", "美的集团", "Hitachi", "360", "TP-Link"], line: 1890 },
  { dataset: "verisilicon_asr_profiles", entity: "verisilicon", metric: "ip_customers", variant: "NPU IP", expected: 82, line: 1889 },
  { dataset: "verisilicon_asr_profiles", entity: "verisilicon", metric: "ip_chip_shipments", variant: "GPU IP", expected: 2000000000, line: 1889 },
  // G103 verisilicon_vs_asr_asic_capability
  { dataset: "verisilicon_vs_asr_asic_capability", row: 0, column: "asr_2024", cell: "0.35", line: 1904 },
  { dataset: "verisilicon_vs_asr_asic_capability", row: 3, column: "verisilicon_2024", cell: "", line: 1907 },
  { dataset: "verisilicon_vs_asr_asic_capability", entity: "verisilicon", metric: "asic_revenue", period: "2024", expected: 15.81, line: 1905 },
  { dataset: "verisilicon_vs_asr_asic_capability", entity: "asr-microelectronics", metric: "rd_headcount", period: "2023", expected: 1135, line: 1906 },
  { dataset: "verisilicon_vs_asr_asic_capability", entity: "asr-microelectronics", metric: "max_chip_transistors", expected: 17700000000, line: 1909 },
];
