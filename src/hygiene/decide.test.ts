import { strict as assert } from "node:assert";
import { describe, test } from "node:test";
import { run } from "./internal/decide-harness.js";
import { computer, daysAgo, NOW } from "./internal/test-fixtures.js";

describe("decide: delete", () => {
  test("deletes a matched computer in a retired OU that Central has not seen for inactiveDays", () => {
    const d = run();
    assert.equal(d.action, "delete");
    assert.deepEqual(d.reasons, ["retired_in_directory"]);
    assert.equal(
      d.sentence,
      "LAB-WIN10-07 (tenant Acme): last seen 123 days ago (policy: 90); in OU=Disabled Computers in corp.example.com → delete",
    );
  });

  test("compares the retired OU case-insensitively and ignoring blanks", () => {
    const d = run({ policy: { retiredOus: ["ou=disabled computers , dc=CORP,dc=example, dc=com"] } });
    assert.equal(d.action, "delete");
  });

  test("matches a retired OU given without DC= parts in any domain, but not a deeper OU of that name", () => {
    assert.equal(run({ policy: { retiredOus: ["OU=Disabled Computers"] } }).action, "delete");
    const nested = run({ policy: { retiredOus: ["OU=Disabled Computers,OU=Lab"] } });
    assert.notEqual(nested.action, "delete");
  });

  test("counts a device seen exactly inactiveDays ago as inactive", () => {
    assert.equal(run({ endpoint: { lastSeenAt: daysAgo(90) } }).action, "delete");
  });

  test("counts a disabled account as retired only when the policy says so", () => {
    const disabled = computer({
      distinguishedName: "CN=LAB-WIN10-07,OU=Workstations,DC=corp,DC=example,DC=com",
      enabled: false,
    });
    assert.equal(run({ computers: [disabled] }).action, "keep");
    const d = run({ computers: [disabled], policy: { disabledCountsAsRetired: true } });
    assert.equal(d.action, "delete");
    assert.match(d.sentence, /computer account disabled in corp\.example\.com → delete$/);
  });

  test("deletes the stale twin of a re-imaged machine even though the directory says the computer is in use", () => {
    const inUse = computer({
      distinguishedName: "CN=LAB-WIN10-07,OU=Workstations,DC=corp,DC=example,DC=com",
    });
    const d = run({ computers: [inUse], twin: { endpointId: "ep-new", lastSeenAt: daysAgo(2) } });
    assert.equal(d.action, "delete");
    assert.deepEqual(d.reasons, ["duplicate_stale_twin"]);
    assert.match(
      d.sentence,
      /newer record ep-new of the same host was seen 2 days ago \(policy duplicateTwinRecentDays: 14\) → delete$/,
    );
    assert.deepEqual(d.evidence.twin, { endpointId: "ep-new", lastSeenAt: daysAgo(2) });
  });

  test("a twin not seen within duplicateTwinRecentDays is no ground for deletion", () => {
    const inUse = computer({
      distinguishedName: "CN=LAB-WIN10-07,OU=Workstations,DC=corp,DC=example,DC=com",
    });
    const d = run({ computers: [inUse], twin: { endpointId: "ep-new", lastSeenAt: daysAgo(20) } });
    assert.equal(d.action, "keep");
    assert.deepEqual(d.reasons, ["in_use_in_directory"]);
  });

  test("without a directory, inactive devices are reviewed by default and deleted only when the policy says so", () => {
    const review = run({ directory: false });
    assert.equal(review.action, "review");
    assert.deepEqual(review.reasons, ["stale_without_directory"]);
    assert.match(
      review.sentence,
      /no directory to compare with \(policy withoutDirectory: review\) → review$/,
    );
    assert.equal(run({ directory: false, policy: { withoutDirectory: "delete" } }).action, "delete");
  });

  test("without a directory, an active device is kept", () => {
    assert.equal(run({ directory: false, endpoint: { lastSeenAt: daysAgo(3) } }).action, "keep");
  });
});

describe("decide: keep", () => {
  test("keeps a device seen within the window", () => {
    const d = run({ endpoint: { lastSeenAt: daysAgo(3) } });
    assert.equal(d.action, "keep");
    assert.deepEqual(d.reasons, ["active"]);
    assert.equal(d.sentence, "LAB-WIN10-07 (tenant Acme): last seen 3 days ago (policy: 90) → keep");
  });

  test("keeps a device that is online now whatever its last-seen time", () => {
    const d = run({ endpoint: { online: true, lastSeenAt: daysAgo(400) } });
    assert.deepEqual([d.action, d.reasons], ["keep", ["active"]]);
    assert.match(d.sentence, /: online now → keep$/);
  });

  test("keeps an inactive device the directory still has in use", () => {
    const inUse = computer({
      distinguishedName: "CN=LAB-WIN10-07,OU=Workstations,DC=corp,DC=example,DC=com",
    });
    const d = run({ computers: [inUse] });
    assert.deepEqual([d.action, d.reasons], ["keep", ["in_use_in_directory"]]);
    assert.match(d.sentence, /in use in corp\.example\.com: not in a retired OU → keep$/);
  });

  test("keeps a device the directory does not know when the policy says notInDirectory: keep", () => {
    const d = run({ computers: [], policy: { notInDirectory: "keep" } });
    assert.deepEqual([d.action, d.reasons], ["keep", ["not_in_directory"]]);
  });

  test("the sentence falls back to the tenant id without a tenant name and names a hostname-only match", () => {
    const d = run({ tenantName: null, endpoint: { associatedPerson: {} } });
    assert.match(d.sentence, /^LAB-WIN10-07 \(tenant t-acme\): /);
    assert.match(d.sentence, /\(matched by hostname only: unique in the directory\) → delete$/);
  });

  test("measures days from the now it is given", () => {
    const d = run({ now: NOW + 10 * 86_400_000 });
    assert.equal(d.evidence.central.daysSinceSeen, 133);
  });
});
