import { setTimeout as sleep } from "node:timers/promises";

/** Back-off settings of status polling. */
export interface PollPolicy {
  initialMs: number;
  factor: number;
  maxMs: number;
}

/** Defaults: frequent early polls (most runs finish in seconds), growing to 10 s. */
export const DEFAULT_POLL: PollPolicy = { initialMs: 500, factor: 1.25, maxMs: 10_000 };

/** Wait before status poll number `attempt` (0-based). Pure. */
export function pollDelay(attempt: number, policy: PollPolicy = DEFAULT_POLL): number {
  return Math.min(policy.maxMs, policy.initialMs * policy.factor ** attempt);
}

/** Wait `ms`, rejecting with the signal's reason as soon as it aborts. */
export async function abortableSleep(ms: number, signal: AbortSignal | undefined): Promise<void> {
  await sleep(ms, undefined, signal ? { signal } : {});
}
