import assert from "node:assert/strict";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { after, before, describe, test } from "node:test";
import type { Decision } from "../../src/hygiene/index.js";
import {
  CORP_BASE,
  FIXTURE_BIND_DN,
  FIXTURE_PASSWORD,
  slapdSkipReason,
  startLdapServer,
  type LdapTestServer,
} from "../support/ldap-server.js";
import { startScenario, type Scenario } from "./helpers/scenario.js";

const skip = slapdSkipReason();
const DAY_MS = 86_400_000;

describe("hygiene plan over LDAP (real slapd)", { skip }, () => {
  let ldap: LdapTestServer;
  before(async () => {
    ldap = await startLdapServer({ bulkComputers: 0 });
  });
  after(async () => {
    await ldap?.stop();
  });

  const ldapArgs = (s: Scenario, passwordRef: string): string[] => {
    const policy = join(s.workspace, "ldap-policy.json");
    writeFileSync(policy, JSON.stringify({ maxDeleteShare: 0.5, disabledCountsAsRetired: true }));
    return [
      "hygiene",
      "plan",
      "--tenant",
      s.tenantA.id,
      "--ldap-url",
      ldap.ldapUrl,
      "--ldap-bind-dn",
      FIXTURE_BIND_DN,
      "--ldap-password-ref",
      passwordRef,
      "--ldap-base-dn",
      CORP_BASE,
      "--vip-group",
      "VIP Users",
      "--retired-ou",
      `OU=Disabled Computers,${CORP_BASE}`,
      "--policy",
      policy,
      "--output",
      "ndjson",
    ];
  };

  test("directory computers and the VIP group come from LDAP: retired → delete, VIP → review", async () => {
    const s = await startScenario();
    try {
      const [retired, vip] = s.devices.retired as [
        Scenario["devices"]["inUse"],
        Scenario["devices"]["inUse"],
      ];
      // Give two simulated devices the names of fixture computers (and the fixture's OS builds).
      Object.assign(retired, { hostname: "WS-RETIRED-04", os: { ...retired.os, build: 19044 } });
      Object.assign(vip, {
        hostname: "WS-OLD-03",
        os: { ...vip.os, build: 18363 },
        associatedPerson: { ...vip.associatedPerson, viaLogin: "CORP\\ceo" },
      });
      const longAgo = new Date(Date.now() - 200 * DAY_MS).toISOString();
      for (const e of [retired, vip]) s.sim.controls.setEndpointLastSeen(s.tenantA.id, e.id, longAgo);

      const run = await s.run(ldapArgs(s, "env:LDAP_BIND_PASSWORD"), {
        env: { LDAP_BIND_PASSWORD: FIXTURE_PASSWORD },
      });
      assert.equal(run.code, 0, run.stderr);
      const byId = new Map(
        run.stdout
          .trim()
          .split("\n")
          .map((l) => JSON.parse(l) as Decision)
          .map((d) => [d.endpointId, d]),
      );
      assert.equal(byId.get(retired.id)?.action, "delete", byId.get(retired.id)?.sentence);
      assert.equal(byId.get(vip.id)?.action, "review", byId.get(vip.id)?.sentence);
      assert.ok(byId.get(vip.id)?.reasons.includes("vip_user"));
      assert.match(run.stderr, new RegExp(`directory: ${ldap.ldapUrl.replace(/[/.]/g, "\\$&")}`));
    } finally {
      await s.close();
    }
  });

  test("a wrong bind password is refused naming the server, never showing the password", async () => {
    const s = await startScenario();
    try {
      const run = await s.run(ldapArgs(s, "env:LDAP_BIND_PASSWORD"), {
        env: { LDAP_BIND_PASSWORD: "Wrong-Pa55-Value" },
      });
      assert.equal(run.code, 4, run.stderr);
      assert.ok(run.stderr.includes(ldap.ldapUrl.replace(/\/$/, "")), run.stderr);
      assert.doesNotMatch(run.stderr, /Wrong-Pa55-Value/);
      assert.equal(run.stdout, "", "no decisions, no plan");
    } finally {
      await s.close();
    }
  });
});
