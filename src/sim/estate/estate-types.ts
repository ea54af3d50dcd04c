/**
 * The simulator's estate: everything Sophos Central would know about a partner's customers. It is at
 * once the in-memory live state (the simulator mutates it: deletes, isolation, new alerts) and the
 * JSON file format (`docs/estate-format.md`), so dumping is serialisation and loading is validation.
 *
 * Records are stored compactly and rendered to wire JSON per request. Nested objects such as `os`,
 * `health`, `group` or `assignedProducts` may be SHARED between endpoints by the generator: replace
 * them, never mutate them in place.
 *
 * Unknown keys at the top level and on tenants are kept (loaded and dumped), so later features can add
 * sections without breaking old files.
 */
import type {
  DataRegion,
  EndpointType,
  HealthStatus,
  LocalSite,
  Role,
  WebControlCategory,
} from "../../central/types.js";
import type { EstateDirectory } from "./directory/estate-directory-types.js";
import type { EstateSavedQuery } from "./saved-queries/estate-saved-query-types.js";

/** Format marker and version of estate files. */
export const ESTATE_FORMAT = "centralctl-estate";
export const ESTATE_VERSION = 1;

/** API credentials the simulator accepts (client-credentials flow). */
export interface SimCredential {
  kind: "partner" | "organization" | "tenant";
  /** The partner, organization or tenant id the credential belongs to (whoami `id`). */
  id: string;
  clientId: string;
  clientSecret: string;
}

/** A Sophos principal (who did something), as in `lastEnabledBy` / `createdBy`. */
export interface Principal {
  id: string;
  type: "user" | "service" | "system";
  name: string;
  accountType?: "tenant" | "partner" | "organization";
  accountId?: string;
}

/** Isolation state of an endpoint; absent on an endpoint means never isolated. */
export interface EstateIsolation {
  enabled: boolean;
  /** Isolated by the device itself (e.g. a health-based policy) rather than an admin. */
  selfIsolated?: boolean;
  comment?: string;
  lastEnabledAt?: string;
  lastEnabledBy?: Principal;
  lastDisabledAt?: string;
  lastDisabledBy?: Principal;
  /** While the simulator clock is before this instant, a further change answers 409. */
  changePendingUntil?: string;
}

/** One managed device. Field names follow the wire `Endpoint` where they can. */
export interface EstateEndpoint {
  id: string;
  type: EndpointType;
  hostname: string;
  os: {
    isServer: boolean;
    platform: "windows" | "linux" | "macOS";
    name: string;
    majorVersion: number;
    minorVersion: number;
    build?: number;
  };
  health: {
    overall: HealthStatus;
    threats: { status: HealthStatus };
    services: { status: HealthStatus; serviceDetails: Array<{ name: string; status: string }> };
  };
  ipv4Addresses: string[];
  ipv6Addresses: string[];
  macAddresses: string[];
  group?: { id: string; name: string };
  associatedPerson?: { id: string; name: string; viaLogin: string };
  tamperProtectionSupported: boolean;
  tamperProtectionEnabled: boolean;
  /** Current tamper-protection password (served by GET …/tamper-protection). */
  tamperProtectionPassword: string;
  previousTamperProtectionPasswords?: Array<{ password: string; invalidatedAt: string }>;
  assignedProducts: Array<{ code: string; version: string; status: string }>;
  /** ISO date-time; `online` is derived from it (seen within the last few minutes). */
  lastSeenAt: string;
  lastOsUpdateAt?: string;
  lastAgentUpdateAt?: string;
  serialNumber?: string;
  encryption?: { volumes: Array<{ volumeId: string; status: string }>; overallStatus: string };
  lockdown?: { status: string; updateStatus: string };
  cloud?: { provider: string; instanceId: string };
  isolation?: EstateIsolation;
  cloned?: boolean;
}

/** An alert without its `tenant` (added when served). */
export interface EstateAlert {
  id: string;
  allowedActions: string[];
  category: string;
  description: string;
  groupKey: string;
  managedAgent?: { id: string; type: string; name?: string };
  person?: { id: string; name?: string };
  product: string;
  raisedAt: string;
  severity: "high" | "medium" | "low";
  type: string;
}

/** A tenant admin in the `/common/v1/admins` shape (without `tenant`, added when served). */
export interface EstateAdmin {
  id: string;
  users: Array<{ id: string; name: string }>;
  profile: { name: string; firstName: string; lastName: string; email: string };
  roleAssignments: Array<{ id: string; roleId: string }>;
  createdAt: string;
  updatedAt: string;
}

/** A firewall in the `/firewall/v1/firewalls` shape (without `tenant`). */
export interface EstateFirewall {
  id: string;
  serialNumber: string;
  hostname: string;
  name: string;
  model: string;
  firmwareVersion: string;
  externalIpv4Addresses: string[];
  group?: { id: string; name: string };
  cluster?: { id: string; mode: "activeActive" | "activePassive"; status: "primary" | "auxiliary" };
  status: { managing: string; reporting: string; connected: boolean; suspended: boolean };
  stateChangedAt: string;
  capabilities: string[];
  geoLocation?: { latitude: string; longitude: string };
  createdAt: string;
  updatedAt: string;
}

/** A firewall group; its `firewalls` summary is computed from the firewalls' `group` when served. */
export interface EstateFirewallGroup {
  id: string;
  name: string;
  parentGroup?: { id: string; name: string };
  lockedByManagingAccount: boolean;
  createdAt: string;
  updatedAt: string;
}

/** One customer tenant and all of its data. */
export interface EstateTenant {
  id: string;
  name: string;
  showAs?: string;
  dataRegion: DataRegion;
  dataGeography: string;
  billingType: "term" | "trial" | "usage";
  status?: string;
  partnerId?: string;
  organizationId?: string;
  /**
   * false: the partner can list the tenant but every data request answers 403 (Partner Assistance
   * switched off). The tenant's own credentials still work. Default true.
   */
  managed?: boolean;
  /** false: listed without `apiHost` (not provisioned yet); data requests answer 403. Default true. */
  apiHostAvailable?: boolean;
  /** The customer's Windows domain, used for `viaLogin` and FQDNs (and by directory features). */
  domain?: { netbios: string; dns: string };
  /** Global tamper-protection setting (`/endpoint/v1/settings/tamper-protection`). */
  tamperProtectionEnabled: boolean;
  /** Kept sorted by id while the simulator runs (keyset paging relies on it). */
  endpoints: EstateEndpoint[];
  alerts: EstateAlert[];
  localSites: LocalSite[];
  admins: EstateAdmin[];
  roles: Role[];
  firewalls: EstateFirewall[];
  firewallGroups: EstateFirewallGroup[];
  /** The customer's Active Directory computers and VIPs, for hygiene plans against the simulator. */
  directory?: EstateDirectory;
  /** Saved queries in this tenant's Live Discover / XDR catalogue only. */
  savedQueries?: EstateSavedQuery[];
  [extension: string]: unknown;
}

/** The whole estate (also the file format). */
export interface Estate {
  format: typeof ESTATE_FORMAT;
  version: typeof ESTATE_VERSION;
  /** The instant the estate was generated (relative timestamps were computed from it). */
  generatedAt: string;
  seed?: number;
  partners: Array<{ id: string; name: string }>;
  organizations: Array<{ id: string; name: string; partnerId?: string }>;
  credentials: SimCredential[];
  /** Web-control categories, the same for every tenant (bare array, ids contiguous from 0). */
  webControlCategories: WebControlCategory[];
  tenants: EstateTenant[];
  /** Saved queries in every tenant's Live Discover / XDR catalogue. */
  savedQueries?: EstateSavedQuery[];
  [extension: string]: unknown;
}
