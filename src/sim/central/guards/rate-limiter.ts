/**
 * A token bucket per key (credential and tenant): `perSecond` requests per second with bursts up to
 * `perSecond`. Sophos publishes no numbers (reference §10.3), so the limit is configurable.
 */
export class RateLimiter {
  private readonly buckets = new Map<string, { tokens: number; at: number }>();

  constructor(private perSecond: number | undefined) {}

  /** Change (or with undefined, lift) the limit; buckets start full again. */
  setLimit(perSecond: number | undefined): void {
    this.perSecond = perSecond;
    this.buckets.clear();
  }

  /**
   * Take one request from `key`'s bucket at `now` (ms). Returns 0 when allowed, else the whole
   * seconds to wait (at least 1), for `Retry-After`.
   */
  take(key: string, now: number): number {
    const rate = this.perSecond;
    if (rate === undefined || rate <= 0) return 0;
    const capacity = Math.max(1, rate);
    const bucket = this.buckets.get(key) ?? { tokens: capacity, at: now };
    bucket.tokens = Math.min(capacity, bucket.tokens + (Math.max(0, now - bucket.at) / 1000) * rate);
    bucket.at = now;
    this.buckets.set(key, bucket);
    if (bucket.tokens >= 1) {
      bucket.tokens -= 1;
      return 0;
    }
    return Math.max(1, Math.ceil((1 - bucket.tokens) / rate));
  }
}
