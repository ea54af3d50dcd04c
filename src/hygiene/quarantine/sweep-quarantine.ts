import type { TenantClient } from "../../central/index.js";
import { readEndpoint } from "../apply/read-endpoint.js";
import type { Plan } from "../plan-types.js";
import type { QuarantineRun } from "./quarantine-run.js";
import { releaseFromQuarantine } from "./release-from-quarantine.js";

/** What {@link sweepQuarantine} needs from the run (the quarantine stage may be off for this plan). */
export type SweepRun = Pick<QuarantineRun, "store" | "planId" | "actor" | "apply" | "report">;

/**
 * Moves back every quarantined device of the plan's tenants that the plan no longer proposes to
 * delete: a later plan keeps or reviews it (it came back, the directory changed), or the user edited
 * its decision out. Without this, a device that recovered before the next plan would wait in the
 * quarantine group forever. Devices no longer in Central are left alone.
 */
export async function sweepQuarantine(
  run: SweepRun,
  plan: Pick<Plan, "decisions">,
  clientFor: (tenantId: string) => TenantClient | undefined,
): Promise<void> {
  const key = (d: { tenantId: string; endpointId: string }): string => `${d.tenantId}|${d.endpointId}`;
  const decisions = new Map(plan.decisions.map((d) => [key(d), d]));
  const tenants = new Set(plan.decisions.map((d) => d.tenantId));
  for (const record of await run.store.quarantine.list({ state: "quarantined" })) {
    const decision = decisions.get(key(record));
    if (!tenants.has(record.tenantId) || decision?.action === "delete") continue;
    const client = clientFor(record.tenantId);
    if (client === undefined) continue;
    const current = await readEndpoint(client, record.endpointId);
    if (current === undefined) continue;
    const why =
      decision === undefined
        ? "no longer a deletion candidate (not in this plan)"
        : `no longer a deletion candidate (plan decides ${decision.action}: ${decision.reasons.join(", ")})`;
    const back = record.originalGroup === null ? "no group" : `group ${record.originalGroup.name}`;
    if (!run.apply) {
      run.report(record, "would_release", `${why} → would move back to ${back}`);
      continue;
    }
    const released = await releaseFromQuarantine(client, record, current, { ...run, why });
    run.report(record, released.ok ? "released" : "failed", released.ok ? released.detail : released.error);
  }
}
