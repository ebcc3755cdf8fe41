/* eslint-disable @typescript-eslint/no-require-imports -- webpack plugins are CommonJS, like webpack.config.js */
/**
 * Small webpack plugins that keep the dev server (`npm start`, `npm run dev-server`) working past its
 * first build. Each one says which defect of issue 12 it prevents; see README "Run it, test it".
 */
const { NormalModule, javascript } = require("webpack");

const ASSOCIATE_LOADER = require.resolve("custom-functions-metadata-plugin/lib/loader.js");
const ASSOCIATE_AFTER_TS_LOADER = require.resolve("./associate-loader.js");

/**
 * custom-functions-metadata-plugin appends its `CustomFunctions.associate(...)` loader to functions.ts
 * only, so it runs *before* ts-loader on that one file. ts-loader (transpileOnly off) keeps one
 * TypeScript program for the whole build, created from whichever module reaches it first (usually
 * functions.ts) and, on every watch rebuild, re-reads each changed root file through "the loaders that
 * ran before ts-loader" *of that first module* (ts-loader's watch-run.ts, `updateFile`). Every file of
 * src/ then got functions.ts's 27 associate lines appended, and the rebuild failed with 27 TS2304
 * errors per file (~1,500), once automatically and after every edit.
 *
 * Moving the association step after ts-loader (on the emitted JavaScript, where the function names
 * are the same) gives functions.ts the same loader chain as every other file, so ts-loader has
 * nothing to re-apply. The wrapper keeps ts-loader's source map (lines are only appended).
 */
class AssociateAfterTypeScriptPlugin {
  apply(compiler) {
    compiler.hooks.compilation.tap("AssociateAfterTypeScriptPlugin", (compilation) => {
      // stage 100: after custom-functions-metadata-plugin's own beforeLoaders tap has added its loader.
      NormalModule.getCompilationHooks(compilation).beforeLoaders.tap({ name: "AssociateAfterTypeScriptPlugin", stage: 100 }, (loaders) => {
        const at = loaders.findIndex((l) => l.loader === ASSOCIATE_LOADER);
        if (at < 0) return;
        const [associate] = loaders.splice(at, 1);
        loaders.unshift({ ...associate, loader: ASSOCIATE_AFTER_TS_LOADER });
      });
    });
  }
}

/**
 * webpack-dev-server adds its client (live reload, error overlay) as an entry module of every entry.
 * The task pane entry has `dependOn: "functions"`, so its chunk leaves the client's code to
 * functions.js and only executes it by module id. With a non-eval devtool (the pane's CSP forbids eval)
 * webpack inlines the runtime chunk's entry modules into functions.js's startup code instead of its
 * module table, and taskpane.js failed with "Cannot find module './node_modules/webpack-dev-server/
 * client/index.js?...'": a blank pane from the first load. (webpack-dev-server#3869; the eval devtool
 * only hid it by refusing to inline.) Keep an entry module in the table when another chunk runs it too.
 */
class KeepSharedEntryModulesPlugin {
  apply(compiler) {
    compiler.hooks.compilation.tap("KeepSharedEntryModulesPlugin", (compilation) => {
      javascript.JavascriptModulesPlugin.getCompilationHooks(compilation).inlineInRuntimeBailout.tap("KeepSharedEntryModulesPlugin", (module, { chunk, chunkGraph }) => {
        for (const other of compilation.chunks) {
          if (other !== chunk && chunkGraph.isEntryModuleInChunk(module, other)) return `chunk "${other.name}" also runs it as an entry module`;
        }
        return undefined;
      });
    });
  }
}

/**
 * One plain line per dev-server build, after webpack's own output: "ready" with the URL to open, or
 * "failed" with the error count (the errors themselves are printed in full above it). `npm start`
 * waits for the first one, and the CI smoke test (scripts/smoke-start.mjs) reads them.
 */
class DevServerStatusPlugin {
  constructor(url) {
    this.url = url;
  }
  apply(compiler) {
    let builds = 0;
    let started = 0;
    compiler.hooks.watchRun.tap("DevServerStatusPlugin", (c) => {
      started = Date.now();
      const changed = [...(c.modifiedFiles ?? []), ...(c.removedFiles ?? [])].map((f) => require("path").relative(compiler.context, f));
      if (builds > 0) console.log(`[atlas] rebuilding${changed.length ? ` (changed: ${changed.slice(0, 5).join(", ")}${changed.length > 5 ? ", ..." : ""})` : ""}`);
    });
    compiler.hooks.done.tap("DevServerStatusPlugin", (stats) => {
      builds += 1;
      const seconds = ((Date.now() - (started || stats.startTime)) / 1000).toFixed(1);
      const errors = stats.compilation.errors.length;
      // After webpack-dev-middleware has printed the stats (it does so on the next tick).
      setImmediate(() => {
        if (errors === 0) console.log(`[atlas] ready (build ${builds}, ${seconds} s): ${this.url}`);
        else console.log(`[atlas] failed (build ${builds}, ${seconds} s): ${errors} error${errors === 1 ? "" : "s"}; the pane is not reloaded until a build succeeds`);
      });
    });
  }
}

module.exports = { AssociateAfterTypeScriptPlugin, KeepSharedEntryModulesPlugin, DevServerStatusPlugin };
