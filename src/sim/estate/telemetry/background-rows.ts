import type { EstateEndpoint } from "../estate-types.js";
import type { Rng } from "../generate/prng.js";
import type { TelemetryRow } from "./telemetry-types.js";

const HEX = "0123456789abcdef";
const WINDOWS = [
  "C:\\Windows\\System32\\svchost.exe",
  "C:\\Windows\\explorer.exe",
  "C:\\Program Files\\Microsoft Office\\root\\Office16\\OUTLOOK.EXE",
  "C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe",
  "C:\\Windows\\System32\\WindowsPowerShell\\v1.0\\powershell.exe",
];
const UNIX = ["/usr/sbin/sshd", "/usr/bin/curl", "/usr/lib/systemd/systemd", "/usr/bin/python3"];
const DOMAINS = ["login.microsoftonline.com", "www.google.com", "updates.sophos.com", "github.com"];

/** Split a path into directory and name at the last separator of either kind. */
export function splitPath(path: string): { directory: string; name: string } {
  const at = Math.max(path.lastIndexOf("\\"), path.lastIndexOf("/"));
  return { directory: path.slice(0, Math.max(at, 0)), name: path.slice(at + 1) };
}

/** One ordinary row for an endpoint at `time` (epoch seconds): a known program, maybe a connection. */
export function backgroundRow(rng: Rng, endpoint: EstateEndpoint, time: number): TelemetryRow {
  const path = rng.pick(endpoint.os.platform === "windows" ? WINDOWS : UNIX);
  const connects = rng.chance(0.6);
  const domain = connects ? rng.pick(DOMAINS) : "";
  return {
    time,
    endpointId: endpoint.id,
    hostname: endpoint.hostname,
    osPlatform: endpoint.os.platform,
    path,
    ...splitPath(path),
    sha256: rng.chars(HEX, 64),
    sha1: rng.chars(HEX, 40),
    md5: rng.chars(HEX, 32),
    ip: connects ? `10.${rng.int(0, 255)}.${rng.int(0, 255)}.${rng.int(1, 254)}` : "",
    port: connects ? rng.pick([80, 443, 8443]) : 0,
    domain,
    url: connects ? `https://${domain}/${rng.chars(HEX, 8)}` : "",
  };
}
