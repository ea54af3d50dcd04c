import assert from "node:assert/strict";
import { join } from "node:path";
import { describe, test } from "node:test";
import { openStore } from "../../src/store/index.js";
import { startScenario } from "./helpers/scenario.js";
import { apply, calls, groupOf, KEY, MOVE_ROUTE, plan } from "./quarantine-fixture.js";

describe("hygiene quarantine: releases, failures and limits", () => {
  test("a quarantined device that a later plan no longer deletes is moved back to its group", async () => {
    const s = await startScenario();
    try {
      const { id } = await plan(s);
      const device = s.devices.retired[0]!;
      const original = groupOf(s, device);
      await apply(s, id, ["--apply"]);
      s.sim.controls.setEndpointLastSeen(s.tenantA.id, device.id, new Date().toISOString());
      const { id: next, deletes } = await plan(s);
      assert.ok(!deletes.includes(device.id), "active again, the new plan keeps it");
      const dry = await apply(s, next);
      assert.equal(dry.get(device.id)?.outcome, "would_release");
      assert.equal(groupOf(s, device), "Pending removal");
      const applied = await apply(s, next, ["--apply"]);
      assert.equal(applied.get(device.id)?.outcome, "released");
      assert.match(applied.get(device.id)!.detail, /plan decides keep: active/);
      assert.equal(groupOf(s, device), original);
      for (const e of s.devices.retired.slice(1)) assert.equal(applied.get(e.id)?.outcome, "waiting");
    } finally {
      await s.close();
    }
  });

  test("a quarantined device deleted by a run without quarantine still escrows the group it came from", async () => {
    const s = await startScenario();
    try {
      const { id } = await plan(s, { enabled: false });
      const device = s.devices.retired[0]!;
      const original = groupOf(s, device);
      await apply(s, id, ["--apply", "--quarantine"]);
      const outcomes = await apply(s, id, ["--apply"]);
      assert.equal(outcomes.get(device.id)?.outcome, "deleted");
      const store = openStore(join(s.workspace, "state.db"));
      try {
        assert.equal((await store.quarantine.get(s.tenantA.id, device.id))?.state, "deleted");
        const [escrow] = await store.escrow.find(device.id);
        const snapshot = escrow!.snapshot as { quarantine?: { originalGroup: { name: string } | null } };
        assert.equal(snapshot.quarantine?.originalGroup?.name ?? undefined, original);
      } finally {
        store.close();
      }
    } finally {
      await s.close();
    }
  });

  test("a move Central refuses is reported failed, not recorded, and made by the next run", async () => {
    const s = await startScenario();
    try {
      const { id, deletes } = await plan(s);
      s.sim.controls.script(MOVE_ROUTE, [{ status: 403 }], { tenantId: s.tenantA.id });
      const run = await s.run(["hygiene", "apply", id, "--apply", "--rate", "0", "-o", "ndjson"], KEY);
      assert.equal(run.code, 3, run.stderr);
      const failed = run.stdout
        .trim()
        .split("\n")
        .map((l) => JSON.parse(l) as { endpointId: string; outcome: string })
        .filter((r) => r.outcome === "failed");
      assert.equal(failed.length, 1);
      const store = openStore(join(s.workspace, "state.db"));
      try {
        assert.equal(await store.quarantine.get(s.tenantA.id, failed[0]!.endpointId), undefined);
        assert.equal((await store.quarantine.list()).length, deletes.length - 1);
      } finally {
        store.close();
      }
      const again = await apply(s, id, ["--apply"]);
      assert.equal(again.get(failed[0]!.endpointId)?.outcome, "quarantined");
      assert.equal(calls(s, MOVE_ROUTE), deletes.length + 1, "only the refused move is sent again");
    } finally {
      await s.close();
    }
  });

  test("--max-deletes counts moves into quarantine too", async () => {
    const s = await startScenario();
    try {
      const { id, deletes } = await plan(s);
      const outcomes = await apply(s, id, ["--apply", "--max-deletes", "1"]);
      const values = [...outcomes.values()].map((o) => o.outcome);
      assert.equal(values.length, deletes.length);
      assert.deepEqual(
        values.filter((o) => o !== "deferred"),
        ["quarantined"],
      );
      assert.equal(calls(s, MOVE_ROUTE), 1);
    } finally {
      await s.close();
    }
  });
});
