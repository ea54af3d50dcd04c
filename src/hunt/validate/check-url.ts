import { checkDomain } from "./check-domain.js";
import { checkIp } from "./check-ip.js";
import { type Checked, findControlCharacter, invalid, valid } from "./checked.js";

const SHAPE = /^(?:([a-z][a-z0-9+.-]*):\/\/)?([^/?#]*)(.*)$/is;

/**
 * In a URL `%XX` (two hex digits) is percent-encoding, so a `%` is taken as a wildcard only at
 * either end of the value or where no escape follows. `%2f%` is therefore ambiguous; we read it as
 * wildcard-led because a URL never starts with an escape.
 */
export function urlHasWildcard(value: string): boolean {
  for (let i = 0; i < value.length; i++) {
    if (value[i] !== "%") continue;
    if (i === 0 || i === value.length - 1) return true;
    if (!/^[0-9a-f]{2}$/i.test(value.slice(i + 1, i + 3))) return true;
  }
  return false;
}

/**
 * Check a URL. The scheme and host are lower-cased (they are case-insensitive); the path, query and
 * fragment are kept exactly as given, because they are case-sensitive and re-encoding them would make
 * an exact match fail. A URL without a scheme (`evil.example/gate.php`, common in MISP) is kept
 * without one. It must have a host.
 */
export function checkUrl(raw: string, literal: boolean): Checked {
  if (/\s/.test(raw)) return invalid("contains whitespace");
  const control = findControlCharacter(raw);
  if (control) return invalid(`contains the control character ${control}`);
  const shape = SHAPE.exec(raw);
  const scheme = shape?.[1]?.toLowerCase();
  const authority = shape?.[2] ?? "";
  const rest = shape?.[3] ?? "";
  const wildcard = !literal && urlHasWildcard(raw);
  if (authority === "") return invalid("has no host; a URL indicator needs one (or a leading % wildcard)");
  const at = authority.lastIndexOf("@");
  const userinfo = at >= 0 ? authority.slice(0, at + 1) : "";
  const hostPort = authority.slice(at + 1);
  const hostMatch = /^(\[[^\]]*\]|[^:]*)(?::(.*))?$/.exec(hostPort);
  let host = (hostMatch?.[1] ?? "").toLowerCase();
  const port = hostMatch?.[2];
  if (!(wildcard && host.includes("%"))) {
    if (scheme === undefined && !host.includes(".") && !host.startsWith("[")) {
      return invalid("is not a URL: it has no scheme and its host has no dot");
    }
    const checked =
      /^[\d.]+$/.test(host) || host.startsWith("[") ? checkIp(host, true) : checkDomain(host, true);
    if (!checked.ok) return invalid(`has an invalid host ${JSON.stringify(host)}: it ${checked.reason}`);
    if (checked.match === "cidr") return invalid("has a network, not a host");
    host = host.startsWith("[") ? `[${checked.value}]` : checked.value;
  }
  if (port !== undefined && !(wildcard && port.includes("%"))) {
    if (!/^\d{1,5}$/.test(port) || Number(port) < 1 || Number(port) > 65535) {
      return invalid(`has an invalid port ${JSON.stringify(port)}`);
    }
  }
  const prefix = scheme === undefined ? "" : `${scheme}://`;
  const portPart = port === undefined ? "" : `:${port}`;
  return valid(`${prefix}${userinfo}${host}${portPart}${rest}`, wildcard ? "wildcard" : "exact");
}
