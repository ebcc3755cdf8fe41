/* eslint-disable @typescript-eslint/no-require-imports -- webpack.config.js is CommonJS by the design card */
const fs = require("fs");
const path = require("path");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CustomFunctionsMetadataPlugin = require("custom-functions-metadata-plugin");
const { AssociateAfterTypeScriptPlugin, KeepSharedEntryModulesPlugin, DevServerStatusPlugin } = require("./scripts/webpack-plugins.js");
require("./scripts/ts-register.js");
const { normalizePublicUrl, publicManifest } = require("./scripts/manifest-url.ts");
const { PANE_HEADERS } = require("./scripts/hosting.ts");
/** `import catalog from "atlas-catalog"` is data/ compiled in memory by the loader CATALOG_LOADER (no generated file). */
const { CatalogRuntimePlugin, CATALOG_LOADER } = require("./scripts/catalog-loader.js");

const DEV_SERVER_PORT = Number(process.env.npm_package_config_dev_server_port || 3000);
/** Where production builds are hosted; the manifest's dev URLs are rewritten to it (ATLAS_PUBLIC_URL=https://host/path/). */
const PUBLIC_URL = process.env.ATLAS_PUBLIC_URL || "";

/**
 * The Chinese function metadata (functions.zh.json, the manifest's zh-CN override) and the help pages each
 * function's @helpurl opens (help/), both generated from the specs by scripts/excel-help.ts; production
 * builds point every help URL at ATLAS_PUBLIC_URL.
 */
class AtlasHelpPlugin {
  apply(compiler) {
    // custom-functions-metadata-plugin adds functions.json in every compilation, child compilations
    // (HtmlWebpackPlugin's template) included; webpack merges a child's assets into the parent, and on a
    // watch rebuild that merge can come after the parent's functions.json was given its help URLs below:
    // "Conflict: Multiple assets emit different content to the same filename functions.json". Only the
    // main compilation emits the metadata.
    compiler.hooks.compilation.tap("AtlasHelpPlugin", (compilation) => {
      if (compilation.compiler.isChild()) delete compilation.assets["functions.json"];
    });
    compiler.hooks.thisCompilation.tap("AtlasHelpPlugin", (compilation) => {
      compilation.hooks.processAssets.tap({ name: "AtlasHelpPlugin", stage: compiler.webpack.Compilation.PROCESS_ASSETS_STAGE_ADDITIONAL }, () => {
        const metadata = compilation.getAsset("functions.json");
        if (!metadata) return;
        // TypeScript through ts-node, as the catalogue loader does; bad data is reported by that loader.
        if (!require.extensions[".ts"]) require("ts-node").register({ transpileOnly: true, compilerOptions: { module: "CommonJS", moduleResolution: "Node" } });
        const { compileFromDisk } = require("./scripts/catalog-files.ts");
        const { catalog } = compileFromDisk();
        if (!catalog) return;
        const { localizeMetadata, withHelpBase, helpPages } = require("./scripts/excel-help.ts");
        const { HELP_BASE } = require("./scripts/gen-functions.ts");
        const { Atlas } = require("./src/domain/atlas.ts");
        const atlas = new Atlas(catalog);
        const base = PUBLIC_URL && compilation.options.mode === "production" ? new URL("help/", normalizePublicUrl(PUBLIC_URL)).href : HELP_BASE;
        const en = withHelpBase(JSON.parse(metadata.source.source().toString()), base);
        const { RawSource } = compiler.webpack.sources;
        compilation.updateAsset("functions.json", new RawSource(JSON.stringify(en, null, 4)));
        compilation.emitAsset("functions.zh.json", new RawSource(JSON.stringify(localizeMetadata(en, atlas, base), null, 4)));
        for (const [file, html] of helpPages(atlas)) compilation.emitAsset(`help/${file}`, new RawSource(html));
      });
    });
  }
}

/**
 * Only the dev server needs certificates; `npm run build` must work on a machine without them.
 * Preview mode (ATLAS_PREVIEW=1, set by `npm start` where no Excel runs) serves plain http: a browser
 * opens it without a certificate warning, and Excel never loads it.
 */
async function serverOptions() {
  if (process.env.ATLAS_PREVIEW === "1") return { type: "http" };
  const devCerts = require("office-addin-dev-certs");
  try {
    return { type: "https", options: await devCerts.getHttpsServerOptions() };
  } catch (e) {
    // Installing the CA needs sudo (Linux) or an admin prompt; without it, serve https with the generated
    // certificates anyway and say how to trust them, rather than not serving at all.
    const paths = require("office-addin-dev-certs/lib/defaults");
    if (!fs.existsSync(paths.localhostCertificatePath)) throw e;
    console.warn(
      `\n${e instanceof Error ? e.message : e}\nServing https with the generated certificate; trust ${paths.caCertificatePath} in your browser or OS to load the add-in.\n`,
    );
    return {
      type: "https",
      options: { ca: fs.readFileSync(paths.caCertificatePath), cert: fs.readFileSync(paths.localhostCertificatePath), key: fs.readFileSync(paths.localhostKeyPath) },
    };
  }
}

module.exports = async (env, options) => {
  const dev = options.mode !== "production";
  // Fail at once on a public URL Office could not load, not after a long build.
  if (PUBLIC_URL && !dev) normalizePublicUrl(PUBLIC_URL);
  const serving = !env.WEBPACK_BUILD && !env.WEBPACK_WATCH;
  const server = serving ? await serverOptions() : undefined;
  const devServerUrl = `${server && server.type === "https" ? "https" : "http"}://localhost:${DEV_SERVER_PORT}`;
  return {
    devtool: dev ? "source-map" : false,
    entry: {
      functions: "./src/functions/functions.ts",
      // The task pane shares the functions chunk's modules (one catalogue, one set of indexes per runtime).
      taskpane: { import: "./src/taskpane/index.tsx", dependOn: "functions" },
    },
    output: {
      path: path.resolve(__dirname, "dist"),
      filename: "[name].js",
      clean: true,
      // Chunks (the pane's chart library) load relative to the page: no "auto" publicPath, which needs
      // document.currentScript and breaks functions.js outside a page (a JS-only runtime, the bundle test's vm).
      publicPath: "",
    },
    resolve: {
      extensions: [".ts", ".tsx", ".js", ".json"],
      // The module is the loader's output; the loader file is only its (ignored) resource.
      alias: { "atlas-catalog$": CATALOG_LOADER },
    },
    module: {
      rules: [
        { resource: CATALOG_LOADER, type: "javascript/auto", use: CATALOG_LOADER },
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: { loader: "ts-loader", options: { transpileOnly: false, configFile: "tsconfig.json", compilerOptions: { sourceMap: dev } } },
        },
        { test: /\.(png|jpg|jpeg|gif|ico|svg)$/, type: "asset/resource", generator: { filename: "assets/[name][ext][query]" } },
      ],
    },
    performance: { hints: false },
    plugins: [
      new CustomFunctionsMetadataPlugin({ output: "functions.json", input: "./src/functions/functions.ts" }),
      new AssociateAfterTypeScriptPlugin(),
      new KeepSharedEntryModulesPlugin(),
      new AtlasHelpPlugin(),
      new CatalogRuntimePlugin(),
      ...(serving ? [new DevServerStatusPlugin(`${devServerUrl}/taskpane.html`)] : []),
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/taskpane/taskpane.html",
        chunks: ["functions", "taskpane"],
        chunksSortMode: "manual",
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/*.png", to: "assets/[name][ext]" },
          // The report's text, for the pane's "open the report at the line" (fetched from the add-in's own folder).
          { from: "data/source/report.txt", to: "report.txt" },
          {
            from: "manifest.xml",
            to: "manifest.xml",
            transform: (content) => (PUBLIC_URL && !dev ? publicManifest(content.toString(), PUBLIC_URL) : content),
          },
          // office.js ships with the add-in (from @microsoft/office-js) so that nothing loads from the
          // network at run time; only the Excel host scripts and the locale strings it needs.
          {
            from: "node_modules/@microsoft/office-js/dist",
            to: "office-js",
            // Shipped as Microsoft minified it: re-minifying 9 MiB of office.js took minutes of every build.
            info: { minimized: true },
            globOptions: {
              ignore: ["**/*.debug.js", "**/*.d.ts", "**/office-vsdoc.js", "**/telemetry/**", "**/ariatelemetry/**", "**/html2canvas.js"],
            },
            filter: (file) => {
              const rel = path.relative(path.resolve(__dirname, "node_modules/@microsoft/office-js/dist"), file).split(path.sep);
              if (rel.length === 1) return /^(office|excel[a-z0-9.-]*|o15apptofilemappingtable|es6-promise|custom-functions-runtime)\.js$/.test(rel[0]);
              return rel.length === 2 && rel[1] === "office_strings.js";
            },
          },
        ],
      }),
    ],
    // The dev server prints errors and warnings in full (not the asset list), then DevServerStatusPlugin's line.
    stats: serving ? { preset: "errors-warnings", errorDetails: true } : undefined,
    devServer: serving
      ? {
          // Everything is served from memory; a stale dist/ from `npm run build` is neither served nor watched.
          static: false,
          // frame-ancestors works only as a header (scripts/hosting.ts); production hosts send the same.
          headers: { "Access-Control-Allow-Origin": "*", ...PANE_HEADERS },
          server,
          host: "localhost",
          port: DEV_SERVER_PORT,
          hot: false,
          liveReload: true,
          client: { overlay: { warnings: false, errors: true } },
        }
      : undefined,
  };
};
