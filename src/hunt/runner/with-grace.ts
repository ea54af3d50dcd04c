/**
 * Run `work` with a signal that aborts `graceMs` after `signal` does: for a request whose result
 * is needed to clean up (a run's id, to cancel it), so an abort gives it a little time to finish.
 */
export async function withGrace<T>(
  signal: AbortSignal | undefined,
  graceMs: number,
  work: (signal: AbortSignal | undefined) => Promise<T>,
): Promise<T> {
  if (signal === undefined) return work(undefined);
  const late = new AbortController();
  let timer: NodeJS.Timeout | undefined;
  const onAbort = (): void => {
    timer = setTimeout(() => late.abort(signal.reason), graceMs);
  };
  signal.addEventListener("abort", onAbort, { once: true });
  try {
    return await work(late.signal);
  } finally {
    signal.removeEventListener("abort", onAbort);
    clearTimeout(timer);
  }
}
