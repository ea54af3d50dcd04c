import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { runCapturedCli, type CapturedRun } from "../../../src/cli/run-captured-cli.js";
import type { RunningSimulator } from "../../../src/sim/index.js";

/** What one CLI invocation printed and returned. */
export type CliRun = CapturedRun;

/** A fresh state and config directory for one test file. */
export function tempWorkspace(): string {
  const directory = mkdtempSync(join(tmpdir(), "centralctl-cli-"));
  writeFileSync(join(directory, "config.json"), "{}\n");
  return directory;
}

/**
 * Run `centralctl` in this process against `sim` with the given credentials, exactly as the binary
 * would (same parser, same commands), capturing stdout and stderr. Errors the binary would print are
 * described the same way `main.ts` does.
 */
export async function runAgainstSim(
  sim: RunningSimulator,
  args: string[],
  options: {
    kind?: "partner" | "organization" | "tenant";
    secret?: string;
    workspace: string;
    env?: Record<string, string>;
  },
): Promise<CliRun> {
  const credential = sim.credentials.find((c) => c.kind === (options.kind ?? "partner"));
  if (!credential) throw new Error(`the simulator has no ${options.kind} credential`);
  const env = {
    CENTRALCTL_ID_URL: sim.idUrl,
    CENTRALCTL_API_URL: sim.apiUrl,
    SOPHOS_CLIENT_ID: credential.clientId,
    SOPHOS_CLIENT_SECRET: options.secret ?? credential.clientSecret,
    ...options.env,
  };
  const workspace = [
    "--state",
    join(options.workspace, "state.db"),
    "--config",
    join(options.workspace, "config.json"),
  ];
  return runCapturedCli([...workspace, ...args], env);
}
