/** A bearer token and when the server said it stops working. */
export interface CachedToken {
  accessToken: string;
  /** Epoch ms at which the server expires it (`now + expires_in`). */
  expiresAt: number;
}

/** Renew this long before `expires_in` runs out (reference §2.2: clients use 60-300 s). */
export const DEFAULT_TOKEN_MARGIN_MS = 60_000;

/**
 * Tokens keyed per `idUrl + clientId`, renewed a margin before they expire. Concurrent callers of
 * an expired key share one in-flight request (single flight), so 32 workers waking up after an
 * expiry cause one token call, not 32.
 */
export class TokenCache {
  readonly #tokens = new Map<string, CachedToken & { refreshAt: number }>();
  readonly #pending = new Map<string, Promise<CachedToken>>();
  readonly #marginMs: number;
  readonly #now: () => number;

  constructor(options: { marginMs?: number; now?: () => number } = {}) {
    this.#marginMs = options.marginMs ?? DEFAULT_TOKEN_MARGIN_MS;
    this.#now = options.now ?? Date.now;
  }

  /** The cache key of one credential at one token service. */
  static key(idUrl: string, clientId: string): string {
    return `${idUrl}\u0000${clientId}`;
  }

  /** A fresh token for `key`, fetching one (once, however many callers ask) when needed. */
  async get(key: string, fetchToken: () => Promise<CachedToken>): Promise<string> {
    const cached = this.#tokens.get(key);
    if (cached && this.#now() < cached.refreshAt) return cached.accessToken;
    let pending = this.#pending.get(key);
    if (!pending) {
      pending = fetchToken().then(
        (token) => {
          // A token living less than twice the margin (short TTLs in tests) is renewed at half-life
          // instead of on every call.
          const lifetime = token.expiresAt - this.#now();
          this.#tokens.set(key, {
            ...token,
            refreshAt: token.expiresAt - Math.min(this.#marginMs, lifetime / 2),
          });
          this.#pending.delete(key);
          return token;
        },
        (error: unknown) => {
          this.#pending.delete(key);
          throw error;
        },
      );
      this.#pending.set(key, pending);
    }
    return (await pending).accessToken;
  }

  /**
   * Forget the token after the API rejected it (401). Only drops `rejected` itself: when several
   * requests fail with the same stale token, the first renewal is kept and not thrown away again.
   */
  invalidate(key: string, rejected: string): void {
    if (this.#tokens.get(key)?.accessToken === rejected) this.#tokens.delete(key);
  }

  /** Drop every cached token. */
  clear(): void {
    this.#tokens.clear();
  }
}
