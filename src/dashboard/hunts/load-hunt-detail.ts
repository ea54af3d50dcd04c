import type { HuntHitPage, HuntRun } from "../../store/index.js";
import { parseHuntRunId } from "../../store/hunt-run-repository.js";
import type { DashboardContext } from "../dashboard-types.js";
import { pageWindow, type PageWindow } from "../pages/pager.js";
import { huntHitFilterOf, type HuntHitFilter } from "./hunt-hit-filter.js";

/** Hits per page of a Hunt page. */
const HITS_PER_PAGE = 100;

/** What a Hunt page shows: the run and one page of its hits that pass the filters. */
export type HuntDetailModel =
  | { kind: "missing"; id: string }
  | {
      kind: "run";
      run: HuntRun;
      filter: HuntHitFilter;
      window: PageWindow;
      /** The page of hits and how many pass the filters in all. */
      page: HuntHitPage;
      /** Tenants with hits in this run, for the filter menu. */
      tenants: Array<{ tenantId: string; tenantName: string }>;
    };

/** A run with the filtered page of its hits (`?tenant=&host=&indicator=&page=`), or `missing`. */
export async function loadHuntDetail(
  context: DashboardContext,
  id: string,
  query: URLSearchParams,
): Promise<HuntDetailModel> {
  const n = parseHuntRunId(id);
  const run = n === undefined ? undefined : await context.store.huntRuns.get(n);
  if (run === undefined) return { kind: "missing", id };
  const filter = huntHitFilterOf(query);
  const window = pageWindow(query, HITS_PER_PAGE);
  const [page, tenants] = await Promise.all([
    context.store.huntRuns.hits(run.id, {
      // An empty filter (the form's "any") filters nothing in the store.
      tenantId: filter.tenant,
      hostname: filter.host,
      indicator: filter.indicator,
      limit: window.perPage,
      offset: window.start,
    }),
    context.store.huntRuns.hitTenants(run.id),
  ]);
  return { kind: "run", run, filter, window, page, tenants };
}
