/** How hard the client tries again. Every field has a default; pass a `Partial` to override. */
export interface RetryPolicy {
  /** Total attempts including the first one. */
  maxAttempts: number;
  /** Back-off base: attempt n waits up to `baseDelayMs * 2^(n-1)`. */
  baseDelayMs: number;
  /** Cap of one back-off wait. */
  maxDelayMs: number;
  /** A `Retry-After` longer than this is not waited for: the call fails with `RateLimitError`. */
  maxRetryAfterMs: number;
}

/** Defaults: 8 attempts, 250 ms base, 20 s cap, honour `Retry-After` up to 2 minutes. */
export const defaultRetryPolicy: RetryPolicy = {
  maxAttempts: 8,
  baseDelayMs: 250,
  maxDelayMs: 20_000,
  maxRetryAfterMs: 120_000,
};

/** What went wrong with one attempt, as plain values. */
export interface FailedAttempt {
  /** 1-based number of the attempt that just failed. */
  attempt: number;
  kind: "http" | "timeout" | "connection";
  status?: number | undefined;
  retryAfterMs?: number | undefined;
  /** False when the request certainly never reached the server (refused, connect timeout). */
  requestSent: boolean;
  /** Whether repeating the request blindly is safe (GET, or a write the caller marked idempotent). */
  idempotent: boolean;
  /** For connection failures: false for errors that will not heal (DNS name unknown, TLS trust). */
  retryable?: boolean | undefined;
}

/** Either wait `delayMs` and try again, or stop with a reason (used in logs). */
export type RetryDecision = { retry: true; delayMs: number } | { retry: false; reason: string };

/** Full-jitter exponential back-off: uniform in [0, min(cap, base * 2^(attempt-1))]. */
export function backoffDelay(
  policy: RetryPolicy,
  attempt: number,
  random: () => number = Math.random,
): number {
  const ceiling = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** Math.max(0, attempt - 1));
  return Math.floor(random() * ceiling);
}

/**
 * Decide whether to retry a failed attempt. Pure: the randomness is a parameter.
 * - 429: always safe (the server refused the work); wait `Retry-After` plus a little jitter so that
 *   many workers do not return in the same millisecond, or back off when the header is missing.
 * - 5xx, timeouts, resets: retried only when idempotent; a write's outcome is unknown, so the caller
 *   must read back first (see `writeWithReadBack`).
 * - refused / connect timeout: the request was never sent, so even writes are retried.
 * - any other 4xx: never retried.
 */
export function decideRetry(
  policy: RetryPolicy,
  failed: FailedAttempt,
  random: () => number = Math.random,
): RetryDecision {
  if (failed.attempt >= policy.maxAttempts) {
    return { retry: false, reason: `gave up after ${failed.attempt} attempts` };
  }
  if (failed.kind === "http") {
    const status = failed.status ?? 0;
    if (status === 429) {
      if (failed.retryAfterMs === undefined)
        return { retry: true, delayMs: backoffDelay(policy, failed.attempt, random) };
      if (failed.retryAfterMs > policy.maxRetryAfterMs) {
        return {
          retry: false,
          reason: `Retry-After ${failed.retryAfterMs} ms exceeds ${policy.maxRetryAfterMs} ms`,
        };
      }
      return { retry: true, delayMs: failed.retryAfterMs + Math.floor(random() * policy.baseDelayMs) };
    }
    if (status >= 500) {
      if (!failed.idempotent) return { retry: false, reason: `write answered ${status}; outcome unknown` };
      return { retry: true, delayMs: backoffDelay(policy, failed.attempt, random) };
    }
    return { retry: false, reason: `status ${status} is not retryable` };
  }
  if (failed.kind === "connection" && failed.retryable === false) {
    return { retry: false, reason: "connection error will not heal by retrying" };
  }
  if (failed.requestSent && !failed.idempotent) {
    return { retry: false, reason: `write hit a ${failed.kind} failure after sending; outcome unknown` };
  }
  return { retry: true, delayMs: backoffDelay(policy, failed.attempt, random) };
}
