import { request, type Dispatcher } from "undici";
import { errorFromNetwork } from "./error-from-network.js";
import { CentralError } from "./errors.js";
import type { RequestContext } from "./request-context.js";

/** One HTTP exchange as plain values. */
export interface HttpExchange {
  method: string;
  url: string;
  headers: Record<string, string>;
  body?: string | undefined;
  timeoutMs: number;
  /** Aborts the exchange at once, even mid-response; the rejection is the signal's reason. */
  signal?: AbortSignal | undefined;
}

/** A complete response: the whole body is read so the socket returns to the pool. */
export interface HttpResult {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  text: string;
  bytes: number;
}

/**
 * Send one request and read the full response. Network failures become `ConnectionError` /
 * `TimeoutError`; HTTP error statuses are returned, not thrown (the caller maps them). An aborted
 * `signal` rejects with its reason.
 */
export async function sendHttp(
  dispatcher: Dispatcher,
  exchange: HttpExchange,
  ctx: RequestContext,
): Promise<HttpResult> {
  try {
    const response = await request(exchange.url, {
      dispatcher,
      method: exchange.method as Dispatcher.HttpMethod,
      headers: exchange.headers,
      body: exchange.body ?? null,
      headersTimeout: exchange.timeoutMs,
      bodyTimeout: exchange.timeoutMs,
      ...(exchange.signal ? { signal: exchange.signal } : {}),
    });
    const chunks: Buffer[] = [];
    let bytes = 0;
    for await (const chunk of response.body as AsyncIterable<Buffer>) {
      chunks.push(chunk);
      bytes += chunk.length;
    }
    return {
      status: response.statusCode,
      headers: response.headers,
      text: Buffer.concat(chunks, bytes).toString("utf8"),
      bytes,
    };
  } catch (error) {
    // An abort is the caller's decision, not a network failure: never retried, never reworded.
    if (exchange.signal?.aborted) throw exchange.signal.reason;
    throw errorFromNetwork(ctx, error, exchange.timeoutMs);
  }
}

/** The JSON body of a 2xx response (`undefined` when empty); a non-JSON body is a `CentralError`. */
export function parseJsonBody<T>(result: HttpResult, ctx: RequestContext): T {
  if (result.text.trim() === "") return undefined as T;
  try {
    return JSON.parse(result.text) as T;
  } catch {
    throw new CentralError(
      `Sophos Central answered ${result.status} with a body that is not JSON for ${ctx.method} ${ctx.path} at ${ctx.server}. ` +
        "A proxy or captive portal may be answering instead of Central; check the proxy settings.",
      { route: `${ctx.method} ${ctx.path}`, server: ctx.server, status: result.status },
    );
  }
}
