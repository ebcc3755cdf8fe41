/**
 * The built metadata Excel downloads: dist/functions.json (English) and dist/functions.zh.json (what the
 * manifest's zh-CN override points to) list the same functions with descriptions in their language, and
 * every help URL names a page the build wrote. Needs `npm run build` first (`npm test` builds).
 */
import { existsSync, readFileSync } from "fs";
import { join } from "path";
import { FUNCTION_SPECS } from "../../src/functions/registry";

const dist = join(__dirname, "..", "..", "dist");
const han = (s: string) => (s.match(/\p{Script=Han}/gu) ?? []).length;
const latin = (s: string) => (s.match(/[A-Za-z]/g) ?? []).length;
type Meta = { functions: { id: string; name: string; description: string; helpUrl: string; parameters: { name: string; description: string }[] }[]; enums: { id: string }[] };
const read = (file: string): Meta => {
  if (!existsSync(join(dist, file))) throw new Error(`dist/${file} is missing: run \`npm run build\` first (\`npm test\` does)`);
  return JSON.parse(readFileSync(join(dist, file), "utf8"));
};

test("dist/functions.json and dist/functions.zh.json list the same ids, names and parameters, each description in its language", () => {
  const en = read("functions.json");
  const zh = read("functions.zh.json");
  expect(en.functions.map((f) => f.id)).toEqual(FUNCTION_SPECS.map((s) => s.id));
  expect(zh.functions.map((f) => [f.id, f.name, f.parameters.map((p) => p.name)])).toEqual(en.functions.map((f) => [f.id, f.name, f.parameters.map((p) => p.name)]));
  for (const f of en.functions)
    for (const text of [f.description, ...f.parameters.map((p) => p.description)]) expect([f.id, latin(text) > han(text), /\n/.test(text)]).toEqual([f.id, true, false]);
  for (const f of zh.functions) for (const text of [f.description, ...f.parameters.map((p) => p.description)]) expect([f.id, han(text) > 0]).toEqual([f.id, true]);
  expect(zh.enums.map((e) => e.id)).toEqual(en.enums.map((e) => e.id));
});

test("every help URL names a page in dist/help", () => {
  for (const file of ["functions.json", "functions.zh.json"]) {
    for (const f of read(file).functions) {
      const path = f.helpUrl.replace(/^https:\/\/localhost:\d+\//, "");
      expect(existsSync(join(dist, path))).toBe(true);
      expect(readFileSync(join(dist, path), "utf8")).toContain(`<code>${f.id}(`);
    }
  }
});
