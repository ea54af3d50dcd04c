/**
 * Whether `host` (a name or an IP literal, IPv6 with or without brackets) only ever reaches this
 * machine: `localhost`, 127.0.0.0/8, ::1 and IPv4-mapped loopback.
 */
export function isLoopbackHost(host: string): boolean {
  const name = unbracket(host).toLowerCase();
  if (name === "localhost" || name.endsWith(".localhost")) return true;
  if (/^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(name)) return true;
  if (/^::ffff:127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(name)) return true;
  return name === "::1" || name === "0:0:0:0:0:0:0:1";
}

/** Whether `host` means "every interface" (0.0.0.0 or ::). */
export function isWildcardHost(host: string): boolean {
  const name = unbracket(host);
  return name === "0.0.0.0" || name === "::" || name === "0:0:0:0:0:0:0:0";
}

/** `host` as it appears in a URL or a Host header: IPv6 literals in brackets. */
export function hostForUrl(host: string): string {
  const name = unbracket(host);
  return name.includes(":") ? `[${name}]` : name;
}

function unbracket(host: string): string {
  return host.startsWith("[") && host.endsWith("]") ? host.slice(1, -1) : host;
}
