import { z } from "zod";
import { registerSecret } from "../util/redact.js";
import { CentralTransport } from "./central-transport.js";
import { resolveClientOptions, type CentralClientOptions } from "./client-options.js";
import type { ClientStats } from "./client-stats.js";
import { createDispatcher } from "./create-dispatcher.js";
import { CentralError, MissingApiHostError } from "./errors.js";
import { normaliseBaseUrl } from "./join-url.js";
import { paginateByPage } from "./paginate-by-page.js";
import { readPage } from "./read-page.js";
import { TenantClient } from "./tenant-client.js";
import type { Tenant, Whoami } from "./types.js";

const WhoamiSchema = z.object({
  id: z.string().min(1),
  idType: z.enum(["tenant", "partner", "organization"]),
  apiHosts: z.object({ global: z.string(), dataRegion: z.string().optional() }),
});

const TenantSchema = z.looseObject({
  id: z.string().min(1),
  name: z.string().optional(),
  apiHost: z.string().optional(),
});

/** Tenants are listed 100 a page, the most the partner API allows (reference §4.1). */
const TENANT_PAGE_SIZE = 100;

function normaliseTenant(raw: unknown, where: string): Tenant {
  const parsed = TenantSchema.safeParse(raw);
  if (!parsed.success) throw new CentralError(`Unexpected tenant record from ${where}: it has no "id".`);
  const { apiHost, name, ...rest } = parsed.data;
  const showAs = typeof rest["showAs"] === "string" ? rest["showAs"] : undefined;
  const tenant: Tenant = { ...rest, name: name ?? showAs ?? rest.id };
  if (apiHost !== undefined && apiHost.trim() !== "") tenant.apiHost = normaliseBaseUrl(apiHost);
  return tenant;
}

/**
 * The Sophos Central client: OAuth2 client credentials, whoami, tenant discovery for tenant,
 * partner and organization callers, and `forTenant` for tenant-scoped routes. One pooled,
 * keep-alive connection pool (proxy- and CA-aware) serves every host.
 *
 * @example
 * const client = new CentralClient({ clientId, clientSecret });
 * for await (const tenant of client.listTenants()) {
 *   for await (const ep of client.forTenant(tenant).endpoints({ lastSeenBefore: "-P90D" })) console.log(ep.hostname);
 * }
 * await client.close();
 */
export class CentralClient {
  readonly #transport: CentralTransport;
  readonly #apiUrl: string;
  #whoami: Promise<Whoami> | undefined;

  constructor(options: CentralClientOptions) {
    // Registered before anything can fail, so no later message or log line can carry it.
    registerSecret(options.clientSecret);
    const o = resolveClientOptions(options);
    this.#apiUrl = o.apiUrl;
    this.#transport = new CentralTransport({
      ...o,
      policy: o.retry,
      dispatcher: createDispatcher({
        caFile: o.caFile,
        proxyUrl: o.proxyUrl,
        noProxy: o.noProxy,
        connectTimeoutMs: Math.min(o.timeoutMs, 10_000),
      }),
    });
  }

  /** Request counters (requests, retries, rateLimited, bytes, tokenRequests). */
  get stats(): ClientStats {
    return this.#transport.stats;
  }

  /** Who the credentials belong to (cached after the first successful call). */
  whoami(): Promise<Whoami> {
    this.#whoami ??= this.#fetchWhoami().catch((error: unknown) => {
      this.#whoami = undefined;
      throw error;
    });
    return this.#whoami;
  }

  /** Every tenant of the caller, streamed; a tenant caller yields itself (from whoami). */
  async *listTenants(): AsyncGenerator<Tenant, void, undefined> {
    const me = await this.whoami();
    if (me.idType === "tenant") {
      yield this.#selfTenant(me);
      return;
    }
    // Global routes go to the configured apiUrl, not whoami's `apiHosts.global`, which Postman shows
    // as http:// with a trailing slash (reference §3); both name the same host.
    const path = `/${me.idType}/v1/tenants`;
    const header = me.idType === "partner" ? "x-partner-id" : "x-organization-id";
    const where = `GET ${path} at ${this.#apiUrl}`;
    const pages = paginateByPage<unknown>(async (page) => {
      const body = await this.#transport.call<unknown>({
        method: "GET",
        base: this.#apiUrl,
        path,
        headers: { [header]: me.id },
        query: { page, pageSize: TENANT_PAGE_SIZE, pageTotal: true },
      });
      return readPage<unknown>(body, where);
    }, TENANT_PAGE_SIZE);
    for await (const raw of pages) yield normaliseTenant(raw, where);
  }

  /** The API of one tenant; throws `MissingApiHostError` when the tenant has no `apiHost`. */
  forTenant(tenant: Tenant): TenantClient {
    const apiHost = tenant.apiHost?.trim();
    if (apiHost === undefined || apiHost === "") throw new MissingApiHostError(tenant);
    return new TenantClient(this.#transport, { ...tenant, apiHost: normaliseBaseUrl(apiHost) });
  }

  /** Close pooled connections; the client cannot be used afterwards. */
  close(): Promise<void> {
    return this.#transport.close();
  }

  async #fetchWhoami(): Promise<Whoami> {
    const path = "/whoami/v1";
    const body = await this.#transport.call<unknown>({ method: "GET", base: this.#apiUrl, path });
    const parsed = WhoamiSchema.safeParse(body);
    if (!parsed.success) {
      throw new CentralError(
        `Unexpected whoami response from ${this.#apiUrl}${path}: ${parsed.error.issues[0]?.message ?? "invalid"}. ` +
          "Check that apiUrl points at the Sophos Central global API host.",
        { route: `GET ${path}`, server: this.#apiUrl },
      );
    }
    const { id, idType, apiHosts } = parsed.data;
    const hosts: Whoami["apiHosts"] = { global: normaliseBaseUrl(apiHosts.global) };
    if (apiHosts.dataRegion !== undefined && apiHosts.dataRegion.trim() !== "") {
      hosts.dataRegion = normaliseBaseUrl(apiHosts.dataRegion);
    }
    return { id, idType, apiHosts: hosts };
  }

  #selfTenant(me: Whoami): Tenant {
    // whoami carries no tenant name; the id stands in for it.
    const tenant: Tenant = { id: me.id, name: me.id };
    if (me.apiHosts.dataRegion !== undefined) {
      tenant.apiHost = me.apiHosts.dataRegion;
      const region = /\/\/api-([a-z]{2}\d{2})\./.exec(me.apiHosts.dataRegion)?.[1];
      if (region !== undefined) tenant.dataRegion = region;
    }
    return tenant;
  }
}
