import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { Writable } from "node:stream";
import { describeError } from "../../../src/cli/describe-error.js";
import { runCli } from "../../../src/cli/program.js";
import type { RunningSimulator } from "../../../src/sim/index.js";
import type { EstateEndpoint, EstateTenant } from "../../../src/sim/estate/estate-types.js";

/** A valid escrow key for tests (32 bytes, base64). */
export const TEST_ESCROW_KEY = Buffer.alloc(32, 7).toString("base64");

/** What one CLI invocation printed and returned. */
export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

function capture(): Writable & { text: () => string } {
  const chunks: Buffer[] = [];
  const stream = new Writable({
    write(chunk: Buffer, _encoding, callback) {
      chunks.push(Buffer.from(chunk));
      callback();
    },
  });
  return Object.assign(stream, { text: () => Buffer.concat(chunks).toString("utf8") });
}

/**
 * Runs `centralctl` in-process against the simulator like test/cli's helper, but with extra
 * environment (the escrow key) and the simulator's partner credential unless told otherwise.
 */
export async function hygieneCli(
  sim: RunningSimulator,
  workspace: string,
  args: string[],
  options: { kind?: "partner" | "tenant"; env?: Record<string, string> } = {},
): Promise<CliRun> {
  const credential = sim.credentials.find((c) => c.kind === (options.kind ?? "partner"));
  if (!credential) throw new Error(`no ${options.kind} credential`);
  const stdout = capture();
  const stderr = capture();
  const env = {
    CENTRALCTL_ID_URL: sim.idUrl,
    CENTRALCTL_API_URL: sim.apiUrl,
    SOPHOS_CLIENT_ID: credential.clientId,
    SOPHOS_CLIENT_SECRET: credential.clientSecret,
    ...options.env,
  };
  const base = [
    "--quiet",
    "--state",
    join(workspace, "state.db"),
    "--config",
    join(workspace, "config.json"),
  ];
  let code: number;
  try {
    code = await runCli([...base, ...args], { stdout, stderr, stdinIsTTY: false, env });
  } catch (error) {
    const described = describeError(error);
    stderr.write(`centralctl: ${described.message}\n`);
    code = described.exitCode;
  }
  return { code, stdout: stdout.text(), stderr: stderr.text() };
}

/** How each endpoint of the tenant should appear in the directory export. */
export type DirectoryRole = "workstation" | "retired" | "absent";

/**
 * Writes a Get-ADComputer CSV export of one simulated tenant: every computer in OU=Workstations
 * unless `roles` says retired (OU=Disabled Computers) or absent. Returns the file path.
 */
export function writeDirectoryExport(
  directory: string,
  tenant: EstateTenant,
  roles: ReadonlyMap<string, DirectoryRole>,
): string {
  const dns = tenant.domain?.dns ?? "corp.example.com";
  const dc = dns
    .split(".")
    .map((part) => `DC=${part}`)
    .join(",");
  const lines = ['"DistinguishedName","DNSHostName","Enabled","LastLogonDate","Name","OperatingSystem"'];
  for (const endpoint of tenant.endpoints) {
    const role = roles.get(endpoint.id) ?? "workstation";
    if (role === "absent") continue;
    const name = endpoint.hostname.toUpperCase();
    const ou = role === "retired" ? "OU=Disabled Computers" : "OU=Workstations";
    const fields = [`CN=${name},${ou},${dc}`, `${name.toLowerCase()}.${dns}`, "True", "", name, ""];
    lines.push(fields.map((f) => `"${f}"`).join(","));
  }
  const file = join(directory, "ad-computers.csv");
  writeFileSync(file, `${lines.join("\r\n")}\r\n`);
  return file;
}

/** Computers of the tenant whose host name is unique across the whole estate (safe to correlate by name). */
export function uniqueComputers(sim: RunningSimulator, tenant: EstateTenant): EstateEndpoint[] {
  const counts = new Map<string, number>();
  for (const t of sim.estate.tenants)
    for (const e of t.endpoints)
      counts.set(e.hostname.toUpperCase(), (counts.get(e.hostname.toUpperCase()) ?? 0) + 1);
  return tenant.endpoints.filter(
    (e) =>
      e.type === "computer" &&
      e.associatedPerson !== undefined &&
      e.tamperProtectionEnabled &&
      counts.get(e.hostname.toUpperCase()) === 1,
  );
}
