import type { Endpoint } from "../../central/types.js";
import type { QuarantineGroupRef, QuarantineRecord } from "../../store/index.js";
import type { RecheckVerdict } from "../apply/recheck-endpoint.js";

const DAY_MS = 86_400_000;

/** What the quarantine stage does next with one delete decision. */
export type QuarantineStep =
  | { kind: "gone" }
  /** Not quarantined and the re-check would not let it go: held for review, as without quarantine. */
  | { kind: "review"; reason: "recently_active" | "changed"; clause: string }
  /** Still inactive and not quarantined yet: move it into the group, remembering where it was. */
  | { kind: "quarantine"; endpoint: Endpoint; originalGroup: QuarantineGroupRef | null }
  /** Quarantined, still inactive, grace period not over. */
  | { kind: "wait"; daysIn: number; daysLeft: number }
  /** Quarantined for the whole grace period and still inactive: delete as without quarantine. */
  | { kind: "delete_after_grace"; endpoint: Endpoint; daysIn: number }
  /** Quarantined but active again (or another machine now): move it back and hold it for review. */
  | { kind: "release"; reason: "recently_active" | "changed"; clause: string; record: QuarantineRecord };

/** What {@link decideQuarantineStep} weighs. */
export interface QuarantineStepInput {
  /** The live re-check of the endpoint against its plan decision. */
  verdict: RecheckVerdict;
  /** Its quarantine record, if any; only a record in state `quarantined` counts. */
  record: QuarantineRecord | undefined;
  graceDays: number;
  /** The quarantine group's name: a device already in it has no other group to go back to. */
  groupName: string;
  now: number;
}

/**
 * Decides the next quarantine step of a delete decision. Pure: the caller reads the endpoint and the
 * record and passes the clock. Deletion needs both the full grace period in quarantine and a live
 * re-check that still finds the device inactive under the same host name.
 */
export function decideQuarantineStep(input: QuarantineStepInput): QuarantineStep {
  const { verdict } = input;
  const record = input.record?.state === "quarantined" ? input.record : undefined;
  if (verdict.kind === "gone") return { kind: "gone" };
  if (verdict.kind === "recently_active" || verdict.kind === "changed") {
    return record === undefined
      ? { kind: "review", reason: verdict.kind, clause: verdict.clause }
      : { kind: "release", reason: verdict.kind, clause: verdict.clause, record };
  }
  if (record === undefined)
    return {
      kind: "quarantine",
      endpoint: verdict.endpoint,
      originalGroup: originalGroupOf(verdict.endpoint, input.groupName),
    };
  const elapsed = input.now - Date.parse(record.quarantinedAt);
  // An unreadable start waits the full grace period: when unsure, never delete.
  if (Number.isNaN(elapsed)) return { kind: "wait", daysIn: 0, daysLeft: input.graceDays };
  const daysIn = Math.max(0, Math.floor(elapsed / DAY_MS));
  if (elapsed < input.graceDays * DAY_MS) {
    const left = Math.ceil((input.graceDays * DAY_MS - elapsed) / DAY_MS);
    return { kind: "wait", daysIn, daysLeft: Math.max(1, left) };
  }
  return { kind: "delete_after_grace", endpoint: verdict.endpoint, daysIn };
}

/**
 * The group to move a device back to on release: its group now, unless that is the quarantine group
 * itself (a move that an earlier run made but never recorded) or has no id to move it by.
 */
function originalGroupOf(endpoint: Endpoint, groupName: string): QuarantineGroupRef | null {
  const group = endpoint.group;
  if (group?.id === undefined) return null;
  if (group.name.toLowerCase() === groupName.toLowerCase()) return null;
  return { id: group.id, name: group.name };
}
