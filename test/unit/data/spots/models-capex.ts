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
  { dataset: "tencent_capex_quarterly", row: 2, column: "q4_2024", cell: "36.6", line: 1304 },
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
  { dataset: "alibaba_capex_quarterly_cashflow", row: 5, column: "q1_2025", cell: "2008", line: 1350 },
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

export const modelSpots: Spot[] = [
  // seedance_t2v_leaderboard (G048) / seedance_i2v_leaderboard (G049)
  { dataset: "seedance_t2v_leaderboard", entity: "seedance-1-0", metric: "arena_elo", period: "2025-06-09", variant: "text-to-video", expected: 1299, line: 1124 },
  { dataset: "seedance_t2v_leaderboard", entity: "openai-sora", metric: "arena_appearances", period: "2025-06-09", variant: "text-to-video", expected: 25251, line: 1129 },
  { dataset: "seedance_t2v_leaderboard", row: 4, column: "model", cell: "Kling 1.5 (Pro)", line: 1128 },
  { dataset: "seedance_i2v_leaderboard", entity: "seedance-1-0", metric: "arena_elo", period: "2025-06-09", variant: "image-to-video", expected: 1343, line: 1138 },
  { dataset: "seedance_i2v_leaderboard", entity: "seedance-1-0", metric: "arena_elo_ci_plus", period: "2025-06-09", variant: "image-to-video", expected: 14, line: 1138 },
  { dataset: "seedance_i2v_leaderboard", entity: "runway-gen-4", metric: "arena_elo", period: "2025-06-09", variant: "image-to-video", expected: 1121, line: 1142 },
  // deepseek_r1_0528_benchmarks (G051)
  { dataset: "deepseek_r1_0528_benchmarks", entity: "deepseek-r1-0528", metric: "bench.aime_2024", variant: "pass@1, R1-0528 table", expected: 91.4, line: 1165 },
  { dataset: "deepseek_r1_0528_benchmarks", entity: "gemini-2-5-pro", metric: "bench.aime_2024", variant: "pass@1, R1-0528 table", expected: 90.8, line: 1165 },
  { dataset: "deepseek_r1_0528_benchmarks", entity: "qwen3-235b-a22b", metric: "bench.humanitys_last_exam", variant: "pass@1, R1-0528 table", expected: 11.75, line: 1170 },
  { dataset: "deepseek_r1_0528_benchmarks", entity: "deepseek-r1", metric: "bench.livecodebench", variant: "pass@1, R1-0528 table", expected: 63.5, line: 1168 },
  { dataset: "deepseek_r1_0528_benchmarks", entity: "deepseek-r1-0528", metric: "tokens_per_question", variant: "AIME 2025", expected: 23, line: 1156 },
  { dataset: "deepseek_r1_0528_benchmarks", entity: "deepseek-r1-0528", metric: "hallucination_reduction", expected: { low: 45, high: 50 }, line: 1156 },
  { dataset: "deepseek_r1_0528_benchmarks", row: 0, column: "benchmark", cell: "AIME 2024 数学竞赛 pass@1", line: 1165 },
  // doubao_1_5_pro_benchmarks (G053): first column only
  { dataset: "doubao_1_5_pro_benchmarks", entity: "doubao-1-5-pro", metric: "bench.mmlu_pro", variant: "Doubao-1.5-pro table", expected: 80.1, line: 1205 },
  { dataset: "doubao_1_5_pro_benchmarks", entity: "doubao-1-5-pro", metric: "bench.c_eval", variant: "Doubao-1.5-pro table", expected: 91.8, line: 1217 },
  { dataset: "doubao_1_5_pro_benchmarks", row: 0, column: "score_4", cell: "Claude-3.5-Sonnet-latest", line: 1203 },
  { dataset: "doubao_1_5_pro_benchmarks", row: 9, column: "score_6", cell: "98.3", line: 1212 },
  // qwen3_benchmarks (G056), incl. both sides of Q42 pairs
  { dataset: "qwen3_benchmarks", entity: "gemini-2-5-pro", metric: "bench.aime_2024", variant: "avg of 64 samples, Qwen3 table", expected: 92, line: 1362 },
  { dataset: "qwen3_benchmarks", entity: "deepseek-r1", metric: "bench.livecodebench", variant: "v5 2024.10-2025.02, Qwen3 table", expected: 64.3, line: 1364 },
  { dataset: "qwen3_benchmarks", entity: "qwen3-235b-a22b", metric: "bench.codeforces", variant: "Qwen3 table", expected: 2056, line: 1365 },
  { dataset: "qwen3_benchmarks", entity: "openai-o3-mini", metric: "bench.multif", variant: "8 languages, Qwen3 table", expected: 48.4, line: 1369 },
  { dataset: "qwen3_benchmarks", row: 0, column: "grok_3_beta", cell: "-", line: 1361 },
  // deepseek_r1_distill_benchmarks (G057)
  { dataset: "deepseek_r1_distill_benchmarks", entity: "qwq-32b", metric: "bench.aime_2024", variant: "pass@1, distill table", expected: 44, line: 1447 },
  { dataset: "deepseek_r1_distill_benchmarks", entity: "deepseek-r1-distill-llama-70b", metric: "bench.aime_2024", variant: "cons@64, distill table", expected: 86.7, line: 1453 },
  { dataset: "deepseek_r1_distill_benchmarks", entity: "deepseek-r1-distill-qwen-1-5b", metric: "bench.codeforces", variant: "rating, distill table", expected: 954, line: 1448 },
  { dataset: "deepseek_r1_distill_benchmarks", entity: "deepseek", metric: "parameters", variant: "distilled small models", expected: { low: 1.5, high: 70 }, line: 1437 },
  { dataset: "deepseek_r1_distill_benchmarks", row: 2, column: "math_500_pass1", cell: "90.0", line: 1446 },
];
spots.push(...modelSpots);

export const proseSpots: Spot[] = [
  { dataset: "china_llm_release_timeline", entity: "deepseek", metric: "context_window", expected: 128, line: 1059 },
  { dataset: "china_llm_release_timeline", row: 4, column: "model", cell: "Doubao-1.5-pro", line: 1198 },
  { dataset: "doubao_token_usage", entity: "doubao", metric: "daily_tokens", period: "2025-05", expected: 16.4, line: 1076 },
  { dataset: "doubao_token_usage", entity: "doubao", metric: "growth_multiple", period: "2025-05", variant: "daily tokens vs May 2024 launch", expected: 137, line: 1076 },
  { dataset: "doubao_1_6_models_and_cost", entity: "doubao-seed-1-6", metric: "composite_cost", variant: "input:output 3:1, inputs mostly within 32K", expected: 2.6, line: 1094 },
  { dataset: "doubao_1_6_models_and_cost", entity: "deepseek-r1", metric: "composite_cost", variant: "input:output 3:1, inputs mostly within 32K", expected: 7, line: 1094 },
  { dataset: "doubao_1_6_models_and_cost", entity: "doubao-seed-1-6-flash", metric: "tpot", expected: 10, line: 1092 },
  { dataset: "volcano_engine_ecosystem", entity: "volcano-engine", metric: "partners", period: "2025", expected: 5000, line: 1116 },
  { dataset: "deepseek_cost_economics", entity: "deepseek-v3", metric: "training_gpu_hours", expected: 2788000, line: 1181 },
  { dataset: "deepseek_cost_economics", entity: "deepseek-v3", metric: "training_cost", expected: 5.576, line: 1181 },
  { dataset: "deepseek_cost_economics", entity: "deepseek", metric: "cost_profit_margin", variant: "DeepSeek-V3/R1 online serving", expected: 545, line: 1182 },
  { dataset: "qwq_32b_facts", entity: "deepseek-r1", metric: "parameters", expected: 671, line: 1199 },
  { dataset: "qwq_32b_facts", entity: "qwq-32b", metric: "parameters", expected: 32, line: 1199 },
  { dataset: "deepseek_user_growth", entity: "china-ai-native-apps", metric: "users", period: "2025-02", expected: 2.4, line: 1229 },
  { dataset: "deepseek_user_growth", entity: "deepseek", metric: "days_to_100m_users", expected: 7, line: 1228 },
  { dataset: "china_compute_capacity_idc", entity: "china-intelligent-compute", metric: "compute_capacity", period: "2028", variant: "IDC forecast", expected: 2781.9, line: 1285 },
  { dataset: "china_compute_capacity_idc", entity: "china-general-compute", metric: "market_cagr", period: "2023-2028", variant: "IDC forecast", expected: 18.8, line: 1285 },
  { dataset: "china_compute_capacity_idc", entity: "tencent", metric: "chip_orders", period: "2024", variant: "NVIDIA chips incl. H20", expected: 230000, line: 1286 },
  { dataset: "tencent_ai_cloud_footprint", entity: "tencent-cloud", metric: "availability_zones", period: "2024", expected: 58, line: 1320 },
  { dataset: "tencent_ai_cloud_footprint", entity: "tencent-cloud", metric: "planned_investment", variant: "Middle East, coming years", expected: 1.5, line: 1320 },
  { dataset: "alibaba_cloud_ai_footprint", entity: "alibaba-cloud", metric: "revenue", period: "2025Q1", expected: 301.27, line: 1336 },
  { dataset: "alibaba_cloud_ai_footprint", entity: "alibaba", metric: "planned_investment", variant: "cloud and AI hardware infrastructure, next three years", expected: 3800, line: 1336 },
  { dataset: "alibaba_cloud_ai_footprint", entity: "t-head-xuantie", metric: "shipments", expected: 4000000000, line: 1356 },
  { dataset: "server_market_share_2024q1", entity: "brand-server-vendors", metric: "market_share", period: "2024Q1", expected: 64, line: 1399 },
  { dataset: "server_market_share_2024q1", list: "brand_server_vendors_2024q1", members: ["戴尔", "浪潮", "联想", "惠普", "超微"], line: 1399 },
  { dataset: "server_market_share_2024q1", list: "white_box_server_odms", members: ["广达", "纬颖", "华勤技术"], line: 1399 },
  { dataset: "nvidia_china_export_timeline", row: 5, column: "date", cell: "2025年4月", line: 1400 },
  { dataset: "eth_x_supernode", entity: "eth-x", metric: "partner_institutions", expected: 30, line: 1415 },
  { dataset: "eth_x_supernode", list: "eth_x_participants", members: ["开放数据中心委员会", "中国信通院", "腾讯", "华勤技术", "立讯技术"], line: 1415 },
  { dataset: "ai_appliance_vs_cloud", row: 1, column: "appliance", cell: "3小时开机即用", line: 1460 },
  { dataset: "ai_appliance_vs_cloud", entity: "llm-appliance", metric: "cost_reduction", variant: "5-year operation and maintenance cost", expected: 40, line: 1461 },
  { dataset: "compute_leasing_indicators", entity: "national-computing-hub-nodes", metric: "compute_capacity", period: "2024", expected: 200, line: 1470 },
  { dataset: "compute_leasing_indicators", entity: "xianyu", metric: "search_growth", variant: "high-end GPU compute rental searches, past three months", expected: 300, line: 1469 },
];
spots.push(...proseSpots);
