/**
 * SUPPLIERS names who supplies a thing, as the report says so. L324: 维谛、台达、光宝、Foxcon showed 800V HVDC
 * power racks (vendors); L820: 中国电信 pushed HVDC's use, 阿里巴巴 and 腾讯 apply it, Intel、微软、Meta have adopted
 * it (users, not suppliers). L905: 超级电容成为GB300标配,当前主要供应商为日本武藏 (the main supplier is Musashi);
 * L922: 江海股份 … 国内超容龙头. Written from the report's lines.
 */
import { installCustomFunctions, outcome } from "../../support/custom-functions";

installCustomFunctions();
// eslint-disable-next-line @typescript-eslint/no-require-imports -- after the CustomFunctions global exists
const fns = require("../../../src/functions/functions") as Record<string, (...args: unknown[]) => unknown>;
const names = (component: string) => ((outcome(() => fns.suppliers(component, null)) as { value: string[][] }).value ?? []).map((r) => r[0]);
const of = (company: string) => (outcome(() => fns.suppliersOf(company)) as { value: unknown[][] }).value;

test('SUPPLIERS("HVDC") is the four vendors of L324, not its adopters of L820', () => {
  expect(names("HVDC")).toEqual(["维谛", "台达", "光宝", "Foxcon"]);
});

test("an HVDC adopter is still listed by SUPPLIERS.OF, as a customer (L820)", () => {
  expect(of("中国电信")).toEqual(expect.arrayContaining([["HVDC", "customers", "中国电信", 820]]));
  expect(of("Meta").find((r) => r[0] === "HVDC")?.[1]).toBe("customers");
});

test('SUPPLIERS("超级电容") includes Musashi, its main supplier (L905), and 江海股份 (L922)', () => {
  const got = names("超级电容");
  expect(got).toEqual(expect.arrayContaining(["维谛技术", "光宝", "日本武藏", "江海股份"]));
  expect(names("Supercapacitor")).toEqual(got);
});

test.each([
  ["武藏", "日本武藏", 905, "suppliers"],
  ["Musashi", "日本武藏", 905, "suppliers"],
  ["江海股份", "江海股份", 922, "makers"],
])("SUPPLIERS.OF(%j) cites line %d", (company, printed, line, kind) => {
  expect(of(company)).toEqual(expect.arrayContaining([["Supercapacitor", kind, printed, line]]));
});
