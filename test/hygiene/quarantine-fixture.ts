/**
 * Shared steps of the quarantine tests: plan with a quarantine block, apply and read the outcomes,
 * pretend the grace period went by, and read a device's group in the simulator.
 */
import assert from "node:assert/strict";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import Database from "better-sqlite3";
import type { Decision } from "../../src/hygiene/index.js";
import type { EstateEndpoint } from "../../src/sim/index.js";
import { TEST_ESCROW_KEY } from "./helpers/hygiene-fixture.js";
import { planIdOf, type Scenario } from "./helpers/scenario.js";

/** The escrow key in the environment of every apply. */
export const KEY = { env: { CENTRALCTL_ESCROW_KEY: TEST_ESCROW_KEY } };
const DAY_MS = 86_400_000;
/** Simulator route keys the tests count. */
export const DELETE_ROUTE = "DELETE /endpoint/v1/endpoints/{endpointId}";
/** Moves into (and back out to) a group. */
export const MOVE_ROUTE = "POST /endpoint/v1/endpoint-groups/{groupId}/endpoints";
/** Group creation. */
export const CREATE_GROUP_ROUTE = "POST /endpoint/v1/endpoint-groups";
/** Requests the simulator served on a route. */
export const calls = (s: Scenario, route: string): number => s.sim.stats.byRoute[route] ?? 0;

/** Plans with the scenario's policy plus a quarantine block; returns the plan id and its delete decisions. */
export async function plan(
  s: Scenario,
  quarantine: Record<string, unknown> = { enabled: true },
): Promise<{ id: string; deletes: string[] }> {
  writeFileSync(
    s.policyFile,
    JSON.stringify({
      maxDeleteShare: 0.5,
      exclusions: { hostnamePatterns: [s.devices.excluded.hostname] },
      quarantine,
    }),
  );
  const file = join(s.workspace, "plan.json");
  const run = await s.run([...s.planArgs, "--plan-file", file]);
  assert.equal(run.code, 0, run.stderr);
  const decisions = (JSON.parse(readFileSync(file, "utf8")) as { decisions: Decision[] }).decisions;
  const deletes = decisions.filter((d) => d.action === "delete").map((d) => d.endpointId);
  return { id: planIdOf(run), deletes };
}

/** Applies a plan (ndjson) and returns each endpoint's outcome and detail. */
export async function apply(
  s: Scenario,
  id: string,
  extra: string[] = [],
): Promise<Map<string, { outcome: string; detail: string }>> {
  const run = await s.run(["hygiene", "apply", id, "--rate", "0", "-o", "ndjson", ...extra], KEY);
  assert.equal(run.code, 0, run.stderr);
  const rows = run.stdout.trim() === "" ? [] : run.stdout.trim().split("\n");
  return new Map(
    rows.map((line) => {
      const r = JSON.parse(line) as { endpointId: string; outcome: string; detail: string };
      return [r.endpointId, { outcome: r.outcome, detail: r.detail }];
    }),
  );
}

/** Moves every quarantine's start `days` into the past, as if that time had gone by. */
export function backdate(s: Scenario, days: number): void {
  const db = new Database(join(s.workspace, "state.db"));
  try {
    db.prepare("UPDATE quarantine SET quarantined_at = ?").run(
      new Date(Date.now() - days * DAY_MS).toISOString(),
    );
  } finally {
    db.close();
  }
}

/** A device's group name in the simulator now. */
export const groupOf = (s: Scenario, e: EstateEndpoint): string | undefined =>
  s.tenantA.endpoints.find((x) => x.id === e.id)?.group?.name;
