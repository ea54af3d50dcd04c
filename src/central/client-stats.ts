/** Counters of one client, read by benchmarks and run summaries. */
export interface ClientStats {
  /** HTTP requests sent (API and token calls, every attempt). */
  requests: number;
  /** Attempts repeated after a failure (including 401 token renewals). */
  retries: number;
  /** 429 answers received. */
  rateLimited: number;
  /** Response body bytes received. */
  bytes: number;
  /** Token requests sent to the token service. */
  tokenRequests: number;
}

/** Fresh zeroed counters. */
export function createStats(): ClientStats {
  return { requests: 0, retries: 0, rateLimited: 0, bytes: 0, tokenRequests: 0 };
}
