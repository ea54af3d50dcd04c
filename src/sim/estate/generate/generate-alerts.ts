import type { EstateAlert, EstateEndpoint } from "../estate-types.js";
import {
  ALERT_TEMPLATES,
  APP_NAMES,
  PUA_NAMES,
  SITES,
  THREAT_NAMES,
  type AlertTemplate,
} from "./alert-templates.js";
import type { Rng } from "./prng.js";

const DAY = 86_400_000;
/** Central keeps alerts for 90 days (reference §6.1). */
const ALERT_RETENTION_MS = 90 * DAY;

function detailFor(rng: Rng, template: AlertTemplate): string {
  switch (template.category) {
    case "malware":
      return template.type.endsWith("PuaDetected") ? rng.pick(PUA_NAMES) : rng.pick(THREAT_NAMES);
    case "policy":
      return rng.pick(SITES);
    case "applicationControl":
      return rng.pick(APP_NAMES);
    default:
      return "";
  }
}

/** The `groupKey` Central uses: base64 of `1,<type>,<code>,`. */
function groupKeyFor(type: string, code: number): string {
  return Buffer.from(`1,${type},${code},`).toString("base64");
}

/**
 * Build one alert about `endpoint` raised at `raisedAt` (ms). `partial` overrides any field, which is
 * how `raiseAlert` lets tests create the alert they need.
 */
export function buildAlert(
  rng: Rng,
  endpoint: EstateEndpoint | undefined,
  raisedAt: number,
  partial: Partial<EstateAlert> = {},
): EstateAlert {
  const server = endpoint?.type === "server";
  const choices = ALERT_TEMPLATES.filter((t) => !server || t.servers).map((t) => [t, t.weight] as const);
  const template = rng.weighted(choices);
  const host = endpoint?.hostname ?? "unknown device";
  const user = endpoint?.associatedPerson?.viaLogin.split("\\")[1] ?? "Administrator";
  const alert: EstateAlert = {
    id: rng.uuid(),
    allowedActions: [...template.allowedActions],
    category: template.category,
    description: template.describe(host, detailFor(rng, template), user),
    groupKey: groupKeyFor(template.type, template.code),
    product: server ? "server" : "endpoint",
    raisedAt: new Date(raisedAt).toISOString(),
    severity: template.severity,
    type: template.type,
  };
  if (endpoint) alert.managedAgent = { id: endpoint.id, type: endpoint.type, name: endpoint.hostname };
  if (endpoint?.associatedPerson) {
    alert.person = { id: endpoint.associatedPerson.id, name: endpoint.associatedPerson.name };
  }
  return { ...alert, ...partial };
}

/** A random device that was still reporting at `at` (a few tries, then any device). */
function deviceAliveAt(
  rng: Rng,
  endpoints: readonly EstateEndpoint[],
  at: number,
): EstateEndpoint | undefined {
  if (endpoints.length === 0) return undefined;
  const since = new Date(at - DAY).toISOString();
  let pick = endpoints[rng.int(0, endpoints.length - 1)]!;
  for (let tries = 0; tries < 8 && pick.lastSeenAt < since; tries++)
    pick = endpoints[rng.int(0, endpoints.length - 1)]!;
  return pick;
}

/** Alerts spread over the last 90 days (denser recently), sorted by `raisedAt` then id. */
export function generateAlerts(
  rng: Rng,
  endpoints: EstateEndpoint[],
  count: number,
  now: number,
): EstateAlert[] {
  const alerts: EstateAlert[] = [];
  for (let i = 0; i < count; i++) {
    // Squaring skews ages towards zero: most alerts are recent, some are weeks old.
    const raisedAt = now - Math.floor(rng.next() * rng.next() * ALERT_RETENTION_MS);
    alerts.push(buildAlert(rng, deviceAliveAt(rng, endpoints, raisedAt), raisedAt));
  }
  return sortAlerts(alerts);
}

/** Sort alerts in place by (`raisedAt`, id), the order the simulator pages them in. */
export function sortAlerts(alerts: EstateAlert[]): EstateAlert[] {
  return alerts.sort((a, b) =>
    a.raisedAt < b.raisedAt ? -1 : a.raisedAt > b.raisedAt ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0,
  );
}
