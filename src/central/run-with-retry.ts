import { CentralError, ConnectionError, RateLimitError, TimeoutError } from "./errors.js";
import { decideRetry, type FailedAttempt, type RetryPolicy } from "./retry-policy.js";

/** How `runWithRetry` waits and what it reports; `random` and `sleep` are injectable for tests. */
export interface RetryLoopOptions {
  policy: RetryPolicy;
  idempotent: boolean;
  random?: () => number;
  sleep?: (ms: number) => Promise<void>;
  onRetry?: (info: { attempt: number; delayMs: number; error: CentralError }) => void;
}

/** Resolve after `ms` milliseconds. */
export const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/** Describe a thrown error as a `FailedAttempt`, or `undefined` if it is not a Central failure. */
export function failedAttemptOf(
  error: unknown,
  attempt: number,
  idempotent: boolean,
): FailedAttempt | undefined {
  if (error instanceof RateLimitError) {
    return {
      attempt,
      kind: "http",
      status: 429,
      retryAfterMs: error.retryAfterMs,
      requestSent: true,
      idempotent,
    };
  }
  if (error instanceof ConnectionError) {
    return {
      attempt,
      kind: "connection",
      requestSent: error.requestSent,
      retryable: error.retryable,
      idempotent,
    };
  }
  if (error instanceof TimeoutError)
    return { attempt, kind: "timeout", requestSent: error.requestSent, idempotent };
  if (error instanceof CentralError && error.status !== undefined) {
    return { attempt, kind: "http", status: error.status, requestSent: true, idempotent };
  }
  return undefined;
}

/**
 * Run `attempt` until it succeeds or `decideRetry` says stop; the last error is thrown unchanged.
 * The wrapper holds no resource while it sleeps, so callers take their concurrency slots inside.
 */
export async function runWithRetry<T>(
  attempt: (n: number) => Promise<T>,
  options: RetryLoopOptions,
): Promise<T> {
  const wait = options.sleep ?? sleep;
  for (let n = 1; ; n += 1) {
    try {
      return await attempt(n);
    } catch (error) {
      const failed = failedAttemptOf(error, n, options.idempotent);
      if (failed === undefined) throw error;
      const decision = decideRetry(options.policy, failed, options.random);
      if (!decision.retry) throw error;
      options.onRetry?.({ attempt: n, delayMs: decision.delayMs, error: error as CentralError });
      await wait(decision.delayMs);
    }
  }
}
