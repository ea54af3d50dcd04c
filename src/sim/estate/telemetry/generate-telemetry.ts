import type { Estate, EstateEndpoint, EstateTenant } from "../estate-types.js";
import { createRng } from "../generate/prng.js";
import { backgroundRow, splitPath } from "./background-rows.js";
import { PLANTED_VALUES, UNDERSCORE_DECOY } from "./planted-values.js";
import type { PlantedIndicator, TelemetryRow, TelemetrySettings } from "./telemetry-types.js";

/** Telemetry of a whole estate: rows per tenant id and the answer key. */
export interface EstateTelemetry {
  rowsByTenant: Map<string, TelemetryRow[]>;
  planted: PlantedIndicator[];
}

const HOUR = 3600;
const DAY = 24 * HOUR;
const ROWS_PER_ENDPOINT = 4;
/** Planted "online" endpoints are seen well inside the 10-minute online window, so they stay online. */
const SURELY_ONLINE_S = 5 * 60;

interface Target {
  tenant: EstateTenant;
  endpoint: EstateEndpoint;
  time: number;
  online: boolean;
}

const seenAt = (e: EstateEndpoint): number => Math.floor(Date.parse(e.lastSeenAt) / 1000);

/**
 * Where to plant: in the first two tenants, one online endpoint (activity an hour ago) and one
 * offline endpoint (activity before it went offline, inside the Data Lake window); in the first
 * tenant also a second online endpoint whose activity is older than the Live Discover journals keep.
 */
function targets(estate: Estate, asOf: number, settings: TelemetrySettings): Target[] {
  const out: Target[] = [];
  estate.tenants.slice(0, 2).forEach((tenant, index) => {
    const online = tenant.endpoints.filter((e) => seenAt(e) >= asOf - SURELY_ONLINE_S);
    const offline = tenant.endpoints.find(
      (e) => seenAt(e) < asOf - DAY && seenAt(e) > asOf - (settings.dataLakeDays - 2) * DAY,
    );
    if (online[0]) out.push({ tenant, endpoint: online[0], time: asOf - HOUR, online: true });
    if (offline) out.push({ tenant, endpoint: offline, time: seenAt(offline) - HOUR, online: false });
    const old = online[1];
    if (index === 0 && old && settings.liveDiscoverDays + 3 < settings.dataLakeDays) {
      out.push({ tenant, endpoint: old, time: asOf - (settings.liveDiscoverDays + 3) * DAY, online: true });
    }
  });
  return out;
}

/**
 * The fields of a planted row: the value in its field, and a path consistent with it (the query
 * templates derive directories from paths). md5 and sha1 get a path of their own: Live Discover
 * finds them through osquery's `hash` table, which holds the latest hashes of each path.
 */
function plantedFields(type: string, field: keyof TelemetryRow, value: string): Partial<TelemetryRow> {
  const at = (path: string): Partial<TelemetryRow> => ({ path, ...splitPath(path) });
  if (field === "port") return { port: Number(value) };
  if (field === "path") return at(value);
  if (field === "directory") return at(`${value}\\loader.exe`);
  if (field === "name") return at(`C:\\Users\\Public\\Downloads\\${value}`);
  if (type === "md5" || type === "sha1")
    return { [field]: value, ...at(`C:\\ProgramData\\Planted\\${type}-sample.exe`) };
  return { [field]: value };
}

/**
 * Generate telemetry deterministically from the estate's seed and `generatedAt`: a few ordinary rows
 * per endpoint spread over the Data Lake window, plus one row per planted indicator per target
 * endpoint. Pure.
 */
export function generateTelemetry(estate: Estate, settings: TelemetrySettings): EstateTelemetry {
  const asOf = Math.floor(Date.parse(estate.generatedAt) / 1000);
  const rowsByTenant = new Map<string, TelemetryRow[]>();
  for (const tenant of estate.tenants) {
    const rng = createRng(estate.seed ?? 0, "telemetry", tenant.id);
    const rows: TelemetryRow[] = [];
    for (const endpoint of tenant.endpoints) {
      const last = Math.min(seenAt(endpoint), asOf);
      for (let i = 0; i < ROWS_PER_ENDPOINT; i++) {
        const time = last - rng.int(0, settings.dataLakeDays * DAY - HOUR);
        if (time > asOf - settings.dataLakeDays * DAY) rows.push(backgroundRow(rng, endpoint, time));
      }
    }
    rowsByTenant.set(tenant.id, rows);
  }
  const planted: PlantedIndicator[] = PLANTED_VALUES.map(({ type, value }) => ({
    type,
    value,
    endpoints: [],
  }));
  const rng = createRng(estate.seed ?? 0, "telemetry", "planted");
  for (const target of targets(estate, asOf, settings)) {
    const rows = rowsByTenant.get(target.tenant.id)!;
    PLANTED_VALUES.forEach(({ type, value, field }, i) => {
      const row: TelemetryRow = backgroundRow(rng, target.endpoint, target.time);
      rows.push(Object.assign(row, plantedFields(type, field, value)));
      planted[i]!.endpoints.push({
        tenantId: target.tenant.id,
        endpointId: target.endpoint.id,
        hostname: target.endpoint.hostname,
        online: target.online,
        ldVisible: target.online && target.time >= asOf - settings.liveDiscoverDays * DAY,
      });
    });
  }
  const decoyTenant = estate.tenants[0];
  const decoyEndpoint = decoyTenant?.endpoints.at(-1);
  if (decoyTenant && decoyEndpoint) {
    const row = backgroundRow(rng, decoyEndpoint, Math.min(seenAt(decoyEndpoint), asOf) - HOUR);
    Object.assign(row, {
      name: UNDERSCORE_DECOY,
      path: `C:\\Tools\\${UNDERSCORE_DECOY}`,
      directory: "C:\\Tools",
    });
    rowsByTenant.get(decoyTenant.id)!.push(row);
  }
  return { rowsByTenant, planted };
}
