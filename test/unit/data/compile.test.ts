/**
 * The data pipeline refuses bad data, and says where: file, row (with its report line) and field.
 * Each case starts from the real data/ tree and breaks one thing.
 */
import { compileCatalog, formatIssue, type SourceTree } from "../../../src/data/compile";
import { readSourceTree } from "../../../scripts/catalog-files";

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
    const result = compileCatalog(treeWith([{ path: "domestic/probe.json", json: { ...base, facts: [{ ...goodFact, period: "2019", value: 3.4, unit: "CNY bn", raw: "340亿元" }] } }]));
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
