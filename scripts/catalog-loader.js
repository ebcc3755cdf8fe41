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

module.exports = function atlasCatalogLoader() {
  this.cacheable(true);
  this.addContextDependency(DATA_DIR);
  const result = compileFromDisk(DATA_DIR);
  if (!result.catalog) {
    const error = new DataError(result.issues.map(formatIssue));
    error.hideStack = true;
    throw error;
  }
  return JSON.stringify(result.catalog);
};
