import { request, type Dispatcher } from "undici";
import { z } from "zod";
import { parseRetryAfter } from "./backoff-delay.js";
import { displayUrl } from "./display-url.js";

const replySchema = z.object({
  text: z.string().optional(),
  code: z.number().int().optional(),
  ackId: z.number().int().nonnegative().optional(),
  "invalid-event-number": z.number().int().optional(),
  acks: z.record(z.string(), z.boolean()).optional(),
});

/** The parts of a HEC reply body we act on; anything else is ignored. */
export type HecReplyBody = z.infer<typeof replySchema>;

/** A HEC answer: status, the body when it was HEC JSON, and Retry-After if the server sent one. */
export interface HecAnswer {
  status: number;
  body: HecReplyBody | undefined;
  retryAfterMs: number | undefined;
}

/** Connection settings of a {@link HecClient}. */
export interface HecClientOptions {
  /** Collector base URL (`https://splunk:8088`); a trailing `/services/collector...` is tolerated. */
  url: string;
  token: string;
  /** GUID sent as `X-Splunk-Request-Channel`; ackIds are scoped to it. */
  channel: string;
  dispatcher: Dispatcher;
  timeoutMs: number;
}

/** Thin HEC HTTP client: posts event batches and acknowledgement queries. Throws only on network errors. */
export class HecClient {
  /** The collector URL as it may be shown to users (no credentials or query). */
  readonly displayUrl: string;
  private readonly base: string;
  private readonly headers: Record<string, string>;

  constructor(private readonly options: HecClientOptions) {
    const url = new URL(options.url);
    url.pathname = url.pathname.replace(/\/services\/collector(\/.*)?$/, "").replace(/\/+$/, "");
    // HEC authenticates by token header only; user info or a query would only leak into logs.
    url.username = "";
    url.password = "";
    url.search = "";
    url.hash = "";
    this.base = url.toString().replace(/\/+$/, "");
    this.displayUrl = displayUrl(this.base);
    this.headers = {
      authorization: `Splunk ${options.token}`,
      "content-type": "application/json",
      "x-splunk-request-channel": options.channel,
    };
  }

  /** POST newline-separated envelopes to `/services/collector/event`. */
  postEvents(body: Buffer, signal: AbortSignal): Promise<HecAnswer> {
    return this.post("/services/collector/event", body, signal);
  }

  /** Ask which ackIds are indexed: `{"acks":{"0":true,"1":false}}`. */
  queryAcks(ackIds: number[], signal: AbortSignal): Promise<HecAnswer> {
    const channel = encodeURIComponent(this.options.channel);
    return this.post(`/services/collector/ack?channel=${channel}`, JSON.stringify({ acks: ackIds }), signal);
  }

  private async post(path: string, body: Buffer | string, signal: AbortSignal): Promise<HecAnswer> {
    const response = await request(`${this.base}${path}`, {
      method: "POST",
      headers: this.headers,
      body,
      signal,
      dispatcher: this.options.dispatcher,
      headersTimeout: this.options.timeoutMs,
      bodyTimeout: this.options.timeoutMs,
    });
    const text = await response.body.text();
    const retryAfter = response.headers["retry-after"];
    return {
      status: response.statusCode,
      body: parseReply(text),
      retryAfterMs: parseRetryAfter(Array.isArray(retryAfter) ? retryAfter[0] : retryAfter),
    };
  }
}

function parseReply(text: string): HecReplyBody | undefined {
  try {
    const parsed = replySchema.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}
