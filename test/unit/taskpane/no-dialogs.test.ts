/**
 * Office add-ins cannot use the browser's dialogs: office.js replaces window.alert and window.confirm with
 * functions that throw ("Function window.confirm is not supported."), and prompt is not supported either. The
 * pane asks in the pane instead (a MessageBar with its choices), as the overwrite question does.
 */
import { readdirSync, readFileSync } from "fs";
import { join } from "path";

const dirs = ["src/taskpane", "src/office"].map((d) => join(__dirname, "..", "..", "..", d));

test.each(
  dirs.flatMap((d) =>
    readdirSync(d)
      .filter((f) => /\.tsx?$/.test(f))
      .map((f) => join(d, f)),
  ),
)("%s calls no alert, confirm or prompt", (file) => {
  // Comments may name them; code may not call them.
  const code = readFileSync(file, "utf8").replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, "");
  expect(code.match(/\b(?:window\.|globalThis\.|self\.)?(?:alert|confirm|prompt)\s*\(/g) ?? []).toEqual([]);
});
