import { randomBytes, randomUUID } from "node:crypto";
import type { SimCredential } from "../../estate/estate-types.js";

/** Why a bearer token was refused. */
export type TokenProblem = "missing" | "malformed" | "unknown" | "expired";

interface Issued {
  credential: SimCredential;
  expiresAt: number;
}

const b64url = (value: string | Buffer): string => Buffer.from(value).toString("base64url");

/**
 * Access tokens the simulator has issued. Tokens look like Sophos' (a JWT: header.payload.signature)
 * but are opaque to the simulator: a random signature makes each one unique and unguessable.
 */
export class TokenStore {
  private readonly tokens = new Map<string, Issued>();
  private readonly refreshTokens = new Map<string, SimCredential>();

  /** Issue a token for a credential, valid for `ttlSeconds` from `now` (ms). */
  issue(credential: SimCredential, now: number, ttlSeconds: number): string {
    if (this.tokens.size > 50_000) this.purge(now);
    const header = b64url(JSON.stringify({ alg: "RS256", typ: "JWT" }));
    const payload = b64url(
      JSON.stringify({
        sub: credential.clientId,
        iss: "centralctl-simulator",
        exp: Math.floor(now / 1000) + ttlSeconds,
        jti: randomUUID(),
      }),
    );
    const token = `${header}.${payload}.${b64url(randomBytes(32))}`;
    this.tokens.set(token, { credential, expiresAt: now + ttlSeconds * 1000 });
    return token;
  }

  /** A refresh token for a credential (the refresh grant is rarely used, reference §2.3). */
  issueRefresh(credential: SimCredential): string {
    const token = b64url(randomBytes(48));
    this.refreshTokens.set(token, credential);
    return token;
  }

  /** The credential a refresh token was issued to. */
  refreshCredential(refreshToken: string): SimCredential | undefined {
    return this.refreshTokens.get(refreshToken);
  }

  /** The credential behind an `Authorization` header value, or why there is none. */
  verify(authorization: string | undefined, now: number): SimCredential | TokenProblem {
    if (!authorization) return "missing";
    const match = /^Bearer\s+(\S+)$/i.exec(authorization.trim());
    if (!match) return "malformed";
    const issued = this.tokens.get(match[1]!);
    if (!issued) return "unknown";
    if (issued.expiresAt <= now) return "expired";
    return issued.credential;
  }

  /** Make every issued token expired (they stay known, so the answer says "expired"). */
  expireAll(): void {
    for (const issued of this.tokens.values()) issued.expiresAt = 0;
  }

  private purge(now: number): void {
    for (const [token, issued] of this.tokens) if (issued.expiresAt <= now) this.tokens.delete(token);
  }
}
