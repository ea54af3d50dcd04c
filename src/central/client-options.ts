import { z } from "zod";
import { silentLogger, type Logger } from "../util/logger.js";
import { InvalidOptionError } from "./errors.js";
import { normaliseBaseUrl } from "./join-url.js";
import { defaultRetryPolicy, type RetryPolicy } from "./retry-policy.js";

/** Options of a `CentralClient`. Only the credential is required. */
export interface CentralClientOptions {
  clientId: string;
  clientSecret: string;
  /** Token service; default `CENTRALCTL_ID_URL` or `https://id.sophos.com`. */
  idUrl?: string;
  /** Global API host; default `CENTRALCTL_API_URL` or `https://api.central.sophos.com`. */
  apiUrl?: string;
  /** Requests in flight across all tenants (default 32). */
  concurrency?: number;
  /** Requests in flight per tenant (default 4). */
  perTenantConcurrency?: number;
  /** Per-request timeout for headers and between body chunks (default 30 s). */
  timeoutMs?: number;
  retry?: Partial<RetryPolicy>;
  /** PEM bundle of an extra CA (TLS-inspecting proxy), added to Node's roots. */
  caFile?: string;
  /** Proxy URL; default HTTPS_PROXY / HTTP_PROXY. */
  proxyUrl?: string;
  /** Proxy bypass list; default NO_PROXY. */
  noProxy?: string;
  logger?: Logger;
  userAgent?: string;
}

/** Options with every default applied and every value checked. */
export interface ResolvedClientOptions {
  clientId: string;
  clientSecret: string;
  idUrl: string;
  apiUrl: string;
  concurrency: number;
  perTenantConcurrency: number;
  timeoutMs: number;
  retry: RetryPolicy;
  caFile: string | undefined;
  proxyUrl: string | undefined;
  noProxy: string | undefined;
  logger: Logger;
  userAgent: string;
}

const httpUrl = z.url({ protocol: /^https?$/, error: "must be an http(s) URL" });
const positiveInt = z.number().int().positive();
const Schema = z.object({
  clientId: z.string().trim().min(1, "is empty"),
  clientSecret: z.string().min(1, "is empty"),
  idUrl: httpUrl,
  apiUrl: httpUrl,
  concurrency: positiveInt,
  perTenantConcurrency: positiveInt,
  timeoutMs: positiveInt,
  proxyUrl: httpUrl.optional(),
  retry: z.object({
    maxAttempts: positiveInt,
    baseDelayMs: z.number().nonnegative(),
    maxDelayMs: z.number().nonnegative(),
    maxRetryAfterMs: z.number().nonnegative(),
  }),
});

/**
 * Apply defaults (environment variables are read only here) and validate. Errors name the option
 * and never echo the secret.
 */
export function resolveClientOptions(
  options: CentralClientOptions,
  env: Readonly<Record<string, string | undefined>> = process.env,
): ResolvedClientOptions {
  const candidate = {
    clientId: options.clientId,
    clientSecret: options.clientSecret,
    idUrl: options.idUrl ?? env["CENTRALCTL_ID_URL"] ?? "https://id.sophos.com",
    apiUrl: options.apiUrl ?? env["CENTRALCTL_API_URL"] ?? "https://api.central.sophos.com",
    concurrency: options.concurrency ?? 32,
    perTenantConcurrency: options.perTenantConcurrency ?? 4,
    timeoutMs: options.timeoutMs ?? 30_000,
    proxyUrl: options.proxyUrl,
    retry: { ...defaultRetryPolicy, ...options.retry },
  };
  const parsed = Schema.safeParse(candidate);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join(".")} ${i.message}`).join("; ");
    throw new InvalidOptionError(`Invalid Central client options: ${problems}.`);
  }
  const ok = parsed.data;
  return {
    clientId: ok.clientId,
    clientSecret: ok.clientSecret,
    idUrl: normaliseBaseUrl(ok.idUrl),
    apiUrl: normaliseBaseUrl(ok.apiUrl),
    concurrency: ok.concurrency,
    perTenantConcurrency: ok.perTenantConcurrency,
    timeoutMs: ok.timeoutMs,
    retry: ok.retry,
    caFile: options.caFile,
    proxyUrl: ok.proxyUrl,
    noProxy: options.noProxy,
    logger: options.logger ?? silentLogger,
    userAgent: options.userAgent ?? "centralctl",
  };
}
