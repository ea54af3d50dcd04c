import assert from "node:assert/strict";
import { describe, test } from "node:test";
import type { Endpoint } from "../../central/types.js";
import { addTally, emptyTally, tallyAlert, tallyEndpoints } from "./estate-tally.js";

const NOW = new Date("2026-06-01T12:00:00.000Z");
const DAY = 86_400_000;
const daysAgo = (days: number): string => new Date(NOW.getTime() - days * DAY).toISOString();

let serial = 0;
function endpoint(extra: Partial<Endpoint> = {}): Endpoint {
  serial += 1;
  return { id: `e${serial}`, type: "computer", tenant: { id: "t1" }, hostname: `H${serial}`, ...extra };
}

describe("tallyEndpoints", () => {
  test("counts types, health, online, tamper protection off and isolation", () => {
    const tally = tallyEndpoints(
      [
        endpoint({ health: { overall: "good" }, online: true, tamperProtectionEnabled: true }),
        endpoint({
          type: "server",
          health: { overall: "bad" },
          online: false,
          tamperProtectionEnabled: false,
        }),
        endpoint({
          type: "server",
          health: { overall: "suspicious" },
          isolation: { status: "isolated", adminIsolated: true, selfIsolated: false },
        }),
        endpoint({
          type: "securityVm",
          health: { overall: "unknown" },
          isolation: { status: "isolated", adminIsolated: false, selfIsolated: true },
        }),
        endpoint({ isolation: { status: "notIsolated", adminIsolated: false, selfIsolated: false } }),
      ],
      NOW,
      [30, 90],
    );
    assert.equal(tally.total, 5);
    assert.equal(tally.computers, 2);
    assert.equal(tally.servers, 2, "a securityVm is counted in the total only");
    assert.deepEqual(tally.health, { good: 1, suspicious: 1, bad: 1, unknown: 2 });
    assert.equal(tally.online, 1);
    assert.equal(tally.tamperOff, 1, "only an explicit false is 'off'");
    assert.equal(tally.isolated, 2);
    assert.equal(tally.adminIsolated, 1);
    assert.equal(tally.selfIsolated, 1);
  });

  test("an endpoint without health (basic view, odd record) counts as health unknown", () => {
    const tally = tallyEndpoints(
      [endpoint(), endpoint({ health: { overall: "weird" as never } })],
      NOW,
      [30],
    );
    assert.deepEqual(tally.health, { good: 0, suspicious: 0, bad: 0, unknown: 2 });
  });

  test("stale means not seen for MORE than the threshold; every threshold passed is counted", () => {
    const tally = tallyEndpoints(
      [
        endpoint({ lastSeenAt: daysAgo(1) }),
        endpoint({ lastSeenAt: daysAgo(30) }), // exactly 30 days: not more than 30
        endpoint({ lastSeenAt: new Date(NOW.getTime() - 30 * DAY - 1).toISOString() }),
        endpoint({ lastSeenAt: daysAgo(89) }),
        endpoint({ lastSeenAt: daysAgo(91) }),
        endpoint({ lastSeenAt: daysAgo(400) }),
      ],
      NOW,
      [30, 90],
    );
    assert.deepEqual(tally.stale, [4, 2]);
  });

  test("a missing or unreadable last-seen time is never called stale", () => {
    const tally = tallyEndpoints([endpoint(), endpoint({ lastSeenAt: "yesterday-ish" })], NOW, [30, 90]);
    assert.deepEqual(tally.stale, [0, 0]);
    assert.equal(tally.total, 2);
  });
});

describe("addTally", () => {
  test("sums every counter, for the totals row", () => {
    const a = tallyEndpoints(
      [endpoint({ health: { overall: "bad" }, lastSeenAt: daysAgo(100) })],
      NOW,
      [30, 90],
    );
    const b = tallyEndpoints(
      [endpoint({ type: "server", online: true, tamperProtectionEnabled: false, lastSeenAt: daysAgo(40) })],
      NOW,
      [30, 90],
    );
    const total = emptyTally(2);
    addTally(total, a);
    addTally(total, b);
    assert.equal(total.total, 2);
    assert.equal(total.computers, 1);
    assert.equal(total.servers, 1);
    assert.equal(total.health.bad, 1);
    assert.equal(total.health.unknown, 1);
    assert.equal(total.online, 1);
    assert.equal(total.tamperOff, 1);
    assert.deepEqual(total.stale, [2, 1]);
  });

  test("sums open alerts by severity", () => {
    const a = emptyTally(0);
    const b = emptyTally(0);
    tallyAlert(a, { severity: "high" });
    tallyAlert(b, { severity: "high" });
    tallyAlert(b, { severity: "low" });
    const total = emptyTally(0);
    addTally(total, a);
    addTally(total, b);
    assert.deepEqual(total.alerts, { high: 2, medium: 0, low: 1 });
  });
});

describe("tallyAlert", () => {
  test("counts each severity, and leaves out a severity Central may add later", () => {
    const tally = emptyTally(2);
    for (const severity of ["high", "medium", "medium", "low", "critical", "__proto__"]) {
      tallyAlert(tally, { severity: severity as "high" });
    }
    assert.deepEqual(tally.alerts, { high: 1, medium: 2, low: 1 });
    assert.equal(tally.total, 0, "an alert is not an endpoint");
  });
});
