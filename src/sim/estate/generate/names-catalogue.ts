/**
 * Names for generated estates: customer companies, regions, people, departments, server roles,
 * endpoint groups and MAC vendor prefixes. Word lists are kept as one string each for brevity.
 */
import type { DataRegion } from "../../../central/types.js";

/** Customer companies: display name, short code (hostname prefix, NetBIOS domain) and DNS domain. */
export const COMPANIES: ReadonlyArray<readonly [string, string, string]> = [
  ["Acme Manufacturing Ltd", "ACME", "corp.example.com"],
  ["Globex Corporation", "GLOBEX", "globex.local"],
  ["Initech Software", "INITECH", "ad.initech.example"],
  ["Umbrella Health GmbH", "UMBRELLA", "umbrella.local"],
  ["Stark Logistics", "STARK", "corp.stark.example"],
  ["Wayne Enterprises", "WAYNE", "wayne.local"],
  ["Tyrell Systems", "TYRELL", "tyrell.example.net"],
  ["Cyberdyne Labs", "CYBERDYNE", "cyberdyne.local"],
  ["Soylent Foods", "SOYLENT", "ad.soylent.example"],
  ["Hooli Media", "HOOLI", "hooli.local"],
  ["Vandelay Industries", "VANDELAY", "corp.vandelay.example"],
  ["Dunder Paper Co", "DUNDER", "dunder.local"],
  ["Oceanic Air", "OCEANIC", "oceanic.example.org"],
  ["Pied Piper Inc", "PIEDPIPER", "pp.local"],
  ["Massive Dynamic", "MASSIVE", "corp.massive.example"],
  ["Nakatomi Trading", "NAKATOMI", "nakatomi.local"],
  ["Gringotts Finance", "GRINGOTTS", "ad.gringotts.example"],
  ["Monarch Dental Group", "MONARCH", "monarch.local"],
  ["Aperture Research", "APERTURE", "aperture.example.com"],
  ["Blue Sun Retail", "BLUESUN", "bluesun.local"],
];

/** Spread of tenants over data regions (first tenant eu01, second us01, ...). */
export const REGION_CYCLE: readonly DataRegion[] = [
  "eu01",
  "us01",
  "us03",
  "eu02",
  "eu01",
  "us01",
  "ca01",
  "au01",
  "us03",
  "jp01",
  "eu01",
  "in01",
  "br01",
  "us01",
];

/** Two-letter data geography of each region (IE for Ireland, DE for Germany, ...). */
export const REGION_GEOGRAPHY: Readonly<Record<DataRegion, string>> = {
  eu01: "IE",
  eu02: "DE",
  us01: "US",
  us02: "US",
  us03: "US",
  ca01: "CA",
  au01: "AU",
  jp01: "JP",
  in01: "IN",
  br01: "BR",
};

const words = (text: string): readonly string[] => Object.freeze(text.trim().split(/\s+/));

export const FIRST_NAMES = words(`
  James Mary John Patricia Robert Jennifer Michael Linda David Elizabeth William Barbara Richard Susan
  Joseph Jessica Thomas Sarah Chris Karen Daniel Lisa Matthew Nancy Anthony Sandra Mark Ashley Paul Emily
  Steven Donna Andrew Michelle Joshua Carol Kevin Amanda Brian Melissa George Deborah Timothy Stephanie
  Ryan Rebecca Jacob Laura Gary Helen Nicholas Anna Eric Olivia Jonathan Sophie Jane Lukas Hannah Mateo
  Priya Yuki Aisha Sven Ingrid Raj`);

export const LAST_NAMES = words(`
  Smith Johnson Williams Brown Jones Garcia Miller Davis Rodriguez Martinez Hernandez Lopez Gonzalez
  Wilson Anderson Thomas Taylor Moore Jackson Martin Lee Perez Thompson White Harris Sanchez Clark Ramirez
  Lewis Robinson Walker Young Allen King Wright Scott Torres Nguyen Hill Flores Green Adams Nelson Baker
  Hall Rivera Campbell Mitchell Carter Roberts Doe Muller Schmidt Kowalski Tanaka Patel Okafor Larsen
  Novak O'Brien Dubois Rossi Silva Kim Singh`);

export const DEPARTMENTS = words("FIN HR ENG SALES OPS MKT IT LEGAL RND SUP");
export const SERVER_ROLES = words("DC SQL FS WEB APP EXCH RDS PRINT BKP CA");
export const LINUX_ROLES = words("web db build proxy k8s-node mail log git");

export const COMPUTER_GROUPS = [
  "Workstations",
  "Laptops",
  "Finance",
  "Engineering",
  "Sales",
  "Executives",
] as const;
export const SERVER_GROUPS = [
  "Servers",
  "Domain Controllers",
  "SQL Servers",
  "Web Servers",
  "Linux Servers",
] as const;

/** Every endpoint group a generated tenant has (ids are generated per tenant). */
export const GROUP_NAMES: readonly string[] = [...COMPUTER_GROUPS, ...SERVER_GROUPS];

/** MAC vendor prefixes: Dell, HP, Lenovo, Apple, VMware, Microsoft Hyper-V. */
export const MAC_OUI = {
  dell: "F4:8E:38",
  hp: "3C:52:82",
  lenovo: "8C:16:45",
  apple: "A4:83:E7",
  vmware: "00:50:56",
  hyperv: "00:15:5D",
} as const;
