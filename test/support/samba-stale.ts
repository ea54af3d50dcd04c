/**
 * Guards the fixed Samba ports (389/636) before a test starts its DC: a Samba left behind by an
 * earlier, killed test run is ended and its directory removed; anything else holding the ports is a
 * clear error rather than a confusing failure later.
 */
import { readdir, readFile, readlink, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { canConnect } from "./can-connect.js";

/** Temp directories of test DCs start with this; their `owner.pid` names the test process. */
export const SAMBA_DIR_PREFIX = "centralctl-samba-";

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/**
 * Test DCs running now: samba processes holding files in one of our temp directories. (Samba
 * rewrites its command line to "samba: root process", so the open files are what tell.)
 */
async function testDcs(): Promise<Array<{ pid: number; dir: string }>> {
  const found: Array<{ pid: number; dir: string }> = [];
  const prefix = join(tmpdir(), SAMBA_DIR_PREFIX);
  for (const name of await readdir("/proc")) {
    if (!/^\d+$/.test(name)) continue;
    const exe = await readlink(`/proc/${name}/exe`).catch(() => "");
    if (!exe.endsWith("/samba")) continue;
    const fds = await readdir(`/proc/${name}/fd`).catch(() => []);
    for (const fd of fds) {
      const target = await readlink(`/proc/${name}/fd/${fd}`).catch(() => "");
      if (!target.startsWith(prefix)) continue;
      found.push({ pid: Number(name), dir: prefix + target.slice(prefix.length).split("/")[0] });
      break;
    }
  }
  return found;
}

/**
 * Make sure ports 389 and 636 are free: end test DCs whose owning test process has died, and throw
 * a message saying what to do when a live test or another program holds them.
 */
export async function freeSambaPorts(): Promise<void> {
  if (!(await canConnect(636)) && !(await canConnect(389))) return;
  for (const dc of await testDcs()) {
    const owner = Number(await readFile(join(dc.dir, "owner.pid"), "utf8").catch(() => "0"));
    if (owner > 0 && alive(owner)) {
      throw new Error(
        `test process ${owner} is already running a Samba DC (pid ${dc.pid}, ${dc.dir}); ` +
          "only one can run per machine, so keep all Samba tests in one test file",
      );
    }
    console.error(`# ending a Samba DC left by an earlier test run (pid ${dc.pid}, ${dc.dir})`);
    for (const target of [-dc.pid, dc.pid]) {
      try {
        process.kill(target, "SIGKILL");
      } catch {
        // not a group leader, or already gone
      }
    }
    await rm(dc.dir, { recursive: true, force: true });
  }
  const deadline = Date.now() + 5_000;
  while ((await canConnect(636)) || (await canConnect(389))) {
    if (Date.now() > deadline) {
      throw new Error(
        "ports 389/636 on 127.0.0.1 are held by another program (a system samba-ad-dc or slapd?): " +
          "stop it, e.g. `systemctl stop samba-ad-dc`, and run the Samba tests again",
      );
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
