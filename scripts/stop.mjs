// `npm stop`: stop what `npm start` started. Windows/macOS: office-addin-debugging unregisters the
// sideloaded add-in and stops its dev server. Everywhere: stop a preview-mode dev server.
import { spawnSync } from "child_process";
import { existsSync, readFileSync, rmSync } from "fs";
import { dirname, join } from "path";
import { fileURLToPath } from "url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const pidFile = join(root, ".generated", "dev-server.pid");

if (existsSync(pidFile)) {
  const pid = Number(readFileSync(pidFile, "utf8"));
  try {
    process.kill(pid, "SIGTERM");
    console.log(`Stopped the preview dev server (pid ${pid}).`);
  } catch {
    console.log("The preview dev server was not running.");
  }
  rmSync(pidFile);
}

if (process.platform === "win32" || process.platform === "darwin") {
  const bin = join(root, "node_modules", ".bin", process.platform === "win32" ? "office-addin-debugging.cmd" : "office-addin-debugging");
  const result = spawnSync(bin, ["stop", "manifest.xml"], { cwd: root, stdio: "inherit", shell: process.platform === "win32" });
  process.exit(result.status ?? 0);
}
