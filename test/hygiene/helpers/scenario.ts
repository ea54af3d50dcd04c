import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { startSimulator, type RunningSimulator } from "../../../src/sim/index.js";
import type { EstateEndpoint, EstateTenant } from "../../../src/sim/estate/estate-types.js";
import {
  hygieneCli,
  uniqueComputers,
  writeDirectoryExport,
  type CliRun,
  type DirectoryRole,
} from "./hygiene-fixture.js";

/** Devices of tenant A, each set up to get one outcome. */
export interface ScenarioDevices {
  retired: EstateEndpoint[];
  inUse: EstateEndpoint;
  notInDirectory: EstateEndpoint;
  excluded: EstateEndpoint;
}

/** A simulator, a workspace with a directory export and a policy, and shortcuts to run commands. */
export interface Scenario {
  sim: RunningSimulator;
  workspace: string;
  tenantA: EstateTenant;
  devices: ScenarioDevices;
  directoryFile: string;
  policyFile: string;
  planArgs: string[];
  run(args: string[], options?: Parameters<typeof hygieneCli>[3]): Promise<CliRun>;
  /** Whether tenant A still has this endpoint in the simulator. */
  exists(endpoint: EstateEndpoint): boolean;
  close(): Promise<void>;
}

const DAY_MS = 86_400_000;

/**
 * Starts a small estate where three tenant-A computers are inactive and retired in the directory
 * (delete), one inactive but in use (keep), one inactive and unknown to the directory (review) and
 * one excluded by host name (skip).
 */
export async function startScenario(): Promise<Scenario> {
  const sim = await startSimulator({ seed: 11, tenants: 2, endpointsPerTenant: 30 });
  const workspace = mkdtempSync(join(tmpdir(), "centralctl-hygiene-"));
  writeFileSync(join(workspace, "config.json"), "{}\n");
  const tenantA = sim.estate.tenants[0] as EstateTenant;
  const pool = uniqueComputers(sim, tenantA);
  if (pool.length < 6) throw new Error(`seed gives only ${pool.length} unique computers`);
  const [r1, r2, r3, inUse, notInDirectory, excluded] = pool as [EstateEndpoint, ...EstateEndpoint[]] &
    EstateEndpoint[];
  const devices: ScenarioDevices = {
    retired: [r1, r2 as EstateEndpoint, r3 as EstateEndpoint],
    inUse: inUse as EstateEndpoint,
    notInDirectory: notInDirectory as EstateEndpoint,
    excluded: excluded as EstateEndpoint,
  };
  const longAgo = new Date(Date.now() - 200 * DAY_MS).toISOString();
  for (const e of [...devices.retired, devices.inUse, devices.notInDirectory, devices.excluded]) {
    sim.controls.setEndpointLastSeen(tenantA.id, e.id, longAgo);
  }
  const roles = new Map<string, DirectoryRole>([
    ...devices.retired.map((e) => [e.id, "retired"] as [string, DirectoryRole]),
    [devices.notInDirectory.id, "absent"],
  ]);
  const directoryFile = writeDirectoryExport(workspace, tenantA, roles);
  const policyFile = join(workspace, "policy.json");
  writeFileSync(
    policyFile,
    JSON.stringify({ maxDeleteShare: 0.5, exclusions: { hostnamePatterns: [devices.excluded.hostname] } }),
  );
  const dns = tenantA.domain?.dns ?? "corp.example.com";
  const planArgs = [
    "hygiene",
    "plan",
    "--directory-file",
    directoryFile,
    "--directory-time-zone",
    "UTC",
    "--retired-ou",
    `OU=Disabled Computers,${dns
      .split(".")
      .map((p) => `DC=${p}`)
      .join(",")}`,
    "--policy",
    policyFile,
    "--netbios-domain",
    `${tenantA.domain?.netbios ?? "CORP"}=${dns}`,
  ];
  return {
    sim,
    workspace,
    tenantA,
    devices,
    directoryFile,
    policyFile,
    planArgs,
    run: (args, options) => hygieneCli(sim, workspace, args, options),
    exists: (endpoint) => tenantA.endpoints.some((e) => e.id === endpoint.id),
    close: () => sim.close(),
  };
}

/** The plan id printed by `hygiene plan`. */
export function planIdOf(run: CliRun): string {
  const match = /plan (plan-[0-9TZ]+-[0-9a-f]{12})/.exec(run.stdout + run.stderr);
  if (!match) throw new Error(`no plan id in output:\n${run.stdout}\n${run.stderr}`);
  return match[1] as string;
}
