/**
 * A throwaway OpenLDAP slapd for integration tests: AD-lite schema, two domains (corp.example.com /
 * CORP and lab.example.net / LAB) from test/fixtures/directory, plus generated bulk computers so a
 * search needs several pages. Listens on ldap:// and ldaps:// (self-signed CA made by openssl) on free
 * ports, lives in a temp directory, runs in the foreground without systemd, as root or not.
 * Needs Debian's `slapd` and `ldap-utils` (see integrations.md 4.6).
 */
import { execFile, spawn, type ChildProcess } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { canConnect } from "./can-connect.js";
import { unusedPort } from "./unused-port.js";

const run = promisify(execFile);
const FIXTURES = new URL("../fixtures/directory/", import.meta.url).pathname;
const SBIN = ["/usr/sbin", "/usr/bin", "/sbin", "/bin"];

/** The fixture's bind account and password (also in corp.ldif). */
export const FIXTURE_BIND_DN = "CN=svc-centralctl,OU=Service Accounts,DC=corp,DC=example,DC=com";
export const FIXTURE_PASSWORD = "Fixture-Bind-Pa55";
export const CORP_BASE = "DC=corp,DC=example,DC=com";
export const LAB_BASE = "DC=lab,DC=example,DC=net";
/** Computers in corp.ldif and lab.ldif, before the generated bulk ones. */
export const FIXTURE_COMPUTERS = { corp: 7, lab: 2 };

/** A running test server. */
export interface LdapTestServer {
  ldapUrl: string;
  ldapsUrl: string;
  /** PEM of the CA that signed the server certificate (for `caFile`). */
  caFile: string;
  bulkComputers: number;
  stop(): Promise<void>;
}

function findBinary(name: string): string | undefined {
  return SBIN.map((dir) => join(dir, name)).find((path) => existsSync(path));
}

/**
 * Why the LDAP integration tests cannot run here, or `false` when they can. In CI
 * (`CI=true`) a missing slapd is not a reason to skip: the tests run and fail loudly instead.
 */
export function slapdSkipReason(): string | false {
  const missing = ["slapd", "slapadd", "openssl"].filter((name) => findBinary(name) === undefined);
  if (missing.length === 0 || process.env.CI === "true") return false;
  const reason = `${missing.join(", ")} not installed: apt-get install -y slapd ldap-utils (LDAP tests skipped)`;
  console.error(`# ${reason}`);
  return reason;
}

/** Start slapd with the fixtures loaded; call `stop()` in an `after` hook. */
export async function startLdapServer(options: { bulkComputers?: number } = {}): Promise<LdapTestServer> {
  const slapd = findBinary("slapd");
  const slapadd = findBinary("slapadd");
  if (slapd === undefined || slapadd === undefined) {
    throw new Error("slapd is not installed: apt-get install -y slapd ldap-utils (required when CI=true)");
  }
  const bulkComputers = options.bulkComputers ?? 1200;
  const dir = await mkdtemp(join(tmpdir(), "centralctl-slapd-"));
  try {
    await makeCertificates(dir);
    const conf = join(dir, "slapd.conf");
    const template = await readFile(join(FIXTURES, "slapd.conf.in"), "utf8");
    await writeFile(
      conf,
      template.replaceAll("@DIR@", dir).replaceAll("@FIXTURES@", FIXTURES.replace(/\/$/, "")),
    );
    await Promise.all(["corp", "lab"].map((name) => mkdir(join(dir, name))));
    const corp = `${await readFile(join(FIXTURES, "corp.ldif"), "utf8")}\n${bulkLdif(bulkComputers)}`;
    await writeFile(join(dir, "corp.ldif"), corp);
    await run(slapadd, ["-q", "-f", conf, "-b", CORP_BASE, "-l", join(dir, "corp.ldif")]);
    await run(slapadd, ["-q", "-f", conf, "-b", LAB_BASE, "-l", join(FIXTURES, "lab.ldif")]);
    for (let attempt = 1; ; attempt++) {
      const [plain, secure] = [await unusedPort(), await unusedPort()];
      const urls = `ldap://127.0.0.1:${plain}/ ldaps://127.0.0.1:${secure}/`;
      const child = spawn(slapd, ["-f", conf, "-h", urls, "-d", "0"], {
        stdio: ["ignore", "ignore", "pipe"],
      });
      try {
        await waitForPorts(child, [plain, secure]);
      } catch (error) {
        child.kill("SIGKILL");
        if (attempt < 3) continue;
        throw error;
      }
      const kill = (): boolean => child.kill("SIGKILL");
      process.once("exit", kill);
      return {
        ldapUrl: `ldap://127.0.0.1:${plain}`,
        ldapsUrl: `ldaps://127.0.0.1:${secure}`,
        caFile: join(dir, "ca.pem"),
        bulkComputers,
        stop: async () => {
          process.removeListener("exit", kill);
          await stopChild(child);
          await rm(dir, { recursive: true, force: true });
        },
      };
    }
  } catch (error) {
    await rm(dir, { recursive: true, force: true });
    throw error;
  }
}

// An EC CA and a server certificate for localhost and 127.0.0.1, made in the server's directory.
async function makeCertificates(dir: string): Promise<void> {
  const openssl = (args: string): Promise<unknown> => run("openssl", args.split(" "), { cwd: dir });
  const ec = "-newkey ec -pkeyopt ec_paramgen_curve:prime256v1 -nodes";
  await openssl(`req -x509 ${ec} -days 2 -subj /CN=centralctl-test-CA -keyout ca.key -out ca.pem`);
  await openssl(`req ${ec} -subj /CN=localhost -keyout server.key -out server.csr`);
  await writeFile(
    join(dir, "ext.cnf"),
    "subjectAltName=DNS:localhost,IP:127.0.0.1\nextendedKeyUsage=serverAuth\n",
  );
  await openssl(
    "x509 -req -in server.csr -CA ca.pem -CAkey ca.key -CAcreateserial -days 2 -extfile ext.cnf -out server.pem",
  );
}

function bulkLdif(count: number): string {
  let ldif = "";
  for (let i = 1; i <= count; i++) {
    const name = `BULK-${String(i).padStart(4, "0")}`;
    ldif += `dn: CN=${name},OU=Workstations,${CORP_BASE}\nobjectClass: top\nobjectClass: user\nobjectClass: computer\n`;
    ldif += `cn: ${name}\nsAMAccountName: ${name}$\nuserAccountControl: 4096\n\n`;
  }
  return ldif;
}

async function waitForPorts(child: ChildProcess, ports: number[]): Promise<void> {
  let stderr = "";
  child.stderr?.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
  const deadline = Date.now() + 10_000;
  for (const port of ports) {
    for (;;) {
      if (child.exitCode !== null) throw new Error(`slapd exited with ${child.exitCode}: ${stderr.trim()}`);
      if (await canConnect(port)) break;
      if (Date.now() > deadline)
        throw new Error(`slapd did not listen on ${port} within 10 s: ${stderr.trim()}`);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }
}

async function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((resolve) => child.once("exit", resolve));
  child.kill("SIGTERM");
  const timer = setTimeout(() => child.kill("SIGKILL"), 5_000);
  await exited;
  clearTimeout(timer);
}
