/**
 * "千P算力8卡机台数" (L1583): the report's own count of 8-card servers for 1000 P of FP16 dense compute reads
 * 1 P as 1024 T (1366 for MLU370-X8's 768 T eight-card figure: 1024 × 1024 / 768 = 1365.3), where
 * AICHIP.SERVERS counts with 1 PFLOPS = 1000 TFLOPS (ceil(1,000,000 / (8 × 96)) = 1303). Both figures stay
 * visible and say which rule they follow, so two functions never give an unlabelled different answer to one
 * question. And H100's FP16 (L1558, 1979 T, not marked sparse in the report) is said to be read as sparse.
 * Written from the report's lines.
 */
import { installCustomFunctions, outcome } from "../../support/custom-functions";

installCustomFunctions();
// eslint-disable-next-line @typescript-eslint/no-require-imports -- after the CustomFunctions global exists
const fns = require("../../../src/functions/functions") as Record<string, (...args: unknown[]) => unknown>;
const servers = (...args: unknown[]) => outcome(() => fns.aichipServers(...args));
const sources = (...args: unknown[]) => outcome(() => fns.aichipSources(...args));
const metrics = (...args: unknown[]) => outcome(() => fns.aichipMetrics(...args));
const spec = (...args: unknown[]) => outcome(() => fns.aichipSpec(...args));

// L1576: 单卡算力 FP16稠密 376T (910B OAM) … 128T (T21) … 96T (MLU370X8); L1583: 342台 … 1024台 … 1366台.
describe.each([
  ["MLU370-X8", 96, 1366, 1303],
  ["T21", 128, 1024, 977],
  ["910B OAM", 376, 342, 333],
])("%s (%d TFLOPS FP16 dense)", (chip, tflops, printed, decimal) => {
  test(`AICHIP.SERVERS(chip, 1000) is ceil(1,000,000 / (8 × ${tflops})) = ${decimal}`, () => {
    expect(servers(chip, 1000, null, null)).toEqual({ value: decimal });
  });

  test(`the report's ${printed} is its own count, and AICHIP.SOURCES shows ours (${decimal}) beneath it with the rule`, () => {
    const out = sources(chip, "千P算力8卡机台数") as { value: unknown[][] };
    const rows = out.value;
    const stated = rows.findIndex((r) => r[0] === printed);
    expect(stated).toBeGreaterThan(0);
    expect(rows[stated][8]).toBe(1583);
    expect(rows[stated][5]).toMatch(/as stated/);
    expect(rows[stated + 1][0]).toBe(decimal);
    expect(rows[stated + 1][5]).toBe("recomputed");
    expect(rows[stated + 1][9]).toMatch(/1 PFLOPS = 1000 TFLOPS, as AICHIP\.SERVERS counts/);
    expect(rows[stated + 1][9]).toMatch(/1024/);
  });

  test("AICHIP.METRICS labels the printed figure as the report's count", () => {
    const rows = (metrics(chip) as { value: unknown[][] }).value;
    const row = rows.find((r) => r[1] === printed && /servers/.test(String(r[0])));
    expect(row?.[0]).toBe("8-card servers per 1000 PFLOPS (report's count)");
  });
});

test("the metric's former English name still answers the printed count", () => {
  expect(spec("MLU370X8", "8-card servers per 1000 PFLOPS", null)).toEqual({ value: 1366 });
  expect(spec("MLU370X8", "千P算力8卡机台数", null)).toEqual({ value: 1366 });
});

test("H100 (L1558: FP16 1979T, the report does not say sparse): SERVERS says the figure is read as sparse", () => {
  expect(servers("H100", 1000, null, null)).toEqual({
    error: "#N/A",
    message: expect.stringMatching(/only as 1979 TFLOPS \(line 1558.*read as sparse \(the report does not say so.*servers are sized on dense compute/),
  });
});
