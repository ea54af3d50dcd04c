import { ONLINE_WINDOW_MS } from "../endpoints/render-endpoint.js";
import { stringParam } from "../http/query-params.js";
import { badRequest, notFound } from "../http/sim-http-error.js";
import { readRunRequest, runOf, startAndPollRoutes, storeRun } from "../xdr/run-lifecycle.js";
import { runResultsPage } from "../xdr/run-results-page.js";
import { numberPage, parseNumberPaging } from "../paging/number-paging.js";
import type { RouteContext, RouteDef } from "../routing/route-types.js";
import { catalogueRoutes } from "../xdr/catalogue-routes.js";
import { queryState, runPhase, tenantDb, type StoredRun } from "../xdr/query-run-state.js";
import { substitute } from "../xdr/read-run-body.js";
import { matchEndpoints } from "./match-endpoints.js";
import { renderLdRun, renderRunEndpoint } from "./render-ld-run.js";

const BASE = "/live-discover/v1";
const RESULT_RULES = { defaultSize: 1000, maxSize: 1000 };
const ENDPOINT_RULES = { defaultSize: 50, maxSize: 250 };

/** Start a run on the ONLINE endpoints the filters select; each endpoint runs the SQL on its own journal. */
function startRun(context: RouteContext): StoredRun {
  const tenant = context.tenant!;
  const { body, query, variables, echo } = readRunRequest(context, "ld");
  const onlineSince = new Date(context.now - ONLINE_WINDOW_MS).toISOString();
  const targets = matchEndpoints(body["matchEndpoints"], tenant.endpoints, context.now).filter(
    (e) => e.lastSeenAt >= onlineSince,
  );
  if (targets.length === 0) throw notFound("Item not found. Please verify filter");
  const qs = queryState(context.state);
  const db = tenantDb(context.state, tenant);
  const to = Math.floor(context.now / 1000);
  const from = to - qs.settings.liveDiscoverDays * 86400;
  const sql = substitute(query.template, variables);
  let error: string | undefined;
  let columns: StoredRun["output"]["columns"] = [];
  const endpoints = targets.map((e) => {
    let rows: Array<Record<string, unknown>> = [];
    if (error === undefined) {
      try {
        const out = db.run(sql, { from, to, endpointId: e.id, now: to });
        columns = out.columns;
        rows = out.rows.map((r) => ({ endpointId: e.id, hostname: e.hostname, ...r }));
      } catch (caught) {
        error = caught instanceof Error ? caught.message : String(caught);
      }
    }
    return { endpointId: e.id, hostname: e.hostname, type: e.type, platform: e.os.platform, rows };
  });
  echo["matchEndpoints"] = body["matchEndpoints"];
  return storeRun(context, "ld", {
    echo,
    error,
    output: {
      columns: [{ name: "endpointId", type: "text" }, { name: "hostname", type: "text" }, ...columns],
      rows: error === undefined ? endpoints.flatMap((e) => e.rows) : [],
    },
    endpoints,
  });
}

/** Live Discover: catalogue, run, poll, per-endpoint status, key-paged results (reference §7). */
export const LD_ROUTES: RouteDef[] = [
  ...catalogueRoutes("ld", BASE),
  ...startAndPollRoutes("ld", BASE, startRun, renderLdRun),
  {
    method: "GET",
    host: "region",
    path: `${BASE}/queries/runs/{runId}/endpoints`,
    scope: "tenant",
    handle(context) {
      const run = runOf(context, "ld");
      const match = stringParam(context.query, "match");
      const indexes = run.endpoints
        .map((_, i) => i)
        .filter((i) => {
          if (!match) return true;
          const item = renderRunEndpoint(run, i, context.now);
          const [status, result, data] = match.split(":");
          const withData = Number(item["resultCount"]) > 0 ? "withData" : "withoutData";
          return (
            item["status"] === status &&
            (!result || item["result"] === result) &&
            (!data || data === withData)
          );
        });
      const request = parseNumberPaging(context.query, ENDPOINT_RULES);
      return {
        status: 200,
        body: numberPage(indexes, request, ENDPOINT_RULES, (i) => renderRunEndpoint(run, i, context.now)),
      };
    },
  },
  {
    method: "GET",
    host: "region",
    path: `${BASE}/queries/runs/{runId}/results`,
    scope: "tenant",
    handle(context) {
      const run = runOf(context, "ld");
      const phase = runPhase(run, context.now);
      if (phase.status !== "finished")
        throw badRequest(`Query run is ${phase.status}; results are available once it finished`);
      return { status: 200, body: runResultsPage(run, context.query, RESULT_RULES, true) };
    },
  },
];
