/**
 * Wire shapes of the Sophos Central API as our client reads them and our simulator writes them.
 * Field names follow ../shared/reference/sophos-central-api.md; fields we do not interpret are kept
 * (index signature) so exports stay lossless.
 */

/** Region codes of tenant data hosts (`api-{region}.central.sophos.com`); `us02` is legacy but accepted. */
export type DataRegion =
  "eu01" | "eu02" | "us01" | "us02" | "us03" | "ca01" | "au01" | "jp01" | "in01" | "br01";

/** Who the credentials belong to, from `GET /whoami/v1`. */
export type CallerKind = "tenant" | "partner" | "organization";

/** Response of `GET /whoami/v1`. `dataRegion` is only present for tenant callers. */
export interface Whoami {
  id: string;
  idType: CallerKind;
  apiHosts: { global: string; dataRegion?: string };
}

/** A tenant as listed by `/partner/v1/tenants` or `/organization/v1/tenants` (or synthesised from whoami). */
export interface Tenant {
  id: string;
  name: string;
  showAs?: string;
  dataGeography?: string;
  dataRegion?: string;
  billingType?: "term" | "trial" | "usage";
  partner?: { id: string };
  organization?: { id: string };
  /** Regional API base URL. Missing for some partner-visible tenants: such tenants are skipped and reported. */
  apiHost?: string;
  status?: string;
  [key: string]: unknown;
}

export type HealthStatus = "good" | "suspicious" | "bad" | "unknown";
export type EndpointType = "computer" | "server" | "securityVm";
export type EndpointView = "basic" | "summary" | "full";

/** An endpoint (device) of `/endpoint/v1/endpoints`. Only `id, type, tenant, hostname` exist in every view. */
export interface Endpoint {
  id: string;
  type: EndpointType;
  tenant: { id: string };
  hostname: string;
  health?: {
    overall: HealthStatus;
    threats?: { status: HealthStatus };
    services?: { status: HealthStatus; serviceDetails?: Array<{ name: string; status: string }> };
  };
  os?: {
    isServer: boolean;
    platform: "windows" | "linux" | "macOS";
    name: string;
    majorVersion?: number;
    minorVersion?: number;
    build?: number;
  };
  ipv4Addresses?: string[];
  ipv6Addresses?: string[];
  macAddresses?: string[];
  group?: { id?: string; name: string };
  associatedPerson?: { name?: string; viaLogin?: string; id?: string };
  tamperProtectionSupported?: boolean;
  tamperProtectionEnabled?: boolean;
  assignedProducts?: Array<{ code: string; version?: string; status: string }>;
  lastSeenAt?: string;
  online?: boolean;
  isolation?: { status: "isolated" | "notIsolated"; adminIsolated?: boolean; selfIsolated?: boolean };
  [key: string]: unknown;
}

/** `GET /endpoint/v1/endpoints/{id}/tamper-protection`. */
export interface TamperProtection {
  enabled: boolean;
  password: string;
  previousPasswords?: Array<{ password: string; invalidatedAt: string }>;
}

/** An alert of `/common/v1/alerts`. */
export interface Alert {
  id: string;
  category: string;
  description: string;
  groupKey?: string;
  managedAgent?: { id: string; type: string; name?: string };
  person?: { id: string; name?: string };
  product: string;
  raisedAt: string;
  severity: "high" | "medium" | "low";
  tenant: { id: string; name?: string };
  type: string;
  allowedActions?: string[];
  [key: string]: unknown;
}

/** A web-control local site (`/endpoint/v1/settings/web-control/local-sites`). */
export interface LocalSite {
  id: string;
  url: string;
  categoryId?: number;
  tags?: string[];
  comment?: string;
  [key: string]: unknown;
}

/** A web-control category; the API returns these as a bare array sorted by id, contiguous from 0. */
export interface WebControlCategory {
  id: number;
  name: string;
  label?: string;
}

/** Records the connector lists without interpreting them beyond `id`. */
export interface Admin {
  id: string;
  [key: string]: unknown;
}
export interface Role {
  id: string;
  name: string;
  [key: string]: unknown;
}
export interface Firewall {
  id: string;
  [key: string]: unknown;
}
export interface FirewallGroup {
  id: string;
  name: string;
  [key: string]: unknown;
}

/** `pages` of a key-paged response: `nextKey` is absent on the last page. */
export interface KeyPages {
  fromKey?: string;
  nextKey?: string;
  size: number;
  maxSize: number;
  /** Number of pages, only with `pageTotal=true`. */
  total?: number;
  /** Number of items, only with `pageTotal=true`. */
  items?: number;
}

/** `pages` of a page-number paged response (`page` starts at 1). */
export interface NumberPages {
  current: number;
  size: number;
  maxSize: number;
  total?: number;
  items?: number;
}

/** Error body of every Central API (not the token service). Only `error` is reliably present. */
export interface CentralErrorBody {
  error: string;
  message?: string;
  correlationId?: string;
  code?: string;
  createdAt?: string;
  requestId?: string;
  docUrl?: string;
}
