/**
 * The short host name as AD's `name` holds it, upper-cased: `lab-win10-07.corp.example.com` and
 * `Lab-Win10-07` both give `LAB-WIN10-07`. A trailing `$` (a sAMAccountName) is dropped.
 */
export function shortHostName(name: string): string {
  const trimmed = name.trim();
  const dot = trimmed.indexOf(".");
  const short = dot === -1 ? trimmed : trimmed.slice(0, dot);
  return (short.endsWith("$") ? short.slice(0, -1) : short).toUpperCase();
}

/**
 * Whether `name` can be a computer's short name: no spaces, control characters or the characters
 * NetBIOS and DNS names exclude. Catches shifted columns and garbage before they reach correlation.
 */
export function isPlausibleHostName(name: string): boolean {
  return name.length > 0 && name.length <= 63 && !/[\s\\/:*?"<>|,;=+[\]@]/.test(name);
}

/** The DNS suffix of a host name, lower-cased: `ws1.corp.example.com` gives `corp.example.com`. */
export function dnsSuffix(hostName: string): string | undefined {
  const dot = hostName.indexOf(".");
  if (dot === -1 || dot === hostName.length - 1) return undefined;
  return hostName.slice(dot + 1).toLowerCase();
}

/**
 * The Windows build number from `operatingSystemVersion`: `10.0 (19045)` gives 19045. Also reads the
 * dotted form some tools write (`10.0.19045`). `undefined` when there is none.
 */
export function parseOsBuild(version: string): number | undefined {
  const open = version.indexOf("(");
  if (open !== -1) {
    const close = version.indexOf(")", open);
    const build = Number(version.slice(open + 1, close));
    if (close > open + 1 && Number.isInteger(build)) return build;
  }
  const dotted = /^\s*\d+\.\d+\.(\d+)/.exec(version);
  return dotted ? Number(dotted[1]) : undefined;
}
