import type { Rng } from "../../estate/generate/prng.js";

/** An injected failure: an HTTP 5xx answer or a connection reset. */
export type Fault = { kind: "status"; status: 500 | 502 | 503 } | { kind: "reset" };

/** What to do with one request under a fault rate. */
export interface FaultDecision {
  fault: Fault;
  /**
   * For writes: apply the change first and fail afterwards, as a real service can when the answer is
   * lost on the way back. Clients must read back rather than assume the write did not happen.
   */
  afterApply: boolean;
}

/** Decide whether a request fails (`undefined`: it does not), drawing from a seeded stream. */
export function decideFault(rng: Rng, rate: number, isWrite: boolean): FaultDecision | undefined {
  if (rate <= 0 || rng.next() >= rate) return undefined;
  const fault = rng.weighted<Fault>([
    [{ kind: "status", status: 500 }, 3],
    [{ kind: "status", status: 502 }, 2],
    [{ kind: "status", status: 503 }, 3],
    [{ kind: "reset" }, 2],
  ]);
  return { fault, afterApply: isWrite && rng.chance(0.5) };
}
