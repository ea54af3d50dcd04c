import { AuthenticationError, type CentralClient } from "../../central/index.js";
import { redactSecrets } from "../../util/redact.js";
import type { DashboardContext } from "../dashboard-types.js";
import type { LiveProblem, LiveProgress, LiveState } from "./live-state.js";

/** What a live page fetches and how its progress starts; the cache does the rest. */
export interface LiveFetchSource<Snapshot, Progress extends LiveProgress> {
  /** The page's progress: the common fields plus its own counters at zero. */
  startProgress(common: LiveProgress): Progress;
  /** One whole fetch; updates `progress` in place; rejects only when nothing could be read. */
  fetch(client: CentralClient, progress: Progress): Promise<Snapshot>;
}

/**
 * The data of one live page of one dashboard server, in memory only (a live view, not history). At
 * most one fetch runs at a time; it runs in the background so the POST that starts it returns at
 * once and the page polls (meta refresh) while it runs.
 */
export class LiveFetchCache<Snapshot, Progress extends LiveProgress> {
  readonly #source: LiveFetchSource<Snapshot, Progress>;
  #snapshot: Snapshot | undefined;
  #running: Progress | undefined;
  #problem: LiveProblem | undefined;

  constructor(source: LiveFetchSource<Snapshot, Progress>) {
    this.#source = source;
  }

  /** The current state, for rendering. */
  state(): LiveState<Snapshot, Progress> {
    return { snapshot: this.#snapshot, running: this.#running, problem: this.#problem };
  }

  /**
   * Start a background fetch unless one is running. Returns the progress of the fetch that was
   * already running (and starts nothing), or undefined when a new one started.
   */
  start(context: DashboardContext): Progress | undefined {
    if (this.#running) return this.#running;
    const progress = this.#source.startProgress({
      startedAt: context.now(),
      tenantsTotal: undefined,
      tenantsDone: 0,
    });
    this.#running = progress;
    void this.#run(context, progress);
    return undefined;
  }

  // Never rejects: every failure becomes state the page shows.
  async #run(context: DashboardContext, progress: Progress): Promise<void> {
    // A failure before the client exists is always about credentials (none, or unreadable).
    let phase: "credentials" | "fetch" = "credentials";
    try {
      const client = await context.central();
      phase = "fetch";
      this.#snapshot = await this.#source.fetch(client, progress);
      this.#problem = undefined;
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      this.#problem = {
        message: redactSecrets(message),
        at: context.now(),
        credentials: phase === "credentials" || error instanceof AuthenticationError,
      };
    } finally {
      this.#running = undefined;
    }
  }
}
