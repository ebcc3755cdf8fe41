/**
 * Reads data/ from disk into the SourceTree that src/data/compile.ts validates and compiles.
 * Used by the data CLI, the webpack build and the tests, so all three see the same catalogue.
 */
import { readdirSync, readFileSync, existsSync, mkdirSync, writeFileSync } from "fs";
import { join, relative, sep } from "path";
import { compactCatalog } from "../src/data/catalog";
import { compileCatalog, formatIssue, parseSourceFile, type CompileResult, type SourceFile, type SourceTree } from "../src/data/compile";

export const DATA_DIR = join(__dirname, "..", "data");
export const THEME_DIRS = ["overseas", "domestic", "devices", "picks", "meta"] as const;

function readJson(dataDir: string, path: string): SourceFile {
  const rel = relative(dataDir, path).split(sep).join("/");
  if (!existsSync(path)) return { path: rel, json: undefined, parseError: "file is missing" };
  return parseSourceFile(rel, readFileSync(path, "utf8"));
}

function jsonFilesIn(dataDir: string, dir: string): SourceFile[] {
  const full = join(dataDir, dir);
  if (!existsSync(full)) return [];
  return readdirSync(full)
    .filter((n) => n.endsWith(".json"))
    .sort()
    .map((n) => readJson(dataDir, join(full, n)));
}

export function readSourceTree(dataDir = DATA_DIR): SourceTree {
  return {
    version: readJson(dataDir, join(dataDir, "version.json")),
    themes: readJson(dataDir, join(dataDir, "themes.json")),
    exclusions: readJson(dataDir, join(dataDir, "excluded-groups.json")),
    rawValueExceptions: readJson(dataDir, join(dataDir, "raw-value-exceptions.json")),
    units: jsonFilesIn(dataDir, "units"),
    metrics: jsonFilesIn(dataDir, "metrics"),
    entities: jsonFilesIn(dataDir, "entities"),
    datasets: THEME_DIRS.flatMap((t) => jsonFilesIn(dataDir, t)),
    report: readFileSync(join(dataDir, "source", "report.txt"), "utf8"),
  };
}

export function compileFromDisk(dataDir = DATA_DIR): CompileResult {
  return compileCatalog(readSourceTree(dataDir));
}

export class DataError extends Error {
  constructor(readonly issues: string[]) {
    super(`data/ has ${issues.length} problem${issues.length === 1 ? "" : "s"}:\n${issues.map((i) => `  ${i}`).join("\n")}`);
  }
}

/** Compiles data/ and writes the catalogue JSON the bundle imports; throws DataError on bad data. */
export function buildCatalogFile(outFile: string, dataDir = DATA_DIR): CompileResult {
  const result = compileFromDisk(dataDir);
  if (!result.catalog) throw new DataError(result.issues.map(formatIssue));
  const json = JSON.stringify(compactCatalog(result.catalog));
  // Rewriting an unchanged file would wake the dev server's watcher and rebuild forever.
  if (!existsSync(outFile) || readFileSync(outFile, "utf8") !== json) {
    mkdirSync(join(outFile, ".."), { recursive: true });
    writeFileSync(outFile, json);
  }
  return result;
}
