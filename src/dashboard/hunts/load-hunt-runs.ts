import type { HuntRun } from "../../store/index.js";
import type { DashboardContext } from "../dashboard-types.js";
import { pageWindow, type PageWindow } from "../pages/pager.js";

/** Runs per page of the Hunts page. */
const RUNS_PER_PAGE = 50;

/** What the Hunts page shows: one page of runs, newest first. */
export interface HuntRunsModel {
  runs: HuntRun[];
  window: PageWindow;
  /** Runs stored in all. */
  total: number;
}

/** One page (`?page=`) of the stored hunt runs, newest first, without their hits. */
export async function loadHuntRuns(
  context: DashboardContext,
  query: URLSearchParams,
): Promise<HuntRunsModel> {
  const window = pageWindow(query, RUNS_PER_PAGE);
  const [runs, total] = await Promise.all([
    context.store.huntRuns.list({ limit: window.perPage, offset: window.start }),
    context.store.huntRuns.count(),
  ]);
  return { runs, window, total };
}
