import { AuthenticationError } from "../../central/index.js";
import { redactSecrets } from "../../util/redact.js";
import type { DashboardContext } from "../dashboard-types.js";
import type { AlertProblem, AlertProgress, AlertSnapshot } from "./alert-snapshot.js";
import { fetchAlerts, type FetchAlertsOptions } from "./fetch-alerts.js";

/** What the alerts page shows: the last good fetch, a fetch under way, the last whole-fetch failure. */
export interface AlertState {
  snapshot: AlertSnapshot | undefined;
  running: AlertProgress | undefined;
  problem: AlertProblem | undefined;
}

/** The caps of a cache (tests lower them; the page uses the defaults). */
export type AlertCaps = Pick<FetchAlertsOptions, "perTenantCap" | "overallCap">;

/**
 * The open alerts of one dashboard server, in memory only (a live view, not history). At most one
 * fetch runs at a time, in the background, so the POST that starts it returns at once and the page
 * polls (meta refresh) while it runs.
 */
export class AlertCache {
  readonly #caps: AlertCaps;
  #snapshot: AlertSnapshot | undefined;
  #running: AlertProgress | undefined;
  #problem: AlertProblem | undefined;

  constructor(caps: AlertCaps = {}) {
    this.#caps = { ...caps };
  }

  /** The current state, for rendering. */
  state(): AlertState {
    return { snapshot: this.#snapshot, running: this.#running, problem: this.#problem };
  }

  /**
   * Start a background fetch unless one is running. Returns the progress of the fetch that was
   * already running (and starts nothing), or undefined when a new one started.
   */
  start(context: DashboardContext): AlertProgress | undefined {
    if (this.#running) return this.#running;
    const progress: AlertProgress = {
      startedAt: context.now(),
      tenantsTotal: undefined,
      tenantsDone: 0,
      alerts: 0,
    };
    this.#running = progress;
    void this.#run(context, progress);
    return undefined;
  }

  // Never rejects: every failure becomes state the page shows.
  async #run(context: DashboardContext, progress: AlertProgress): Promise<void> {
    let phase: "credentials" | "fetch" = "credentials";
    try {
      const client = await context.central();
      phase = "fetch";
      this.#snapshot = await fetchAlerts(client, { ...this.#caps, now: progress.startedAt, progress });
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
