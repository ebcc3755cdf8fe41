/**
 * The command-line side of a file generated from the specs and the data (src/functions/functions.ts, the
 * README's function table): `--check` exits 1 when the committed file differs from what would be
 * generated, otherwise the file is rewritten where it differs.
 */
import { readFileSync, writeFileSync } from "fs";
import { Atlas } from "../src/domain/atlas";
import { compileFromDisk } from "./catalog-files";

export interface GeneratedFile {
  path: string;
  /** How messages name it: "src/functions/functions.ts", "README.md's function table". */
  what: string;
  /** The command that regenerates it: "npm run functions". */
  command: string;
  /** Printed after a rewrite. */
  rewritten: string;
  render: (atlas: Atlas, current: string) => string;
}

export function runGenerator(file: GeneratedFile, argv: readonly string[] = process.argv): void {
  const compiled = compileFromDisk();
  if (!compiled.catalog) throw new Error("data/ does not compile: run `npm run data -- check`");
  const current = readFileSync(file.path, "utf8");
  const next = file.render(new Atlas(compiled.catalog), current);
  if (argv.includes("--check")) {
    if (next !== current) {
      console.error(`${file.what} is out of date: run \`${file.command}\``);
      process.exit(1);
    }
    console.log(`${file.what} is up to date`);
  } else if (next !== current) {
    writeFileSync(file.path, next);
    console.log(file.rewritten);
  } else console.log(`${file.what}: already up to date`);
}
