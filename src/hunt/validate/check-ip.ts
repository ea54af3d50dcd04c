import { isIPv6 } from "node:net";
import { type Checked, checkWildcard, invalid, valid } from "./checked.js";

/**
 * Parse a dotted-quad IPv4 address. Leading zeros are refused: tools disagree on whether `010` is
 * octal (8) or decimal (10), so accepting it would hunt for the wrong address half the time.
 */
export function parseIpv4(text: string): { ok: true; octets: number[] } | { ok: false; reason: string } {
  const parts = text.split(".");
  if (parts.length !== 4) return { ok: false, reason: "an IPv4 address has four dot-separated numbers" };
  const octets: number[] = [];
  for (const part of parts) {
    if (!/^\d{1,3}$/.test(part))
      return { ok: false, reason: `${JSON.stringify(part)} is not a number 0-255` };
    if (part.length > 1 && part.startsWith("0")) {
      return { ok: false, reason: `leading zeros (${part}) are ambiguous; write ${Number(part)}` };
    }
    const octet = Number(part);
    if (octet > 255) return { ok: false, reason: `octet ${octet} is above 255` };
    octets.push(octet);
  }
  return { ok: true, octets };
}

/** The RFC 5952 form of an IPv6 address (lower case, longest zero run compressed), via WHATWG URL. */
export function canonicalIpv6(text: string): string {
  const host = new URL(`http://[${text}]/`).hostname.slice(1, -1);
  // WHATWG prints IPv4-mapped addresses in hex; the dotted form is what logs and feeds use.
  const mapped = /^::ffff:([0-9a-f]{1,4}):([0-9a-f]{1,4})$/.exec(host);
  if (!mapped) return host;
  const hi = parseInt(mapped[1] ?? "0", 16);
  const lo = parseInt(mapped[2] ?? "0", 16);
  return `::ffff:${hi >> 8}.${hi & 255}.${lo >> 8}.${lo & 255}`;
}

function ipv6ToBigInt(canonical: string): bigint {
  const full = new URL(`http://[${canonical}]/`).hostname.slice(1, -1);
  const [head = "", tail = ""] = full.split("::");
  const headGroups = head ? head.split(":") : [];
  const tailGroups = full.includes("::") && tail ? tail.split(":") : [];
  const zeros = Array<string>(8 - headGroups.length - tailGroups.length).fill("0");
  const groups = full.includes("::") ? [...headGroups, ...zeros, ...tailGroups] : headGroups;
  return groups.reduce((acc, g) => (acc << 16n) | BigInt(parseInt(g, 16)), 0n);
}

function bigIntToIpv6(n: bigint): string {
  const groups = Array.from({ length: 8 }, (_, i) => ((n >> BigInt((7 - i) * 16)) & 0xffffn).toString(16));
  return canonicalIpv6(groups.join(":"));
}

/**
 * Check an IPv4 or IPv6 address. CIDR networks are accepted because MISP `ip-src`/`ip-dst` allow
 * them: `/32` and `/128` collapse to the plain address, wider prefixes keep `match: "cidr"` with host
 * bits cleared (as Python's `ip_network(strict=False)` does); `/0` is refused.
 */
export function checkIp(raw: string, literal: boolean): Checked {
  let text = raw.toLowerCase();
  if (text.startsWith("[") && text.endsWith("]")) text = text.slice(1, -1);
  if (!literal && text.includes("%")) return checkWildcard(text, /[0-9a-f.:/]/, "an IP address");
  const [address = "", prefixText, extra] = text.split("/");
  if (extra !== undefined) return invalid("has more than one '/'");
  if (/^\d{1,3}(\.\d{1,3}){3}:\d+$/.test(address)) {
    return invalid("looks like ip:port; give the port as a separate port indicator");
  }
  if (/[g-z]/.test(address) && !address.includes(":"))
    return invalid("looks like a domain name; use the domain type");
  const v4 = /^[\d.]+$/.test(address) ? parseIpv4(address) : undefined;
  if (v4 && !v4.ok) return invalid(`is not a valid IPv4 address: ${v4.reason}`);
  if (!v4 && !isIPv6(address)) return invalid("is not an IPv4 or IPv6 address");
  const bits = v4 ? 32 : 128;
  if (prefixText === undefined) return valid(v4 ? address : canonicalIpv6(address));
  if (!/^\d{1,3}$/.test(prefixText) || Number(prefixText) > bits) {
    return invalid(`has CIDR prefix /${prefixText}; it must be 1-${bits}`);
  }
  const prefix = Number(prefixText);
  if (prefix === 0) return invalid("is a /0 network, which would match every address");
  if (v4?.ok) {
    if (prefix === 32) return valid(address);
    const n = v4.octets.reduce((acc, o) => acc * 256 + o, 0);
    const net = Math.floor(n / 2 ** (32 - prefix)) * 2 ** (32 - prefix);
    const dotted = [24, 16, 8, 0].map((s) => Math.floor(net / 2 ** s) % 256).join(".");
    return valid(`${dotted}/${prefix}`, "cidr");
  }
  const canonical = canonicalIpv6(address);
  if (prefix === 128) return valid(canonical);
  const mask = ((1n << BigInt(prefix)) - 1n) << BigInt(128 - prefix);
  return valid(`${bigIntToIpv6(ipv6ToBigInt(canonical) & mask)}/${prefix}`, "cidr");
}
