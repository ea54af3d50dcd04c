import assert from "node:assert/strict";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, test } from "node:test";
import type { Decision } from "../../src/hygiene/index.js";
import { TEST_ESCROW_KEY } from "./helpers/hygiene-fixture.js";
import { planIdOf, startScenario, type Scenario } from "./helpers/scenario.js";

const KEY = { env: { CENTRALCTL_ESCROW_KEY: TEST_ESCROW_KEY } };
const DELETE_ROUTE = "DELETE /endpoint/v1/endpoints/{endpointId}";
const deleteCalls = (s: Scenario): number => s.sim.stats.byRoute[DELETE_ROUTE] ?? 0;

async function plan(s: Scenario): Promise<{ id: string; file: string; decisions: Decision[] }> {
  const file = join(s.workspace, "plan.json");
  const run = await s.run([...s.planArgs, "--plan-file", file]);
  assert.equal(run.code, 0, run.stderr);
  const decisions = (JSON.parse(readFileSync(file, "utf8")) as { decisions: Decision[] }).decisions;
  return { id: planIdOf(run), file, decisions };
}

const deleteIds = (decisions: Decision[]): string[] =>
  decisions
    .filter((d) => d.action === "delete")
    .map((d) => d.endpointId)
    .sort();

const liveIds = (s: Scenario): Set<string> =>
  new Set(s.sim.estate.tenants.flatMap((t) => t.endpoints.map((e) => e.id)));

describe("hygiene apply", () => {
  test("a dry run deletes nothing; --apply deletes exactly the delete decisions, escrowed and journaled", async () => {
    const s = await startScenario();
    try {
      const { id, decisions } = await plan(s);
      const before = liveIds(s);
      const dry = await s.run(["hygiene", "apply", id, "--rate", "0"], KEY);
      assert.equal(dry.code, 0, dry.stderr);
      assert.match(dry.stderr, /DRY RUN/);
      assert.equal(deleteCalls(s), 0, "no DELETE reached Central");
      assert.deepEqual(liveIds(s), before);

      const applied = await s.run(["hygiene", "apply", id, "--apply", "--rate", "0", "-o", "ndjson"], KEY);
      assert.equal(applied.code, 0, applied.stderr);
      const gone = [...before].filter((e) => !liveIds(s).has(e)).sort();
      assert.deepEqual(gone, deleteIds(decisions), "exactly the delete decisions are gone");
      for (const e of s.devices.retired) assert.equal(s.exists(e), false);

      const audit = await s.run([
        "audit",
        "--plan",
        id,
        "--kind",
        "endpoint.delete",
        "--outcome",
        "succeeded",
        "-o",
        "ndjson",
      ]);
      assert.equal(audit.code, 0, audit.stderr);
      assert.equal(audit.stdout.trim().split("\n").length, gone.length, "one succeeded entry per deletion");
      const verify = await s.run(["audit", "--verify"]);
      assert.equal(verify.code, 0, verify.stderr);
      assert.match(verify.stdout, /intact/);

      const victim = s.devices.retired[0]!;
      const hidden = await s.run(["hygiene", "recover", victim.hostname], KEY);
      assert.equal(hidden.code, 0, hidden.stderr);
      assert.doesNotMatch(hidden.stdout, new RegExp(victim.tamperProtectionPassword));
      const shown = await s.run(["hygiene", "recover", victim.hostname, "--yes-show-password"], KEY);
      assert.equal(shown.code, 0, shown.stderr);
      assert.ok(
        shown.stdout.includes(victim.tamperProtectionPassword),
        "the escrowed password is the device's",
      );

      const again = await s.run(["hygiene", "apply", id, "--apply", "--rate", "0"], KEY);
      assert.equal(again.code, 0, again.stderr);
      assert.equal(deleteCalls(s), gone.length, "applying the same plan again deletes nothing twice");
    } finally {
      await s.close();
    }
  });

  test("--apply without an escrow key is refused and deletes nothing", async () => {
    const s = await startScenario();
    try {
      const { id } = await plan(s);
      const run = await s.run(["hygiene", "apply", id, "--apply", "--rate", "0"]);
      assert.equal(run.code, 2, run.stderr);
      assert.match(run.stderr, /CENTRALCTL_ESCROW_KEY/);
      assert.equal(deleteCalls(s), 0);
    } finally {
      await s.close();
    }
  });

  test("a device seen again after planning is not deleted but held for review", async () => {
    const s = await startScenario();
    try {
      const { id, decisions } = await plan(s);
      const back = s.devices.retired[0]!;
      s.sim.controls.setEndpointLastSeen(s.tenantA.id, back.id, new Date().toISOString());
      const run = await s.run(["hygiene", "apply", id, "--apply", "--rate", "0", "-o", "ndjson"], KEY);
      assert.equal(run.code, 0, run.stderr);
      assert.equal(s.exists(back), true, "the device that came back online survives");
      const outcome = run.stdout
        .trim()
        .split("\n")
        .map((l) => JSON.parse(l) as { endpointId: string; outcome: string })
        .find((r) => r.endpointId === back.id);
      assert.equal(outcome?.outcome, "recently_active");
      assert.equal(deleteCalls(s), deleteIds(decisions).length - 1);
      const review = await s.run(["hygiene", "review", "-o", "ndjson"]);
      assert.match(review.stdout, new RegExp(`"endpointId":"${back.id}","reasons":"recently_active"`));
    } finally {
      await s.close();
    }
  });

  test("an edited plan with a decision removed is applied without it; a changed action or foreign tenant is refused", async () => {
    const s = await startScenario();
    try {
      const { file } = await plan(s);
      const original = JSON.parse(readFileSync(file, "utf8")) as { decisions: Decision[] };
      const kept = s.devices.retired[2]!;

      const changed = structuredClone(original);
      const target = changed.decisions.find((d) => d.endpointId === s.devices.inUse.id)!;
      target.action = "delete";
      const changedFile = join(s.workspace, "changed.json");
      writeFileSync(changedFile, JSON.stringify(changed));
      const refused = await s.run(["hygiene", "apply", changedFile, "--apply", "--rate", "0"], KEY);
      assert.equal(refused.code, 2, refused.stderr);
      assert.match(refused.stderr, /changed\.json: .*was changed/);
      assert.ok(refused.stderr.includes(s.devices.inUse.hostname), "the refusal names the host");

      const foreign = await s.run(["hygiene", "apply", file, "--apply", "--rate", "0"], {
        ...KEY,
        kind: "tenant",
      });
      assert.equal(foreign.code, 2, foreign.stderr);
      assert.match(foreign.stderr, /cannot manage/);
      assert.equal(deleteCalls(s), 0, "refusals delete nothing");

      const trimmed = structuredClone(original);
      trimmed.decisions = trimmed.decisions.filter((d) => d.endpointId !== kept.id);
      const trimmedFile = join(s.workspace, "trimmed.json");
      writeFileSync(trimmedFile, JSON.stringify(trimmed, null, 2));
      const applied = await s.run(["hygiene", "apply", trimmedFile, "--apply", "--rate", "0"], KEY);
      assert.equal(applied.code, 0, applied.stderr);
      assert.match(applied.stderr, /1 decisions removed/);
      assert.equal(s.exists(kept), true, "the removed decision's device is kept");
      assert.equal(s.exists(s.devices.retired[0]!), false);
      assert.equal(deleteCalls(s), deleteIds(original.decisions).length - 1);
    } finally {
      await s.close();
    }
  });

  test("a run that fails part-way, resumed, deletes nothing twice and keeps every record", async () => {
    const s = await startScenario();
    try {
      const { id, decisions } = await plan(s);
      const total = deleteIds(decisions).length;
      // The second DELETE of tenant A is refused for good (403): that device stays, the others go.
      s.sim.controls.script(DELETE_ROUTE, ["pass", { status: 403 }], { tenantId: s.tenantA.id });
      const first = await s.run(["hygiene", "apply", id, "--apply", "--rate", "0"], KEY);
      assert.equal(first.code, 3, first.stderr);
      const callsAfterFirst = deleteCalls(s);
      assert.equal(callsAfterFirst, total);
      const survivors = s.devices.retired.filter((e) => s.exists(e));
      assert.equal(survivors.length, 1, "exactly the refused device survives");

      const resumed = await s.run(["hygiene", "apply", id, "--apply", "--rate", "0", "-o", "ndjson"], KEY);
      assert.equal(deleteCalls(s), callsAfterFirst, "the resumed run sends no DELETE again");
      assert.match(resumed.stdout, /"outcome":"failed_earlier"/);
      const failed = await s.run(["audit", "--plan", id, "--outcome", "failed", "-o", "ndjson"]);
      assert.match(failed.stdout, new RegExp(survivors[0]!.id), "the failure is in the journal");
      assert.equal((await s.run(["audit", "--verify"])).code, 0);
    } finally {
      await s.close();
    }
  });
});
