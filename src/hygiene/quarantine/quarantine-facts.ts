import type { QuarantineRecord } from "../../store/index.js";

/**
 * What an escrow snapshot keeps of a quarantine: where the device waited and the group it came
 * from, which is where a re-installed device belongs (its group at deletion is the quarantine group).
 */
export function quarantineFacts(record: QuarantineRecord): Record<string, unknown> {
  return { group: record.group, originalGroup: record.originalGroup, quarantinedAt: record.quarantinedAt };
}
