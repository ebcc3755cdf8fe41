import type { Spot } from "./types";

export const spots: Spot[] = [
  {"dataset": "apple_intelligence_features", "row": 1, "column": "ios_18_1", "cell": "×", "line": 1985},
  {"dataset": "apple_intelligence_features", "entity": "ios-18-2", "metric": "event", "period": "2024-12-12", "expected": "苹果发布iOS 18.2 正式版 (iOS 18.2 released)", "line": 1979},
  {"dataset": "apple_product_roadmap", "entity": "foldable-iphone", "metric": "screen_size", "variant": "内屏 (inner screen)", "expected": 8, "line": 1994},
  {"dataset": "apple_product_roadmap", "entity": "ipad-air", "metric": "screen_size", "variant": "planned OLED model", "expected": 10.9, "line": 1994},
  {"dataset": "iphone16_vs_17_specs", "entity": "iphone-17-pro", "metric": "dram", "expected": 12, "line": 2002},
  {"dataset": "iphone16_vs_17_specs", "entity": "iphone-16-plus", "metric": "screen_size", "expected": 6.7, "line": 1999},
  {"dataset": "iphone16_vs_17_specs", "entity": "iphone-17-slim", "metric": "screen_size", "expected": 6.6, "line": 1999},
  {"dataset": "iphone16_vs_17_specs", "entity": "iphone-17-slim", "metric": "baseband", "expected": "自研5G BP", "line": 2001},
  {"dataset": "iphone16_vs_17_specs", "entity": "iphone-17-pro-max", "metric": "wifi", "expected": "Wi-Fi 7（自研）", "line": 2005},
  {"dataset": "iphone16_vs_17_specs", "row": 6, "column": "pro_max", "cell": "/Wi-Fi 7（自研）", "line": 2005},
  {"dataset": "xiaomi_mimo_facts", "entity": "xiaomi-mimo", "metric": "training_tokens", "variant": "pre-training total (three stages)", "expected": 25, "line": 2013},
  {"dataset": "xiaomi_mimo_facts", "entity": "xiaomi-mimo", "metric": "model_params", "expected": 7, "line": 2013},
  {"dataset": "xiaomi_xring_chips", "entity": "xring-o1", "metric": "transistors", "expected": 19000000000, "line": 2028},
  {"dataset": "xiaomi_xring_chips", "entity": "xiaomi", "metric": "rd_spend", "period": "2026-2030", "variant": "core technology, plan", "expected": 2000, "line": 2027},
  {"dataset": "xiaomi_ecosystem_ev", "entity": "xiaomi-yu7", "metric": "driving_range", "variant": "标准版 (Standard)", "expected": 835, "line": 2050},
];
