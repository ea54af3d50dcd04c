import type { EstateTenant } from "../estate-types.js";
import { COMPANIES, GROUP_NAMES, REGION_CYCLE, REGION_GEOGRAPHY } from "./names-catalogue.js";
import { generateAdmins, generateRoles } from "./generate-admins-roles.js";
import { generateAlerts } from "./generate-alerts.js";
import { generateEndpoints } from "./generate-endpoints.js";
import { generateFirewalls, generateLocalSites } from "./generate-network.js";
import { generatePeople } from "./generate-people.js";
import { createRng, type Rng } from "./prng.js";

const DAY = 86_400_000;

/** Inputs for one generated tenant. */
export interface TenantSpec {
  seed: number;
  index: number;
  endpoints: number;
  /** Alerts to create; default scales with the estate (a quarter of the endpoints, 5..2000). */
  alerts?: number;
  now: number;
  partnerId: string;
  organizationId?: string;
  managed: boolean;
  apiHostAvailable: boolean;
}

function groupsFor(rng: Rng, names: readonly string[]): Map<string, { id: string; name: string }> {
  return new Map(names.map((name) => [name, Object.freeze({ id: rng.uuid(), name })]));
}

/**
 * Generate one tenant: company identity, region, people, endpoints, alerts, local sites, admins,
 * roles and firewalls. Each part uses its own random stream, so a tenant's identity does not change
 * with its size.
 */
export function generateTenant(spec: TenantSpec): EstateTenant {
  const { seed, index, now } = spec;
  const rng = createRng(seed, "tenant", index);
  const id = rng.uuid();
  const [company, code, dns] = COMPANIES[index % COMPANIES.length]!;
  const round = Math.floor(index / COMPANIES.length);
  const name = round === 0 ? company : `${company} ${round + 1}`;
  const prefix = round === 0 ? code : `${code}${round + 1}`;
  const dnsDomain = round === 0 ? dns : `site${round + 1}.${dns}`;
  // The first tenant uses the classic CORP domain of the reference examples (`CORP\jdoe`).
  const netbios = index === 0 ? "CORP" : prefix.slice(0, 15);
  const dataRegion = REGION_CYCLE[index % REGION_CYCLE.length]!;
  const createdAt = now - rng.int(200, 2000) * DAY;
  const emailDomain = dnsDomain.endsWith(".local")
    ? `${code.toLowerCase()}.example`
    : dnsDomain.replace(/^(corp|ad)\./, "");

  const people = generatePeople(
    createRng(seed, "people", index),
    Math.ceil(spec.endpoints * 0.6) + 6,
    netbios,
  );
  const roles = generateRoles(rng, createdAt);
  const admins = generateAdmins(rng, people, roles, emailDomain, createdAt, now);
  const groups = groupsFor(rng, GROUP_NAMES);
  const soc = Object.freeze({ id: rng.uuid(), type: "user" as const, name: "MSP SOC Analyst" });
  const xdr = rng.chance(0.6);
  const { firewalls, firewallGroups } = generateFirewalls(rng, prefix, dnsDomain, createdAt, now);
  const localSites = generateLocalSites(rng, dnsDomain);
  const billingType = rng.weighted([
    ["term", 70],
    ["usage", 20],
    ["trial", 10],
  ] as const);

  const endpoints = generateEndpoints(
    createRng(seed, "endpoints", index),
    { prefix, dnsDomain, people, groups, xdr, soc },
    spec.endpoints,
    now,
  );
  const alertCount = spec.alerts ?? Math.min(2000, Math.max(5, Math.round(spec.endpoints * 0.25)));
  const alerts = generateAlerts(createRng(seed, "alerts", index), endpoints, alertCount, now);

  const tenant: EstateTenant = {
    id,
    name,
    showAs: name,
    dataRegion,
    dataGeography: REGION_GEOGRAPHY[dataRegion],
    billingType,
    status: "active",
    partnerId: spec.partnerId,
    managed: spec.managed,
    apiHostAvailable: spec.apiHostAvailable,
    domain: { netbios, dns: dnsDomain },
    tamperProtectionEnabled: rng.chance(0.95),
    endpoints,
    alerts,
    localSites,
    admins,
    roles,
    firewalls,
    firewallGroups,
  };
  if (spec.organizationId) tenant.organizationId = spec.organizationId;
  return tenant;
}
