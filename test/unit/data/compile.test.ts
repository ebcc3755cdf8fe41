/**
 * The data pipeline refuses bad data, and says where: file, row (with its report line) and field.
 * Each case starts from the real data/ tree and breaks one thing.
 */
import { compileCatalog, duplicateKeys, formatIssue, parseSourceFile, type SourceTree } from "../../../src/data/compile";
import { readSourceTree } from "../../../scripts/catalog-files";
import { Atlas } from "../../../src/domain/atlas";

const pristine = readSourceTree();

function treeWith(datasets: { path: string; json: unknown }[], change?: (t: SourceTree) => void): SourceTree {
  const tree: SourceTree = structuredClone(pristine);
  tree.datasets.push(...datasets);
  change?.(tree);
  return tree;
}

const base = {
  id: "probe",
  groups: ["G060"],
  theme: "domestic",
  section: "2.2.1",
  title: { zh: "测试", en: "Probe" },
  heading: { text: "2.2.1 算力投入驱动腾讯CAPEX激增", line: 1293 },
};
const goodFact = { entity: "tencent", metric: "capex", period: "2020", line: 1295, raw: "2020年**340亿元**", value: 340, unit: "CNY 100m" };

function problems(tree: SourceTree): string[] {
  return compileCatalog(tree).issues.map(formatIssue);
}

describe("data check", () => {
  test("the bundled data compiles with no problem", () => {
    expect(problems(treeWith([]))).toEqual([]);
  });

  test("a well-formed dataset compiles and converts units", () => {
    // 3.4 is not printed: the probe says so in the reviewed exceptions, as a real fact would.
    const exception = { key: "probe|1295|tencent|capex|2019|", why: "probe: 340亿元 typed as CNY 3.4bn" };
    const result = compileCatalog(
      treeWith([{ path: "domestic/probe.json", json: { ...base, facts: [{ ...goodFact, period: "2019", value: 3.4, unit: "CNY bn", raw: "340亿元" }] } }], (t) =>
        (t.rawValueExceptions.json as unknown[]).push(exception),
      ),
    );
    expect(result.issues).toEqual([]);
    const fact = result.catalog?.facts.find((f) => f.dataset === "probe");
    expect(fact).toMatchObject({ value: 34, unit: "CNY 100m", unitAsEntered: "CNY bn" });
  });

  test.each<[string, unknown, RegExp]>([
    ["a value not printed on its line", { ...base, facts: [{ ...goodFact, raw: "341亿元" }] }, /probe\.json › facts\[0\] \(line 1295\): raw "341亿元" is not printed on line 1295/],
    ["a number without its unit", { ...base, facts: [{ ...goodFact, unit: undefined }] }, /probe\.json › facts\[0\] \(line 1295\) › unit: a number needs its unit/],
    ["an unknown unit", { ...base, facts: [{ ...goodFact, unit: "RMB" }] }, /facts\[0\] \(line 1295\) › unit: unknown unit "RMB"/],
    ["a unit of the wrong dimension", { ...base, facts: [{ ...goodFact, unit: "USD 100m" }] }, /unit USD 100m \(usd\) cannot convert to capex's unit CNY 100m \(cny\)/],
    ["an unknown entity", { ...base, facts: [{ ...goodFact, entity: "tencet" }] }, /facts\[0\] \(line 1295\) › entity: unknown entity "tencet"/],
    ["an unknown metric", { ...base, facts: [{ ...goodFact, metric: "capexx" }] }, /unknown metric "capexx"/],
    ["a line past the end of the report", { ...base, facts: [{ ...goodFact, line: 99999 }] }, /line 99999 is past the end of the report/],
    ["a range with one end", { ...base, facts: [{ ...goodFact, value: undefined, low: 300 }] }, /low: a range needs both low and high/],
    ["a fact with two shapes", { ...base, facts: [{ ...goodFact, text: "x" }] }, /exactly one of: value, low\+high, text, nullReason/],
    ["an unknown section", { ...base, section: "9.9", facts: [goodFact] }, /section: section 9.9 is not listed for theme domestic/],
    ["an unknown group", { ...base, groups: ["G999"], facts: [goodFact] }, /groups\[0\]: G999 is not a DATA-MAP group/],
    ["a heading not on its line", { ...base, heading: { text: "Not a heading", line: 1293 }, facts: [goodFact] }, /heading: heading "Not a heading" is not printed on line 1293/],
    ["an unknown field", { ...base, facts: [{ ...goodFact, valeu: 1 }] }, /facts\[0\] \(line 1295\): Unrecognized key: "valeu"/],
    [
      "a table row of the wrong width",
      { ...base, table: { columns: [{ key: "a", zh: "亿元", en: "CNY 100m" }], rows: [{ line: 1302, cells: ["运营性资本开支", "26.4"] }] } },
      /table › rows\[0\] \(line 1302\) › cells: row has 2 cells, the table has 1 columns/,
    ],
    [
      "different figures for one fact without a conflict",
      { ...base, facts: [goodFact, { ...goodFact, raw: "768亿元", value: 768 }] },
      /tencent capex 2020 has different values .*: give them one conflict id/,
    ],
    [
      "a conflict without a preferred figure",
      {
        ...base,
        conflicts: [{ id: "PROBE", summary: "s", rule: "R5" }],
        facts: [{ ...goodFact, conflict: "PROBE" }, { ...goodFact, raw: "768亿元", value: 768, conflict: "PROBE" }],
      },
      /conflict PROBE needs exactly one preferred fact, has 0/,
    ],
    [
      "a list member not printed on the list's line",
      { ...base, lists: [{ id: "probe_list", subject: "bat", kind: "members", printed: "腾讯资本开支", line: 1295, members: [{ name: "百度", entity: "baidu" }] }] },
      /lists\[0\] probe_list › members\[0\]: name "百度" is not printed on line 1295/,
    ],
  ])("rejects %s", (_what, json, message) => {
    const found = problems(treeWith([{ path: "domestic/probe.json", json }]));
    expect(found.some((p) => message.test(p))).toBe(true);
  });

  describe("a typed number is the number printed in its raw text", () => {
    const tencent = (value: number, extra: object = {}) =>
      treeWith([], (t) => {
        const file = t.datasets.find((d) => d.path === "domestic/tencent_capex_annual.json") as { json: { facts: Record<string, unknown>[] } };
        Object.assign(file.json.facts[1], { value }, extra);
      });
    test.each([769, 7680, 340, 76.8])("refuses %s where raw reads 2024年768亿元", (value) => {
      expect(problems(tencent(value))).toContainEqual(
        `data/domestic/tencent_capex_annual.json › facts[1] (line 1295) › value: value ${value} CNY 100m is not a number printed in raw "2024年768亿元" (printed: 2024, 768); fix the number, or, if the report writes it in words or a magnitude, add "tencent_capex_annual|1295|tencent|capex|2024|" with why to data/raw-value-exceptions.json`,
      );
    });
    test("accepts the printed number in another unit's terms only through the unit the file gives", () => {
      expect(problems(tencent(76.8, { unit: "CNY bn" }))).toContainEqual(expect.stringMatching(/facts\[1\] \(line 1295\) › value: value 76.8 CNY bn is not a number printed/));
    });
    test("refuses a percent typed as a fraction with unit %, accepts it in a percent unit that says fraction", () => {
      const cagr = (value: number, unit: string, extraUnits: unknown[] = []) =>
        treeWith([], (t) => {
          const file = t.datasets.find((d) => d.path === "domestic/tencent_capex_annual.json") as { json: { facts: Record<string, unknown>[] } };
          Object.assign(file.json.facts[2], { value, unit });
          if (extraUnits.length > 0) t.units.push({ path: "units/probe.json", json: extraUnits });
        });
      expect(problems(cagr(0.2259, "%"))).toContainEqual(expect.stringMatching(/tencent_capex_annual\.json › facts\[2\] \(line 1295\) › value: value 0\.2259 % is not a number printed in raw "年均复合增长率（CAGR）约为22\.59%"/));
      expect(problems(cagr(22.59, "%"))).toEqual([]);
      const fraction = [{ id: "probe-fraction", dimension: "percent", factor: 100, en: "a fraction (0.45 means 45%)" }];
      expect(problems(cagr(0.2259, "probe-fraction", fraction))).toEqual([]);
      expect(problems(cagr(0.2258, "probe-fraction", fraction))).toContainEqual(expect.stringMatching(/facts\[2\] \(line 1295\) › value: value 0\.2258 probe-fraction is not a number printed/));
    });
    test("checks both ends of a range, after the file's scale", () => {
      const found = problems(treeWith([{ path: "domestic/probe.json", json: { ...base, facts: [{ ...goodFact, raw: "340亿元 - 768亿元", value: undefined, low: 340, high: 769 }] } }]));
      expect(found).toContainEqual(expect.stringMatching(/probe\.json › facts\[0\] \(line 1295\) › high: high 769 CNY 100m is not a number printed in raw "340亿元 - 768亿元"/));
      expect(problems(treeWith([{ path: "domestic/probe.json", json: { ...base, facts: [{ ...goodFact, period: "2019", value: 3400, scale: 10 }] } }]))).toEqual([]);
    });
    test("a reviewed exception lets a number in words through, and an exception that names no such fact is refused", () => {
      const found = problems(
        treeWith([], (t) => {
          (t.rawValueExceptions.json as unknown[]).push({ key: "tencent_capex_annual|1295|tencent|capex|2024|", why: "a stale probe entry" });
        }),
      );
      expect(found).toContainEqual(
        "data/raw-value-exceptions.json › [28] tencent_capex_annual|1295|tencent|capex|2024|: names no fact whose number needs an exception (the fact changed or is gone): remove it",
      );
      const words = problems(treeWith([], (t) => (t.rawValueExceptions.json as { key: string }[]).splice(0, 1)));
      expect(words).toContainEqual(expect.stringMatching(/^data\/overseas\/cpo_vendor_progress\.json › facts\[\d+\] \(line 674\) › value: value 51\.2 Tb\/s is not a number printed/));
    });
  });

  describe("duplicate keys", () => {
    test("a key given twice in one object is refused with file › row (line) › field", () => {
      const text = '{"id":"probe","facts":[{"line":1295,"value":768,"value":769}],"x":{"a":1,"b":[{"c":1},{"c":2,"c":3}]}}';
      expect(duplicateKeys(text)).toEqual([["facts", 0, "value"], ["x", "b", 1, "c"]]);
      expect(duplicateKeys('{"a":"x\\"y","b":{"a":1},"c":["a","a"]}')).toEqual([]);
      const file = parseSourceFile("domestic/probe.json", JSON.stringify({ ...base, facts: [goodFact] }).replace('"value":340', '"value":340,"value":341'));
      expect(problems(treeWith([file]))).toContainEqual(
        'data/domestic/probe.json › facts[0] (line 1295) › value: key "value" appears twice in one object; JSON keeps only the last, so say it once',
      );
    });
  });

  describe("a refused file or fact reports its own error only, not its reviewed exceptions as stale", () => {
    const cpo = () => pristine.datasets.find((d) => d.path === "overseas/cpo_vendor_progress.json") as { path: string; json: { facts: Record<string, unknown>[] } };
    const withFile = (file: { path: string; json: unknown }) => treeWith([], (t) => (t.datasets = t.datasets.map((d) => (d.path === file.path ? file : d))));

    test("a duplicated key in a file with exceptions: one line, the duplicate", () => {
      const text = JSON.stringify(cpo().json);
      const fact = cpo().json.facts.findIndex((f) => f.value !== undefined);
      const doubled = text.replace(/"value":([^,}]+)/, '"value":$1,"value":$1');
      expect(problems(withFile(parseSourceFile(cpo().path, doubled)))).toEqual([
        `data/overseas/cpo_vendor_progress.json › facts[${fact}] (line ${cpo().json.facts[fact].line}) › value: key "value" appears twice in one object; JSON keeps only the last, so say it once`,
      ]);
    });

    test("a file that is not valid JSON: one line", () => {
      expect(problems(withFile({ path: cpo().path, json: undefined, parseError: "Unexpected end of JSON input" } as never))).toEqual([
        "data/overseas/cpo_vendor_progress.json: not valid JSON: Unexpected end of JSON input",
      ]);
    });

    test("facts of a metric missing from the vocabulary: their unknown-metric lines, not their exceptions", () => {
      const found = problems(
        treeWith([], (t) => {
          for (const m of t.metrics) m.json = (m.json as { id: string }[]).filter((x) => x.id !== "switch_capacity");
        }),
      );
      expect(found.length).toBeGreaterThan(0);
      expect(found.filter((p) => !/› metric: unknown metric "switch_capacity"/.test(p))).toEqual([]);
    });
  });

  test("rejects a file that is not JSON", () => {
    const found = problems(treeWith([{ path: "domestic/probe.json", json: undefined, parseError: "Unexpected token } in JSON at position 9" } as never]));
    expect(found).toContainEqual(expect.stringMatching(/data\/domestic\/probe\.json: not valid JSON: Unexpected token/));
  });

  test("rejects a dataset in the wrong folder or file", () => {
    const found = problems(treeWith([{ path: "overseas/other.json", json: { ...base, facts: [goodFact] } }]));
    expect(found).toContainEqual(expect.stringMatching(/the file should be named probe\.json/));
    expect(found).toContainEqual(expect.stringMatching(/a domestic dataset belongs in data\/domestic\//));
  });

  test("rejects a name shared by two entities", () => {
    const found = problems(
      treeWith([], (t) => t.entities.push({ path: "entities/probe.json", json: [{ id: "tencent-music", type: "company", zh: "腾讯音乐", aliases: ["Tencent"] }] })),
    );
    expect(found).toContainEqual(expect.stringMatching(/entities\/probe\.json › tencent-music: name "Tencent" also names entity tencent/));
  });

  test("rejects an entity defined twice with different names", () => {
    const found = problems(treeWith([], (t) => t.entities.push({ path: "entities/probe.json", json: [{ id: "tencent", type: "company", zh: "腾讯控股" }] })));
    expect(found).toContainEqual(expect.stringMatching(/entity tencent is also defined in data\/entities\/core\.json with zh "腾讯", not "腾讯控股"/));
  });

  test("rejects a report that is not the one the data was read from", () => {
    const found = problems(treeWith([], (t) => (t.report = t.report.replace("340亿元", "350亿元"))));
    expect(found).toContainEqual(expect.stringMatching(/version\.json › report › sha256: the report file's sha256 is/));
  });
});

test("the bundle's compact catalogue expands to exactly the compiled one", () => {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { compactCatalog, expandCatalog } = require("../../../src/data/catalog") as typeof import("../../../src/data/catalog");
  const full = compileCatalog(treeWith([])).catalog;
  if (!full) throw new Error("no catalogue");
  const shipped = JSON.parse(JSON.stringify(compactCatalog(full)));
  expect(JSON.stringify(shipped).length).toBeLessThan(JSON.stringify(full).length * 0.98);
  expect(expandCatalog(shipped)).toEqual(full);
  expect(expandCatalog(structuredClone(full))).toEqual(full);
});

test("the bundle's catalogue with its texts parsed on first use is exactly the compiled one", () => {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { shippedCatalog, expandCatalog, harmoniseUnits } = require("../../../src/data/catalog") as typeof import("../../../src/data/catalog");
  const compiled = compileCatalog(treeWith([])).catalog;
  if (!compiled) throw new Error("no catalogue");
  const { core, texts } = shippedCatalog(compiled);
  // The build harmonises the units the Atlas would (and leaves the compiled catalogue as it was).
  const full = structuredClone(compiled);
  harmoniseUnits(full);
  expect(full.facts.filter((f, i) => f.unit !== compiled.facts[i].unit).length).toBeGreaterThan(0);
  expect(compiled).toEqual(compileCatalog(treeWith([])).catalog);
  // Table rows whose cells are their line split at tabs ship as the line alone.
  const shippedRows = (JSON.parse(texts) as { datasets: { table?: { rows: object[] } }[] }).datasets.flatMap((d) => d.table?.rows ?? []);
  expect(shippedRows.filter((r) => !("cells" in r)).length).toBeGreaterThan(shippedRows.length / 2);
  // The report lines ship as gaps and texts, without their numbers as keys.
  expect(Array.isArray((JSON.parse(texts) as { lines: unknown }).lines)).toBe(true);
  // What load parses holds no report line and no dataset table.
  expect(core).not.toContain(JSON.stringify(Object.values(full.lines)[0]).slice(1, -1));
  expect(JSON.parse(core).datasets.some((d: object) => "table" in d)).toBe(false);
  // Read field by field (first use), then as a whole.
  const shipped = expandCatalog(JSON.parse(core), texts);
  const withTable = full.datasets.findIndex((d) => d.table !== undefined);
  expect(shipped.datasets[withTable].table).toEqual(full.datasets[withTable].table);
  const given = (d: object) => Object.entries(d).filter(([, v]) => v !== undefined).map(([k]) => k).sort();
  expect(given(shipped.datasets[withTable])).toEqual(given(full.datasets[withTable]));
  expect(shipped.lines).toEqual(full.lines);
  expect(shipped).toEqual(full);
  // A module that carries its texts (as the bundle's does) expands the same, as JSON or as a function giving it.
  expect(expandCatalog(Object.assign(JSON.parse(core), { texts }))).toEqual(full);
  let read = 0;
  const onFirstUse = expandCatalog(Object.assign(JSON.parse(core), { texts: () => (read++, texts) }));
  expect(read).toBe(0);
  expect(onFirstUse).toEqual(full);
  expect(read).toBe(1);
  // An Atlas over it answers from the same facts as one over the compiled catalogue.
  expect(new Atlas(shipped).catalog.facts).toEqual(new Atlas(structuredClone(compiled)).catalog.facts);
});

test("the bundle's JSON read back from a function's comment is the JSON, a star and slash inside a string too", () => {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { asComment, fromComment } = require("../../../src/data/catalog") as typeof import("../../../src/data/catalog");
  const value = { note: "a */ b /* c", path: "x*/y", lines: { "3": "中文 \u2028 */" }, n: [1, 2.5] };
  const json = JSON.stringify(value);
  const source = asComment(json);
  // The function as the bundle holds it, compiled by the engine and printed back by Function.prototype.toString.
  const fn = new Function(`return ${source};`)() as () => void;
  expect(JSON.parse(fromComment(fn.toString()))).toEqual(value);
  expect(JSON.parse(fromComment(source))).toEqual(value);
});
