import { strict as assert } from "node:assert";
import { join } from "node:path";
import { describe, test } from "node:test";
import { DirectoryFileError, loadVipUsers } from "../../src/directory/index.js";

const fixture = (name: string): string =>
  join(new URL("../fixtures/directory/", import.meta.url).pathname, name);

describe("loadVipUsers", () => {
  test("reads a Get-ADGroupMember -Recursive export by SamAccountName and distinguishedName", async () => {
    const vips = await loadVipUsers(fixture("vip-members.csv"));
    assert.equal(vips.size, 3);
    assert.ok(vips.has("CEO") && vips.has("cfo") && vips.has("CORP\\chair"));
    assert.ok(
      vips.hasDn("CN=Chair\\2C Board,OU=Users,DC=corp,DC=example,DC=com"),
      "escaped commas compare by value",
    );
    assert.equal(vips.has("bob"), false);
  });

  test("reads a plain list with comments, DOMAIN\\ prefixes and DNs", async () => {
    const vips = await loadVipUsers(fixture("vip-list.txt"));
    assert.equal(vips.size, 3);
    assert.ok(vips.has("ceo") && vips.has("cfo"));
    assert.ok(vips.hasDn("CN=Chair Person,OU=Users,DC=corp,DC=example,DC=com"));
    assert.equal(vips.has("finance"), false, "a trailing # comment is not a name");
  });

  test("a line that is no user name fails with file:line and loads nothing", async () => {
    await assert.rejects(loadVipUsers(fixture("bad-vip-list.txt")), (error: unknown) => {
      assert.ok(error instanceof DirectoryFileError);
      assert.match(error.message, /bad-vip-list\.txt:3: "jane,doe" is not a user name/);
      return true;
    });
  });
});
