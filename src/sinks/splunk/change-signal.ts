/**
 * Wakes every waiter when something changed (a send finished, an ack arrived). Waiters re-check their
 * own condition, so a spurious wake-up is harmless and no state is carried in the signal itself.
 */
export class ChangeSignal {
  private waiters: Array<() => void> = [];

  /** Resolves at the next {@link notify}. Check the condition first, then wait, in the same tick. */
  wait(): Promise<void> {
    return new Promise((resolve) => this.waiters.push(resolve));
  }

  /** Wake everyone currently waiting. */
  notify(): void {
    const waiting = this.waiters;
    this.waiters = [];
    for (const wake of waiting) wake();
  }
}
