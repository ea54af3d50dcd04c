import { parseDn } from "./parse-dn.js";

/**
 * The DNS domain spelled by a DN's `DC=` parts, lower-cased: `CN=WS1,OU=X,DC=corp,DC=example,DC=com`
 * gives `corp.example.com` (integrations.md 4.5). `undefined` when the DN has no `DC=` part.
 */
export function domainFromDn(dn: string): string | undefined {
  const labels = parseDn(dn)
    .filter((rdn) => rdn.type === "dc")
    .map((rdn) => rdn.value.toLowerCase());
  return labels.length > 0 ? labels.join(".") : undefined;
}

/**
 * The naming context (domain DN) a DN sits in: its trailing run of `DC=` RDNs, written back in the
 * usual `DC=corp,DC=example,DC=com` form. `undefined` when there is none.
 */
export function domainDnOf(dn: string): string | undefined {
  const rdns = parseDn(dn);
  let first = rdns.length;
  while (first > 0 && rdns[first - 1]?.type === "dc") first--;
  if (first === rdns.length) return undefined;
  return rdns
    .slice(first)
    .map((rdn) => `DC=${rdn.value}`)
    .join(",");
}
