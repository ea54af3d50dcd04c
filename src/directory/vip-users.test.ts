import { strict as assert } from "node:assert";
import { describe, test } from "node:test";
import { decideVipStrategy } from "./vip-strategy.js";
import { createVipUsers } from "./vip-users.js";

describe("createVipUsers", () => {
  test("matches names without case or domain prefix and DNs however spaced; counts each member once", () => {
    const vips = createVipUsers([
      { samAccountName: "CORP\\JDoe", distinguishedName: "CN=Jane Doe,OU=Users,DC=corp" },
      { samAccountName: "jdoe" },
      { distinguishedName: "cn=jane doe, ou=users, dc=corp" },
      { samAccountName: "boss" },
    ]);
    assert.equal(vips.size, 2);
    assert.ok(vips.has("jdoe") && vips.has("LAB\\JDOE") && vips.has("Boss"));
    assert.ok(vips.hasDn("CN=Jane Doe, OU=Users, DC=CORP"));
    assert.equal(vips.has("janedoe"), false);
    assert.equal(vips.hasDn("not a dn"), false);
  });
});

describe("decideVipStrategy", () => {
  test("auto trusts in-chain when it finds users or the group is empty", () => {
    assert.deepEqual(decideVipStrategy("auto", { users: 3 }, 2), { use: "in-chain" });
    assert.deepEqual(decideVipStrategy("auto", { users: 0 }, 0), { use: "in-chain" });
  });

  test("auto falls back when in-chain errors or finds nobody in a group with members (OpenLDAP)", () => {
    const rejected = decideVipStrategy("auto", { error: new Error("inappropriate matching") }, 2);
    assert.deepEqual(rejected, {
      use: "client-side",
      reason: "the server rejected it (inappropriate matching)",
    });
    const empty = decideVipStrategy("auto", { users: 0 }, 2);
    assert.equal(empty.use, "client-side");
  });

  test("a forced in-chain strategy trusts an empty answer and rethrows errors", () => {
    assert.deepEqual(decideVipStrategy("in-chain", { users: 0 }, 2), { use: "in-chain" });
    assert.throws(() => decideVipStrategy("in-chain", { error: new Error("nope") }, 2), /nope/);
  });
});
