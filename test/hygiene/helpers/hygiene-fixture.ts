import { writeFileSync } from "node:fs";
import { join } from "node:path";
import type { RunningSimulator } from "../../../src/sim/index.js";
import type { EstateEndpoint, EstateTenant } from "../../../src/sim/estate/estate-types.js";
import { runAgainstSim, type CliRun } from "../../cli/helpers/run-in-process.js";

export type { CliRun };

/** A valid escrow key for tests (32 bytes, base64). */
export const TEST_ESCROW_KEY = Buffer.alloc(32, 7).toString("base64");

/**
 * Runs `centralctl` in-process against the simulator (test/cli's helper) quietly, with extra
 * environment (the escrow key) and the simulator's partner credential unless told otherwise.
 */
export function hygieneCli(
  sim: RunningSimulator,
  workspace: string,
  args: string[],
  options: { kind?: "partner" | "tenant"; env?: Record<string, string> } = {},
): Promise<CliRun> {
  return runAgainstSim(sim, ["--quiet", ...args], { ...options, workspace });
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
