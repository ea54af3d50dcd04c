import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { CentralClient, forEachTenant } from "../../central/index.js";
import type { Alert, Endpoint, Tenant } from "../../central/types.js";
import type { CommandContext } from "../context.js";
import { ExitCode, type ExitCodeValue } from "../exit-codes.js";
import type { PlantedIndicator } from "../../sim/estate/telemetry/telemetry-types.js";
import { renderTable } from "../output/render-table.js";
import { DEFAULT_DASHBOARD_PORT } from "./dashboard/dashboard-command.js";
import { demoDashboard } from "./demo/demo-dashboard.js";
import { demoHunt } from "./demo/demo-hunt.js";
import { demoHygiene } from "./demo/demo-hygiene.js";

const DAY_MS = 86_400_000;
const STALE_DAYS = 90;

/**
 * `centralctl demo`: start the simulator in-process, connect to it exactly as to Sophos Central
 * (partner credentials, token, whoami, tenant discovery, regional hosts) and show the main jobs on a
 * seeded estate. Nothing leaves the machine.
 */
export async function demoCommand(
  context: CommandContext,
  flags: { seed: number; dashboard?: boolean; port?: number },
): Promise<ExitCodeValue> {
  const out = (text = ""): void => void context.terminal.stdout.write(`${text}\n`);
  // Loaded on demand: the simulator is a tenth of a second of start-up that other commands never need.
  const { startSimulator } = await import("../../sim/index.js");
  const sim = await startSimulator({
    seed: flags.seed,
    tenants: 5,
    endpointsPerTenant: 200,
    telemetry: { queryDurationMs: 400 },
  });
  const partner = sim.credentials.find((credential) => credential.kind === "partner");
  if (!partner) throw new Error("the simulator offered no partner credentials");
  const client = new CentralClient({
    clientId: partner.clientId,
    clientSecret: partner.clientSecret,
    idUrl: sim.idUrl,
    apiUrl: sim.apiUrl,
    logger: context.logger,
  });
  const folder = await mkdtemp(join(tmpdir(), "centralctl-demo-"));
  try {
    out(`centralctl demo: a simulated Sophos Central estate (seed ${flags.seed})`);
    out(`simulator: ${sim.apiUrl} (token service ${sim.idUrl}), signed in as a partner\n`);

    const whoami = await client.whoami();
    const tenants: Tenant[] = [];
    for await (const tenant of client.listTenants()) tenants.push(tenant);
    out(
      `1. Who am I: ${whoami.idType} ${whoami.id}, ${tenants.length} tenants in ${regions(tenants)} regions`,
    );
    out(
      renderTable(
        ["tenant", "region", "billing", "apiHost"],
        tenants.map((t) => [t.name, t.dataRegion ?? "", t.billingType ?? "", t.apiHost ?? "(missing)"]),
      ),
    );

    const now = Date.now();
    const started = performance.now();
    const inventory = await forEachTenant(tenants, async (tenant) => {
      const endpoints: Endpoint[] = [];
      for await (const endpoint of client.forTenant(tenant).endpoints({ view: "full" }))
        endpoints.push(endpoint);
      return endpoints;
    });
    const seconds = ((performance.now() - started) / 1000).toFixed(2);
    const all = inventory.results.flatMap((result) => result.value);
    out(
      `2. Inventory: ${all.length} endpoints from ${inventory.results.length} tenants in ${seconds} s (${client.stats.requests} requests so far)`,
    );
    out(
      renderTable(
        ["tenant", "endpoints", "servers", "online", "bad health", `not seen ${STALE_DAYS}d+`],
        inventory.results.map(({ tenant, value }) => [
          tenant.name,
          String(value.length),
          String(value.filter((e) => e.type === "server").length),
          String(value.filter((e) => e.online).length),
          String(value.filter((e) => e.health?.overall === "bad").length),
          String(value.filter((e) => isStale(e, now)).length),
        ]),
      ),
    );

    const alerts = await forEachTenant(tenants, async (tenant) => {
      const found: Alert[] = [];
      for await (const alert of client
        .forTenant(tenant)
        .alerts({ from: new Date(now - 7 * DAY_MS), to: new Date(now) }))
        found.push(alert);
      return found;
    });
    const recent = alerts.results.flatMap((result) =>
      result.value.map((alert) => ({ alert, tenant: result.tenant })),
    );
    const bySeverity = ["high", "medium", "low"].map(
      (severity) => `${severity} ${recent.filter((r) => r.alert.severity === severity).length}`,
    );
    out(`3. Alerts of the last 7 days: ${bySeverity.join(", ")}; the five latest:`);
    recent.sort((a, b) => b.alert.raisedAt.localeCompare(a.alert.raisedAt));
    out(
      renderTable(
        ["raisedAt", "tenant", "severity", "description"],
        recent
          .slice(0, 5)
          .map(({ alert, tenant }) => [alert.raisedAt, tenant.name, alert.severity, alert.description]),
      ),
    );

    const stale = inventory.results.flatMap(({ tenant, value }) =>
      value.filter((e) => isStale(e, now)).map((e) => ({ e, tenant })),
    );
    stale.sort((a, b) => (a.e.lastSeenAt ?? "").localeCompare(b.e.lastSeenAt ?? ""));
    out(`4. Stale devices: ${stale.length} not seen for ${STALE_DAYS}+ days. The oldest ten:`);
    out(
      renderTable(
        ["tenant", "hostname", "type", "lastSeenAt", "days"],
        stale
          .slice(0, 10)
          .map(({ e, tenant }) => [
            tenant.name,
            e.hostname,
            e.type,
            e.lastSeenAt ?? "",
            String(daysSince(e, now)),
          ]),
      ),
    );
    out("   Nothing was deleted: deleting is always a separate, explicit step.\n");

    await demoHunt(
      out,
      client,
      tenants,
      sim.estate.plantedIndicators as PlantedIndicator[] | undefined,
      join(folder, "state.db"),
    );
    const hygiene = await demoHygiene(out, sim, partner, folder);
    const hygieneOk =
      hygiene === undefined || (hygiene.journalVerified && hygiene.goneFromSimulator === hygiene.deleted);

    out("Try it yourself against a simulator of your own:");
    out("  npx centralctl sim --tenants 5 --endpoints 200   # prints one JSON line: URLs and credentials");
    out(
      "  export CENTRALCTL_ID_URL=<idUrl> CENTRALCTL_API_URL=<apiUrl> SOPHOS_CLIENT_ID=<clientId> SOPHOS_CLIENT_SECRET=<clientSecret>",
    );
    out("  npx centralctl inventory --last-seen-before 90d --output csv");
    out(
      "  npx centralctl hygiene plan --directory-file <directoryFile> --vip-users <vipUsersFile> --netbios-domain <netbiosDomains...> --retired-ou <retiredOus...>",
    );
    if (flags.dashboard) {
      await demoDashboard(context, out, {
        stateFile: join(folder, "state.db"),
        client,
        port: flags.port ?? DEFAULT_DASHBOARD_PORT,
      });
    }
    return inventory.failures.length + alerts.failures.length > 0 || !hygieneOk
      ? ExitCode.partial
      : ExitCode.ok;
  } finally {
    await client.close();
    await sim.close();
    await rm(folder, { recursive: true, force: true });
  }
}

function regions(tenants: Tenant[]): number {
  return new Set(tenants.map((tenant) => tenant.dataRegion)).size;
}

function daysSince(endpoint: Endpoint, now: number): number {
  return endpoint.lastSeenAt ? Math.floor((now - Date.parse(endpoint.lastSeenAt)) / DAY_MS) : Number.NaN;
}

function isStale(endpoint: Endpoint, now: number): boolean {
  return daysSince(endpoint, now) >= STALE_DAYS;
}
