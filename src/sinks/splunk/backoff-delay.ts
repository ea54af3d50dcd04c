/** How long to wait between attempts: exponential from `baseMs`, capped at `maxMs`. */
export interface BackoffPolicy {
  baseMs: number;
  maxMs: number;
}

/**
 * Delay before retry number `attempt` (1 = first retry). "Equal jitter": half the exponential step is
 * fixed and half random, so many clients hitting a busy collector spread out without any of them
 * retrying almost at once. A server's Retry-After wins when it asks for longer.
 *
 * @example backoffDelay(3, { baseMs: 500, maxMs: 30_000 }) // between 1000 and 2000 ms
 */
export function backoffDelay(
  attempt: number,
  policy: BackoffPolicy,
  retryAfterMs?: number,
  random: () => number = Math.random,
): number {
  const step = Math.min(policy.maxMs, policy.baseMs * 2 ** Math.max(0, attempt - 1));
  const jittered = Math.round(step / 2 + random() * (step / 2));
  return retryAfterMs !== undefined && retryAfterMs > jittered ? retryAfterMs : jittered;
}

/** Parse an HTTP Retry-After value (seconds or an HTTP date) into milliseconds from `now`. */
export function parseRetryAfter(value: string | undefined, now: number = Date.now()): number | undefined {
  if (value === undefined || value.trim() === "") return undefined;
  const seconds = Number(value);
  if (Number.isFinite(seconds)) return Math.max(0, seconds * 1000);
  const at = Date.parse(value);
  return Number.isNaN(at) ? undefined : Math.max(0, at - now);
}
