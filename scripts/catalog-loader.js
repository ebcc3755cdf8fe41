/* eslint-disable @typescript-eslint/no-require-imports -- a webpack loader is CommonJS */
/**
 * The `atlas-catalog` module of the bundle: data/ compiled in memory when webpack builds the module.
 *
 * Nothing is written to disk. A catalogue file written during a build (the former
 * `.generated/catalog.json`) is newer than the compilation that wrote it, so the dev server's watcher
 * saw it change and rebuilt by itself ~20 s after every fresh start. Here the module depends on the
 * data/ directory instead: an edit there rebuilds this one module, and nothing else wakes the watcher.
 * Bad data fails the build with file › row (line) › field, as `npm run data -- check` prints it.
 *
 * The catalogue's two strings (src/data/catalog.ts, shippedCatalog) are not in the module itself but in
 * a runtime module (CatalogRuntimePlugin): the engine compiles a module's function only when it first
 * runs, after a quick pre-parse of the whole script, so 640,000 characters of string literal inside a
 * module were scanned twice at load (~3 ms); the runtime's own code is compiled once, with the script.
 */
require("./ts-register.js");
const { compileFromDisk, DATA_DIR, DataError } = require("./catalog-files.ts");
const { formatIssue } = require("../src/data/compile.ts");
const { shippedCatalog } = require("../src/data/catalog.ts");

/** Where the runtime keeps the strings until the module takes them: `__webpack_require__.atlasCatalog`. */
const RUNTIME_PROPERTY = "atlasCatalog";

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
  // (src/data/catalog.ts, shippedCatalog and expandCatalog). Kept with the module (cached with it) for the plugin.
  this._module.buildInfo.atlasCatalog = shippedCatalog(result.catalog);
  return [
    `const shipped = __webpack_require__.${RUNTIME_PROPERTY};`,
    `if (!shipped) throw new Error("atlas-catalog: the bundle has no catalogue (webpack.config.js must use CatalogRuntimePlugin)");`,
    `__webpack_require__.${RUNTIME_PROPERTY} = undefined;`,
    "const catalog = JSON.parse(shipped.core);",
    "catalog.texts = shipped.texts;",
    "export default catalog;",
    "",
  ].join("\n");
};

/**
 * Puts the catalogue's strings into the runtime of the chunk that holds the `atlas-catalog` module, as
 * `__webpack_require__.atlasCatalog = { core, texts }`, which that module reads once and clears.
 */
class CatalogRuntimePlugin {
  apply(compiler) {
    const { RuntimeModule, RuntimeGlobals } = compiler.webpack;
    class CatalogRuntimeModule extends RuntimeModule {
      constructor(shipped) {
        super("atlas catalogue");
        this.shipped = shipped;
      }
      generate() {
        return `${RuntimeGlobals.require}.${RUNTIME_PROPERTY} = { core: ${literal(this.shipped.core)}, texts: ${literal(this.shipped.texts)} };`;
      }
    }
    const loader = module.exports.CATALOG_LOADER;
    const catalogModule = (modules) => {
      for (const m of modules) {
        if (m.resource === loader) return m;
        const inner = m.modules && catalogModule(m.modules);
        if (inner) return inner;
      }
      return undefined;
    };
    compiler.hooks.thisCompilation.tap("CatalogRuntimePlugin", (compilation) => {
      compilation.hooks.additionalTreeRuntimeRequirements.tap("CatalogRuntimePlugin", (chunk, set) => {
        const found = [...chunk.getAllReferencedChunks()].map((c) => catalogModule(compilation.chunkGraph.getChunkModulesIterable(c))).find(Boolean);
        if (!found) return;
        set.add(RuntimeGlobals.require);
        compilation.addRuntimeModule(chunk, new CatalogRuntimeModule(found.buildInfo.atlasCatalog));
      });
    });
  }
}

module.exports.CATALOG_LOADER = __filename;
module.exports.CatalogRuntimePlugin = CatalogRuntimePlugin;
