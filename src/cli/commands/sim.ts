import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, parse } from "node:path";
import type { Estate, SimulatorOptions } from "../../sim/index.js";
import { UsageError } from "../cli-error.js";
import type { CommandContext } from "../context.js";
import { ExitCode, type ExitCodeValue } from "../exit-codes.js";

/** Flags of `centralctl sim`. */
export interface SimFlags {
  port?: number;
  seed: number;
  tenants: number;
  endpoints: number;
  estate?: string;
  dumpEstate?: string;
  latencyMs: number;
  faultRate: number;
  rateLimit?: number;
  tokenTtl: number;
  telemetry?: boolean;
  /** Write the estate's directory here as a Get-ADComputer CSV (default: a temporary file). */
  directoryOut?: string;
}

/**
 * `centralctl sim`: serve the simulators until SIGINT/SIGTERM. stdout receives exactly one JSON line
 * once they listen (Sophos Central URLs and credentials, plus MISP, Splunk HEC and Intelix), so
 * scripts can read it and point a client at it. When the estate has a directory, it is written as a
 * Get-ADComputer CSV with a VIP list beside it, so `hygiene plan` can run against the simulator.
 */
export async function simCommand(context: CommandContext, flags: SimFlags): Promise<ExitCodeValue> {
  // Loaded on demand: the simulator is a tenth of a second of start-up that other commands never need.
  const { readEstateFile, startSimulator, writeEstateFile } = await import("../../sim/index.js");
  const { startMispSimulator } = await import("../../sim/misp/index.js");
  const { startHecSimulator } = await import("../../sim/splunk/index.js");
  const { startIntelixSimulator } = await import("../../sim/intelix/index.js");
  const options: SimulatorOptions = {
    port: flags.port ?? 0,
    seed: flags.seed,
    tenants: flags.tenants,
    endpointsPerTenant: flags.endpoints,
    latencyMs: flags.latencyMs,
    faultRate: flags.faultRate,
    tokenTtlSeconds: flags.tokenTtl,
  };
  if (flags.rateLimit !== undefined) options.rateLimit = flags.rateLimit;
  if (flags.telemetry) options.telemetry = true;
  if (flags.estate) {
    try {
      options.estate = await readEstateFile(flags.estate);
    } catch (error) {
      throw new UsageError(error instanceof Error ? error.message : String(error), { cause: error });
    }
  }
  const sim = await startSimulator(options);
  // The services centralctl feeds from and delivers to, simulated beside Central so that every
  // command (hunts from MISP, Splunk delivery, local-site reputation) can be tried end to end.
  const misp = await startMispSimulator({ seed: flags.seed });
  const hec = await startHecSimulator({ ackEnabled: true, keepEvents: false });
  const intelix = await startIntelixSimulator();
  if (flags.dumpEstate) await writeEstateFile(sim.estate, flags.dumpEstate);
  const directory = await writeDirectory(sim.estate, flags.directoryOut);
  const line = {
    idUrl: sim.idUrl,
    apiUrl: sim.apiUrl,
    credentials: sim.credentials,
    mispUrl: misp.url,
    mispKey: misp.apiKey,
    splunkUrl: hec.url,
    splunkToken: hec.token,
    intelixUrl: intelix.url,
    intelixClientId: intelix.clientId,
    intelixClientSecret: intelix.clientSecret,
    ...(directory === undefined
      ? {}
      : {
          directoryFile: directory.directoryFile,
          vipUsersFile: directory.vipUsersFile,
          netbiosDomains: directory.netbiosDomains,
          retiredOus: directory.retiredOus,
        }),
  };
  context.terminal.stdout.write(`${JSON.stringify(line)}\n`);
  context.logger.info("simulator listening", { idUrl: sim.idUrl, apiUrl: sim.apiUrl });

  await new Promise<void>((resolve) => {
    const stop = (): void => {
      process.off("SIGINT", stop);
      process.off("SIGTERM", stop);
      resolve();
    };
    process.on("SIGINT", stop);
    process.on("SIGTERM", stop);
  });
  if (flags.dumpEstate) await writeEstateFile(sim.estate, flags.dumpEstate);
  await Promise.all([sim.close(), misp.close(), hec.close(), intelix.close()]);
  if (directory?.temporary !== undefined) await rm(directory.temporary, { recursive: true, force: true });
  return ExitCode.ok;
}

/** Write the directory export and VIP list (to a temporary folder unless `out` is given). */
async function writeDirectory(estate: Estate, out: string | undefined) {
  const { writeDirectoryExport } = await import("../../sim/estate/directory/write-directory-export.js");
  if (!estate.tenants.some((tenant) => tenant.directory !== undefined)) return undefined;
  const temporary = out === undefined ? await mkdtemp(join(tmpdir(), "centralctl-sim-")) : undefined;
  const file = out ?? join(temporary as string, "ad-computers.csv");
  const { dir, name } = parse(file);
  try {
    const written = await writeDirectoryExport(estate, file, join(dir, `${name}-vip-users.txt`));
    return written === undefined ? undefined : { ...written, temporary };
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? String(error);
    throw new UsageError(`cannot write the directory export ${file} (${code}); check --directory-out`);
  }
}
