/**
 * Raw HTTP helpers for simulator tests: plain `fetch` requests, written the way a client of the
 * real Sophos Central would send them (no dependency on our own client library).
 */
import type { RunningSimulator, SimCredential } from "../../src/sim/index.js";

/** A response reduced to what tests look at. */
export interface RawResponse {
  status: number;
  headers: Headers;
  // Tests index into bodies freely; the shapes are asserted field by field.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  body: any;
}

/** POST the client-credentials form to the token endpoint. */
export async function requestToken(
  sim: RunningSimulator,
  clientId: string,
  clientSecret: string,
): Promise<RawResponse> {
  const response = await fetch(`${sim.idUrl}/api/v2/oauth2/token`, {
    method: "POST",
    headers: { "Content-Type": "application/x-www-form-urlencoded" },
    body: new URLSearchParams({
      grant_type: "client_credentials",
      client_id: clientId,
      client_secret: clientSecret,
      scope: "token",
    }),
  });
  return { status: response.status, headers: response.headers, body: await response.json() };
}

/** An access token for a credential (fails the test if the token service refuses). */
export async function tokenFor(sim: RunningSimulator, credential: SimCredential): Promise<string> {
  const response = await requestToken(sim, credential.clientId, credential.clientSecret);
  if (response.status !== 200)
    throw new Error(`token request failed: ${response.status} ${JSON.stringify(response.body)}`);
  return response.body.access_token as string;
}

/** Send one request; `token` adds the bearer header, `body` is sent as JSON. */
export async function call(
  url: string,
  options: { token?: string; method?: string; headers?: Record<string, string>; body?: unknown } = {},
): Promise<RawResponse> {
  const headers: Record<string, string> = { Accept: "application/json", ...options.headers };
  if (options.token) headers["Authorization"] = `Bearer ${options.token}`;
  if (options.body !== undefined) headers["Content-Type"] = "application/json";
  const response = await fetch(url, {
    method: options.method ?? "GET",
    headers,
    ...(options.body === undefined
      ? {}
      : { body: typeof options.body === "string" ? options.body : JSON.stringify(options.body) }),
  });
  const text = await response.text();
  return {
    status: response.status,
    headers: response.headers,
    body: text === "" ? undefined : JSON.parse(text),
  };
}

/** The credential of a kind (and, for tenants, of a tenant id). */
export function credentialOf(sim: RunningSimulator, kind: SimCredential["kind"], id?: string): SimCredential {
  const found = sim.credentials.find((c) => c.kind === kind && (id === undefined || c.id === id));
  if (!found) throw new Error(`no ${kind} credential${id ? ` for ${id}` : ""}`);
  return found;
}

/** A tenant-scoped caller: `get(path)` etc. against the tenant's own region host. */
export function tenantApi(sim: RunningSimulator, token: string, tenantId: string) {
  const tenant = sim.estate.tenants.find((t) => t.id === tenantId);
  if (!tenant) throw new Error(`no tenant ${tenantId}`);
  const base = sim.regionUrl(tenant.dataRegion);
  const headers = { "X-Tenant-ID": tenantId };
  return {
    tenant,
    base,
    get: (path: string) => call(`${base}${path}`, { token, headers }),
    send: (method: string, path: string, body?: unknown) =>
      call(`${base}${path}`, { token, headers, method, body }),
  };
}

/** Read every page of a key-paged list, returning the items and the pages objects seen. */
export async function readAllKeyPages(
  get: (path: string) => Promise<RawResponse>,
  path: string,
  between?: (pageIndex: number) => void | Promise<void>,
): Promise<{ items: Array<Record<string, unknown>>; pages: Array<Record<string, unknown>> }> {
  const items: Array<Record<string, unknown>> = [];
  const pages: Array<Record<string, unknown>> = [];
  let key: string | undefined;
  for (let i = 0; i < 10_000; i++) {
    const separator = path.includes("?") ? "&" : "?";
    const response = await get(key ? `${path}${separator}pageFromKey=${encodeURIComponent(key)}` : path);
    if (response.status !== 200)
      throw new Error(`page ${i}: ${response.status} ${JSON.stringify(response.body)}`);
    items.push(...response.body.items);
    pages.push(response.body.pages);
    key = response.body.pages.nextKey;
    if (!key) return { items, pages };
    await between?.(i);
  }
  throw new Error("paging did not end");
}
