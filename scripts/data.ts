/**
 * Maintainer tool for the bundled data.
 *   npm run data -- check      validate every file under data/ (exit 1 with file, row and field)
 *   npm run data -- coverage   one line per DATA-MAP group: the datasets that hold it, or why not
 *   npm run data -- export     every dataset as JSON on stdout, rows with their report line
 */
import { allGroupIds, formatIssue } from "../src/data/compile";
import type { Catalog } from "../src/data/catalog";
import { compileFromDisk } from "./catalog-files";

function fail(issues: string[]): never {
  process.stderr.write(`${issues.join("\n")}\n${issues.length} problem${issues.length === 1 ? "" : "s"} in data/\n`);
  process.exit(1);
}

function compiled(): { catalog: Catalog; exclusions: { group: string; reason: string }[] } {
  const result = compileFromDisk();
  if (!result.catalog) fail(result.issues.map(formatIssue));
  return { catalog: result.catalog, exclusions: result.exclusions };
}

export function coverageLines(catalog: Catalog, exclusions: { group: string; reason: string }[]): { lines: string[]; covered: number } {
  const holders = new Map<string, string[]>();
  for (const d of catalog.datasets) for (const g of d.groups) holders.set(g, [...(holders.get(g) ?? []), d.id]);
  const excluded = new Map(exclusions.map((e) => [e.group, e.reason]));
  let covered = 0;
  const lines = allGroupIds().map((g) => {
    const ds = holders.get(g);
    if (ds) {
      covered++;
      return `${g} ${ds.join(", ")}`;
    }
    if (excluded.has(g)) {
      covered++;
      return `${g} left out: ${excluded.get(g)}`;
    }
    return `${g} MISSING`;
  });
  lines.push(`covered ${covered}/${allGroupIds().length}`);
  return { lines, covered };
}

/** The export form: each dataset with its groups and rows, each row with its line and printed values. */
export function exportDatasets(catalog: Catalog): unknown[] {
  return catalog.datasets.map((d) => {
    const rows: { line: number; kind: string; values: string[] }[] = [];
    for (const r of d.table?.rows ?? []) rows.push({ line: r.line, kind: "table", values: r.cells });
    for (const i of d.factIndexes) {
      const f = catalog.facts[i];
      rows.push({ line: f.line, kind: "fact", values: [f.raw] });
    }
    for (const id of d.listIds) {
      const list = catalog.lists.find((l) => l.id === id);
      for (const m of list?.members ?? []) rows.push({ line: m.line, kind: `list:${id}`, values: [m.name] });
    }
    return { id: d.id, groups: d.groups, theme: d.theme, section: d.section, title: d.title, rows };
  });
}

function main(argv: string[]): void {
  const command = argv[0] ?? "check";
  switch (command) {
    case "check": {
      const { catalog } = compiled();
      process.stdout.write(
        `data OK: ${catalog.datasets.length} datasets, ${catalog.facts.length} facts, ${catalog.lists.length} lists, ` +
          `${catalog.entities.length} entities, ${catalog.conflicts.length} conflicts (version ${catalog.version}, ${catalog.contentHash})\n`,
      );
      return;
    }
    case "coverage": {
      const { catalog, exclusions } = compiled();
      process.stdout.write(`${coverageLines(catalog, exclusions).lines.join("\n")}\n`);
      return;
    }
    case "export": {
      const { catalog } = compiled();
      process.stdout.write(`${JSON.stringify(exportDatasets(catalog), null, 2)}\n`);
      return;
    }
    default:
      process.stderr.write(`unknown command "${command}": use check, coverage or export\n`);
      process.exit(2);
  }
}

if (require.main === module) main(process.argv.slice(2));
