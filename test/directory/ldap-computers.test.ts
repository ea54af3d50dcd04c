import { strict as assert } from "node:assert";
import { after, before, describe, test } from "node:test";
import { Client } from "ldapts";
import {
  LdapError,
  readLdapComputers,
  type DirectoryComputer,
  type LdapComputerOptions,
} from "../../src/directory/index.js";
import {
  CORP_BASE,
  FIXTURE_BIND_DN,
  FIXTURE_COMPUTERS,
  FIXTURE_PASSWORD,
  LAB_BASE,
  slapdSkipReason,
  startLdapServer,
  type LdapTestServer,
} from "../support/ldap-server.js";
import { unusedPort } from "../support/unused-port.js";

async function collect(options: LdapComputerOptions): Promise<DirectoryComputer[]> {
  const all: DirectoryComputer[] = [];
  for await (const computer of readLdapComputers(options)) all.push(computer);
  return all;
}

async function failure(options: LdapComputerOptions): Promise<LdapError> {
  try {
    await collect(options);
  } catch (error) {
    assert.ok(error instanceof LdapError, `expected an LdapError, got ${String(error)}`);
    return error;
  }
  assert.fail("expected the read to fail");
}

describe("readLdapComputers against a real slapd", { skip: slapdSkipReason() }, () => {
  let server: LdapTestServer;
  let base: LdapComputerOptions;
  before(async () => {
    server = await startLdapServer();
    base = {
      url: server.ldapsUrl,
      caFile: server.caFile,
      bindDn: FIXTURE_BIND_DN,
      password: FIXTURE_PASSWORD,
      baseDns: [CORP_BASE],
    };
  });
  after(() => server?.stop());

  test("a paged search returns every computer although the server caps unpaged searches at 1000", async () => {
    const client = new Client({ url: server.ldapUrl });
    await client.bind(FIXTURE_BIND_DN, FIXTURE_PASSWORD);
    const unpaged = await client
      .search(CORP_BASE, { filter: "(objectClass=computer)", attributes: ["1.1"] })
      .catch((e: Error) => e);
    await client.unbind();
    assert.ok(
      unpaged instanceof Error,
      "the fixture server must refuse an unpaged search of more than 1000 entries",
    );

    const computers = await collect(base);
    assert.equal(computers.length, server.bulkComputers + FIXTURE_COMPUTERS.corp);
    assert.equal(new Set(computers.map((c) => c.distinguishedName.toLowerCase())).size, computers.length);
  });

  test("normalises names, DNS names, OS builds, FILETIME logons, whenChanged and disabled accounts", async () => {
    const computers = await collect({
      ...base,
      baseDns: [`OU=Workstations,${CORP_BASE}`],
      filter: "(cn=*-0*)",
    });
    const lab = computers.find((c) => c.name === "LAB-WIN10-07");
    assert.deepEqual(lab, {
      name: "LAB-WIN10-07",
      distinguishedName: lab?.distinguishedName,
      enabled: true,
      source: server.ldapsUrl,
      dnsHostName: "lab-win10-07.corp.example.com",
      domain: "corp.example.com",
      netbiosDomain: "CORP",
      operatingSystem: "Windows 10 Enterprise",
      operatingSystemVersion: "10.0 (19045)",
      osBuild: 19045,
      lastLogonAt: Date.parse("2026-11-01T08:30:00Z"),
      whenChangedAt: Date.parse("2026-11-01T08:30:00Z"),
      managedBy: "CN=Ceo Person,OU=Users,DC=corp,DC=example,DC=com",
    });
    assert.match(lab?.distinguishedName ?? "", /^cn=Lab-Win10-07,ou=Workstations,dc=corp/i);
    const old = computers.find((c) => c.name === "WS-OLD-03");
    assert.equal(old?.enabled, false, "userAccountControl 4098 has ACCOUNTDISABLE set");
    const noDns = computers.find((c) => c.name === "WS-NODNS-02");
    assert.equal(noDns?.dnsHostName, undefined);
    assert.equal(noDns?.domain, "corp.example.com", "the domain comes from the DN's DC= parts");
    assert.equal(computers.find((c) => c.name === "WS-FINANCE-01")?.osBuild, 22631);
  });

  test("same names in two domains stay apart, each with its NetBIOS name from the crossRef", async () => {
    const computers = await collect({
      ...base,
      baseDns: [CORP_BASE, LAB_BASE],
      filter: "(|(cn=lab-*)(cn=ws-retired-05))",
    });
    const twins = computers
      .filter((c) => c.name === "LAB-WIN10-07")
      .map((c) => `${c.netbiosDomain}\\${c.name}@${c.domain}`);
    assert.deepEqual(twins.sort(), [
      "CORP\\LAB-WIN10-07@corp.example.com",
      "LAB\\LAB-WIN10-07@lab.example.net",
    ]);
    const retired = computers.find((c) => c.name === "WS-RETIRED-05");
    assert.equal(retired?.lastLogonAt, undefined, "lastLogonTimestamp 0 means never");
    assert.equal(retired?.enabled, false);
  });

  test("configured NetBIOS names win over the directory", async () => {
    const [computer] = await collect({
      ...base,
      baseDns: [LAB_BASE],
      filter: "(cn=lab-old-02)",
      netbiosDomains: { "LAB.example.net": "labx" },
    });
    assert.equal(computer?.netbiosDomain, "LABX");
  });

  test("StartTLS on ldap:// with the CA file works", async () => {
    const computers = await collect({ ...base, url: server.ldapUrl, startTls: true, baseDns: [LAB_BASE] });
    assert.equal(computers.length, FIXTURE_COMPUTERS.lab);
  });

  test("an untrusted certificate fails as a TLS error that suggests --ldap-ca-file", async () => {
    const { caFile: _unused, ...withoutCa } = base;
    const error = await failure(withoutCa);
    assert.equal(error.kind, "tls");
    assert.match(error.message, /--ldap-ca-file/);
    assert.match(error.message, new RegExp(server.ldapsUrl.replace(/[.:/]/g, "\\$&")));
  });

  test("a wrong password fails with code 49 naming the bind DN and never the password", async () => {
    const error = await failure({ ...base, password: "Not-The-Password-42" });
    assert.equal(error.kind, "bind");
    assert.equal(error.ldapCode, 49);
    assert.equal(
      error.message,
      `bind as ${FIXTURE_BIND_DN} rejected by ${server.ldapsUrl}: wrong password or DN (LDAP code 49)`,
    );
    assert.doesNotMatch(`${error.message} ${error.stack}`, /Not-The-Password-42/);
  });

  test("an unreachable server is named with a hint about host, port and firewall", async () => {
    const url = `ldap://127.0.0.1:${await unusedPort()}`;
    const error = await failure({ ...base, url, caFile: undefined });
    assert.equal(error.kind, "unreachable");
    assert.match(
      error.message,
      new RegExp(`cannot reach LDAP server ${url.replace(/[.:/]/g, "\\$&")} \\(ECONNREFUSED\\)`),
    );
    assert.match(error.message, /host name, the port .* firewall/);
  });

  test("a base DN that does not exist fails with code 32 naming it", async () => {
    const missing = `OU=Nowhere,${CORP_BASE}`;
    const error = await failure({ ...base, baseDns: [missing] });
    assert.equal(error.kind, "not-found");
    assert.equal(error.ldapCode, 32);
    assert.match(error.message, /base DN OU=Nowhere,DC=corp,DC=example,DC=com not found .*--ldap-base/);
  });
});
