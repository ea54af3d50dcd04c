import type { Store } from "../../store/index.js";
import type { ApplyOutcome } from "../apply/apply-result.js";
import type { Policy } from "../policy-schema.js";
import type { QuarantineGroups } from "./quarantine-groups.js";
import type { QuarantineSettings } from "./quarantine-settings.js";

/** A device as results and journal entries name it. */
export interface DeviceRef {
  tenantId: string;
  endpointId: string;
  hostname: string;
}

/** What the quarantine steps of one apply run share. */
export interface QuarantineRun {
  store: Store;
  planId: string;
  actor: string;
  /** False for the dry run: read and decide, change nothing. */
  apply: boolean;
  escrowKey: Buffer | undefined;
  policy: Pick<Policy, "inactiveDays">;
  settings: QuarantineSettings;
  groups: QuarantineGroups;
  maxDeletes: number;
  now(): number;
  /**
   * Takes one unit of the run's change budget (`--max-deletes`: moves into quarantine and deletions
   * both count, releases do not), pausing for the rate limit; false when the budget is spent.
   */
  claimChange(): Promise<boolean>;
  report(device: DeviceRef, outcome: ApplyOutcome, detail: string): void;
}
