/* eslint-disable @typescript-eslint/no-require-imports -- webpack.config.js is CommonJS by the design card */
const fs = require("fs");
const path = require("path");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CustomFunctionsMetadataPlugin = require("custom-functions-metadata-plugin");
const { WebpackError } = require("webpack");

// The data pipeline is TypeScript shared with the tests and the data CLI; load it through ts-node.
require("ts-node").register({ transpileOnly: true, compilerOptions: { module: "CommonJS", moduleResolution: "Node" } });
const { buildCatalogFile, DATA_DIR, DataError } = require("./scripts/catalog-files.ts");

const DEV_SERVER_PORT = Number(process.env.npm_package_config_dev_server_port || 3000);
const CATALOG_FILE = path.join(__dirname, ".generated", "catalog.json");
/** Where production builds are hosted; the manifest's dev URLs are rewritten to it (ATLAS_PUBLIC_URL=https://host/path/). */
const PUBLIC_URL = process.env.ATLAS_PUBLIC_URL || "";

/**
 * Compiles data/ into the catalogue the bundle imports, before every (re)build, and watches data/.
 * Bad data fails the build with file, row and field.
 */
class AtlasCatalogPlugin {
  apply(compiler) {
    compiler.hooks.thisCompilation.tap("AtlasCatalogPlugin", (compilation) => {
      try {
        buildCatalogFile(CATALOG_FILE);
      } catch (e) {
        const error = new WebpackError(e instanceof DataError ? e.message : String(e && e.stack ? e.stack : e));
        error.hideStack = true;
        compilation.errors.push(error);
      }
      compilation.contextDependencies.add(DATA_DIR);
    });
  }
}

/**
 * The Chinese function metadata (functions.zh.json, the manifest's zh-CN override) and the help pages each
 * function's @helpurl opens (help/), both generated from the specs by scripts/excel-help.ts; production
 * builds point every help URL at ATLAS_PUBLIC_URL.
 */
class AtlasHelpPlugin {
  apply(compiler) {
    compiler.hooks.thisCompilation.tap("AtlasHelpPlugin", (compilation) => {
      compilation.hooks.processAssets.tap({ name: "AtlasHelpPlugin", stage: compiler.webpack.Compilation.PROCESS_ASSETS_STAGE_ADDITIONAL }, () => {
        const metadata = compilation.getAsset("functions.json");
        if (!metadata || !fs.existsSync(CATALOG_FILE)) return;
        const { localizeMetadata, withHelpBase, helpPages } = require("./scripts/excel-help.ts");
        const { HELP_BASE } = require("./scripts/gen-functions.ts");
        const { Atlas } = require("./src/domain/atlas.ts");
        const atlas = new Atlas(JSON.parse(fs.readFileSync(CATALOG_FILE, "utf8")));
        const base = PUBLIC_URL && compilation.options.mode === "production" ? `${PUBLIC_URL}help/` : HELP_BASE;
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
  const serving = !env.WEBPACK_BUILD && !env.WEBPACK_WATCH;
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
    },
    resolve: {
      extensions: [".ts", ".tsx", ".js", ".json"],
      alias: { "atlas-catalog$": CATALOG_FILE },
    },
    module: {
      rules: [
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
      new AtlasCatalogPlugin(),
      new CustomFunctionsMetadataPlugin({ output: "functions.json", input: "./src/functions/functions.ts" }),
      new AtlasHelpPlugin(),
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/taskpane/taskpane.html",
        chunks: ["functions", "taskpane"],
        chunksSortMode: "manual",
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/*.png", to: "assets/[name][ext]" },
          {
            from: "manifest.xml",
            to: "manifest.xml",
            transform: (content) => (PUBLIC_URL && !dev ? content.toString().replace(/https:\/\/localhost:3000\//g, PUBLIC_URL) : content),
          },
          // office.js ships with the add-in (from @microsoft/office-js) so that nothing loads from the
          // network at run time; only the Excel host scripts and the locale strings it needs.
          {
            from: "node_modules/@microsoft/office-js/dist",
            to: "office-js",
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
    devServer: serving
      ? {
          static: { directory: path.join(__dirname, "dist") },
          headers: { "Access-Control-Allow-Origin": "*" },
          server: await serverOptions(),
          host: "localhost",
          port: DEV_SERVER_PORT,
          hot: false,
          liveReload: true,
          client: { overlay: { warnings: false, errors: true } },
        }
      : undefined,
  };
};
