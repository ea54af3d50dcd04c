import type { Dispatcher } from "undici";
import type { Logger } from "../util/logger.js";
import type { ClientStats } from "./client-stats.js";
import { createStats } from "./client-stats.js";
import { errorFromResponse } from "./error-from-response.js";
import { CentralError } from "./errors.js";
import { fetchToken } from "./fetch-token.js";
import { abortableDelay, untilAborted } from "./abortable.js";
import { joinUrl, type Query } from "./join-url.js";
import { parseRetryAfter } from "./parse-retry-after.js";
import type { RequestContext } from "./request-context.js";
import type { RetryPolicy } from "./retry-policy.js";
import { RateLimitGate } from "./rate-limit-gate.js";
import { runWithRetry } from "./run-with-retry.js";
import { Semaphore } from "./semaphore.js";
import { parseJsonBody, sendHttp, type HttpResult } from "./send-http.js";
import { TokenCache } from "./token-cache.js";

/** Settled configuration of a transport (see `resolveClientOptions`). */
export interface TransportConfig {
  idUrl: string;
  clientId: string;
  clientSecret: string;
  timeoutMs: number;
  policy: RetryPolicy;
  concurrency: number;
  perTenantConcurrency: number;
  logger: Logger;
  userAgent: string;
  dispatcher: Dispatcher;
}

/** One API call: where it goes, what it carries and whom it is for. */
export interface CallSpec {
  method: string;
  base: string;
  path: string;
  query?: Query | undefined;
  headers?: Record<string, string> | undefined;
  body?: unknown;
  /** Safe to repeat blindly; defaults to true for GET/HEAD only. */
  idempotent?: boolean | undefined;
  tenant?: { id: string; name?: string | undefined } | undefined;
  /**
   * Stops the call at once: while it queues for a slot, waits out a 429 pause or a retry delay, or
   * mid-request. The call then rejects with the signal's reason and is never retried.
   */
  signal?: AbortSignal | undefined;
}

/**
 * The single request path of the client: concurrency slots (per tenant, then global), a cached
 * bearer token renewed once on 401, retries by `decideRetry`, a per-tenant pause after a 429 so the
 * tenant's other workers back off too, stats, and one debug line per request (never headers).
 */
export class CentralTransport {
  readonly stats: ClientStats = createStats();
  readonly #config: TransportConfig;
  readonly #tokens = new TokenCache();
  readonly #tokenKey: string;
  readonly #global: Semaphore;
  readonly #perTenant = new Map<string, Semaphore>();
  readonly #gate = new RateLimitGate();

  constructor(config: TransportConfig) {
    this.#config = config;
    this.#tokenKey = TokenCache.key(config.idUrl, config.clientId);
    this.#global = new Semaphore(config.concurrency);
  }

  /** The retry policy in force (shared with read-back helpers). */
  get policy(): RetryPolicy {
    return this.#config.policy;
  }

  /** A valid bearer token (cached, single flight). */
  token(): Promise<string> {
    const c = this.#config;
    return this.#tokens.get(this.#tokenKey, () => fetchToken({ ...c, stats: this.stats }));
  }

  /** Send `spec` with retries and return the parsed JSON body (undefined for an empty body). */
  async call<T>(spec: CallSpec): Promise<T> {
    spec.signal?.throwIfAborted();
    const method = spec.method.toUpperCase();
    const idempotent = spec.idempotent ?? (method === "GET" || method === "HEAD");
    const ctx: RequestContext = {
      method,
      path: spec.path,
      server: spec.base,
      tenantId: spec.tenant?.id,
      tenantName: spec.tenant?.name,
    };
    const url = joinUrl(spec.base, spec.path, spec.query);
    // Sophos rejects body-less POSTs on some routes, so they get `{}` (reference §1.4).
    const body = spec.body !== undefined ? JSON.stringify(spec.body) : method === "POST" ? "{}" : undefined;
    let renewed = false;
    return runWithRetry(
      async (attempt) => {
        let { result, token } = await this.#exchange(spec, ctx, url, body, attempt);
        if (result.status === 401 && !renewed) {
          // A 401 means the token was refused before any work was done: renew once, retry once.
          renewed = true;
          this.#tokens.invalidate(this.#tokenKey, token);
          this.stats.retries += 1;
          ({ result, token } = await this.#exchange(spec, ctx, url, body, attempt));
        }
        if (result.status >= 200 && result.status < 300) return parseJsonBody<T>(result, ctx);
        const retryAfterMs = parseRetryAfter(result.headers["retry-after"]);
        if (result.status === 429) {
          this.stats.rateLimited += 1;
          if (retryAfterMs !== undefined) {
            this.#gate.pause(
              spec.tenant?.id ?? "",
              Math.min(retryAfterMs, this.#config.policy.maxRetryAfterMs),
            );
          }
        }
        throw errorFromResponse(ctx, result.status, result.text, retryAfterMs);
      },
      {
        policy: this.#config.policy,
        idempotent,
        ...(spec.signal ? { sleep: (ms: number) => abortableDelay(ms, spec.signal) } : {}),
        onRetry: ({ attempt, delayMs, error }) => {
          this.stats.retries += 1;
          this.#config.logger.debug("central retry", {
            route: `${method} ${spec.path}`,
            tenant: spec.tenant?.id,
            attempt,
            delayMs,
            error: error.name,
            status: error.status,
          });
        },
      },
    );
  }

  /** Close pooled connections. */
  async close(): Promise<void> {
    await this.#config.dispatcher.close();
  }

  async #exchange(
    spec: CallSpec,
    ctx: RequestContext,
    url: string,
    body: string | undefined,
    attempt: number,
  ): Promise<{ result: HttpResult; token: string }> {
    const signal = spec.signal;
    await untilAborted(this.#gate.wait(spec.tenant?.id ?? ""), signal);
    const tenantSlot = spec.tenant ? await this.#tenantSemaphore(spec.tenant.id).acquire(signal) : undefined;
    let globalSlot: () => void;
    try {
      globalSlot = await this.#global.acquire(signal);
    } catch (error) {
      tenantSlot?.();
      throw error;
    }
    const started = performance.now();
    let status: number | string = "error";
    try {
      const token = await untilAborted(this.token(), signal);
      const headers: Record<string, string> = {
        accept: "application/json",
        "user-agent": this.#config.userAgent,
        ...spec.headers,
        authorization: `Bearer ${token}`,
      };
      if (spec.tenant) headers["x-tenant-id"] = spec.tenant.id;
      if (body !== undefined) headers["content-type"] = "application/json";
      this.stats.requests += 1;
      const result = await sendHttp(
        this.#config.dispatcher,
        { method: ctx.method, url, headers, body, timeoutMs: this.#config.timeoutMs, signal },
        ctx,
      );
      this.stats.bytes += result.bytes;
      status = result.status;
      return { result, token };
    } catch (error) {
      status = signal?.aborted ? "aborted" : error instanceof CentralError ? error.name : "error";
      throw error;
    } finally {
      globalSlot();
      tenantSlot?.();
      this.#config.logger.debug("central request", {
        method: ctx.method,
        route: spec.path,
        status,
        ms: Math.round(performance.now() - started),
        tenant: spec.tenant?.id,
        attempt,
      });
    }
  }

  #tenantSemaphore(tenantId: string): Semaphore {
    let sem = this.#perTenant.get(tenantId);
    if (!sem) {
      sem = new Semaphore(this.#config.perTenantConcurrency);
      this.#perTenant.set(tenantId, sem);
    }
    return sem;
  }
}
