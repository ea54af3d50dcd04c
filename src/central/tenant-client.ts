import { registerSecret } from "../util/redact.js";
import { alertQueryParams, type AlertQuery } from "./alert-query.js";
import type { CentralTransport } from "./central-transport.js";
import { endpointQueryParams, type EndpointQuery } from "./endpoint-query.js";
import { CentralError, NotFoundError } from "./errors.js";
import { pathSegment, type Query } from "./join-url.js";
import { paginateByKey } from "./paginate-by-key.js";
import { paginateByPage } from "./paginate-by-page.js";
import { readPage } from "./read-page.js";
import type {
  Admin,
  Alert,
  Endpoint,
  EndpointView,
  Firewall,
  FirewallGroup,
  LocalSite,
  Role,
  TamperProtection,
  Tenant,
  WebControlCategory,
} from "./types.js";
import { writeWithReadBack } from "./write-with-read-back.js";

/** Options of the `request` escape hatch. */
export interface TenantRequestInit {
  query?: Query;
  body?: unknown;
  /** Safe to repeat blindly after a lost answer (default: GET/HEAD only). */
  idempotent?: boolean;
  headers?: Record<string, string>;
  /** Abort the call, even mid-request (Ctrl-C); it then rejects with the signal's reason. */
  signal?: AbortSignal;
}

/** Options of the list helpers. */
export interface TenantListOptions {
  /** Abort the listing, even mid-page. */
  signal?: AbortSignal;
}

const ENDPOINTS = "/endpoint/v1/endpoints";
const LOCAL_SITES = "/endpoint/v1/settings/web-control/local-sites";

/**
 * The API of one tenant: its regional `apiHost` and `X-Tenant-ID`. Lists are async iterables that
 * stream page by page. Obtain it with `CentralClient.forTenant`.
 */
export class TenantClient {
  readonly tenant: Tenant;
  readonly #transport: CentralTransport;
  readonly #base: string;

  /** @internal use `CentralClient.forTenant`, which checks the tenant has an `apiHost`. */
  constructor(transport: CentralTransport, tenant: Tenant & { apiHost: string }) {
    this.#transport = transport;
    this.tenant = tenant;
    this.#base = tenant.apiHost;
  }

  /** Call any tenant route (Live Discover, XDR, SIEM, ...) with the client's auth, limits and retries. */
  request<T>(method: string, path: string, init: TenantRequestInit = {}): Promise<T> {
    return this.#transport.call<T>({
      method,
      base: this.#base,
      path,
      query: init.query,
      body: init.body,
      idempotent: init.idempotent,
      headers: init.headers,
      tenant: { id: this.tenant.id, name: this.tenant.name },
      signal: init.signal,
    });
  }

  /** Stream a key-paged list (`pageFromKey`/`nextKey`); `query` is sent on every page. */
  listByKey<T>(path: string, query: Query = {}, options: TenantListOptions = {}): AsyncIterable<T> {
    return paginateByKey<T>(async (pageFromKey) =>
      readPage<T>(
        await this.request(`GET`, path, { ...options, query: { ...query, pageFromKey } }),
        this.#where(path),
      ),
    );
  }

  /** Stream a page-number list (`page`, `pageSize`, `pageTotal=true`); `query` is sent on every page. */
  listByPage<T>(
    path: string,
    pageSize: number,
    query: Query = {},
    options: TenantListOptions = {},
  ): AsyncIterable<T> {
    return paginateByPage<T>(
      async (page) =>
        readPage<T>(
          await this.request(`GET`, path, {
            ...options,
            query: { ...query, page, pageSize, pageTotal: true },
          }),
          this.#where(path),
        ),
      pageSize,
    );
  }

  /** Every endpoint matching `query` (default page size 500), streamed. */
  endpoints(query: EndpointQuery = {}): AsyncIterable<Endpoint> {
    return this.listByKey<Endpoint>(ENDPOINTS, endpointQueryParams(query));
  }

  /** One endpoint; `NotFoundError` if it does not exist (any more). */
  getEndpoint(id: string, view?: EndpointView): Promise<Endpoint> {
    return this.request<Endpoint>("GET", `${ENDPOINTS}/${pathSegment(id)}`, { query: { view } });
  }

  /**
   * Delete an endpoint. If the answer is lost (5xx, reset, timeout) the endpoint is read back
   * first: gone → done (`readBack: true`); still there → the delete is sent again.
   */
  async deleteEndpoint(id: string): Promise<{ deleted: boolean; readBack?: boolean }> {
    const outcome = await writeWithReadBack({
      write: () =>
        this.request<{ deleted?: boolean } | undefined>("DELETE", `${ENDPOINTS}/${pathSegment(id)}`),
      readBack: async () => {
        try {
          await this.getEndpoint(id, "basic");
          return "not-applied";
        } catch (error) {
          if (error instanceof NotFoundError) return "applied";
          throw error;
        }
      },
      policy: this.#transport.policy,
    });
    if (outcome.value === undefined) return { deleted: true, readBack: true };
    const deleted = outcome.value?.deleted !== false;
    return outcome.readBack ? { deleted, readBack: true } : { deleted };
  }

  /** The tamper-protection password of an endpoint; the passwords are registered as secrets. */
  async tamperProtection(id: string): Promise<TamperProtection> {
    const tp = await this.request<TamperProtection>(
      "GET",
      `${ENDPOINTS}/${pathSegment(id)}/tamper-protection`,
    );
    registerSecret(tp.password);
    for (const previous of tp.previousPasswords ?? []) registerSecret(previous.password);
    return tp;
  }

  /** Alerts matching `query` (default page size 100), streamed. */
  alerts(query: AlertQuery = {}): AsyncIterable<Alert> {
    return this.listByKey<Alert>("/common/v1/alerts", alertQueryParams(query));
  }

  /** Web-control local sites (page size 100, the official connector's cap). */
  localSites(): AsyncIterable<LocalSite> {
    return this.listByPage<LocalSite>(LOCAL_SITES, 100);
  }

  /** Delete a local site. Sophos answers 200 even when it is already gone, so a retry is harmless. */
  async deleteLocalSite(id: string): Promise<{ deleted: boolean }> {
    const body = await this.request<{ deleted?: boolean } | undefined>(
      "DELETE",
      `${LOCAL_SITES}/${pathSegment(id)}`,
      {
        idempotent: true,
      },
    );
    return { deleted: body?.deleted !== false };
  }

  /** Web-control categories: a bare array, not paged (reference §5.9). */
  async webControlCategories(): Promise<WebControlCategory[]> {
    const path = "/endpoint/v1/settings/web-control/categories";
    const body = await this.request<unknown>("GET", path);
    if (!Array.isArray(body))
      throw new CentralError(`Unexpected response from ${this.#where(path)}: not an array.`);
    return body as WebControlCategory[];
  }

  // Page sizes below are the official connector's caps (reference §12).
  /** Tenant admins. */
  admins(): AsyncIterable<Admin> {
    return this.listByPage<Admin>("/common/v1/admins", 100);
  }

  /** Tenant roles; the Common API returns them as one `{items}` without paging. */
  async *roles(): AsyncGenerator<Role, void, undefined> {
    const path = "/common/v1/roles";
    yield* readPage<Role>(await this.request("GET", path), this.#where(path)).items;
  }

  /** Firewalls managed in Central. */
  firewalls(): AsyncIterable<Firewall> {
    return this.listByPage<Firewall>("/firewall/v1/firewalls", 1000);
  }

  /** Firewall groups. */
  firewallGroups(): AsyncIterable<FirewallGroup> {
    return this.listByPage<FirewallGroup>("/firewall/v1/firewall-groups", 100);
  }

  #where(path: string): string {
    return `GET ${path} at ${this.#base} for tenant "${this.tenant.name}" (${this.tenant.id})`;
  }
}
