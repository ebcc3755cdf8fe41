import type { Spot } from "./types";

export const spots: Spot[] = [
  // G017
  { dataset: "nvidia_mgx_liquid_cooling_suppliers", list: "nvqd_suppliers", line: 371,
    members: ["双鸿科技", "富世达", "比赫", "酷冷至尊", "英维克", "富士康", "Lead Wealth", "嘉泽", "立敏达", "泰昌", "诺通", "中金科工业"] },
  { dataset: "nvidia_mgx_liquid_cooling_suppliers", list: "uqd_suppliers", line: 370,
    members: ["双鸿科技", "富世达", "丹佛斯", "英维克", "富士康", "Lead Wealth", "帕克", "立敏达", "史陶比尔", "诺通"] },
  { dataset: "nvidia_mgx_liquid_cooling_suppliers", list: "mgx_cold_plate_inner_manifold_suppliers", line: 368,
    members: ["双鸿科技", "奇宏科技", "Boyd", "酷冷至尊", "CoolIT", "台达电子", "富士康", "Lead Wealth", "品达科技", "立敏达"] },
  { dataset: "nvidia_mgx_liquid_cooling_suppliers", list: "mgx_44ru_manifold_suppliers", line: 369,
    members: ["双鸿科技", "奇宏科技", "品达科技", "台达电子", "富士康", "Lead Wealth", "光宝科技", "酷冷至尊"] },
  // G018
  { dataset: "nvidia_power_cable_busbar_suppliers", list: "high_speed_cable_suppliers", line: 392,
    members: ["Amphenol", "Bizlink", "富士康", "佳必琪", "立讯精密", "Molex", "矽瑪科技"] },
  { dataset: "nvidia_power_cable_busbar_suppliers", list: "power_whip_60a_suppliers", line: 393,
    members: ["Amphenol", "Bizlink", "佳必琪", "瑞可达"] },
  { dataset: "nvidia_power_cable_busbar_suppliers", list: "mgx_1400a_busbar_suppliers", line: 394,
    members: ["Amphenol", "Bizlink", "台达电子", "富士康", "Interplex", "Lead Wealth", "TE"] },
  { dataset: "nvidia_power_cable_busbar_suppliers", list: "busbar_12v_suppliers", line: 395,
    members: ["Amphenol", "Bizlink", "Interplex", "佳必琪", "嘉泽"] },
  { dataset: "nvidia_power_cable_busbar_suppliers", list: "busbar_54v_suppliers", line: 396,
    members: ["Amphenol", "Bizlink", "富士康", "佳必琪", "Molex"] },
  // G001
  { dataset: "us_ai_stock_returns_20250407_20250613", entity: "coreweave", metric: "stock_close", period: "2025-04-07", expected: 49.85, line: 131 },
  { dataset: "us_ai_stock_returns_20250407_20250613", entity: "coreweave", metric: "stock_return", variant: "2025-04-07 to 2025-06-13", expected: 195, line: 131 },
  { dataset: "us_ai_stock_returns_20250407_20250613", entity: "google", metric: "stock_close", period: "2025-06-13", expected: 174.67, line: 141 },
  { dataset: "us_ai_stock_returns_20250407_20250613", entity: "supermicro", metric: "stock_close", period: "2025-04-07", expected: 33, line: 141 },
  { dataset: "us_ai_stock_returns_20250407_20250613", entity: "nvidia", metric: "stock_return", variant: "2025-04-07 to 2025-06-13", expected: 45, line: 124 },
  { dataset: "us_ai_stock_returns_20250407_20250613", row: 11, column: "ticker", cell: "PLTR.O", line: 131 },
  { dataset: "us_ai_stock_returns_20250407_20250613", row: 21, column: "close_20250613", cell: "174.67", line: 141 },
  { dataset: "us_ai_stock_returns_20250407_20250613", row: 6, column: "name", cell: "DELL", line: 137 },
  // G002 (Q27: printed FY25Q3)
  { dataset: "nvidia_quarterly_results_fy26q1", entity: "nvidia", metric: "revenue", period: "FY2026Q1", expected: 441, line: 150 },
  { dataset: "nvidia_quarterly_results_fy26q1", entity: "nvidia", metric: "revenue_impact", period: "FY2026Q2", variant: "H20 ban", expected: 80, line: 150 },
  { dataset: "nvidia_quarterly_results_fy26q1", entity: "nvidia", metric: "revenue_yoy", period: "FY2026Q1", expected: 69, line: 150 },
  // G003
  { dataset: "nvidia_gtc_paris_europe_outlook", entity: "nvidia-mistral-ai-cloud", metric: "gpu_count", variant: "B卡 (Blackwell)", expected: 18000, line: 151 },
  { dataset: "nvidia_gtc_paris_europe_outlook", entity: "europe-ai-compute", metric: "compute_demand", expected: 3000000, line: 151 },
  // G004 (Q30: stated CAGR kept)
  { dataset: "asic_market_size_verifiedmarket", entity: "global-asic-market", metric: "market_size", period: "2033", variant: "VerifiedMarket", expected: 152, line: 167 },
  { dataset: "asic_market_size_verifiedmarket", entity: "global-asic-market", metric: "market_cagr", period: "2024-2033", variant: "VerifiedMarket", expected: 12.8, line: 167 },
  // G005
  { dataset: "custom_asic_vendor_guidance", entity: "custom-ai-chip-design-market", metric: "market_size", period: "2028", variant: "Marvell", expected: 940, line: 167 },
  { dataset: "custom_asic_vendor_guidance", list: "broadcom_custom_asic_customers", members: ["谷歌", "Meta", "OpenAI"], line: 167 },
  // G006
  { dataset: "csp_asic_program_timeline", entity: "google", metric: "milestone", period: "2024", variant: "ASIC", expected: "2024年主流云厂商中仅有谷歌的TPU较为成熟且出货量较大", line: 166 },
  // G008
  { dataset: "llm_token_usage_gemini", entity: "gemini-2-5", metric: "token_usage", period: "2025-05", variant: "monthly", expected: 480, line: 197 },
  // G009 (Q48)
  { dataset: "openai_arr", entity: "openai", metric: "arr", period: "2025", expected: 100, line: 198 },
  { dataset: "openai_arr", entity: "openai", metric: "arr_yoy", period: "2025", expected: 80, line: 198 },
  // G010
  { dataset: "genai_adoption_context", entity: "generative-ai", metric: "adoption_rate", period: "2025Q1", expected: 14, line: 219 },
  { dataset: "genai_adoption_context", entity: "gemini-2-5-pro", metric: "context_window", variant: "tokens", expected: 1000000, line: 218 },
  // G012
  { dataset: "nvidia_rack_roadmap", entity: "nvidia-rubin-ultra-nvl576", metric: "rack_compute", expected: 15000000, line: 276 },
  { dataset: "nvidia_rack_roadmap", entity: "nvidia-rubin-ultra-nvl576", metric: "rack_power", expected: 600000, line: 276 },
  { dataset: "nvidia_rack_roadmap", entity: "nvidia-rubin-ultra-nvl576", metric: "component_count", variant: "compute trays per Canister", expected: 18, line: 530 },
  // G015
  { dataset: "computex_power_rack_exhibits", list: "computex_hvdc_800v_exhibitors", members: ["维谛", "台达", "光宝", "Foxcon"], line: 324 },
  { dataset: "computex_power_rack_exhibits", list: "computex_supercap_power_rack_exhibitors", members: ["维谛技术", "光宝"], line: 325 },
  { dataset: "computex_power_rack_exhibits", entity: "hvdc-800v-sidecar", metric: "component_count", variant: "GPU server racks fed", expected: { low: 2, high: 4 }, line: 324 },
  // G016
  { dataset: "gb200_gb300_liquid_cooling_config", entity: "nvidia-gb300-compute-tray", metric: "quick_disconnect_count", variant: "total", expected: 14, line: 350 },
  { dataset: "gb200_gb300_liquid_cooling_config", entity: "nvidia-b300-8gpu-server", metric: "rack_height", variant: "air-cooled", expected: { low: 7, high: 8 }, line: 367 },
  // G019
  { dataset: "ai_accelerator_landscape", list: "csp_in_house_accelerator_vendors", members: ["Google", "AWS", "Microsoft", "Meta", "Tesla", "腾讯", "阿里巴巴", "百度"], line: 424 },
  { dataset: "ai_accelerator_landscape", list: "nvidia_challengers", members: ["AMD", "昇腾", "Intel", "寒武纪", "海光", "景嘉微", "沐曦等一级市场公司"], line: 424 },
  { dataset: "ai_accelerator_landscape", row: 4, column: "csp_2", cell: "MITA", line: 428 },
  { dataset: "ai_accelerator_landscape", row: 3, column: "challenger_2", cell: "910C", line: 427 },
  // G020
  { dataset: "google_amazon_cloud_and_asic_history", entity: "amazon", metric: "revenue", period: "2023", variant: "cloud business", expected: 908, line: 436 },
  { dataset: "google_amazon_cloud_and_asic_history", entity: "google", metric: "revenue", period: "2023", variant: "cloud business", expected: 331, line: 436 },
  // G022
  { dataset: "cooling_power_thresholds", entity: "air-cooling", metric: "air_cooling_limit", variant: "CPU", expected: 450, line: 940 },
  { dataset: "cooling_power_thresholds", entity: "air-cooling", metric: "air_cooling_limit", variant: "GPU", expected: 700, line: 509 },
];
