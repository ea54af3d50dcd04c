import type { EstateEndpoint } from "../estate-types.js";
import { flat, type Rng } from "../generate/prng.js";

/** `corp.example.com` → `DC=corp,DC=example,DC=com`. */
export function domainDn(dns: string): string {
  return dns
    .split(".")
    .map((label) => `DC=${label}`)
    .join(",");
}

/** The short (first DNS label) name of a Central hostname, as AD would name the computer. */
export function shortName(hostname: string): string {
  const dot = hostname.indexOf(".");
  return dot === -1 ? hostname : hostname.slice(0, dot);
}

/**
 * The computer's `Name` in AD. Windows names are mostly upper case whatever case the agent reports;
 * some were typed in mixed case (`Ws-Fin-014`). Mac and Linux accounts keep the host's own case.
 */
export function accountName(rng: Rng, endpoint: EstateEndpoint): string {
  const short = shortName(endpoint.hostname);
  if (endpoint.os.platform !== "windows") return short;
  if (rng.chance(0.08))
    return flat(short.toLowerCase().replace(/(^|-)([a-z])/g, (_, a, b) => a + b.toUpperCase()));
  return flat(short.toUpperCase());
}

/**
 * `DNSHostName`: lower case as Windows registers it, sometimes with the host part in upper case, and
 * absent on a few accounts (never registered).
 */
export function dnsHostNameOf(rng: Rng, name: string, dns: string): string | undefined {
  const roll = rng.next();
  if (roll < 0.03) return undefined;
  return flat(roll < 0.09 ? `${name.toUpperCase()}.${dns}` : `${name.toLowerCase()}.${dns}`);
}

/** The OU (without the domain part) where an in-use computer of this kind lives. */
export function ouOf(endpoint: EstateEndpoint): string {
  const group = endpoint.group?.name;
  if (endpoint.os.isServer) {
    if (group === "Domain Controllers") return "OU=Domain Controllers";
    return endpoint.os.platform === "windows" ? "OU=Servers" : "OU=Linux,OU=Servers";
  }
  if (endpoint.os.platform === "macOS") return "OU=Macs,OU=Computers";
  if (endpoint.os.platform === "linux") return "OU=Linux,OU=Computers";
  return group === "Laptops" || /-LT-/i.test(endpoint.hostname)
    ? "OU=Laptops,OU=Computers"
    : "OU=Workstations,OU=Computers";
}

/** `operatingSystem` and `operatingSystemVersion` as AD records them for the endpoint's OS. */
export function adOperatingSystem(
  os: EstateEndpoint["os"],
  build: number | undefined,
): { operatingSystem: string; operatingSystemVersion: string } {
  if (os.platform === "windows")
    return {
      operatingSystem: os.name,
      operatingSystemVersion: `${os.majorVersion}.${os.minorVersion} (${build ?? os.build ?? 0})`,
    };
  if (os.platform === "macOS")
    return { operatingSystem: "macOS", operatingSystemVersion: `${os.majorVersion}.${os.minorVersion}` };
  return {
    operatingSystem: os.name.split(" ")[0] ?? os.name,
    operatingSystemVersion: `${os.majorVersion}.${String(os.minorVersion).padStart(2, "0")}`,
  };
}

/** Another real Windows build of the same family, for accounts whose OS differs from Central's. */
export function otherBuild(build: number | undefined, server: boolean): number {
  const builds = server ? [14393, 17763, 20348] : [19044, 19045, 22631, 26100];
  const others = builds.filter((b) => b !== build);
  return others[(build ?? 0) % others.length] ?? builds[0]!;
}
