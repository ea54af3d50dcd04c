import type { CentralClient } from "../../../central/index.js";
import type { Tenant } from "../../../central/types.js";
import { parseIocJson } from "../../../hunt/index.js";
import type { PlantedIndicator } from "../../../sim/estate/telemetry/telemetry-types.js";
import { openStore } from "../../../store/index.js";
import { renderTable } from "../../output/render-table.js";
import { huntRunRecord } from "../hunt/hunt-run-record.js";

/**
 * Section 5 of the demo: hunt the simulator's planted indicators on both APIs, check the answer, and
 * save the run in the demo's state store as `centralctl hunt` does (the dashboard's Hunts page).
 */
export async function demoHunt(
  out: (text?: string) => void,
  client: CentralClient,
  tenants: Tenant[],
  planted: PlantedIndicator[] | undefined,
  stateFile: string,
): Promise<void> {
  if (!planted?.length) return;
  const advisory = JSON.stringify({
    ioc_data: planted.map((p) => ({ indicator_type: p.type, data: p.value })),
  });
  const { indicators } = parseIocJson(advisory, "demo advisory");
  const { runHunt } = await import("../../../hunt/runner/index.js");
  const startedAt = new Date();
  const started = performance.now();
  const result = await runHunt(client, tenants, indicators, { api: "both" });
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  const store = openStore(stateFile);
  try {
    await store.huntRuns.save(
      huntRunRecord({
        flags: { iocs: advisory, name: "demo advisory", api: "both", tenants: [] },
        startedAt,
        finishedAt: new Date(),
        indicatorCount: indicators.length,
        tenantsAsked: tenants.length,
        failures: result.failures,
        hits: result.hits,
        interrupted: false,
      }),
    );
  } finally {
    store.close();
  }
  const expected = new Set(
    planted.flatMap((p) => p.endpoints.map((e) => `${p.type}:${p.value}@${e.endpointId}`)),
  );
  const found = new Set(result.hits.map((h) => `${h.indicatorType}:${h.indicator}@${h.endpointId}`));
  const missed = [...expected].filter((key) => !found.has(key)).length;
  const extra = [...found].filter((key) => !expected.has(key)).length;
  out(
    `5. IOC hunt: ${indicators.length} indicators of ${new Set(indicators.map((i) => i.type)).size} types on Live Discover and the XDR Data Lake, ` +
      `all ${tenants.length} tenants at once, in ${seconds} s (${result.stats.runs} query runs)`,
  );
  out(
    renderTable(
      ["tenant", "hostname", "indicator", "type", "api"],
      result.hits.slice(0, 8).map((h) => [h.tenantName, h.hostname, h.indicator, h.indicatorType, h.api]),
    ),
  );
  out(
    `   ${result.hits.length} hits on ${new Set(result.hits.map((h) => h.endpointId)).size} endpoints; ` +
      `${result.unreachable.length} endpoints offline for Live Discover were searched in the Data Lake. ` +
      `Checked against the planted answer key: ${missed} missed, ${extra} unexpected.\n`,
  );
}
