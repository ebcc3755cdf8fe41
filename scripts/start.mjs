// `npm start`: run the add-in.
//   npm start                          Windows/macOS: dev server + sideload into Excel desktop
//   npm start -- web --document <url>  dev server + sideload into Excel on the web (an .xlsx on OneDrive/SharePoint)
//   npm start -- preview               the task pane in a plain browser against an in-memory workbook
// On Linux, where no Excel runs, plain `npm start` is preview mode. Sideloading uses Microsoft's
// office-addin-debugging (as the yo office templates do); preview mode is our own dev server over http.
import { spawn } from "child_process";
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "fs";
import { dirname, join } from "path";
import { fileURLToPath } from "url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const port = Number(process.env.npm_package_config_dev_server_port || 3000);
const args = process.argv.slice(2);
const mode = args[0] === "web" || args[0] === "desktop" || args[0] === "preview" ? args[0] : process.platform === "linux" ? "preview" : "desktop";
const bin = (name) => join(root, "node_modules", ".bin", process.platform === "win32" ? `${name}.cmd` : name);

const sideloadHelp = `
  To use the add-in in Excel:
    Excel desktop (Windows or macOS):  npm start            (builds, serves https://localhost:${port}, sideloads manifest.xml)
    Excel on the web:                  npm start -- web --document "<URL of an .xlsx on OneDrive or SharePoint>"
    By hand: serve with \`npm run dev-server\`, then in Excel choose Home > Add-ins > More Add-ins > My Add-ins >
    Upload My Add-in (web) or put manifest.xml in a shared-folder catalog (Windows), and open "Atlas" on the Home tab.
  The https dev server needs the Office dev certificate trusted once: npx office-addin-dev-certs install
  Stop with Ctrl+C or \`npm stop\`.`;

function runOfficeDebugging() {
  const rest = mode === "web" ? args : ["desktop", ...args.slice(mode === "desktop" ? 1 : 0)];
  const child = spawn(bin("office-addin-debugging"), ["start", "manifest.xml", ...rest], { cwd: root, stdio: "inherit", shell: process.platform === "win32" });
  child.on("exit", (code) => process.exit(code ?? 0));
}

async function runPreview() {
  const server = spawn(bin("webpack"), ["serve", "--mode", "development"], {
    cwd: root,
    stdio: ["ignore", "pipe", "inherit"],
    env: { ...process.env, ATLAS_PREVIEW: "1" },
    shell: process.platform === "win32",
  });
  const pidFile = join(root, ".generated", "dev-server.pid");
  mkdirSync(dirname(pidFile), { recursive: true });
  writeFileSync(pidFile, String(server.pid));
  const stop = () => server.kill("SIGTERM");
  process.on("SIGINT", stop);
  process.on("SIGTERM", stop);
  server.on("exit", (code, signal) => {
    if (existsSync(pidFile) && readFileSync(pidFile, "utf8") === String(server.pid)) rmSync(pidFile, { force: true });
    process.exit(code ?? (signal ? 0 : 1));
  });
  // webpack prints its errors and warnings in full (stats preset "errors-warnings"), then one
  // "[atlas] ready ..." or "[atlas] failed ..." line per build (DevServerStatusPlugin). Pass it all through.
  const url = `http://localhost:${port}/taskpane.html`;
  let first = true;
  let pending = "";
  server.stdout.on("data", (chunk) => {
    process.stdout.write(chunk);
    pending += chunk.toString();
    const lines = pending.split("\n");
    pending = lines.pop();
    for (const line of lines) {
      if (!first || !/^\[atlas\] (ready|failed)/.test(line)) continue;
      first = false;
      console.log(
        line.startsWith("[atlas] ready")
          ? `
AI Compute Atlas is running in preview mode (no Excel on this machine${mode === "preview" && process.platform !== "linux" ? " needed" : ""}).

  Open ${url} in a browser: the task pane runs against an in-memory workbook shown as a grid.
  The custom functions are built as http://localhost:${port}/functions.js with their metadata in functions.json.
  Edits under src/ or data/ rebuild and reload the pane ("[atlas] ready" again).
${sideloadHelp}
`
          : `
The first build failed (errors above). The server keeps running at ${url}: fix the error and save,
and the pane loads once a build succeeds. Stop with Ctrl+C or \`npm stop\`.
`,
      );
    }
  });
}

if (mode === "preview") {
  runPreview().catch((e) => {
    console.error(e.message);
    process.exit(1);
  });
} else {
  runOfficeDebugging();
}
