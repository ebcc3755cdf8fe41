/**
 * A question asked again in another spelling of names already resolved ("H100", then "nvidia h100",
 * "英伟达H100", "Ｈ１００") must get the answer it gets when asked fresh: the report's figure, the same
 * #N/A message naming the chip as the catalogue names it, and a variant typed as the name ("910B OAM",
 * "A100 80GB PCIe", "H100 SXM") answering that variant, never the plain product's figure (nor the
 * reverse). Checked from the outside, as typos-and-compare.test.ts does: the built dist/functions.js is
 * evaluated on its own with a CustomFunctions global and called by function id. Here it is evaluated
 * several times, each time a fresh add-in (its own catalogue, memo and caches), so that an answer can be
 * compared with the same question asked first, or in the reverse order. Every expected figure is taken
 * from the research report (/work/shared/seed/000_9ca86ffbb4c1befa.txt; the line numbers below are that
 * file's), not from data/. Needs `npm run build` first.
 */
import { existsSync, readFileSync } from "fs";
import { Script } from "vm";
import { BUNDLE, CustomFunctionsError, expectCleanMessage, expectWellFormed, outcomeOf, type Fn, type Outcome } from "../../support/outcomes";

/** What an analyst types in a chip cell: text, or a number (a cell holding 920). */
type Typed = string | number;

// Jest runs this file inside its own vm context, while Script#runInThisContext evaluates in Node's
// main context: the globalThis the bundle sees is that one, so the globals go there (and here too).
const scriptGlobal = new Script("globalThis").runInThisContext() as Record<string, unknown>;
const globals = [scriptGlobal, globalThis as unknown as Record<string, unknown>];

let bundle: Script | undefined;

/** Every outcome seen, in every instance, checked once more at the end. */
const seen: { call: string; outcome: Outcome }[] = [];

/** One add-in as Excel loads it: the bundle evaluated afresh, its functions registered by id. */
class AddIn {
  private readonly registry = new Map<string, Fn>();
  /** Every question asked of this instance and its answer, in order. */
  readonly transcript: { id: string; args: unknown[]; outcome: Outcome }[] = [];

  constructor() {
    if (!bundle) {
      if (!existsSync(BUNDLE)) throw new Error("dist/functions.js is missing: run `npm run build` first");
      bundle = new Script(readFileSync(BUNDLE, "utf8"), { filename: "functions.js" });
    }
    const customFunctions = {
      Error: CustomFunctionsError,
      ErrorCode: { invalidValue: "#VALUE!", notAvailable: "#N/A", invalidNumber: "#NUM!" },
      associate: (id: string, fn: Fn) => this.registry.set(id, fn),
    };
    for (const g of globals) {
      g.CustomFunctions = customFunctions;
      g.self = g;
      // A chunk list left by the previous instance would be replayed into this one.
      delete g.webpackChunkai_compute_atlas;
    }
    bundle.runInThisContext();
    for (const id of ["AICHIP.SPEC", "AICHIP.COMPARE"]) if (!this.registry.has(id)) throw new Error(`${id} is not registered`);
  }

  call(id: string, ...args: unknown[]): Outcome {
    const outcome = outcomeOf(this.registry, id, args);
    this.transcript.push({ id, args, outcome });
    seen.push({ call: `${id}${JSON.stringify(args)}`, outcome });
    return outcome;
  }

  spec(chip: Typed, metric: string, variant: string | null = null): Outcome {
    return this.call("AICHIP.SPEC", chip, metric, variant);
  }

  compare(a: Typed, b: Typed, metric: string, variant: string | null = null): Outcome {
    return this.call("AICHIP.COMPARE", a, b, metric, variant);
  }
}

afterAll(() => {
  for (const g of globals) {
    delete g.CustomFunctions;
    delete g.self;
    delete g.webpackChunkai_compute_atlas;
  }
});

/** A number answer equal to the report's figure (a ratio of two figures computed in floating point). */
function expectFigure(outcome: Outcome, figure: number, what: string): number {
  if (!("value" in outcome) || typeof outcome.value !== "number") throw new Error(`${what}: expected ${figure}, got ${JSON.stringify(outcome)}`);
  expect(Number.isFinite(outcome.value)).toBe(true);
  if (Math.abs(outcome.value - figure) > 1e-9 * Math.max(1, Math.abs(figure))) throw new Error(`${what}: expected ${figure}, got ${outcome.value}`);
  return outcome.value;
}

/** A #N/A with a clean message: the message. */
function expectNA(outcome: Outcome, what: string): string {
  if (!("error" in outcome) || outcome.error !== "#N/A") throw new Error(`${what}: expected #N/A, got ${JSON.stringify(outcome)}`);
  expectCleanMessage(outcome.message);
  return outcome.message as string;
}

const show = (v: Typed) => JSON.stringify(v);

/**
 * Metric names as analysts type them: the first as the help lists it, then other spellings the add-in
 * takes for the same metric (case, full width, the report's Chinese row labels: 功耗 L1693, 显存 L1705,
 * 显存带宽 L1579, GPU互联 L1580).
 */
const METRIC_SPELLINGS: Record<string, string[]> = {
  FP16: ["FP16", "fp16", "ＦＰ１６", " FP16 "],
  INT8: ["INT8", "int8", "Int8", "ＩＮＴ８"],
  BF16: ["BF16", "bf16", "ＢＦ１６"],
  FP32: ["FP32", "fp32", "ＦＰ３２"],
  TDP: ["TDP", "tdp", "功耗", "power"],
  // ("HBM" asks for HBM: a chip with other memory has no such figure, test/unit/outside/hbm.test.ts.)
  memory: ["memory", "显存", "VRAM", "Memory"],
  bandwidth: ["bandwidth", "显存带宽", "带宽", "Bandwidth"],
  interconnect: ["interconnect", "GPU互联", "Interconnect", "INTERCONNECT"],
  process: ["process", "Process"],
};
const metricSpelling = (metric: string, i: number) => {
  const spellings = METRIC_SPELLINGS[metric] ?? [metric];
  return spellings[i % spellings.length];
};

interface Chip {
  /** As the report prints it (and AICHIP.LIST names it). */
  name: string;
  /** Other spellings an analyst types for the same chip. */
  spellings: Typed[];
  /** [metric, the report's figure, report lines] */
  figures: [string, number, string][];
}

const CHIPS: Chip[] = [
  {
    name: "910C",
    spellings: ["910c", "昇腾910C", "华为昇腾910C", "Ascend 910C", "ascend-910c", "９１０Ｃ", "  910C  "],
    figures: [
      ["FP16", 800, "1683 (800 TFLOPS/FP16; L1703 prints the range 752 - 800)"],
      ["INT8", 1504, "1704"],
      ["memory", 128, "1705 (128GB HBM2e)"],
      ["TDP", 310, "1706"],
      ["interconnect", 392, "1707"],
    ],
  },
  {
    name: "910B",
    spellings: ["910b", "昇腾910B", "华为昇腾910B", "Ascend910B", "９１０Ｂ", " 910 B "],
    figures: [
      ["FP16", 320, "1682, 1692, 1703"],
      ["INT8", 640, "1692, 1704"],
      ["memory", 64, "1682, 1705"],
      ["TDP", 310, "1693, 1706"],
      ["interconnect", 400, "1707"],
    ],
  },
  {
    name: "H100",
    spellings: ["h100", "英伟达H100", "NVIDIA H100", "nvidia h100", "Ｈ１００", "H-100", " H100 ", "H100\u200b"],
    figures: [
      ["TDP", 700, "286, 301, 946"],
      ["memory", 80, "283, 301"],
      ["bandwidth", 3.35, "301, 1715"],
      ["interconnect", 900, "301 (NVLink 900GB/s)"],
    ],
  },
  {
    name: "A100",
    spellings: ["a100", "英伟达A100", "NVIDIA A100", "Ａ１００", " a 100 "],
    figures: [
      // L286 prints 300 W in the generations table; L300 and L945 print 400 W (the add-in's default, see AICHIP.SOURCES).
      ["TDP", 400, "300, 945"],
      ["memory", 80, "283"],
      ["interconnect", 600, "300 (NVLink 600GB/s)"],
    ],
  },
  {
    name: "H20",
    spellings: ["h20", "英伟达H20", "NVIDIA H20", "Ｈ２０", "h-20"],
    figures: [
      ["memory", 96, "304"],
      ["bandwidth", 4, "304 (受限 4.0TB/s)"],
      ["TDP", 400, "304"],
      ["FP32", 44, "312"],
    ],
  },
  {
    name: "B200",
    spellings: ["b200", "英伟达B200", "NVIDIA B200", "Ｂ２００", "B-200", "nvidia b200"],
    figures: [
      ["TDP", 1000, "947, 1693"],
      ["memory", 192, "283, 1694"],
      ["bandwidth", 8, "1694"],
    ],
  },
  {
    name: "MLU370X8",
    spellings: ["mlu370x8", "MLU370-X8", "寒武纪 MLU370X8", "Cambricon MLU370-X8", "ＭＬＵ３７０－Ｘ８", "寒武纪MLU370X8"],
    figures: [
      ["FP16", 96, "1576"],
      ["memory", 48, "1578"],
      ["interconnect", 64, "1580"],
      ["TDP", 250, "1581"],
    ],
  },
  {
    name: "Maia 100",
    spellings: ["maia100", "MAIA-100", "Microsoft Maia 100", "Ｍａｉａ １００", "maia 100 "],
    figures: [
      ["INT8", 1600, "177"],
      // Column "BF16/FP16 Dense/Sparse" (L172); the add-in reads it as BF16.
      ["BF16", 800, "177"],
      ["memory", 64, "177"],
      ["interconnect", 1200, "177"],
    ],
  },
  {
    name: "天垓150",
    spellings: ["天数 天垓150", "天垓 150", "Tiangai 150", "天垓１５０", "tiangai-150"],
    figures: [
      ["FP16", 190, "1576"],
      ["memory", 64, "1578"],
      ["TDP", 350, "1581"],
    ],
  },
  {
    name: "920",
    // A cell holding the number 920 as well as the text.
    spellings: [920, "昇腾920", "Ascend 920", "华为昇腾920", "ascend920", "９２０"],
    figures: [
      ["INT8", 1800, "1716 (1800TOPS（INT8）)"],
      ["BF16", 900, "1716 (900TFLOPS（BF16）)"],
    ],
  },
];

const chip = (name: string) => CHIPS.find((c) => c.name === name) as Chip;
const allSpellings = (c: Chip): Typed[] => [c.name, ...c.spellings];

/** The add-in most checks ask, in the order the tests are written (each name in its catalogue spelling first). */
let main: AddIn;

beforeAll(() => {
  main = new AddIn();
});

describe("AICHIP.SPEC: every spelling of a chip already resolved gives the report's figure", () => {
  test.each(CHIPS.map((c) => [c.name, c.spellings.length, c] as const))("%s, then %d other spellings", (_name, _count, c) => {
    for (const [metric, figure, lines] of c.figures) {
      // The catalogue spelling first, with each spelling of the metric (report lines in `lines`).
      const first = expectFigure(main.spec(c.name, metric), figure, `SPEC(${show(c.name)}, ${show(metric)}) (report line ${lines})`);
      for (let m = 1; m < (METRIC_SPELLINGS[metric] ?? []).length; m++) {
        const typed = metricSpelling(metric, m);
        expect(expectFigure(main.spec(c.name, typed), figure, `SPEC(${show(c.name)}, ${show(typed)}) (line ${lines})`)).toBe(first);
      }
      // Then the other spellings of the chip, each with another spelling of the metric too.
      c.spellings.forEach((spelling, i) => {
        for (const typed of [metric, metricSpelling(metric, i + 1)]) {
          const value = expectFigure(main.spec(spelling, typed), figure, `SPEC(${show(spelling)}, ${show(typed)}) after ${show(c.name)} (line ${lines})`);
          expect(value).toBe(first);
        }
      });
    }
  });
});

describe("AICHIP.COMPARE in mixed spellings of chips already resolved: figure a / figure b, the same whatever the spelling", () => {
  // [chip a, chip b, metric, a's figure, b's figure, report lines]
  test.each([
    ["910C", "910B", "FP16", 800, 320, "1683, 1682"],
    ["910C", "910B", "INT8", 1504, 640, "1704"],
    ["H100", "A100", "TDP", 700, 400, "301, 300, 945-946"],
    ["H20", "H100", "memory", 96, 80, "304, 301"],
    ["B200", "H100", "TDP", 1000, 700, "946-947"],
    ["B200", "H20", "bandwidth", 8, 4, "1694, 304"],
    ["天垓150", "MLU370X8", "FP16", 190, 96, "1576"],
    ["920", "Maia 100", "INT8", 1800, 1600, "1716, 177"],
    ["H20", "910C", "TDP", 400, 310, "304, 1706"],
  ] as [string, string, string, number, number, string][])("COMPARE(%j, %j, %j) = %d / %d (report lines %s)", (a, b, metric, figureA, figureB, lines) => {
    const [as, bs] = [allSpellings(chip(a)), allSpellings(chip(b))];
    const ratio = figureA / figureB;
    const first = expectFigure(main.compare(a, b, metric), ratio, `COMPARE(${show(a)}, ${show(b)}, ${show(metric)}) (lines ${lines})`);
    const back = expectFigure(main.compare(b, a, metric), 1 / ratio, `COMPARE(${show(b)}, ${show(a)}, ${show(metric)}) (lines ${lines})`);
    // Every spelling of a against a rotating spelling of b and of the metric, both ways round.
    const rounds = Math.max(as.length, bs.length) * 2;
    for (let i = 0; i < rounds; i++) {
      const [sa, sb, sm] = [as[i % as.length], bs[(i * 3 + 1) % bs.length], metricSpelling(metric, i)];
      expect(expectFigure(main.compare(sa, sb, sm), ratio, `COMPARE(${show(sa)}, ${show(sb)}, ${show(sm)})`)).toBe(first);
      expect(expectFigure(main.compare(sb, sa, sm), 1 / ratio, `COMPARE(${show(sb)}, ${show(sa)}, ${show(sm)})`)).toBe(back);
    }
    // A chip against itself in two spellings is 1.
    expect(main.compare(as[0], as[as.length - 1], metric)).toEqual({ value: 1 });
  });
});

describe("#N/A for a figure a chip lacks: the same code and message in every spelling, naming the chip as the catalogue does", () => {
  /** The message must not echo a spelling the analyst typed unless it is the catalogue's own. */
  function expectNamedAsCatalogue(message: string, typed: Typed[], catalogueNames: string[]): void {
    for (const name of catalogueNames) expect(message).toContain(name);
    for (const t of typed) {
      const text = String(t).trim();
      if (catalogueNames.some((n) => n.includes(text))) continue;
      if (message.includes(text)) throw new Error(`the message echoes the spelling typed, ${show(t)}: ${message}`);
    }
  }

  // [spellings (the catalogue's first), metric, the chip as the report prints it, what the report says]
  test.each([
    [["H20", "英伟达H20", "nvidia h20", "Ｈ２０"], "INT8", "H20", "lines 304, 310-314: no INT8 figure for H20"],
    [["Graviton4", "graviton 4", "AWS Graviton4", "ＧＲＡＶＩＴＯＮ４"], "INT8", "Graviton4", 'line 179: INT8 "-"'],
    [["910D", "昇腾910D", "ascend 910d", "９１０Ｄ"], "TDP", "910D", "lines 1715-1725: no power figure"],
    [["Maia 100", "maia100", "MAIA-100", "Microsoft Maia 100"], "FP32", "Maia 100", 'line 177: TF32/FP32 "-"'],
    [["TPUv5E", "tpu v5e", "Google TPU v5e", "ＴＰＵｖ５Ｅ"], "process", "TPUv5E", 'line 174: process "-"'],
    [["920", 920, "昇腾920", "Ascend 920"], "TDP", "920", "line 1716: no power figure"],
    [["B30", "b30", "英伟达B30", "Ｂ３０"], "memory", "B30", "lines 294, 305, 311: GDDR7, no capacity"],
  ] as [Typed[], string, string, string][])("%j %s -> #N/A naming %j (%s)", (spellings, metric, catalogueName) => {
    const first = main.spec(spellings[0], metric);
    const message = expectNA(first, `SPEC(${show(spellings[0])}, ${show(metric)})`);
    expectNamedAsCatalogue(message, spellings, [catalogueName]);
    spellings.forEach((spelling, i) => {
      for (const typed of [metric, metricSpelling(metric, i + 1)]) {
        const again = main.spec(spelling, typed);
        expect(again).toEqual(first);
      }
    });
  });

  // [chip a spellings, chip b spellings, metric, names the message must hold, what the report says]
  test.each([
    [["H20", "nvidia h20", "英伟达H20", "Ｈ２０"], ["A100", "a100", "英伟达A100", "Ａ１００"], "INT8", ["H20", "A100"], "lines 304, 310-314: no H20 INT8"],
    [["A100", "a100", "NVIDIA A100"], ["H20", "h20", "英伟达H20"], "INT8", ["A100", "H20"], "lines 304, 310-314: no H20 INT8"],
    [["910B", "昇腾910B", "910b", "Ascend910B"], ["910D", "昇腾910D", "ascend 910d"], "TDP", ["910B", "910D"], "lines 1715-1725: no 910D power"],
    [["Graviton4", "graviton 4", "AWS Graviton4"], ["Trainium2", "trn2", "trainium 2", "AWS Trainium2"], "INT8", ["Graviton4", "Trainium2"], 'line 179: Graviton4 INT8 "-"'],
  ] as [Typed[], Typed[], string, string[], string][])("COMPARE(%j, %j, %j) -> #N/A naming %j (%s)", (as, bs, metric, names) => {
    const first = main.compare(as[0], bs[0], metric);
    const message = expectNA(first, `COMPARE(${show(as[0])}, ${show(bs[0])}, ${show(metric)})`);
    expectNamedAsCatalogue(message, [...as, ...bs], names);
    const rounds = Math.max(as.length, bs.length) * 2;
    for (let i = 0; i < rounds; i++) {
      expect(main.compare(as[i % as.length], bs[(i * 3 + 1) % bs.length], metricSpelling(metric, i))).toEqual(first);
    }
  });
});

describe("a name that names a product variant answers that variant, after or before the plain product", () => {
  interface VariantCase {
    plain: Typed[];
    variant: Typed[];
    metric: string;
    /** The plain product's figure, and the variant's (null: the report gives the variant none: #N/A). */
    plainFigure: number;
    variantFigure: number | null;
    lines: string;
  }
  const CASES: VariantCase[] = [
    {
      plain: ["910B", "昇腾910B", "910b"],
      variant: ["910B OAM", "910b oam", "910B-OAM", "９１０Ｂ ＯＡＭ"],
      metric: "FP16",
      plainFigure: 320,
      variantFigure: 376,
      lines: "1682 / 1576",
    },
    { plain: ["910B", "华为昇腾910B"], variant: ["910B OAM", "910b  oam", "９１０Ｂ ＯＡＭ"], metric: "TDP", plainFigure: 310, variantFigure: 400, lines: "1693, 1706 / 1581" },
    { plain: ["910B", "Ascend 910B"], variant: ["910B OAM", "910BOAM"], metric: "interconnect", plainFigure: 400, variantFigure: 392, lines: "1707 / 1580" },
    // The domestic-card table (L1575-1582) has no INT8 row.
    { plain: ["910B", "昇腾910B"], variant: ["910B OAM", "910b oam"], metric: "INT8", plainFigure: 640, variantFigure: null, lines: "1692, 1704 / none" },
    {
      plain: ["A100", "英伟达A100", "a100"],
      variant: ["A100 80GB PCIe", "a100 80gb pcie", "A100-80GB-PCIe"],
      metric: "TDP",
      plainFigure: 400,
      variantFigure: 300,
      lines: "300, 945 / 1559",
    },
    // The NVIDIA/domestic table (L1557-1559) has no interconnect column.
    {
      plain: ["A100", "NVIDIA A100"],
      variant: ["A100 80GB PCIe", "Ａ１００ ８０ＧＢ ＰＣＩｅ"],
      metric: "interconnect",
      plainFigure: 600,
      variantFigure: null,
      lines: "300 / none",
    },
    // "40GB/80GB HBM2e" (L300): two memory configurations; the generations table gives 80 (L283).
    { plain: ["A100", "a100"], variant: ["A100 40GB", "a100 40gb", "A100-40GB", "Ａ１００ ４０ＧＢ"], metric: "memory", plainFigure: 80, variantFigure: 40, lines: "283 / 300" },
    // The table of L1557-1558 has no bandwidth or interconnect column for H100 SXM.
    {
      plain: ["H100", "英伟达H100", "nvidia h100"],
      variant: ["H100 SXM", "h100 sxm", "H100-SXM", "Ｈ１００ ＳＸＭ"],
      metric: "bandwidth",
      plainFigure: 3.35,
      variantFigure: null,
      lines: "301 / none",
    },
    { plain: ["H100", "Ｈ１００"], variant: ["H100 SXM", "H100SXM"], metric: "interconnect", plainFigure: 900, variantFigure: null, lines: "301 / none" },
  ];

  /** Asks every spelling of `names` (each with a second metric spelling too) and checks the figure, or the one #N/A. */
  function askAll(addIn: AddIn, names: Typed[], metric: string, figure: number | null, what: string, variantName?: string): void {
    let firstNA: Outcome | undefined;
    names.forEach((name, i) => {
      for (const typed of [metric, metricSpelling(metric, i + 1)]) {
        const outcome = addIn.spec(name, typed);
        const label = `SPEC(${show(name)}, ${show(typed)}) ${what}`;
        if (figure !== null) {
          expectFigure(outcome, figure, label);
          continue;
        }
        const message = expectNA(outcome, label);
        // Named as the report prints the variant, never as typed.
        if (variantName !== undefined) expect(message).toContain(variantName);
        const text = String(name).trim();
        if (variantName !== undefined && !variantName.includes(text) && message.includes(text)) throw new Error(`${label}: the message echoes the spelling typed: ${message}`);
        if (firstNA === undefined) firstNA = outcome;
        else expect(outcome).toEqual(firstNA);
      }
    });
  }

  test.each(CASES.map((c) => [c.variant[0], c.metric, c.plain[0], c.lines, c] as const))("%s %s vs %s (report lines %s)", (_v, _m, _p, _lines, c) => {
    const variantName = String(c.variant[0]);
    // The plain product first, then its variant (in a fresh add-in, and in the shared one).
    for (const addIn of [new AddIn(), main]) {
      askAll(addIn, c.plain, c.metric, c.plainFigure, "(plain, asked first)");
      askAll(addIn, c.variant, c.metric, c.variantFigure, `(variant, after ${show(c.plain[0])})`, variantName);
      askAll(addIn, c.plain, c.metric, c.plainFigure, `(plain, after ${show(c.variant[0])})`);
    }
    // The variant first, then the plain product.
    const reverse = new AddIn();
    askAll(reverse, c.variant, c.metric, c.variantFigure, "(variant, asked first)", variantName);
    askAll(reverse, c.plain, c.metric, c.plainFigure, `(plain, after ${show(c.variant[0])})`);
    askAll(reverse, c.variant, c.metric, c.variantFigure, `(variant, after ${show(c.plain[0])})`, variantName);
    // The variant against the plain product, in mixed spellings: its own figure over the product's.
    for (const addIn of [main, reverse]) {
      for (let i = 0; i < Math.max(c.plain.length, c.variant.length); i++) {
        const [v, p] = [c.variant[i % c.variant.length], c.plain[i % c.plain.length]];
        const vp = addIn.compare(v, p, c.metric);
        const pv = addIn.compare(p, v, c.metric);
        if (c.variantFigure === null) {
          expectNA(vp, `COMPARE(${show(v)}, ${show(p)}, ${show(c.metric)})`);
          expectNA(pv, `COMPARE(${show(p)}, ${show(v)}, ${show(c.metric)})`);
        } else {
          expectFigure(vp, c.variantFigure / c.plainFigure, `COMPARE(${show(v)}, ${show(p)}, ${show(c.metric)})`);
          expectFigure(pv, c.plainFigure / c.variantFigure, `COMPARE(${show(p)}, ${show(v)}, ${show(c.metric)})`);
        }
      }
    }
  });

  // The variant as the third argument (a unique part of its name is enough, per the function's help) gives what the variant's name gives.
  test.each([
    ["910B", "FP16", "OAM", 376, "1576"],
    ["昇腾910B", "TDP", "OAM", 400, "1581"],
    ["A100", "TDP", "PCIe", 300, "1559"],
    ["英伟达A100", "memory", "40GB", 40, "300"],
  ] as [string, string, string, number, string][])("SPEC(%j, %j, %j) = %d (report line %s), before and after the name without it", (name, metric, variant, figure) => {
    const plainFirst = main.spec(name, metric);
    expectWellFormed(plainFirst);
    expectFigure(main.spec(name, metric, variant), figure, `SPEC(${show(name)}, ${show(metric)}, ${show(variant)})`);
    expect(main.spec(name, metric)).toEqual(plainFirst);
    const fresh = new AddIn();
    expectFigure(fresh.spec(name, metric, variant), figure, `SPEC(${show(name)}, ${show(metric)}, ${show(variant)}) asked first`);
    expect(fresh.spec(name, metric)).toEqual(plainFirst);
  });
});

describe("the order of the questions does not matter", () => {
  test("each other spelling, asked first in a fresh add-in, gets what it got after the catalogue spelling", () => {
    const differing: string[] = [];
    for (const c of CHIPS) {
      const [metric] = c.figures[0];
      c.spellings.forEach((spelling, i) => {
        const typed = metricSpelling(metric, i + 1);
        const fresh = new AddIn().spec(spelling, typed);
        const after = main.spec(spelling, typed);
        if (JSON.stringify(fresh) !== JSON.stringify(after))
          differing.push(`SPEC(${show(spelling)}, ${show(typed)}): fresh ${JSON.stringify(fresh)}, after ${JSON.stringify(after)}`);
      });
    }
    expect(differing).toEqual([]);
  });

  test("a fresh add-in asked every question above in the reverse order gives identical answers (values and messages)", () => {
    const asked = [...main.transcript];
    expect(asked.length).toBeGreaterThan(500);
    const reverse = new AddIn();
    const differing: string[] = [];
    for (let i = asked.length - 1; i >= 0; i--) {
      const { id, args, outcome } = asked[i];
      const again = reverse.call(id, ...args);
      if (JSON.stringify(again) !== JSON.stringify(outcome)) differing.push(`${id}${JSON.stringify(args)}: in order ${JSON.stringify(outcome)}, reversed ${JSON.stringify(again)}`);
    }
    expect(differing.slice(0, 20)).toEqual([]);
  });
});

describe("every answer is a finite number, a string, or #N/A / #VALUE! / #NUM!", () => {
  test("everything the tests above called, in every add-in", () => {
    expect(seen.length).toBeGreaterThan(1000);
    for (const { call, outcome } of seen) {
      if ("value" in outcome && (outcome.value === undefined || outcome.value === null)) throw new Error(`${call} returned ${String(outcome.value)}`);
      expectWellFormed(outcome);
    }
  });
});
