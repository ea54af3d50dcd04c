/**
 * What the throwaway Samba AD DC of samba-server.ts holds: a CORP.EXAMPLE.COM domain with 40 computers
 * in three OUs, a few people, a service account to bind as, and a VIP group whose nested groups form a
 * cycle (VIP Users → Finance Leadership → Board → VIP Users). Pure data: the server module writes it.
 */

/** The domain's naming context. */
export const SAMBA_BASE = "DC=corp,DC=example,DC=com";
/** A plain (non-admin) account the tests bind as, and its password. */
export const SAMBA_BIND_DN = `CN=svc-centralctl,OU=Service Accounts,${SAMBA_BASE}`;
export const SAMBA_BIND_PASSWORD = "Samba-Bind-Pa55!";
/** The VIP group and the people it reaches through its nested groups. */
export const SAMBA_VIP_GROUP = `CN=VIP Users,OU=Groups,${SAMBA_BASE}`;
export const SAMBA_VIPS = ["ceo", "cfo", "chair"];
/** Computers per OU. */
export const SAMBA_COMPUTERS = { workstations: 31, servers: 6, disabledOu: 3, total: 40 };

/** One object to add: attribute values as LDAP strings (the password is handled by the server module). */
export interface FixtureEntry {
  dn: string;
  attributes: Record<string, string | string[]>;
}

const DAY_MS = 86_400_000;
const ou = (name: string): string => `OU=${name},${SAMBA_BASE}`;
const person = (cn: string): string => `CN=${cn},OU=People,${SAMBA_BASE}`;
const group = (cn: string): string => `CN=${cn},OU=Groups,${SAMBA_BASE}`;

/** A Windows FILETIME (100 ns since 1601) for `ms` since the Unix epoch, as AD stores lastLogonTimestamp. */
export function toFileTime(ms: number): string {
  return ((BigInt(Math.trunc(ms)) + 11_644_473_600_000n) * 10_000n).toString();
}

function computer(
  name: string,
  where: string,
  fields: { enabled: boolean; os: string; version: string; logonDaysAgo?: number; managedBy?: string },
  now: number,
  withDns = true,
): FixtureEntry {
  const attributes: Record<string, string | string[]> = {
    objectClass: ["top", "person", "organizationalPerson", "user", "computer"],
    sAMAccountName: `${name}$`,
    // 4096 WORKSTATION_TRUST_ACCOUNT; +2 ACCOUNTDISABLE.
    userAccountControl: fields.enabled ? "4096" : "4098",
    operatingSystem: fields.os,
    operatingSystemVersion: fields.version,
  };
  if (withDns) attributes.dNSHostName = `${name.toLowerCase()}.corp.example.com`;
  if (fields.logonDaysAgo !== undefined)
    attributes.lastLogonTimestamp = toFileTime(now - fields.logonDaysAgo * DAY_MS);
  if (fields.managedBy !== undefined) attributes.managedBy = fields.managedBy;
  return { dn: `CN=${name},${where}`, attributes };
}

/**
 * Every object in the order it must be added (parents and members first). `now` anchors the logon
 * times: WS-nnn logged on nnn days ago, the retired ones 200 days ago, WS-030 never (and it has no
 * dNSHostName, like a pre-staged account).
 */
export function sambaFixtureEntries(now: number): FixtureEntry[] {
  const entries: FixtureEntry[] = [];
  for (const name of [
    "Workstations",
    "Servers",
    "Disabled Computers",
    "People",
    "Groups",
    "Service Accounts",
  ])
    entries.push({ dn: ou(name), attributes: { objectClass: ["top", "organizationalUnit"], ou: name } });
  for (const [sam, cn] of [
    ["ceo", "Ceo Person"],
    ["cfo", "Cfo Person"],
    ["chair", "Chair Person"],
    ["bob", "Bob Builder"],
  ] as const) {
    entries.push({
      dn: person(cn),
      attributes: {
        objectClass: ["top", "person", "organizationalPerson", "user"],
        sAMAccountName: sam,
        userPrincipalName: `${sam}@corp.example.com`,
      },
    });
  }
  const win10 = { os: "Windows 10 Enterprise", version: "10.0 (19045)" };
  const win11 = { os: "Windows 11 Enterprise", version: "10.0 (22631)" };
  for (let i = 1; i <= 30; i++) {
    const name = `WS-${String(i).padStart(3, "0")}`;
    const managedBy = i === 7 ? { managedBy: person("Ceo Person") } : {};
    const logon = i === 30 ? {} : { logonDaysAgo: i };
    entries.push(
      computer(
        name,
        ou("Workstations"),
        { enabled: true, ...(i % 2 ? win11 : win10), ...logon, ...managedBy },
        now,
        i !== 30,
      ),
    );
  }
  entries.push(
    computer("WS-OFF-01", ou("Workstations"), { enabled: false, ...win10, logonDaysAgo: 120 }, now),
  );
  for (let i = 1; i <= 6; i++) {
    const server = { os: "Windows Server 2019 Standard", version: "10.0 (17763)", logonDaysAgo: 1 };
    entries.push(
      computer(`SRV-${String(i).padStart(3, "0")}`, ou("Servers"), { enabled: true, ...server }, now),
    );
  }
  const old = { enabled: false, os: "Windows 10 Enterprise", version: "10.0 (19044)", logonDaysAgo: 200 };
  const retired = ou("Disabled Computers");
  entries.push(computer("WS-RET-01", retired, old, now));
  entries.push(computer("WS-RET-02", retired, { ...old, managedBy: person("Ceo Person") }, now));
  entries.push(computer("WS-RET-03", retired, old, now));
  const groupOf = (cn: string, members: string[]): FixtureEntry => ({
    dn: group(cn),
    attributes: {
      objectClass: ["top", "group"],
      sAMAccountName: cn.replaceAll(" ", ""),
      ...(members.length > 0 ? { member: members } : {}),
    },
  });
  entries.push(groupOf("VIP Users", [person("Ceo Person"), `CN=WS-007,${ou("Workstations")}`]));
  entries.push(groupOf("Board", [person("Chair Person"), group("VIP Users")]));
  entries.push(groupOf("Finance Leadership", [person("Cfo Person"), group("Board")]));
  entries.push(groupOf("Helpdesk", [person("Bob Builder")]));
  entries.push(groupOf("Empty Group", []));
  return entries;
}

/** Member links added after every group exists; the first closes the cycle through VIP Users. */
export const SAMBA_LATE_MEMBERS: ReadonlyArray<{ group: string; member: string }> = [
  { group: group("VIP Users"), member: group("Finance Leadership") },
];
