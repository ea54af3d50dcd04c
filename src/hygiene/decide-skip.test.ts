import { strict as assert } from "node:assert";
import { describe, test } from "node:test";
import { run } from "./internal/decide-harness.js";
import { computer, daysAgo, journal, vips } from "./internal/test-fixtures.js";

describe("decide: skip", () => {
  test("skips a device the journal has already deleted", () => {
    const d = run({ journal: journal(["ep-1"]) });
    assert.deepEqual([d.action, d.reasons], ["skip", ["already_deleted", "retired_in_directory"]]);
    assert.match(d.sentence, /already deleted by an earlier run \(journal\)/);
  });

  test("skips a device under manual review and names the ticket when known", () => {
    const d = run({ openTickets: new Map([["ep-1", "INC-42"]]) });
    assert.deepEqual([d.action, d.reasons[0]], ["skip", "open_ticket"]);
    assert.match(d.sentence, /under manual review \(ticket INC-42\)/);
    assert.match(run({ openTickets: new Set(["ep-1"]) }).sentence, /under manual review \(open ticket\)/);
  });

  test("skips hostnames matching an exclusion glob, case-insensitively, short or FQDN", () => {
    const byShort = run({ policy: { exclusions: { hostnamePatterns: ["lab-*"] } } });
    assert.deepEqual([byShort.action, byShort.reasons[0]], ["skip", "excluded"]);
    assert.match(byShort.sentence, /hostname matches exclusion 'lab-\*'/);
    const byFqdn = run({
      endpoint: { hostname: "lab-win10-07.corp.example.com" },
      policy: { exclusions: { hostnamePatterns: ["*.CORP.example.com"] } },
    });
    assert.equal(byFqdn.action, "skip");
    assert.equal(run({ policy: { exclusions: { hostnamePatterns: ["LAB-WIN10-0"] } } }).action, "delete");
  });

  test("skips excluded tenants by id or by name", () => {
    assert.equal(run({ policy: { exclusions: { tenants: ["T-ACME"] } } }).action, "skip");
    assert.equal(run({ policy: { exclusions: { tenants: ["acme"] } } }).action, "skip");
  });

  test("skips excluded Central groups by name or id", () => {
    const d = run({ policy: { exclusions: { groups: ["workstations"] } } });
    assert.deepEqual([d.action, d.reasons[0]], ["skip", "excluded"]);
    assert.match(d.sentence, /group 'Workstations' is excluded by the policy/);
    assert.equal(run({ policy: { exclusions: { groups: ["g-ws"] } } }).action, "skip");
  });

  test("skips Sophos infrastructure roles found by hostname pattern, group or product code", () => {
    const byHost = run({
      endpoint: { hostname: "UC-LONDON-01" },
      computers: [computer({ name: "UC-LONDON-01" })],
      policy: { infrastructureHostnamePatterns: ["UC-*"] },
    });
    assert.deepEqual([byHost.action, byHost.reasons[0]], ["skip", "infrastructure_role"]);
    assert.match(byHost.sentence, /Sophos infrastructure role \(hostname matches 'UC-\*'\)/);
    const byGroup = run({
      endpoint: { group: { name: "Update Caches" } },
      policy: { infrastructureGroups: ["update caches"] },
    });
    assert.equal(byGroup.action, "skip");
    const byProduct = run({ policy: { infrastructureProductCodes: ["COREAGENT"] } });
    assert.match(byProduct.sentence, /product 'coreAgent'/);
  });
});

describe("decide: precedence (skip > review > keep > delete, every reason kept)", () => {
  test("an exclusion beats a deletion and both reasons are kept", () => {
    const d = run({ policy: { exclusions: { hostnamePatterns: ["LAB-*"] } } });
    assert.deepEqual([d.action, d.reasons], ["skip", ["excluded", "retired_in_directory"]]);
  });

  test("an open ticket beats a review", () => {
    const d = run({ openTickets: new Set(["ep-1"]), endpoint: { type: "server" } });
    assert.deepEqual([d.action, d.reasons], ["skip", ["open_ticket", "server", "retired_in_directory"]]);
  });

  test("every doubt is listed, strongest first, and the sentence reads in that order", () => {
    const d = run({ endpoint: { type: "server" }, vips: vips(["jdoe"]), journal: journal([], ["ep-1"]) });
    assert.deepEqual(d.reasons, ["previous_failure", "server", "vip_user", "retired_in_directory"]);
    assert.equal(
      d.sentence,
      "LAB-WIN10-07 (tenant Acme): last seen 123 days ago (policy: 90); an earlier delete of this record failed (journal); " +
        "a server (policy allowServers: false); associated person CORP\\jdoe is a VIP; in OU=Disabled Computers in corp.example.com → review",
    );
  });

  test("guards only question deletions: an active VIP server is simply kept", () => {
    const d = run({ endpoint: { type: "server", lastSeenAt: daysAgo(1) }, vips: vips(["jdoe"]) });
    assert.deepEqual([d.action, d.reasons], ["keep", ["active"]]);
  });

  test("a live re-check showing activity beats keep", () => {
    const d = run({ endpoint: { lastSeenAt: daysAgo(1) }, recheck: { online: true } });
    assert.deepEqual([d.action, d.reasons], ["review", ["recently_active", "active"]]);
  });

  test("a stale twin the directory does not know is reviewed, not deleted", () => {
    const d = run({ computers: [], twin: { endpointId: "ep-new", lastSeenAt: daysAgo(1) } });
    assert.deepEqual([d.action, d.reasons], ["review", ["not_in_directory", "duplicate_stale_twin"]]);
  });

  test("an ambiguous match is never treated as a twin", () => {
    const d = run({
      endpoint: { associatedPerson: {} },
      computers: [computer(), computer({ domain: "lab.example.com" })],
      twin: { endpointId: "ep-new", lastSeenAt: daysAgo(1) },
    });
    assert.deepEqual([d.action, d.reasons], ["review", ["ambiguous_match"]]);
  });

  test("a server twin is reviewed", () => {
    const inUse = computer({ distinguishedName: "CN=LAB-WIN10-07,OU=Servers,DC=corp,DC=example,DC=com" });
    const d = run({
      computers: [inUse],
      endpoint: { type: "server" },
      twin: { endpointId: "ep-new", lastSeenAt: daysAgo(1) },
    });
    assert.deepEqual([d.action, d.reasons], ["review", ["server", "duplicate_stale_twin"]]);
  });
});
