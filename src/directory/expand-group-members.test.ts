import { strict as assert } from "node:assert";
import { describe, test } from "node:test";
import { expandGroupMembers, type GroupMemberEntry } from "./expand-group-members.js";

function directory(entries: GroupMemberEntry[]): (dn: string) => Promise<GroupMemberEntry | undefined> {
  const byDn = new Map(entries.map((e) => [e.dn.toLowerCase().replace(/\s*,\s*/g, ","), e]));
  return async (dn) => byDn.get(dn.toLowerCase().replace(/\s*,\s*/g, ","));
}

const group = (dn: string, ...members: string[]): GroupMemberEntry => ({
  dn,
  objectClasses: ["top", "group"],
  members,
});
const user = (dn: string, sam: string): GroupMemberEntry => ({
  dn,
  objectClasses: ["top", "person", "user"],
  members: [],
  samAccountName: sam,
});

describe("expandGroupMembers", () => {
  test("collects users at any depth, visits each DN once and stops on cycles", async () => {
    const reads: string[] = [];
    const read = directory([
      group("CN=A", "CN=U1", "CN=B", "CN=C"),
      group("CN=B", "CN=U2", "CN=C", "CN=A"),
      group("CN=C", "cn=u1", "CN=D"),
      group("CN=D", "CN=U3", "CN=B"),
      user("CN=U1", "u1"),
      user("CN=U2", "u2"),
      user("CN=U3", "u3"),
    ]);
    const users = await expandGroupMembers("CN=A", async (dn) => (reads.push(dn), read(dn)));
    assert.deepEqual(users.map((u) => u.samAccountName).sort(), ["u1", "u2", "u3"]);
    assert.equal(reads.length, new Set(reads.map((r) => r.toLowerCase())).size, "no DN is read twice");
  });

  test("leaves out computers and reports dangling members", async () => {
    const missing: string[] = [];
    const read = directory([
      group("CN=A", "CN=PC1", "CN=Gone", "CN=U1"),
      { dn: "CN=PC1", objectClasses: ["top", "user", "computer"], members: [], samAccountName: "PC1$" },
      user("CN=U1", "u1"),
    ]);
    const users = await expandGroupMembers("CN=A", read, (dn) => missing.push(dn));
    assert.deepEqual(users, [{ distinguishedName: "CN=U1", samAccountName: "u1" }]);
    assert.deepEqual(missing, ["CN=Gone"]);
  });

  test("refuses a ranged member list rather than returning part of it", async () => {
    const read = directory([{ ...group("CN=Big", "CN=U1"), rangedMembers: true }]);
    await assert.rejects(expandGroupMembers("CN=Big", read), /more members than the server returns at once/);
  });
});
