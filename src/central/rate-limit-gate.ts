/**
 * After a 429, hold back every request of the same tenant (or of the global routes) until the
 * server's `Retry-After` has passed, so one tenant's workers back off together instead of each
 * collecting its own 429.
 */
export class RateLimitGate {
  readonly #until = new Map<string, number>();
  readonly #now: () => number;
  readonly #sleep: (ms: number) => Promise<void>;

  constructor(options: { now?: () => number; sleep?: (ms: number) => Promise<void> } = {}) {
    this.#now = options.now ?? Date.now;
    this.#sleep = options.sleep ?? ((ms) => new Promise((resolve) => setTimeout(resolve, ms)));
  }

  /** Close the gate of `key` for `ms` (a later, longer pause wins). */
  pause(key: string, ms: number | undefined): void {
    if (ms === undefined || ms <= 0) return;
    const until = this.#now() + ms;
    if (until > (this.#until.get(key) ?? 0)) this.#until.set(key, until);
  }

  /** How long a request for `key` must still wait, in ms (0 when open). */
  remaining(key: string): number {
    const until = this.#until.get(key);
    if (until === undefined) return 0;
    const left = until - this.#now();
    if (left <= 0) this.#until.delete(key);
    return Math.max(0, left);
  }

  /** Wait until the gate of `key` is open. */
  async wait(key: string): Promise<void> {
    for (let left = this.remaining(key); left > 0; left = this.remaining(key)) await this.#sleep(left);
  }
}
