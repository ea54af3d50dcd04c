import assert from "node:assert/strict";
import { join } from "node:path";
import { describe, test } from "node:test";
import type { EstateEndpoint } from "../../src/sim/index.js";
import { openStore } from "../../src/store/index.js";
import { startScenario } from "./helpers/scenario.js";
import {
  apply,
  backdate,
  calls,
  CREATE_GROUP_ROUTE,
  DELETE_ROUTE,
  groupOf,
  KEY,
  MOVE_ROUTE,
  plan,
} from "./quarantine-fixture.js";

describe("hygiene quarantine stage", () => {
  test("the first apply moves candidates into 'Pending removal' and deletes nothing; within the grace period nothing is deleted", async () => {
    const s = await startScenario();
    try {
      const { id, deletes } = await plan(s);
      for (const e of s.devices.retired) assert.ok(deletes.includes(e.id), `${e.hostname} is to be deleted`);
      const before = new Map(
        s.sim.estate.tenants.flatMap((t) => t.endpoints.map((e) => [e.id, e.group?.name])),
      );
      const first = await apply(s, id, ["--apply"]);
      assert.equal(calls(s, DELETE_ROUTE), 0, "no DELETE reached Central");
      for (const e of s.devices.retired) {
        assert.equal(first.get(e.id)?.outcome, "quarantined");
        assert.equal(groupOf(s, e), "Pending removal", `${e.hostname} is in the quarantine group`);
        assert.equal(s.exists(e), true);
      }
      const store = openStore(join(s.workspace, "state.db"));
      try {
        const records = await store.quarantine.list({ state: "quarantined" });
        assert.equal(records.length, deletes.length);
        for (const r of records) assert.equal(r.originalGroup?.name, before.get(r.endpointId));
        const moves = await store.journal.list({
          planId: id,
          kind: "endpoint.quarantine",
          outcome: "succeeded",
        });
        assert.equal(moves.length, deletes.length, "each move is journaled and completed");
      } finally {
        store.close();
      }

      backdate(s, 13);
      const moveCalls = calls(s, MOVE_ROUTE);
      const second = await apply(s, id, ["--apply"]);
      for (const e of s.devices.retired) {
        assert.equal(second.get(e.id)?.outcome, "waiting");
        assert.match(second.get(e.id)!.detail, /in Pending removal for 13 days; deleted in 1 more days/);
      }
      assert.equal(calls(s, DELETE_ROUTE), 0, "nothing is deleted before the grace period ends");
      assert.equal(calls(s, MOVE_ROUTE), moveCalls, "nothing is moved twice");
    } finally {
      await s.close();
    }
  });

  test("after the grace period still-inactive devices are deleted with snapshot and groups escrowed; one that came back is released", async () => {
    const s = await startScenario();
    try {
      const { id, deletes } = await plan(s);
      const [back, ...stale] = s.devices.retired as [EstateEndpoint, ...EstateEndpoint[]];
      const original = new Map(s.devices.retired.map((e) => [e.id, groupOf(s, e)]));
      await apply(s, id, ["--apply"]);
      backdate(s, 15);
      s.sim.controls.setEndpointLastSeen(s.tenantA.id, back.id, new Date().toISOString());

      const outcomes = await apply(s, id, ["--apply"]);
      for (const e of stale) {
        assert.equal(outcomes.get(e.id)?.outcome, "deleted", outcomes.get(e.id)?.detail);
        assert.equal(s.exists(e), false);
      }
      assert.equal(calls(s, DELETE_ROUTE), deletes.length - 1, "every other candidate is deleted");
      assert.equal(outcomes.get(back.id)?.outcome, "recently_active");
      assert.equal(s.exists(back), true, "the device that came back is not deleted");
      assert.equal(groupOf(s, back), original.get(back.id), "and is back in its original group");

      const store = openStore(join(s.workspace, "state.db"));
      try {
        assert.equal((await store.quarantine.get(s.tenantA.id, back.id))?.state, "released");
        assert.equal(await store.tickets.isOpen(s.tenantA.id, back.id), true, "held for review");
        assert.equal(
          (await store.journal.list({ kind: "endpoint.release", outcome: "succeeded" })).length,
          1,
        );
        for (const e of stale) {
          assert.equal((await store.quarantine.get(s.tenantA.id, e.id))?.state, "deleted");
          const [escrow] = await store.escrow.find(e.id);
          const snapshot = escrow!.snapshot as {
            hostname: string;
            groupMemberships: Array<{ name: string }>;
            quarantine: { originalGroup: { name: string } | null };
          };
          assert.equal(snapshot.hostname, e.hostname, "the full endpoint record is kept");
          assert.deepEqual(
            snapshot.groupMemberships.map((g) => g.name),
            ["Pending removal"],
          );
          assert.equal(snapshot.quarantine.originalGroup?.name ?? undefined, original.get(e.id));
        }
      } finally {
        store.close();
      }
      const recover = await s.run(["hygiene", "recover", stale[0]!.hostname, "--yes-show-password"], KEY);
      assert.equal(recover.code, 0, recover.stderr);
      const expected = original.get(stale[0]!.id);
      assert.ok(
        recover.stdout.includes(expected === undefined ? "no group" : `the group "${expected}"`),
        recover.stdout,
      );
    } finally {
      await s.close();
    }
  });

  test("a dry run shows each step and changes nothing", async () => {
    const s = await startScenario();
    try {
      const { id } = await plan(s, { enabled: false });
      const groupsBefore = s.devices.retired.map((e) => groupOf(s, e));
      const dry = await apply(s, id, ["--quarantine", "--grace-days", "7"]);
      for (const e of s.devices.retired) {
        assert.equal(dry.get(e.id)?.outcome, "would_quarantine");
        assert.match(dry.get(e.id)!.detail, /Pending removal \(created on first use\); deleted after 7 days/);
      }
      assert.equal(calls(s, CREATE_GROUP_ROUTE), 0, "the dry run creates no group");
      assert.equal(calls(s, MOVE_ROUTE), 0);
      assert.deepEqual(
        s.devices.retired.map((e) => groupOf(s, e)),
        groupsBefore,
      );

      await apply(s, id, ["--apply", "--quarantine", "--grace-days", "7"]);
      backdate(s, 8);
      s.sim.controls.setEndpointLastSeen(s.tenantA.id, s.devices.retired[0]!.id, new Date().toISOString());
      const moves = calls(s, MOVE_ROUTE);
      const later = await apply(s, id, ["--quarantine", "--grace-days", "7"]);
      assert.equal(later.get(s.devices.retired[0]!.id)?.outcome, "would_release");
      assert.equal(later.get(s.devices.retired[1]!.id)?.outcome, "would_delete");
      assert.match(later.get(s.devices.retired[1]!.id)!.detail, /for 8 days \(grace 7\)/);
      assert.equal(calls(s, DELETE_ROUTE), 0);
      assert.equal(calls(s, MOVE_ROUTE), moves, "the dry run moves nothing back");
      const waiting = await apply(s, id, ["--quarantine", "--grace-days", "30"]);
      assert.equal(waiting.get(s.devices.retired[1]!.id)?.outcome, "waiting");
    } finally {
      await s.close();
    }
  });
});
