import { strict as assert } from "node:assert";
import { describe, test } from "node:test";
import { run } from "./internal/decide-harness.js";
import { computer, daysAgo, journal, NOW, vips } from "./internal/test-fixtures.js";

describe("decide: review", () => {
  test("reviews when the directory's OS build differs from Central's", () => {
    const d = run({ computers: [computer({ osBuild: 22631 })] });
    assert.deepEqual([d.action, d.reasons], ["review", ["os_build_mismatch", "retired_in_directory"]]);
    assert.match(d.sentence, /OS build differs \(Central 19045, directory 22631\)/);
  });

  test("an OS build mismatch is ignored when the policy says osBuildMismatch: ignore", () => {
    const d = run({ computers: [computer({ osBuild: 22631 })], policy: { osBuildMismatch: "ignore" } });
    assert.equal(d.action, "delete");
  });

  test("reviews a device whose associated person is a VIP", () => {
    const d = run({ vips: vips(["JDoe"]) });
    assert.deepEqual([d.action, d.reasons], ["review", ["vip_user", "retired_in_directory"]]);
    assert.match(d.sentence, /associated person CORP\\jdoe is a VIP/);
  });

  test("reviews a device whose computer is managed by a VIP", () => {
    const manager = "CN=Big Boss,OU=Execs,DC=corp,DC=example,DC=com";
    const d = run({ computers: [computer({ managedBy: manager })], vips: vips([], [manager]) });
    assert.deepEqual([d.action, d.reasons], ["review", ["vip_user", "retired_in_directory"]]);
    assert.match(d.sentence, /managed by VIP CN=Big Boss/);
  });

  test("reviews when the live re-check before deletion finds the device active", () => {
    const d = run({ recheck: { lastSeenAt: daysAgo(0) } });
    assert.deepEqual([d.action, d.reasons], ["review", ["recently_active", "retired_in_directory"]]);
    assert.match(d.sentence, /live re-check before deletion found it seen 0 days ago/);
    assert.equal(run({ recheck: { online: true } }).action, "review");
    assert.equal(run({ recheck: { lastSeenAt: daysAgo(200) } }).action, "delete");
  });

  test("reviews a device whose earlier delete failed", () => {
    const d = run({ journal: journal([], ["ep-1"]) });
    assert.deepEqual([d.action, d.reasons], ["review", ["previous_failure", "retired_in_directory"]]);
  });

  test("reviews a name found in two domains when the domain cannot be told", () => {
    const d = run({
      endpoint: { associatedPerson: {} },
      computers: [computer(), computer({ domain: "lab.example.com", source: "ldap://dc1.lab" })],
    });
    assert.deepEqual([d.action, d.reasons], ["review", ["ambiguous_match"]]);
    assert.match(
      d.sentence,
      /LAB-WIN10-07 matches 2 directory computers \(corp\.example\.com, lab\.example\.com\)/,
    );
    assert.deepEqual(d.evidence.match.candidates, ["ldap://dc1.corp.example.com", "ldap://dc1.lab"]);
  });

  test("reviews servers unless the policy allows them", () => {
    const byType = run({ endpoint: { type: "server" } });
    assert.deepEqual([byType.action, byType.reasons], ["review", ["server", "retired_in_directory"]]);
    const byOs = run({
      endpoint: { os: { isServer: true, platform: "windows", name: "Windows Server 2019", build: 19045 } },
    });
    assert.equal(byOs.action, "review");
    assert.equal(run({ endpoint: { type: "server" }, policy: { allowServers: true } }).action, "delete");
  });

  test("reviews an inactive device the directory does not know, by default", () => {
    const d = run({ computers: [] });
    assert.deepEqual([d.action, d.reasons], ["review", ["not_in_directory"]]);
    assert.match(
      d.sentence,
      /LAB-WIN10-07 not found in any domain of the directory \(policy notInDirectory: review\)/,
    );
  });

  test("a recent directory logon is a second activity signal that stops deletion", () => {
    const d = run({ computers: [computer({ lastLogonAt: NOW - 5 * 86_400_000 })] });
    assert.deepEqual([d.action, d.reasons], ["review", ["directory_recent_logon", "retired_in_directory"]]);
    assert.match(d.sentence, /directory logon 5 days ago \(policy: 90\) contradicts Central/);
  });

  test("a device without a last-seen time is never deleted", () => {
    const d = run({ endpoint: { lastSeenAt: undefined } });
    assert.deepEqual([d.action, d.reasons], ["review", ["last_seen_unknown", "retired_in_directory"]]);
    assert.match(d.sentence, /: no last-seen time from Central; /);
  });
});
