import { ConnectionError, ServerError, TimeoutError } from "./errors.js";
import { backoffDelay, defaultRetryPolicy, type RetryPolicy } from "./retry-policy.js";
import { sleep as realSleep } from "./run-with-retry.js";

/** Whether a write whose answer was lost took effect. */
export type ReadBackState = "applied" | "not-applied";

/** A write, and how to check its effect when its outcome is unknown. */
export interface ReadBackOptions<T> {
  write: () => Promise<T>;
  readBack: () => Promise<ReadBackState>;
  policy?: RetryPolicy;
  random?: () => number;
  sleep?: (ms: number) => Promise<void>;
  /** Failures after which the outcome is unknown; default: 5xx, and timeouts/resets after sending. */
  isAmbiguous?: (error: unknown) => boolean;
}

/** The write's own answer, or `readBack: true` when a read-back found it applied. */
export type ReadBackResult<T> = { value: T; readBack: boolean } | { value: undefined; readBack: true };

/** Default ambiguity rule: the server may have done the work before the answer was lost. */
export function isAmbiguousWriteFailure(error: unknown): boolean {
  if (error instanceof ServerError) return true;
  if (error instanceof TimeoutError || error instanceof ConnectionError) return error.requestSent;
  return false;
}

/**
 * Never repeat a write blindly: when it fails with an unknown outcome, read back first. Applied →
 * done, without sending it again; not applied → back off and write again (up to
 * `policy.maxAttempts` writes). Definite failures (4xx) and read-back failures are thrown.
 *
 * @example
 * await writeWithReadBack({
 *   write: () => api.delete(id),
 *   readBack: async () => ((await api.exists(id)) ? "not-applied" : "applied"),
 * });
 */
export async function writeWithReadBack<T>(options: ReadBackOptions<T>): Promise<ReadBackResult<T>> {
  const policy = options.policy ?? defaultRetryPolicy;
  const ambiguous = options.isAmbiguous ?? isAmbiguousWriteFailure;
  const wait = options.sleep ?? realSleep;
  let readBackDone = false;
  for (let attempt = 1; ; attempt += 1) {
    try {
      return { value: await options.write(), readBack: readBackDone };
    } catch (error) {
      if (!ambiguous(error)) throw error;
      readBackDone = true;
      if ((await options.readBack()) === "applied") return { value: undefined, readBack: true };
      if (attempt >= policy.maxAttempts) throw error;
      await wait(backoffDelay(policy, attempt, options.random));
    }
  }
}
