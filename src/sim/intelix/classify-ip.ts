import { createHash } from "node:crypto";
import { isIP } from "node:net";

/** The body of `GET /lookup/ips/v1/{ip}` (fields the public clients read; U: shape from third-party clients). */
export interface IntelixIpReply {
  requestId: string;
  correlationId?: string;
  category: string[];
  ttl: number;
}

// One class per risk level of the reference connector's [ip_lookup_risk] table, so every level occurs.
const CLASSES: ReadonlyArray<readonly string[]> = [
  ["malware"],
  ["botnet", "bot"],
  ["bulk_mta"],
  ["isp_mta"],
  ["clean_mta"],
  ["unclassified"],
];

/**
 * Deterministic IP categories: the same address always gets the same class. Explicit entries
 * (`known`) win; private, loopback and link-local addresses are `unclassified`, as a public
 * reputation service knows nothing about them.
 */
export function classifyIp(ip: string, known: ReadonlyMap<string, readonly string[]>): string[] {
  const normalised = ip.toLowerCase();
  const explicit = known.get(normalised);
  if (explicit) return [...explicit];
  if (isIP(normalised) === 0 || isPrivate(normalised)) return ["unclassified"];
  const pick = createHash("sha256").update(normalised).digest()[0]! % CLASSES.length;
  return [...CLASSES[pick]!];
}

function isPrivate(ip: string): boolean {
  if (isIP(ip) === 6) return ip === "::1" || /^f[cd]/.test(ip) || ip.startsWith("fe80");
  const [a, b] = ip.split(".").map(Number) as [number, number];
  return (
    a === 10 ||
    a === 127 ||
    (a === 172 && b >= 16 && b <= 31) ||
    (a === 192 && b === 168) ||
    (a === 169 && b === 254)
  );
}
