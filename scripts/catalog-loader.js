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
 * The catalogue's two JSON texts (src/data/catalog.ts, shippedCatalog) are not in the module itself but in
 * a runtime module (CatalogRuntimePlugin): the engine compiles a module's function only when it first
 * runs, after a quick pre-parse of the whole script, so 640,000 characters inside a module were scanned
 * twice at load; the runtime's own code is compiled once, with the script. And they are not string
 * literals but comments (asComment, fromComment), which the engine skips three times as fast: the
 * runtime module holds placeholders, replaced once the bundle is minified (the minifier never sees them).
 */
require("./ts-register.js");
const { compileFromDisk, DATA_DIR, DataError } = require("./catalog-files.ts");
const { formatIssue } = require("../src/data/compile.ts");
const { shippedCatalog, asComment } = require("../src/data/catalog.ts");
const { withPreparedIndexes } = require("../src/domain/prepared.ts");

/** Where the runtime keeps the strings until the module takes them: `__webpack_require__.atlasCatalog`. */
const RUNTIME_PROPERTY = "atlasCatalog";

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
  // With the name indexes a fresh runtime would otherwise build on its first call (Catalog.prepared).
  this._module.buildInfo.atlasCatalog = withPreparedIndexes(shippedCatalog(result.catalog));
  return [
    'import { fromComment } from "../src/data/catalog.ts";',
    `const shipped = __webpack_require__.${RUNTIME_PROPERTY};`,
    `if (!shipped) throw new Error("atlas-catalog: the bundle has no catalogue (webpack.config.js must use CatalogRuntimePlugin)");`,
    `__webpack_require__.${RUNTIME_PROPERTY} = undefined;`,
    "const catalog = JSON.parse(fromComment(shipped.core.toString()));",
    "catalog.texts = () => fromComment(shipped.texts.toString());",
    "export default catalog;",
    "",
  ].join("\n");
};

/**
 * Puts the catalogue's texts into the runtime of the chunk that holds the `atlas-catalog` module, as
 * `__webpack_require__.atlasCatalog = { core, texts }` (each a function whose comment is the JSON), which
 * that module reads once and clears. The texts replace their placeholders after minification; a bundle
 * where either is not there exactly once fails the build.
 */
class CatalogRuntimePlugin {
  apply(compiler) {
    const { RuntimeModule, RuntimeGlobals, Compilation, sources } = compiler.webpack;
    class CatalogRuntimeModule extends RuntimeModule {
      constructor(placeholders) {
        super("atlas catalogue");
        this.placeholders = placeholders;
      }
      generate() {
        return `${RuntimeGlobals.require}.${RUNTIME_PROPERTY} = { core: "${this.placeholders.core}", texts: "${this.placeholders.texts}" };`;
      }
    }
    // The placeholders name the texts' hash: an edit under data/ changes the chunk (its hash, the dev server's reload).
    const placeholdersOf = (shipped) => {
      const hash = compiler.webpack.util.createHash("sha256").update(shipped.core).update(shipped.texts).digest("hex").slice(0, 16);
      return { core: `__ATLAS_CATALOG_CORE_${hash}__`, texts: `__ATLAS_CATALOG_TEXTS_${hash}__` };
    };
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
      /** runtime chunk -> the texts its runtime module's placeholders stand for */
      const shippedIn = new Map();
      compilation.hooks.additionalTreeRuntimeRequirements.tap("CatalogRuntimePlugin", (chunk, set) => {
        const found = [...chunk.getAllReferencedChunks()].map((c) => catalogModule(compilation.chunkGraph.getChunkModulesIterable(c))).find(Boolean);
        if (!found) return;
        set.add(RuntimeGlobals.require);
        const shipped = found.buildInfo.atlasCatalog;
        const placeholders = placeholdersOf(shipped);
        shippedIn.set(chunk, { shipped, placeholders });
        compilation.addRuntimeModule(chunk, new CatalogRuntimeModule(placeholders));
      });
      compilation.hooks.processAssets.tap({ name: "CatalogRuntimePlugin", stage: Compilation.PROCESS_ASSETS_STAGE_OPTIMIZE_SIZE + 1 }, () => {
        for (const [chunk, { shipped, placeholders }] of shippedIn) {
          for (const file of chunk.files) {
            if (!file.endsWith(".js")) continue;
            compilation.updateAsset(file, (old) => {
              const text = old.source().toString();
              const source = new sources.ReplaceSource(old);
              for (const key of ["core", "texts"]) {
                const at = [`"${placeholders[key]}"`, `'${placeholders[key]}'`].map((p) => [p, text.indexOf(p)]).filter(([, i]) => i >= 0);
                if (at.length !== 1 || text.indexOf(at[0][0], at[0][1] + 1) >= 0)
                  throw new Error(`CatalogRuntimePlugin: ${file} holds the catalogue's ${key} placeholder ${at.length === 0 ? "nowhere" : "more than once"}`);
                const [placeholder, i] = at[0];
                source.replace(i, i + placeholder.length - 1, asComment(shipped[key]));
              }
              return source;
            });
          }
        }
      });
    });
  }
}

module.exports.CATALOG_LOADER = __filename;
module.exports.CatalogRuntimePlugin = CatalogRuntimePlugin;
