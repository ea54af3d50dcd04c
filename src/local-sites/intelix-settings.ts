/** The public SophosLabs Intelix lookup API (the `de` region the public clients use). */
export const INTELIX_API_URL = "https://de.api.labs.sophos.com";
/** The SophosLabs Intelix OAuth2 token endpoint. */
export const INTELIX_TOKEN_URL = "https://api.labs.sophos.com/oauth2/token";

/** Where SophosLabs Intelix is and who we are to it. */
export interface IntelixSettings {
  /** Lookup API base, default {@link INTELIX_API_URL}. */
  apiUrl?: string;
  /** Token endpoint, default {@link INTELIX_TOKEN_URL}. */
  tokenUrl?: string;
  clientId: string;
  clientSecret: string;
  /** Per request, default 30 s. */
  timeoutMs?: number;
  /** Retries of one lookup after 429/5xx/connection errors, default 3. */
  maxRetries?: number;
  /** Longest `Retry-After` honoured; a longer one fails the lookup instead of stalling. Default 60 s. */
  maxRetryAfterMs?: number;
  /** Wait before retrying a 5xx or connection failure, doubled each time; default 250 ms. */
  backoffMs?: number;
  /** Clock, for token expiry; default `Date.now`. */
  now?: () => number;
}
