import type { LocalSite } from "../../../central/types.js";
import type { EstateFirewall, EstateFirewallGroup } from "../estate-types.js";
import type { Rng } from "./prng.js";

const DAY = 86_400_000;
const iso = (ms: number): string => new Date(ms).toISOString();

const MODELS = ["XGS 2100", "XGS 136", "XGS 4300", "XGS 116w", "SFVUNL"] as const;
const FIRMWARE = [
  "SFOS 21.0.0 GA-Build169",
  "SFOS 20.0.2 MR-2-Build378",
  "SFOS 19.5.3 MR-3-Build652",
] as const;
const SITES = [
  ["HQ", "51.5072", "-0.1276"],
  ["Branch Manchester", "53.4808", "-2.2426"],
  ["Branch Frankfurt", "50.1109", "8.6821"],
  ["Datacenter", "53.3498", "-6.2603"],
] as const;

/** Firewall groups and firewalls of a tenant; about a third of tenants have no firewall. */
export function generateFirewalls(
  rng: Rng,
  prefix: string,
  dnsDomain: string,
  createdAt: number,
  now: number,
): { firewalls: EstateFirewall[]; firewallGroups: EstateFirewallGroup[] } {
  if (rng.chance(0.33)) return { firewalls: [], firewallGroups: [] };
  const hq: EstateFirewallGroup = {
    id: rng.uuid(),
    name: "Headquarters",
    lockedByManagingAccount: false,
    createdAt: iso(createdAt + DAY),
    updatedAt: iso(createdAt + 40 * DAY),
  };
  const branches: EstateFirewallGroup = {
    id: rng.uuid(),
    name: "Branch Offices",
    parentGroup: { id: hq.id, name: hq.name },
    lockedByManagingAccount: rng.chance(0.3),
    createdAt: iso(createdAt + 2 * DAY),
    updatedAt: iso(createdAt + 41 * DAY),
  };
  const count = rng.int(1, SITES.length);
  const firewalls: EstateFirewall[] = [];
  for (let i = 0; i < count; i++) {
    const [site, latitude, longitude] = SITES[i]!;
    const model = rng.pick(MODELS);
    const slug = site
      .toLowerCase()
      .replace(/^branch /, "")
      .replace(/ /g, "-");
    const created = createdAt + rng.int(1, 200) * DAY;
    const connected = rng.chance(0.9);
    const group = i === 0 || site === "Datacenter" ? hq : branches;
    firewalls.push({
      id: rng.uuid(),
      serialNumber: `${model.startsWith("SFV") ? "C01001" : "X21001"}${rng.chars("0123456789ABCDEF", 9)}`,
      hostname: `fw-${slug}.${dnsDomain}`,
      name: `${prefix} ${site} Firewall`,
      model,
      firmwareVersion: rng.pick(FIRMWARE),
      externalIpv4Addresses: [`203.0.113.${rng.int(2, 254)}`],
      group: { id: group.id, name: group.name },
      status: { managing: "approved", reporting: "approved", connected, suspended: false },
      stateChangedAt: iso(now - rng.int(1, 30) * DAY),
      capabilities: ["firmwareUpgrade", "centralReporting", "remoteAccess"],
      geoLocation: { latitude, longitude },
      createdAt: iso(created),
      updatedAt: iso(Math.min(now, created + rng.int(1, 100) * DAY)),
    });
  }
  return { firewalls, firewallGroups: count > 1 ? [hq, branches] : [hq] };
}

const LOCAL_SITES: ReadonlyArray<readonly [string, number | undefined, string[] | undefined, string]> = [
  ["https://intranet.{dns}", 6, undefined, "Company intranet"],
  ["https://erp.{dns}/login", 6, ["allow-list"], "ERP portal is miscategorised"],
  ["https://github.com", 8, undefined, "Developers need GitHub"],
  ["http://10.0.0.15:8080", undefined, ["allow-list", "internal"], "Build server dashboard"],
  ["https://files.partner-portal.example", 10, ["allow-list"], "Supplier file exchange"],
  ["https://pastebin.com", 19, ["block"], "Blocked after data-leak incident"],
  ["https://*.sharepoint.com", 6, undefined, "Office 365 SharePoint"],
  ["https://timesheets.{dns}", 6, ["allow-list"], "HR timesheet app"],
  ["https://remote-support.example.net", 8, ["block"], "Unapproved remote-access tool"],
  ["https://news.example.org", 30, undefined, ""],
];

/** A handful of web-control local sites referring to the tenant's own domain. */
export function generateLocalSites(rng: Rng, dnsDomain: string): LocalSite[] {
  const count = rng.int(3, LOCAL_SITES.length);
  return LOCAL_SITES.slice(0, count).map(([url, categoryId, tags, comment]) => {
    const site: LocalSite = { id: rng.uuid(), url: url.replace("{dns}", dnsDomain), comment };
    if (categoryId !== undefined) site.categoryId = categoryId;
    if (tags) site.tags = [...tags];
    return site;
  });
}
