import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { startTicketSimulator, type TicketSimulator } from "../../src/sim/tickets/index.js";
import type { EstateEndpoint } from "../../src/sim/estate/estate-types.js";
import { uniqueComputers, writeDirectoryExport, type DirectoryRole } from "./helpers/hygiene-fixture.js";
import { startScenario, type Scenario } from "./helpers/scenario.js";

/** The hygiene scenario with at least four review items (three more devices absent from the directory) and a ticket simulator. */
export interface TicketScenario extends Scenario {
  tickets: TicketSimulator;
  /** The endpoints the plan sends to review. */
  reviewIds: string[];
  /** Run and expect success. */
  ok(args: string[], env?: Record<string, string>): Promise<string>;
}

/** One line of `hygiene review -o ndjson`. */
export interface ReviewLine {
  ticket: string;
  externalRef?: string;
  endpointId: string;
  hostname: string;
  reasons: string;
}

/** Parse ndjson review output. */
export function reviewLines(stdout: string): ReviewLine[] {
  return stdout
    .trim()
    .split("\n")
    .filter((l) => l !== "")
    .map((l) => JSON.parse(l) as ReviewLine);
}

/** Start the scenario, add three more devices absent from the directory, plan once. */
export async function startTicketScenario(): Promise<TicketScenario> {
  const s = await startScenario();
  const tickets = await startTicketSimulator();
  const extra = uniqueComputers(s.sim, s.tenantA).slice(6, 9) as EstateEndpoint[];
  const longAgo = new Date(Date.now() - 200 * 86_400_000).toISOString();
  for (const e of extra) s.sim.controls.setEndpointLastSeen(s.tenantA.id, e.id, longAgo);
  const roles = new Map<string, DirectoryRole>([
    ...s.devices.retired.map((e) => [e.id, "retired"] as [string, DirectoryRole]),
    [s.devices.notInDirectory.id, "absent"],
    ...extra.map((e) => [e.id, "absent"] as [string, DirectoryRole]),
  ]);
  writeDirectoryExport(s.workspace, s.tenantA, roles);
  const run = async (args: string[], env?: Record<string, string>) => {
    const result = await s.run(args, env === undefined ? {} : { env });
    if (result.code !== 0) throw new Error(`exit ${result.code}: ${result.stderr}`);
    return result.stdout;
  };
  const plan = await run([...s.planArgs, "-o", "ndjson"]);
  const reviewIds = plan
    .trim()
    .split("\n")
    .map((l) => JSON.parse(l) as { action: string; endpointId: string })
    .filter((d) => d.action === "review")
    .map((d) => d.endpointId);
  for (const e of [s.devices.notInDirectory, ...extra]) {
    if (!reviewIds.includes(e.id)) throw new Error(`${e.hostname} is not in review`);
  }
  return {
    ...s,
    tickets,
    reviewIds,
    ok: run,
    close: async () => {
      await tickets.close();
      await s.close();
    },
  };
}

/** Write config.json of the workspace (e.g. a hygiene.tickets section). */
export function writeConfig(s: Scenario, config: object): void {
  writeFileSync(join(s.workspace, "config.json"), JSON.stringify(config));
}
