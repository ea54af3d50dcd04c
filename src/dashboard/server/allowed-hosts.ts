import { hostForUrl, isLoopbackHost, isWildcardHost } from "./is-loopback-host.js";

/** Where the dashboard listens, and the machine's own names for the wildcard case. */
export interface ListenAddress {
  host: string;
  port: number;
  /** This machine's interface addresses (used only when bound to 0.0.0.0 or ::). */
  localAddresses?: readonly string[];
  /** This machine's host name (used only when bound to 0.0.0.0 or ::). */
  hostname?: string;
}

/**
 * The `Host` header values the dashboard answers (lower case), which defeats DNS rebinding: a page on
 * evil.example that re-points its name at 127.0.0.1 still sends `Host: evil.example`. Bound to a
 * loopback address, the usual loopback spellings are accepted; bound to every interface, each local
 * address and the host name (never an arbitrary name).
 */
export function allowedHostHeaders(address: ListenAddress): Set<string> {
  const names = new Set<string>([address.host]);
  if (isLoopbackHost(address.host)) for (const name of ["127.0.0.1", "localhost", "::1"]) names.add(name);
  if (isWildcardHost(address.host)) {
    for (const name of ["127.0.0.1", "localhost", "::1", ...(address.localAddresses ?? [])]) names.add(name);
    if (address.hostname) names.add(address.hostname);
  }
  const allowed = new Set<string>();
  for (const name of names) {
    const host = hostForUrl(name).toLowerCase();
    allowed.add(`${host}:${address.port}`);
    // Browsers leave the default port out of the Host header.
    if (address.port === 80) allowed.add(host);
  }
  return allowed;
}

/** Whether a request's `Host` header names this dashboard. */
export function isAllowedHost(allowed: ReadonlySet<string>, header: string | undefined): boolean {
  return header !== undefined && allowed.has(header.trim().toLowerCase());
}
