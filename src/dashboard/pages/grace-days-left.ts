import type { QuarantineRecord } from "../../store/index.js";

const DAY_MS = 24 * 60 * 60 * 1000;

/** The grace period when no plan names one: the policy default (policy-schema.ts `quarantine.graceDays`). */
export const DEFAULT_GRACE_DAYS = 14;

/**
 * Whole days until a quarantined device's grace period ends, rounded up (half a day left is "1");
 * 0 or less means it is due: the next `hygiene apply --quarantine` run deletes it if it is still
 * inactive. The grace period may be overridden per run (`--grace-days`), which the store does not
 * record, so this is the policy's view.
 */
export function graceDaysLeft(quarantinedAt: string, graceDays: number, now: Date): number {
  const ends = Date.parse(quarantinedAt) + graceDays * DAY_MS;
  return Math.ceil((ends - now.getTime()) / DAY_MS);
}

/** Where a quarantine record stands for people: waiting out its grace, due for deletion, released or deleted. */
export type QuarantineStanding = "waiting" | "due" | "released" | "deleted";

/** The standing of one record. */
export function quarantineStanding(
  record: QuarantineRecord,
  graceDays: number,
  now: Date,
): QuarantineStanding {
  if (record.state !== "quarantined") return record.state;
  return graceDaysLeft(record.quarantinedAt, graceDays, now) > 0 ? "waiting" : "due";
}
