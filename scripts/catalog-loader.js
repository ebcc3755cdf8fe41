/* eslint-disable @typescript-eslint/no-require-imports -- a webpack loader is CommonJS */
/**
 * The `atlas-catalog` module of the bundle: data/ compiled in memory when webpack builds the module.
 *
 * Nothing is written to disk. A catalogue file written during a build (the former
 * `.generated/catalog.json`) is newer than the compilation that wrote it, so the dev server's watcher
 * saw it change and rebuilt by itself ~20 s after every fresh start. Here the module depends on the
 * data/ directory instead: an edit there rebuilds this one module, and nothing else wakes the watcher.
 * Bad data fails the build with file › row (line) › field, as `npm run data -- check` prints it.
 */
require("./ts-register.js");
const { compileFromDisk, DATA_DIR, DataError } = require("./catalog-files.ts");
const { formatIssue } = require("../src/data/compile.ts");
const { shippedCatalog } = require("../src/data/catalog.ts");

/** A JavaScript string literal of `text` (single quotes: JSON has few of them to escape). */
const literal = (text) =>
  `'${text
    .replace(/[\\']/g, "\\$&")
    .replace(/\u2028/g, "\\u2028")
    .replace(/\u2029/g, "\\u2029")}'`;

module.exports = function atlasCatalogLoader() {
  this.cacheable(true);
  this.addContextDependency(DATA_DIR);
  const result = compileFromDisk(DATA_DIR);
  if (!result.catalog) {
    const error = new DataError(result.issues.map(formatIssue));
    error.hideStack = true;
    throw error;
  }
  // Without what the runtime restores exactly at load, and the texts it parses on first use
  // (src/data/catalog.ts, shippedCatalog and expandCatalog).
  const { core, texts } = shippedCatalog(result.catalog);
  return `const catalog = JSON.parse(${literal(core)});\ncatalog.texts = ${literal(texts)};\nexport default catalog;\n`;
};
