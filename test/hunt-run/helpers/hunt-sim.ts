import type { CentralClient, Tenant } from "../../../src/central/index.js";
import type { PlantedIndicator } from "../../../src/sim/estate/telemetry/telemetry-types.js";
import { startSimulator, type RunningSimulator } from "../../../src/sim/index.js";
import { partnerClient } from "../../central/helpers/sim-client.js";

/** A simulator whose estate has telemetry with planted indicators, a partner client and its tenants. */
export interface HuntSim {
  sim: RunningSimulator;
  client: CentralClient;
  tenants: Tenant[];
  planted: PlantedIndicator[];
  close(): Promise<void>;
}

/** Start a telemetry estate (fast queries) and a partner client; call `close` in an `after` hook. */
export async function startHuntSim(
  options: { tenants?: number; queryDurationMs?: number } = {},
): Promise<HuntSim> {
  const sim = await startSimulator({
    seed: 7,
    tenants: options.tenants ?? 3,
    endpointsPerTenant: 25,
    telemetry: { queryDurationMs: options.queryDurationMs ?? 60 },
  });
  const planted = sim.estate["plantedIndicators"] as PlantedIndicator[];
  const client = partnerClient(sim, {
    retry: { baseDelayMs: 5, maxDelayMs: 50, maxAttempts: 5 },
  });
  const tenants: Tenant[] = [];
  for await (const t of client.listTenants()) tenants.push(t);
  return {
    sim,
    client,
    tenants,
    planted,
    close: async () => {
      await client.close();
      await sim.close();
    },
  };
}
