/** The README's function table is generated from the registry (`npm run docs`); this fails when it is stale. */
import { readFileSync } from "fs";
import { Atlas } from "../../src/domain/atlas";
import { FUNCTION_SPECS } from "../../src/functions/registry";
import { README, renderReadme } from "../../scripts/docs";
import { testCatalog } from "../support/catalog";

test("README.md lists every function with its example, as `npm run docs` writes it", () => {
  const readme = readFileSync(README, "utf8");
  const expected = renderReadme(readme, new Atlas(testCatalog()));
  if (expected !== readme) throw new Error("README.md's function table is out of date: run `npm run docs`");
  for (const spec of FUNCTION_SPECS) expect(readme).toContain(spec.example);
});
