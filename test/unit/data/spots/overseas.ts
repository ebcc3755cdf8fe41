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
];
