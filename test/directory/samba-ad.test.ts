// Every test against the real Samba AD DC lives in this one file: Samba binds the fixed ports 389/636,
// so node --test must never start two of them at once.
import { strict as assert } from "node:assert";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { after, before, describe, test } from "node:test";
import { Client } from "ldapts";
import {
  LdapError,
  findRetiredOu,
  readLdapComputers,
  readVipGroup,
  type DirectoryComputer,
  type LdapComputerOptions,
  type LdapVipGroupOptions,
} from "../../src/directory/index.js";
import { openLdapSession } from "../../src/directory/ldap-session.js";
import type { Decision } from "../../src/hygiene/index.js";
import { createLogger } from "../../src/util/logger.js";
import type { EstateEndpoint } from "../../src/sim/estate/estate-types.js";
import {
  SAMBA_BASE,
  SAMBA_BIND_DN,
  SAMBA_BIND_PASSWORD,
  SAMBA_COMPUTERS,
  SAMBA_VIP_GROUP,
} from "../support/samba-directory.js";
import { sambaSkipReason, startSambaServer, type SambaTestServer } from "../support/samba-server.js";

const DAY_MS = 86_400_000;
const OUS = ["Workstations", "Servers", "Disabled Computers"].map((ou) => `OU=${ou},${SAMBA_BASE}`);

async function collect(options: LdapComputerOptions): Promise<DirectoryComputer[]> {
  const all: DirectoryComputer[] = [];
  for await (const computer of readLdapComputers(options)) all.push(computer);
  return all;
}

async function failure(run: () => Promise<unknown>): Promise<LdapError> {
  const error = await run().then(
    () => assert.fail("expected an LdapError"),
    (e: unknown) => e,
  );
  assert.ok(error instanceof LdapError, `expected an LdapError, got ${String(error)}`);
  return error;
}

describe("the directory readers against a real Samba AD DC", { skip: sambaSkipReason() }, () => {
  let samba: SambaTestServer;
  let now: number;
  let base: LdapComputerOptions;
  before(async () => {
    now = Date.now();
    samba = await startSambaServer(now);
    const { provisionMs, startMs, populateMs } = samba.timings;
    console.error(`# Samba DC: provision ${provisionMs} ms, start ${startMs} ms, populate ${populateMs} ms`);
    base = {
      url: samba.ldapsUrl,
      caFile: samba.caFile,
      bindDn: SAMBA_BIND_DN,
      password: SAMBA_BIND_PASSWORD,
      baseDns: OUS,
    };
  });
  after(() => samba?.stop());

  test("a paged search over three OUs returns every computer once, several pages each", async () => {
    const computers = await collect({ ...base, pageSize: 7 });
    assert.equal(computers.length, SAMBA_COMPUTERS.total);
    assert.equal(new Set(computers.map((c) => c.distinguishedName.toLowerCase())).size, computers.length);
    const session = await openLdapSession(base);
    let pages = 0;
    try {
      const search = { filter: "(objectClass=computer)", attributes: ["1.1"], pageSize: 7 };
      for await (const page of session.searchPages(OUS[0] as string, search)) {
        assert.ok(page.length <= 7, "Samba honours the page size");
        pages++;
      }
    } finally {
      await session.close();
    }
    assert.equal(pages, Math.ceil(SAMBA_COMPUTERS.workstations / 7));
  });

  test("from the domain root the referrals AD returns are ignored and the DC itself is found", async () => {
    const raw = new Client({ url: samba.ldapsUrl, tlsOptions: { ca: readFileSync(samba.caFile) } });
    await raw.bind(SAMBA_BIND_DN, SAMBA_BIND_PASSWORD);
    const { searchReferences } = await raw.search(SAMBA_BASE, { filter: "(cn=WS-001)", attributes: ["1.1"] });
    await raw.unbind();
    assert.ok(searchReferences.length > 0, "Samba sends continuation references from the domain root");
    const computers = await collect({ ...base, baseDns: [SAMBA_BASE], pageSize: 10 });
    assert.equal(computers.length, SAMBA_COMPUTERS.total + 1);
    const dc = computers.find((c) => c.name === "DC1");
    assert.match(dc?.distinguishedName ?? "", /^CN=DC1,OU=Domain Controllers,DC=corp/);
    assert.equal(dc?.enabled, true);
  });

  test("normalises names, DNS names, OS builds, FILETIME logons, whenChanged and the NetBIOS domain", async () => {
    const computers = await collect({
      ...base,
      filter: "(|(cn=WS-007)(cn=WS-030)(cn=WS-OFF-01)(cn=WS-RET-01))",
    });
    const byName = new Map(computers.map((c) => [c.name, c]));
    const ws7 = byName.get("WS-007");
    assert.ok(ws7?.whenChangedAt !== undefined && Math.abs(ws7.whenChangedAt - now) < 5 * 60_000);
    assert.deepEqual(ws7, {
      name: "WS-007",
      distinguishedName: `CN=WS-007,OU=Workstations,${SAMBA_BASE}`,
      enabled: true,
      source: samba.ldapsUrl,
      dnsHostName: "ws-007.corp.example.com",
      domain: "corp.example.com",
      netbiosDomain: "CORP",
      operatingSystem: "Windows 11 Enterprise",
      operatingSystemVersion: "10.0 (22631)",
      osBuild: 22631,
      lastLogonAt: now - 7 * DAY_MS,
      whenChangedAt: ws7.whenChangedAt,
      managedBy: `CN=Ceo Person,OU=People,${SAMBA_BASE}`,
    });
    const prestaged = byName.get("WS-030");
    assert.equal(prestaged?.lastLogonAt, undefined, "no lastLogonTimestamp: never logged on");
    assert.equal(prestaged?.dnsHostName, undefined);
    assert.equal(prestaged?.domain, "corp.example.com", "the domain comes from the DN");
    assert.equal(prestaged?.netbiosDomain, "CORP");
    assert.equal(byName.get("WS-OFF-01")?.enabled, false, "userAccountControl 4098 has ACCOUNTDISABLE");
    const retired = byName.get("WS-RET-01");
    assert.equal(retired?.enabled, false);
    assert.equal(retired?.lastLogonAt, now - 200 * DAY_MS);
    assert.equal(
      findRetiredOu(retired?.distinguishedName ?? "", ["OU=Disabled Computers"]),
      "OU=Disabled Computers",
    );
  });

  test("the UAC bit-AND filter selects the enabled accounts on the server", async () => {
    const enabled = await collect({
      ...base,
      filter: "(&(objectClass=computer)(!(userAccountControl:1.2.840.113556.1.4.803:=2)))",
    });
    assert.equal(enabled.length, SAMBA_COMPUTERS.total - 1 - SAMBA_COMPUTERS.disabledOu);
    assert.ok(enabled.every((c) => c.enabled));
  });

  describe("VIP group", () => {
    let vipBase: LdapVipGroupOptions;
    before(() => {
      const { baseDns: _unused, ...connection } = base;
      vipBase = { ...connection, group: SAMBA_VIP_GROUP };
    });

    test("auto uses LDAP_MATCHING_RULE_IN_CHAIN and finds nested members through a cycle", async () => {
      const lines: string[] = [];
      const vips = await readVipGroup({
        ...vipBase,
        logger: createLogger("debug", (line) => lines.push(line)),
      });
      // VIP Users -> ceo, WS-007$; -> Finance Leadership -> cfo; -> Board -> chair; Board -> VIP Users.
      assert.equal(vips.size, 3);
      for (const name of ["ceo", "CFO", "chair", "CORP\\chair"]) assert.ok(vips.has(name), name);
      assert.equal(vips.has("bob"), false, "bob is only in Helpdesk");
      assert.equal(vips.has("WS-007$"), false, "a computer in the group is not a VIP user");
      assert.ok(vips.hasDn(`cn=cfo person, ou=people, ${SAMBA_BASE.toLowerCase()}`));
      const log = lines.join("");
      assert.match(log, /VIP group expanded with LDAP_MATCHING_RULE_IN_CHAIN .*"users":3/);
      assert.doesNotMatch(log, /client-side/, "the fallback was not needed");
    });

    test("client-side expansion agrees with the in-chain rule on the same cycle", async () => {
      const vips = await readVipGroup({ ...vipBase, strategy: "client-side" });
      assert.deepEqual(
        ["ceo", "cfo", "chair", "bob"].map((n) => vips.has(n)),
        [true, true, true, false],
      );
    });

    test("a group given by name is found under the base DNs and expanded in-chain", async () => {
      const lines: string[] = [];
      const vips = await readVipGroup({
        ...vipBase,
        group: "Finance Leadership",
        baseDns: [SAMBA_BASE],
        strategy: "in-chain",
        logger: createLogger("debug", (line) => lines.push(line)),
      });
      assert.equal(vips.size, 3, "Finance Leadership reaches VIP Users again through Board");
      assert.match(lines.join(""), /expanded with LDAP_MATCHING_RULE_IN_CHAIN/);
      const empty = await readVipGroup({ ...vipBase, group: `CN=Empty Group,OU=Groups,${SAMBA_BASE}` });
      assert.equal(empty.size, 0);
    });
  });

  test("a wrong password fails with code 49 naming the bind DN and never the password", async () => {
    const error = await failure(() => collect({ ...base, password: "Not-The-Password-42" }));
    assert.equal(error.kind, "bind");
    assert.equal(error.ldapCode, 49);
    assert.equal(
      error.message,
      `bind as ${SAMBA_BIND_DN} rejected by ${samba.ldapsUrl}: wrong password or DN (LDAP code 49)`,
    );
    assert.doesNotMatch(`${error.message} ${error.stack}`, /Not-The-Password-42/);
  });

  test("StartTLS on port 389 works; a simple bind without TLS is refused with advice", async () => {
    const computers = await collect({
      ...base,
      url: samba.ldapUrl,
      startTls: true,
      baseDns: [OUS[1] as string],
    });
    assert.equal(computers.length, SAMBA_COMPUTERS.servers);
    const { caFile: _unused, ...plain } = base;
    const error = await failure(() => collect({ ...plain, url: samba.ldapUrl }));
    assert.equal(error.ldapCode, 8, error.message);
    assert.match(error.message, /requires an encrypted connection .*use ldaps:\/\/ or --ldap-starttls/);
  });

  test("without the CA file the DC's certificate is not trusted and the error says what to pass", async () => {
    const { caFile: _unused, ...untrusted } = base;
    const error = await failure(() => collect(untrusted));
    assert.equal(error.kind, "tls");
    assert.match(error.message, /--ldap-ca-file/);
  });

  test("centralctl hygiene plan over LDAPS: retired → delete, in use → keep, VIP (managedBy, nested) → review", async () => {
    // Loaded here so a broken CLI module fails this test only, not the directory tests above.
    const { startScenario } = await import("../hygiene/helpers/scenario.js");
    const s = await startScenario();
    try {
      const [retired, managedByVip, nestedVip] = s.devices.retired as [
        EstateEndpoint,
        EstateEndpoint,
        EstateEndpoint,
      ];
      const inUse = s.devices.inUse;
      // Simulated devices named like directory computers, with the directory's OS builds.
      const rename = (e: EstateEndpoint, hostname: string, build: number, viaLogin?: string): void => {
        Object.assign(e, { hostname, os: { ...e.os, build } });
        if (viaLogin !== undefined && e.associatedPerson !== undefined)
          e.associatedPerson = { ...e.associatedPerson, viaLogin };
      };
      rename(retired, "WS-RET-01", 19044);
      rename(managedByVip, "WS-RET-02", 19044);
      rename(nestedVip, "WS-RET-03", 19044, "CORP\\chair");
      rename(inUse, "WS-005", 19045);
      const longAgo = new Date(now - 200 * DAY_MS).toISOString();
      for (const e of [retired, managedByVip, nestedVip, inUse])
        s.sim.controls.setEndpointLastSeen(s.tenantA.id, e.id, longAgo);
      const policy = join(s.workspace, "samba-policy.json");
      writeFileSync(policy, JSON.stringify({ maxDeleteShare: 0.5 }));
      const run = await s.run(
        [
          ...["hygiene", "plan", "--tenant", s.tenantA.id, "--ldap-url", samba.ldapsUrl],
          ...["--ldap-ca-file", samba.caFile, "--ldap-bind-dn", SAMBA_BIND_DN],
          ...["--ldap-password-ref", "env:LDAP_BIND_PASSWORD", "--ldap-base-dn", SAMBA_BASE],
          ...["--vip-group", "VIP Users", "--retired-ou", OUS[2] as string],
          ...["--policy", policy, "--output", "ndjson"],
        ],
        { env: { LDAP_BIND_PASSWORD: SAMBA_BIND_PASSWORD } },
      );
      assert.equal(run.code, 0, run.stderr);
      const byId = new Map(
        run.stdout
          .trim()
          .split("\n")
          .map((line) => JSON.parse(line) as Decision)
          .map((d) => [d.endpointId, d]),
      );
      const decision = (e: EstateEndpoint): Decision | undefined => byId.get(e.id);
      assert.equal(decision(retired)?.action, "delete", decision(retired)?.sentence);
      assert.ok(decision(retired)?.reasons.includes("retired_in_directory"));
      assert.equal(decision(inUse)?.action, "keep", decision(inUse)?.sentence);
      assert.ok(decision(inUse)?.reasons.includes("in_use_in_directory"));
      for (const vip of [managedByVip, nestedVip]) {
        assert.equal(decision(vip)?.action, "review", decision(vip)?.sentence);
        assert.ok(decision(vip)?.reasons.includes("vip_user"), decision(vip)?.sentence);
      }
      assert.match(decision(managedByVip)?.sentence ?? "", /managed by VIP CN=Ceo Person/);
      assert.match(
        decision(nestedVip)?.sentence ?? "",
        /CORP\\chair is a VIP/,
        "a member through two nested groups",
      );
      assert.match(run.stderr, /directory: ldaps:\/\/127\.0\.0\.1:636 \(41 computers\)/);
      assert.doesNotMatch(run.stderr, new RegExp(SAMBA_BIND_PASSWORD));
    } finally {
      await s.close();
    }
  });
});
