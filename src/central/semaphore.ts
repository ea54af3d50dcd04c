/**
 * A counting semaphore with a FIFO queue: the concurrency limit (global and per tenant) of the
 * client. Small on purpose: `acquire` resolves to a release function that is safe to call twice.
 */
export class Semaphore {
  #available: number;
  readonly #waiters: Array<() => void> = [];

  constructor(readonly limit: number) {
    if (!Number.isInteger(limit) || limit < 1)
      throw new RangeError(`Semaphore limit must be >= 1, got ${limit}`);
    this.#available = limit;
  }

  /** Slots in use right now. */
  get inUse(): number {
    return this.limit - this.#available;
  }

  /** Callers waiting for a slot. */
  get waiting(): number {
    return this.#waiters.length;
  }

  /**
   * Wait for a slot; call the returned function to give it back. When `signal` aborts first, the
   * caller leaves the queue and the promise rejects with the signal's reason (no slot is lost).
   */
  async acquire(signal?: AbortSignal): Promise<() => void> {
    signal?.throwIfAborted();
    if (this.#available > 0) {
      this.#available -= 1;
    } else {
      await new Promise<void>((resolve, reject) => {
        const waiter = (): void => {
          signal?.removeEventListener("abort", onAbort);
          resolve();
        };
        const onAbort = (): void => {
          const at = this.#waiters.indexOf(waiter);
          if (at >= 0) this.#waiters.splice(at, 1);
          reject(signal!.reason as Error);
        };
        signal?.addEventListener("abort", onAbort, { once: true });
        this.#waiters.push(waiter);
      });
    }
    let released = false;
    return () => {
      if (released) return;
      released = true;
      const next = this.#waiters.shift();
      // Hand the slot straight to the next waiter so a newcomer cannot overtake the queue.
      if (next) next();
      else this.#available += 1;
    };
  }

  /** Run `fn` while holding a slot. */
  async run<T>(fn: () => Promise<T>): Promise<T> {
    const release = await this.acquire();
    try {
      return await fn();
    } finally {
      release();
    }
  }
}
