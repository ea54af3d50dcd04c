import assert from "node:assert/strict";
import { describe, test } from "node:test";
import type { Endpoint } from "../../central/types.js";
import type { Decision } from "../types.js";
import { recheckEndpoint } from "./recheck-endpoint.js";

const NOW = Date.parse("2026-11-23T12:00:00Z");
const DAY = 86_400_000;
const decision = { hostname: "ACME-LT-0042" } as Decision;
const endpoint = (patch: Partial<Endpoint>): Endpoint =>
  ({ id: "e1", type: "computer", tenant: { id: "t1" }, hostname: "ACME-LT-0042", ...patch }) as Endpoint;
const policy = { inactiveDays: 90 };

describe("recheckEndpoint", () => {
  test("a device still unseen for longer than inactiveDays may be deleted", () => {
    const verdict = recheckEndpoint(
      endpoint({ lastSeenAt: new Date(NOW - 120 * DAY).toISOString() }),
      decision,
      policy,
      NOW,
    );
    assert.equal(verdict.kind, "still_inactive");
  });

  test("a device seen within inactiveDays, or online, is recently active", () => {
    const seen = recheckEndpoint(
      endpoint({ lastSeenAt: new Date(NOW - 2 * DAY).toISOString() }),
      decision,
      policy,
      NOW,
    );
    assert.deepEqual(seen, {
      kind: "recently_active",
      clause: "live re-check before deletion found it seen 2 days ago (policy: 90)",
    });
    const online = recheckEndpoint(
      endpoint({ online: true, lastSeenAt: new Date(NOW - 200 * DAY).toISOString() }),
      decision,
      policy,
      NOW,
    );
    assert.equal(online.kind, "recently_active");
  });

  test("a device that is gone, or now carries another host name, is not deleted", () => {
    assert.equal(recheckEndpoint(undefined, decision, policy, NOW).kind, "gone");
    const renamed = recheckEndpoint(endpoint({ hostname: "OTHER-PC" }), decision, policy, NOW);
    assert.equal(renamed.kind, "changed");
  });

  test("host names compare case-insensitively", () => {
    const old = new Date(NOW - 200 * DAY).toISOString();
    assert.equal(
      recheckEndpoint(endpoint({ hostname: "acme-lt-0042", lastSeenAt: old }), decision, policy, NOW).kind,
      "still_inactive",
    );
  });
});
