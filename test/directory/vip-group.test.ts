import { strict as assert } from "node:assert";
import { after, before, describe, test } from "node:test";
import { LdapError, readVipGroup, type LdapVipGroupOptions } from "../../src/directory/index.js";
import { createLogger } from "../../src/util/logger.js";
import {
  CORP_BASE,
  FIXTURE_BIND_DN,
  FIXTURE_PASSWORD,
  slapdSkipReason,
  startLdapServer,
  type LdapTestServer,
} from "../support/ldap-server.js";

const VIP_GROUP = `CN=VIP Users,OU=Groups,${CORP_BASE}`;

describe("readVipGroup against a real slapd (no in-chain rule)", { skip: slapdSkipReason() }, () => {
  let server: LdapTestServer;
  let base: LdapVipGroupOptions;
  before(async () => {
    server = await startLdapServer({ bulkComputers: 0 });
    base = { url: server.ldapUrl, bindDn: FIXTURE_BIND_DN, password: FIXTURE_PASSWORD, group: VIP_GROUP };
  });
  after(() => server?.stop());

  test("auto falls back to client-side expansion, finds nested members through a cycle, and logs why", async () => {
    const lines: string[] = [];
    const vips = await readVipGroup({ ...base, logger: createLogger("debug", (line) => lines.push(line)) });
    // VIP Users -> Ceo; -> Finance Leadership -> Cfo; -> Board -> Chair; Board -> VIP Users (cycle).
    assert.equal(vips.size, 3);
    for (const name of ["ceo", "CFO", "Chair", "corp\\chair"]) assert.ok(vips.has(name), name);
    assert.equal(vips.has("bob"), false, "bob is only in Helpdesk");
    assert.equal(vips.has("LAB-WIN10-07$"), false, "computers in the group are not VIP users");
    assert.ok(
      vips.hasDn("cn=cfo person, ou=users, dc=corp, dc=example, dc=com"),
      "managedBy DNs match however spaced",
    );
    assert.equal(vips.hasDn(`CN=Bob Builder,OU=Users,${CORP_BASE}`), false);
    const log = lines.join("");
    assert.match(log, /LDAP_MATCHING_RULE_IN_CHAIN unusable here; expanding nested groups client-side/);
    assert.match(
      log,
      /it found nobody although the group has 3 direct members/,
      "the in-chain search itself was sent",
    );
    assert.match(log, /VIP group expanded client-side .*"users":3/);
    assert.match(log, /VIP group member does not exist; skipped .*Departed Person/);
  });

  test("forcing in-chain on a server without it finds nobody, which is why auto checks", async () => {
    const vips = await readVipGroup({ ...base, strategy: "in-chain" });
    assert.equal(vips.size, 0);
  });

  test("a group given by name is looked up under the base DNs", async () => {
    const vips = await readVipGroup({
      ...base,
      group: "Finance Leadership",
      baseDns: [CORP_BASE],
      strategy: "client-side",
    });
    assert.deepEqual(
      ["cfo", "chair", "ceo"].map((n) => vips.has(n)),
      [true, true, true],
    );
  });

  test("an empty group gives an empty set without falling back", async () => {
    const lines: string[] = [];
    const vips = await readVipGroup({
      ...base,
      group: `CN=Empty Group,OU=Groups,${CORP_BASE}`,
      logger: createLogger("debug", (line) => lines.push(line)),
    });
    assert.equal(vips.size, 0);
    assert.match(lines.join(""), /expanded with LDAP_MATCHING_RULE_IN_CHAIN/);
  });

  test("a missing group and a non-group DN are LdapErrors that say so", async () => {
    const missing = await readVipGroup({ ...base, group: `CN=Nope,OU=Groups,${CORP_BASE}` }).catch(
      (e: unknown) => e,
    );
    assert.ok(missing instanceof LdapError);
    assert.equal(missing.kind, "not-found");
    assert.match(missing.message, /VIP group CN=Nope,OU=Groups,DC=corp,DC=example,DC=com not found/);
    const user = await readVipGroup({ ...base, group: `CN=Bob Builder,OU=Users,${CORP_BASE}` }).catch(
      (e: unknown) => e,
    );
    assert.ok(user instanceof LdapError);
    assert.match(user.message, /is not a group/);
  });
});
