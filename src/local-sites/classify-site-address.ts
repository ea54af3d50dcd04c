import { isIP } from "node:net";
import type { LookupTarget } from "./site-reputation.js";

/** What a local site's `url` field holds, as far as a reputation lookup is concerned. */
export type SiteAddress =
  (LookupTarget & { key: string }) | { kind: "cidr" | "unusable"; value: string; reason: string };

/**
 * Sort a local site's address into what can be looked up: a bare IPv4/IPv6 address goes to the IP
 * lookup, anything that reads as a URL or domain to the URL lookup; CIDR ranges, IP ranges and
 * empty or malformed values cannot be classified (so they are never deleted). A URL whose host is
 * an IP (`http://10.0.0.15:8080`) stays a URL lookup, as in the reference connector, which only
 * sends values that parse as a bare IP to the IP lookup.
 * @example classifySiteAddress("203.0.113.7") // { kind: "ip", value: "203.0.113.7", key: "ip:203.0.113.7" }
 */
export function classifySiteAddress(raw: string): SiteAddress {
  const value = raw.trim();
  if (value === "") return { kind: "unusable", value: raw, reason: "empty address" };
  const bare = value.replace(/^\[(.*)\]$/, "$1");
  if (isIP(bare) !== 0) {
    const ip = bare.toLowerCase();
    return { kind: "ip", value: ip, key: `ip:${ip}` };
  }
  const cidr = /^([^/\s]+)\/(\d{1,3})$/.exec(value);
  if (cidr && isIP(cidr[1]!) !== 0) {
    const bits = Number(cidr[2]);
    const max = isIP(cidr[1]!) === 4 ? 32 : 128;
    return bits <= max
      ? { kind: "cidr", value, reason: "CIDR range: no reputation service classifies ranges" }
      : { kind: "unusable", value, reason: `prefix /${bits} is longer than ${max} bits` };
  }
  const range = /^([^\s-]+)\s*-\s*([^\s-]+)$/.exec(value);
  if (range && isIP(range[1]!) !== 0 && isIP(range[2]!) !== 0)
    return { kind: "cidr", value, reason: "IP range: no reputation service classifies ranges" };
  if (/\s/.test(value)) return { kind: "unusable", value, reason: "contains white space" };
  if (!hasHost(value)) return { kind: "unusable", value, reason: "not a URL, domain or IP address" };
  return { kind: "url", value, key: `url:${value}` };
}

function hasHost(value: string): boolean {
  try {
    const url = new URL(/^[a-z][a-z0-9+.-]*:\/\//i.test(value) ? value : `http://${value}`);
    return url.hostname !== "";
  } catch {
    return false;
  }
}
