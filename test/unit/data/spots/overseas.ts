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
  { dataset: "genai_adoption_context", entity: "gemini-2-5-pro", metric: "context_window", variant: "tokens", expected: 1000, line: 218 },
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
  { dataset: "cooling_power_thresholds", entity: "air-cooling", metric: "air_cooling_limit", variant: "GPU", expected: 700, line: 939 },
  // G027
  { dataset: "ai_pcb_makers_by_segment", list: "pcb_nvidia_makers", members: ["胜宏科技", "沪电股份", "景旺电子", "方正科技"], line: 605 },
  { dataset: "ai_pcb_makers_by_segment", list: "pcb_switch_makers", members: ["沪电股份", "深南电路", "方正科技"], line: 605 },
  { dataset: "ai_pcb_makers_by_segment", list: "ccl_makers", members: ["生益科技", "南亚新材"], line: 605 },
  { dataset: "ai_pcb_makers_by_segment", row: 0, column: "asic", cell: "生益电子 沪电股份 广合科技", line: 606 },
  // G035
  { dataset: "aec_domestic_makers", list: "aec_domestic_makers", members: ["新易盛", "瑞可达", "博创科技", "兆龙互联", "沃尔核材"], line: 763 },
  { dataset: "aec_domestic_makers", list: "woer_aec_customers", members: ["安费诺", "豪利士", "莫仕", "泰科"], line: 770 },
  { dataset: "aec_domestic_makers", row: 4, column: "company", cell: "沃尔核材", line: 770 },
  // G044
  { dataset: "liquid_cooling_domestic_makers_by_part", list: "cold_plate_domestic_makers", members: ["英维克", "飞荣达", "中航光电"], line: 984 },
  { dataset: "liquid_cooling_domestic_makers_by_part", list: "cdu_domestic_makers", members: ["英维克", "申菱环境", "高澜股份", "曙光数创"], line: 991 },
  { dataset: "liquid_cooling_domestic_makers_by_part", list: "quick_disconnect_domestic_makers", members: ["英维克", "溯联股份", "川环科技", "中航光电"], line: 997 },
  { dataset: "liquid_cooling_domestic_makers_by_part", list: "manifold_domestic_makers", members: ["英维克", "溯联股份", "川环科技", "中航光电"], line: 1003 },
  // G030
  { dataset: "cpo_vendor_progress", row: 2, column: "company", cell: "博通", line: 673 },
  { dataset: "cpo_vendor_progress", entity: "tsmc-coupe", metric: "data_rate", variant: "gen3", expected: 12.8, line: 672 },
  { dataset: "cpo_vendor_progress", entity: "nvidia-cpo-switch", metric: "improvement_multiple", variant: "power efficiency", expected: 3.5, line: 681 },
  { dataset: "cpo_vendor_progress", list: "cpo_global_vendors", members: ["英伟达", "台积电", "博通", "Marvell"], line: 667 },
  // G031 (Q38: both values of AEC_800G_REACH)
  { dataset: "dac_vs_aec_comparison", entity: "aec", metric: "reach", variant: "800G", expected: 2.5, line: 706 },
  { dataset: "dac_vs_aec_comparison", entity: "dac", metric: "reach", variant: "400G", expected: 3, line: 705 },
  { dataset: "dac_vs_aec_comparison", row: 3, column: "aec", cell: "中等", line: 708 },
  { dataset: "aec_overseas_vendors", entity: "aec", metric: "reach", variant: "800G", expected: 7, line: 738 },
  // G034
  { dataset: "aec_overseas_vendors", entity: "molex-osfp-1600", metric: "lane_rate", expected: 224, line: 739 },
  // G038
  { dataset: "supercap_vs_storage_comparison", row: 5, column: "li_ion_hybrid_supercap", cell: "非常好 (可达70℃)", line: 893 },
  { dataset: "supercap_vs_storage_comparison", row: 10, column: "lead_acid_battery", cell: "低功率 (高能量)", line: 898 },
  { dataset: "supercap_vs_storage_comparison", entity: "edlc", metric: "max_temperature", expected: 60, line: 893 },
  // G023
  { dataset: "nvidia_rack_pcb_architecture", entity: "nvidia-gb200-compute-tray", metric: "commentary", variant: "PCB", expected: "GB200: Compute tray的PCB全部采用HDI", line: 523 },
  // G024
  { dataset: "csp_asic_pcb_design", entity: "google", metric: "gpu_count", variant: "TPUs per PCB (Trillium compute tray)", expected: 4, line: 551 },
  // G025
  { dataset: "switch_pcb_upgrade", entity: "broadcom-tomahawk-6", metric: "switch_capacity", expected: 102.4, line: 570 },
  { dataset: "switch_pcb_upgrade", entity: "pcb-switch", metric: "pcb_layers", variant: "800G switch", expected: 40, line: 570 },
  // G026
  { dataset: "high_speed_ccl_market", entity: "high-end-ccl-market", metric: "market_cagr", period: "2024-2027", variant: "台光 forecast", expected: 28, line: 588 },
  // G028 (Q54)
  { dataset: "interconnect_market_forecast_lightcounting", entity: "cpo", metric: "shipments", period: "2029", variant: "3.2T CPO ports (LightCounting)", expected: 10000000, line: 614 },
  // G029
  { dataset: "cpo_technology_benefits", entity: "cpo", metric: "cost_reduction", variant: "optical cost per bit (Broadcom)", expected: 40, line: 650 },
  // G032
  { dataset: "aec_share_nic_tor", entity: "aec", metric: "market_share", period: "2025", variant: "NIC ToR links, US and China hyperscalers", expected: 49, line: 700 },
  // G033
  { dataset: "trainium2_rack_configs", entity: "aws-trn2-ultra", metric: "rack_compute", expected: 83200, line: 725 },
  { dataset: "trainium2_rack_configs", entity: "aws-trn2-server", metric: "rack_height", expected: 18, line: 724 },
  // G036
  { dataset: "hvdc_vs_ups_benefits", entity: "hvdc", metric: "cost_reduction", variant: "build cost vs UPS", expected: { low: 25, high: 50 }, line: 837 },
  { dataset: "hvdc_vs_ups_benefits", entity: "hvdc", metric: "energy_saving", variant: "mains + 336V HVDC vs mains + AC UPS, per year", expected: 23100, line: 837 },
  // G037
  { dataset: "dc_power_products", entity: "baidu-hanhai", metric: "rack_power", variant: "per rack", expected: 100000, line: 851 },
  { dataset: "dc_power_products", entity: "alibaba-panama-power", metric: "cost_reduction", variant: "total build cost vs traditional UPS", expected: { low: 40, high: 60 }, line: 850 },
  // G039 (Q39)
  { dataset: "musashi_supercap_capacity_roadmap", entity: "musashi", metric: "production_capacity", period: "2025Q1", variant: "after Hokuto (北杜) plant expansion", expected: 1500000, line: 907 },
  { dataset: "musashi_supercap_capacity_roadmap", entity: "musashi", metric: "production_capacity", period: "2026-09", variant: "with the Yamanashi (山梨县) plant", expected: 6500000, line: 907 },
  // G040
  { dataset: "jianghai_supercap_profile", entity: "jianghai", metric: "investment", variant: "supercapacitor retooling (raised funds, from 2016)", expected: 8, line: 923 },
  // G043
  { dataset: "liquid_cooling_market_structure", entity: "cold-plate-liquid-cooling", metric: "market_share", variant: "China liquid-cooling market", expected: 95, line: 967 },
];
