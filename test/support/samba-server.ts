/**
 * A throwaway Samba AD DC for integration tests (integrations.md 4.6 B): provisions CORP.EXAMPLE.COM
 * into a temp directory, runs `samba -i -M single` in the foreground with only its LDAP service, and
 * fills it with samba-directory.ts over LDAPS. Samba's LDAP ports are the fixed 389/636, so it needs
 * root and only one can run per machine: keep every Samba test in one test file.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Attribute, Change, Client } from "ldapts";
import {
  SAMBA_BIND_DN,
  SAMBA_BIND_PASSWORD,
  SAMBA_LATE_MEMBERS,
  sambaFixtureEntries,
} from "./samba-directory.js";
import { provisionSambaDc } from "./samba-provision.js";
import { canConnect } from "./can-connect.js";
import { freeSambaPorts, SAMBA_DIR_PREFIX } from "./samba-stale.js";

const BINARIES = ["samba", "samba-tool", "openssl"];

/** A running Samba DC. */
export interface SambaTestServer {
  ldapsUrl: string;
  /** Plain LDAP (needs StartTLS: Samba refuses simple binds without TLS). */
  ldapUrl: string;
  /** PEM of the CA that signed the DC's certificate (for `caFile`). */
  caFile: string;
  adminDn: string;
  adminPassword: string;
  /** How long each phase took, in ms. */
  timings: { provisionMs: number; startMs: number; populateMs: number };
  stop(): Promise<void>;
}

function findBinary(name: string): string | undefined {
  return ["/usr/sbin", "/usr/bin", "/sbin", "/bin"].map((dir) => join(dir, name)).find((p) => existsSync(p));
}

/**
 * Why the Samba tests cannot run here, or `false`. Outside CI a missing Samba or a non-root user is
 * a reason to skip (with a message); under `CI=true` the tests run and fail loudly instead.
 */
export function sambaSkipReason(): string | false {
  const missing = BINARIES.filter((name) => findBinary(name) === undefined);
  const problems = [
    missing.length > 0
      ? `${missing.join(", ")} not installed (apt-get install samba-ad-dc samba-ad-provision)`
      : "",
    process.getuid?.() !== 0 ? "not root (Samba binds the fixed ports 389 and 636)" : "",
  ].filter(Boolean);
  if (problems.length === 0 || process.env.CI === "true") return false;
  const reason = `Samba AD tests skipped: ${problems.join("; ")}`;
  console.error(`# ${reason}`);
  return reason;
}

/** Provision, start and populate a Samba AD DC; call `stop()` in an `after` hook. */
export async function startSambaServer(now = Date.now()): Promise<SambaTestServer> {
  const [samba, sambaTool] = [findBinary("samba"), findBinary("samba-tool")];
  if (samba === undefined || sambaTool === undefined)
    throw new Error(
      "Samba is not installed: apt-get install -y samba-ad-dc samba-ad-provision (required when CI=true)",
    );
  if (process.getuid?.() !== 0)
    throw new Error("the Samba AD tests must run as root: Samba binds ports 389 and 636");
  await freeSambaPorts();
  const dir = await mkdtemp(join(tmpdir(), SAMBA_DIR_PREFIX));
  await writeFile(join(dir, "owner.pid"), String(process.pid));
  const adminPassword = "Adm1n-Pa55-Samba!";
  let child: ChildProcess | undefined;
  try {
    let t = Date.now();
    const { conf, caFile } = await provisionSambaDc(sambaTool, dir, adminPassword);
    const provisionMs = Date.now() - t;
    t = Date.now();
    // Its own process group, so stop() (and the exit hook) end samba and anything it forked.
    child = spawn(samba, ["-s", conf, "-i", "-M", "single"], {
      detached: true,
      stdio: ["ignore", "pipe", "pipe"],
    });
    const started = child;
    const killGroup = (): void => {
      if (started.pid !== undefined && started.exitCode === null) {
        try {
          process.kill(-started.pid, "SIGKILL");
        } catch {
          // already gone
        }
      }
    };
    process.once("exit", killGroup);
    await waitForLdap(started);
    const startMs = Date.now() - t;
    t = Date.now();
    const adminDn = "CN=Administrator,CN=Users,DC=corp,DC=example,DC=com";
    await populate(caFile, adminDn, adminPassword, now);
    const populateMs = Date.now() - t;
    return {
      ldapsUrl: "ldaps://127.0.0.1:636",
      ldapUrl: "ldap://127.0.0.1:389",
      caFile,
      adminDn,
      adminPassword,
      timings: { provisionMs, startMs, populateMs },
      stop: async () => {
        process.removeListener("exit", killGroup);
        await stopGroup(started);
        await rm(dir, { recursive: true, force: true });
      },
    };
  } catch (error) {
    if (child !== undefined) await stopGroup(child);
    await rm(dir, { recursive: true, force: true });
    throw error;
  }
}

async function waitForLdap(child: ChildProcess): Promise<void> {
  let output = "";
  const keep = (chunk: Buffer): void => {
    output = (output + chunk.toString()).slice(-4000);
  };
  child.stdout?.on("data", keep);
  child.stderr?.on("data", keep);
  const deadline = Date.now() + 30_000;
  for (const port of [636, 389]) {
    while (!(await canConnect(port))) {
      if (child.exitCode !== null) throw new Error(`samba exited with ${child.exitCode}:\n${output.trim()}`);
      if (Date.now() > deadline)
        throw new Error(`samba did not listen on ${port} within 30 s:\n${output.trim()}`);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }
}

async function populate(caFile: string, adminDn: string, password: string, now: number): Promise<void> {
  const client = new Client({ url: "ldaps://127.0.0.1:636", tlsOptions: { ca: await readFile(caFile) } });
  try {
    await client.bind(adminDn, password);
    for (const entry of sambaFixtureEntries(now)) await client.add(entry.dn, entry.attributes);
    for (const link of SAMBA_LATE_MEMBERS) {
      const modification = new Attribute({ type: "member", values: [link.member] });
      await client.modify(link.group, new Change({ operation: "add", modification }));
    }
    // AD takes a password only as unicodePwd: the quoted password in UTF-16LE, over an encrypted link.
    await client.add(SAMBA_BIND_DN, [
      new Attribute({ type: "objectClass", values: ["top", "person", "organizationalPerson", "user"] }),
      new Attribute({ type: "sAMAccountName", values: ["svc-centralctl"] }),
      new Attribute({ type: "unicodePwd", values: [Buffer.from(`"${SAMBA_BIND_PASSWORD}"`, "utf16le")] }),
      // 512 NORMAL_ACCOUNT + 65536 DONT_EXPIRE_PASSWORD: enabled.
      new Attribute({ type: "userAccountControl", values: ["66048"] }),
    ]);
  } finally {
    await client.unbind().catch(() => undefined);
  }
}

async function stopGroup(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null || child.pid === undefined) return;
  const exited = new Promise((resolve) => child.once("exit", resolve));
  const signal = (name: NodeJS.Signals): void => {
    try {
      process.kill(-(child.pid as number), name);
    } catch {
      // already gone
    }
  };
  signal("SIGTERM");
  const timer = setTimeout(() => signal("SIGKILL"), 5_000);
  await exited;
  clearTimeout(timer);
}
