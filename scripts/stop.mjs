// `npm stop`: stop what `npm start` started. Windows/macOS: office-addin-debugging unregisters the
// sideloaded add-in and stops its dev server. Everywhere: stop a preview-mode dev server, and return
// only once it is gone (webpack finishes a running build before a graceful exit; it gets 10 s).
import { spawnSync } from "child_process";
import { existsSync, readFileSync, rmSync } from "fs";
import { dirname, join } from "path";
import { fileURLToPath } from "url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const pidFile = join(root, ".generated", "dev-server.pid");

const alive = (pid) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};
// A stale pid file must not stop an unrelated process that reused the pid (Linux can tell).
const isDevServer = (pid) => !existsSync(`/proc/${pid}/cmdline`) || readFileSync(`/proc/${pid}/cmdline`, "utf8").includes("webpack");
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

if (existsSync(pidFile)) {
  const pid = Number(readFileSync(pidFile, "utf8"));
  if (pid > 0 && alive(pid) && isDevServer(pid)) {
    process.kill(pid, "SIGTERM");
    const deadline = Date.now() + 10_000;
    while (alive(pid) && Date.now() < deadline) await sleep(200);
    if (alive(pid)) {
      process.kill(pid, "SIGKILL");
      console.log(`Stopped the preview dev server (pid ${pid}; it did not exit within 10 s, so it was killed).`);
    } else {
      console.log(`Stopped the preview dev server (pid ${pid}).`);
    }
  } else {
    console.log("The preview dev server was not running.");
  }
  rmSync(pidFile, { force: true });
}

if (process.platform === "win32" || process.platform === "darwin") {
  const bin = join(root, "node_modules", ".bin", process.platform === "win32" ? "office-addin-debugging.cmd" : "office-addin-debugging");
  const result = spawnSync(bin, ["stop", "manifest.xml"], { cwd: root, stdio: "inherit", shell: process.platform === "win32" });
  process.exit(result.status ?? 0);
}
