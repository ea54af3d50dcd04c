import { createHash, createHmac, randomBytes, timingSafeEqual } from "node:crypto";

/** The cookie that carries the session token after the first visit. */
export const SESSION_COOKIE = "centralctl_dashboard";

/** The one session of a running dashboard: its token, the cookie that carries it, its CSRF token. */
export interface DashboardSession {
  /** The value every form carries as `csrf`: HMAC-SHA256 of the token, so pages never hold the token. */
  readonly csrfToken: string;
  /** `Set-Cookie` value handing the token to the browser (HttpOnly: no page can read it back). */
  readonly setCookie: string;
  /** Whether `value` is the session token (timing-safe). */
  isToken(value: string | undefined): boolean;
  /** Whether the request's `Cookie` header carries the session token. */
  hasSessionCookie(cookieHeader: string | undefined): boolean;
  /** Whether `value` is this session's CSRF token (timing-safe). */
  isCsrfToken(value: string | null | undefined): boolean;
}

/** A fresh random session token: 32 bytes, base64url. */
export function newSessionToken(): string {
  return randomBytes(32).toString("base64url");
}

/**
 * The session around `token`. The CSRF token is keyed by a per-process random key, so knowing one
 * server's CSRF token says nothing about another's, and it cannot be turned back into the token.
 */
export function createDashboardSession(token: string): DashboardSession {
  const csrfToken = createHmac("sha256", randomBytes(32)).update(token).digest("base64url");
  return {
    csrfToken,
    // Lax, not Strict: a URL clicked in a web mail or chat tab is a cross-site navigation, and a
    // Strict cookie set on its 303 would not come back with the redirected GET (a 401 until reload).
    // GET pages change nothing, and every POST needs the CSRF field and a matching Origin anyway.
    setCookie: `${SESSION_COOKIE}=${token}; HttpOnly; SameSite=Lax; Path=/`,
    isToken: (value) => value !== undefined && sameSecret(value, token),
    hasSessionCookie: (header) => cookieValues(header, SESSION_COOKIE).some((v) => sameSecret(v, token)),
    isCsrfToken: (value) => typeof value === "string" && sameSecret(value, csrfToken),
  };
}

/**
 * Every value of cookie `name` in a `Cookie` header. Cookies are not scoped by port, so another app
 * on localhost may have set one with the same name: any matching value is accepted.
 */
export function cookieValues(header: string | undefined, name: string): string[] {
  if (header === undefined) return [];
  const values: string[] = [];
  for (const part of header.split(";")) {
    const at = part.indexOf("=");
    if (at < 0 || part.slice(0, at).trim() !== name) continue;
    values.push(part.slice(at + 1).trim());
  }
  return values;
}

// Hashing first gives equal-length buffers, so neither the content nor the length leaks by timing.
function sameSecret(given: string, expected: string): boolean {
  const digest = (text: string): Buffer => createHash("sha256").update(text).digest();
  return timingSafeEqual(digest(given), digest(expected));
}
