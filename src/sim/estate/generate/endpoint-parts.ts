/**
 * Shared, frozen sub-objects of generated endpoints (health, products, encryption, lockdown). A
 * million endpoints reference a few dozen of these objects instead of owning copies.
 */
import type { HealthStatus } from "../../../central/types.js";
import type { EstateEndpoint } from "../estate-types.js";
import { AGENT_VERSIONS, LINUX_SERVICES, MAC_SERVICES, WINDOWS_SERVICES } from "./os-catalogue.js";
import type { Rng } from "./prng.js";

type Platform = EstateEndpoint["os"]["platform"];
type Health = EstateEndpoint["health"];

/** Health situations and how often they occur. */
const HEALTH_CASES = [
  ["good", 85],
  ["threatsSuspicious", 4],
  ["servicesSuspicious", 4],
  ["threatsBad", 3],
  ["servicesBad", 2],
  ["unknown", 2],
] as const;
type HealthCase = (typeof HEALTH_CASES)[number][0];

function services(platform: Platform): readonly string[] {
  return platform === "windows" ? WINDOWS_SERVICES : platform === "macOS" ? MAC_SERVICES : LINUX_SERVICES;
}

function buildHealth(platform: Platform, which: HealthCase): Health {
  const names = services(platform);
  const broken = which === "servicesBad" ? "stopped" : which === "servicesSuspicious" ? "missing" : undefined;
  // The file scanner is the service that most often stops; index 1 keeps the agent itself running.
  const details = names.map((name, i) => ({
    name,
    status:
      broken && i === Math.min(3, names.length - 1) ? broken : which === "unknown" ? "missing" : "running",
  }));
  const threats: HealthStatus =
    which === "threatsBad"
      ? "bad"
      : which === "threatsSuspicious"
        ? "suspicious"
        : which === "unknown"
          ? "unknown"
          : "good";
  const servicesStatus: HealthStatus =
    which === "servicesBad"
      ? "bad"
      : which === "servicesSuspicious"
        ? "suspicious"
        : which === "unknown"
          ? "unknown"
          : "good";
  const order: HealthStatus[] = ["good", "unknown", "suspicious", "bad"];
  const overall = order[Math.max(order.indexOf(threats), order.indexOf(servicesStatus))]!;
  return frozen<Health>({
    overall,
    threats: { status: threats },
    services: { status: servicesStatus, serviceDetails: details },
  });
}

const healthTable = new Map<string, Health>();

/** A (shared) health block for a device of `platform`, chosen by realistic frequencies. */
export function pickHealth(rng: Rng, platform: Platform, forceUnknown = false): Health {
  const which: HealthCase = forceUnknown ? "unknown" : rng.weighted(HEALTH_CASES);
  const key = `${platform}:${which}`;
  let health = healthTable.get(key);
  if (!health) {
    health = buildHealth(platform, which);
    healthTable.set(key, health);
  }
  return health;
}

const productTable = new Map<string, EstateEndpoint["assignedProducts"]>();

/** The agent version a device runs: old versions go with devices not seen for a long time. */
export function agentVersionFor(ageDays: number): string {
  const index = ageDays > 180 ? 3 : ageDays > 60 ? 2 : ageDays > 20 ? 1 : 0;
  return AGENT_VERSIONS[index]!;
}

/** Assigned products (shared) for a device: core agent, Intercept X, optionally XDR and encryption. */
export function assignedProducts(
  agentVersion: string,
  xdr: boolean,
  encryption: boolean,
): EstateEndpoint["assignedProducts"] {
  const key = `${agentVersion}:${xdr}:${encryption}`;
  let products = productTable.get(key);
  if (!products) {
    const list = [
      { code: "coreAgent", version: agentVersion, status: "installed" },
      { code: "interceptX", version: agentVersion.replace(/\.\d+$/, ".1"), status: "installed" },
    ];
    if (xdr) list.push({ code: "xdr", version: agentVersion.replace(/\.\d+$/, ".1"), status: "installed" });
    if (encryption) list.push({ code: "deviceEncryption", version: "2.0.82", status: "installed" });
    products = frozen(list);
    productTable.set(key, products);
  }
  return products;
}

type Encryption = NonNullable<EstateEndpoint["encryption"]>;

// Deep-freeze a shared value without changing its (mutable) declared type.
function frozen<T extends object>(value: T): T {
  for (const inner of Object.values(value)) if (inner && typeof inner === "object") frozen(inner as object);
  return Object.freeze(value);
}

const volume = (volumeId: string, status: string): Encryption => ({
  volumes: [{ volumeId, status }],
  overallStatus: status,
});
const ENCRYPTED_WINDOWS = frozen(volume("C:", "encrypted"));
const PLAIN_WINDOWS = frozen(volume("C:", "notEncrypted"));
const ENCRYPTED_MAC = frozen(volume("/", "encrypted"));
const PLAIN_MAC = frozen(volume("/", "notEncrypted"));
const UNSUPPORTED = frozen<Encryption>({ volumes: [], overallStatus: "notSupported" });

/** Encryption summary (shared) for a device. */
export function encryptionFor(platform: Platform, encrypted: boolean): Encryption {
  if (platform === "linux") return UNSUPPORTED;
  if (platform === "macOS") return encrypted ? ENCRYPTED_MAC : PLAIN_MAC;
  return encrypted ? ENCRYPTED_WINDOWS : PLAIN_WINDOWS;
}

/** Lockdown states (shared): most devices have no lockdown installed. */
export const LOCKDOWN_NONE = frozen({ status: "notInstalled", updateStatus: "notInstalled" });
export const LOCKDOWN_LOCKED = frozen({ status: "locked", updateStatus: "upToDate" });
