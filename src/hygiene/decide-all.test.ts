import { strict as assert } from "node:assert";
import { describe, test } from "node:test";
import { buildDirectoryIndex } from "./build-directory-index.js";
import { correlate } from "./correlate.js";
import { decideAll } from "./decide-all.js";
import type { DecideAllOptions } from "./decide-all.js";
import { computer, daysAgo, endpoint, journal, NOW } from "./internal/test-fixtures.js";
import { policySchema } from "./policy-schema.js";

const inUse = computer({ distinguishedName: "CN=LAB-WIN10-07,OU=Workstations,DC=corp,DC=example,DC=com" });
const options: DecideAllOptions = {
  policy: policySchema.parse({}),
  journal: journal(),
  openTickets: new Set(),
  now: NOW,
  tenantNames: new Map([["t-acme", "Acme"]]),
};

describe("decideAll", () => {
  test("deletes the stale record of a re-imaged machine and keeps the live one", () => {
    const stale = endpoint({ id: "ep-old", lastSeenAt: daysAgo(120) });
    const live = endpoint({
      id: "ep-new",
      hostname: "lab-win10-07.corp.example.com",
      lastSeenAt: daysAgo(1),
    });
    const [a, b] = decideAll(correlate([stale, live], buildDirectoryIndex([inUse])), options);
    assert.deepEqual([a?.action, a?.reasons], ["delete", ["duplicate_stale_twin"]]);
    assert.equal(a?.evidence.twin?.endpointId, "ep-new");
    assert.deepEqual([b?.action, b?.reasons], ["keep", ["active"]]);
  });

  test("of three records, each stale one points at the newest", () => {
    const records = [
      endpoint({ id: "a", lastSeenAt: daysAgo(300) }),
      endpoint({ id: "b", lastSeenAt: daysAgo(2) }),
      endpoint({ id: "c", lastSeenAt: daysAgo(150) }),
    ];
    const out = decideAll(correlate(records, buildDirectoryIndex([inUse])), options);
    assert.deepEqual(
      out.map((d) => [d.endpointId, d.action, d.evidence.twin?.endpointId]),
      [
        ["a", "delete", "b"],
        ["b", "keep", undefined],
        ["c", "delete", "b"],
      ],
    );
  });

  test("two stale records of one host are not twins of each other: neither is recent", () => {
    const records = [
      endpoint({ id: "a", lastSeenAt: daysAgo(300) }),
      endpoint({ id: "b", lastSeenAt: daysAgo(100) }),
    ];
    const out = decideAll(correlate(records, buildDirectoryIndex([inUse])), options);
    assert.deepEqual(
      out.map((d) => d.action),
      ["keep", "keep"],
    );
  });

  test("records of the same name in different tenants are not twins", () => {
    const records = [
      endpoint({ id: "a", lastSeenAt: daysAgo(300) }),
      endpoint({ id: "b", tenant: { id: "t-other" }, lastSeenAt: daysAgo(1) }),
    ];
    const [a] = decideAll(correlate(records, buildDirectoryIndex([inUse])), options);
    assert.deepEqual(a?.reasons, ["in_use_in_directory"]);
  });

  test("records of the same short name in different domains are not twins", () => {
    const lab = computer({ name: "LAB-WIN10-07", domain: "lab.example.com" });
    const records = [
      endpoint({ id: "a", hostname: "lab-win10-07.corp.example.com", lastSeenAt: daysAgo(300) }),
      endpoint({ id: "b", hostname: "lab-win10-07.lab.example.com", lastSeenAt: daysAgo(1) }),
    ];
    const [a] = decideAll(correlate(records, buildDirectoryIndex([inUse, lab])), options);
    assert.deepEqual(a?.reasons, ["in_use_in_directory"]);
  });

  test("an online record counts as the recent twin", () => {
    const records = [endpoint({ id: "a" }), endpoint({ id: "b", online: true, lastSeenAt: daysAgo(200) })];
    const [a] = decideAll(correlate(records, buildDirectoryIndex([inUse])), options);
    assert.equal(a?.action, "delete");
    assert.equal(a?.evidence.twin?.lastSeenAt, new Date(NOW).toISOString());
  });

  test("passes tenant names and live re-checks through", () => {
    const out = decideAll(correlate([endpoint()], undefined), {
      ...options,
      policy: policySchema.parse({ withoutDirectory: "delete" }),
      rechecks: new Map([["ep-1", { online: true }]]),
    });
    assert.deepEqual(out[0]?.reasons, ["recently_active", "stale_without_directory"]);
    assert.match(out[0]?.sentence ?? "", /^LAB-WIN10-07 \(tenant Acme\)/);
  });
});
