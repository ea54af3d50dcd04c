import { strict as assert } from "node:assert";
import { test } from "node:test";
import { groupToRestore } from "./group-to-restore.js";

test("a device deleted after quarantine goes back to the group it came from, not the quarantine group", () => {
  const snapshot = {
    group: { id: "q", name: "Pending removal" },
    groupMemberships: [{ id: "q", name: "Pending removal" }],
    quarantine: { originalGroup: { id: "f", name: "Finance" } },
  };
  assert.equal(groupToRestore(snapshot), "Finance");
  assert.equal(groupToRestore({ ...snapshot, quarantine: { originalGroup: null } }), undefined);
});

test("without quarantine the groups API's membership wins, then the record's own group", () => {
  assert.equal(
    groupToRestore({ groupMemberships: [{ name: "Laptops" }], group: { name: "Old" } }),
    "Laptops",
  );
  assert.equal(groupToRestore({ groupMemberships: [], group: { name: "Old" } }), undefined);
  assert.equal(groupToRestore({ group: { name: "Old" } }), "Old");
  assert.equal(groupToRestore({}), undefined);
});
