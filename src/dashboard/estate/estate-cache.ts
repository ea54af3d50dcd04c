import { AuthenticationError } from "../../central/index.js";
import { redactSecrets } from "../../util/redact.js";
import type { DashboardContext } from "../dashboard-types.js";
import type { EstateProblem, EstateProgress, EstateSnapshot } from "./estate-snapshot.js";
import { fetchEstate } from "./fetch-estate.js";

/** What the estate page shows: the last good fetch, a fetch under way, the last whole-fetch failure. */
export interface EstateState {
  snapshot: EstateSnapshot | undefined;
  running: EstateProgress | undefined;
  problem: EstateProblem | undefined;
}

/**
 * The estate data of one dashboard server, in memory only (it is a live view, not history). At most
 * one fetch runs at a time; it runs in the background so the POST that starts it returns at once
 * and the page polls (meta refresh) while it runs.
 */
export class EstateCache {
  readonly staleDays: readonly number[];
  #snapshot: EstateSnapshot | undefined;
  #running: EstateProgress | undefined;
  #problem: EstateProblem | undefined;

  constructor(staleDays: readonly number[]) {
    this.staleDays = [...staleDays];
  }

  /** The current state, for rendering. */
  state(): EstateState {
    return { snapshot: this.#snapshot, running: this.#running, problem: this.#problem };
  }

  /**
   * Start a background fetch unless one is running. Returns the progress of the fetch that was
   * already running (and starts nothing), or undefined when a new one started.
   */
  start(context: DashboardContext): EstateProgress | undefined {
    if (this.#running) return this.#running;
    const progress: EstateProgress = {
      startedAt: context.now(),
      tenantsTotal: undefined,
      tenantsDone: 0,
      endpoints: 0,
    };
    this.#running = progress;
    void this.#run(context, progress);
    return undefined;
  }

  // Never rejects: every failure becomes state the page shows.
  async #run(context: DashboardContext, progress: EstateProgress): Promise<void> {
    let phase: "credentials" | "fetch" = "credentials";
    try {
      const client = await context.central();
      phase = "fetch";
      this.#snapshot = await fetchEstate(client, {
        now: progress.startedAt,
        staleDays: this.staleDays,
        progress,
      });
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
