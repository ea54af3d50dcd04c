import { randomUUID } from "node:crypto";
import { ONLINE_WINDOW_MS } from "../endpoints/render-endpoint.js";
import { stringParam } from "../http/query-params.js";
import { readJsonObject } from "../http/read-json.js";
import { badRequest, notFound } from "../http/sim-http-error.js";
import { runResultsPage } from "../xdr/run-results-page.js";
import { numberPage, parseNumberPaging } from "../paging/number-paging.js";
import type { RouteContext, RouteDef } from "../routing/route-types.js";
import { catalogueRoutes } from "../xdr/catalogue-routes.js";
import { catalogueQueries } from "../xdr/query-catalogue.js";
import { findRun, queryState, runPhase, tenantDb, type StoredRun } from "../xdr/query-run-state.js";
import { readQuery, readVariables, substitute } from "../xdr/read-run-body.js";
import { creatorOf } from "../xdr/render-run.js";
import { matchEndpoints } from "./match-endpoints.js";
import { renderLdRun, renderRunEndpoint } from "./render-ld-run.js";

const BASE = "/live-discover/v1";
const RESULT_RULES = { defaultSize: 1000, maxSize: 1000 };
const ENDPOINT_RULES = { defaultSize: 50, maxSize: 250 };

function runOf(context: RouteContext): StoredRun {
  const run = findRun(context.state, context.tenant!, "ld", context.params["runId"] ?? "");
  if (!run) throw notFound("Can't find query run");
  return run;
}

/** Start a run on the ONLINE endpoints the filters select; each endpoint runs the SQL on its own journal. */
function startRun(context: RouteContext): StoredRun {
  const tenant = context.tenant!;
  const body = readJsonObject(context);
  const queries = catalogueQueries("ld", context);
  const query = readQuery(body, (id) => queries.find((q) => q.id === id.toLowerCase()));
  const variables = readVariables(body["variables"]);
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
  const echo: Record<string, unknown> = {
    name: query.name,
    template: query.template,
    variables,
    createdBy: creatorOf(context.caller!),
    matchEndpoints: body["matchEndpoints"],
  };
  if (query.query) echo["query"] = query.query;
  const run: StoredRun = {
    id: randomUUID(),
    api: "ld",
    tenantId: tenant.id,
    createdAt: context.now,
    durationMs: qs.settings.queryDurationMs,
    echo,
    error,
    output: {
      columns: [{ name: "endpointId", type: "text" }, { name: "hostname", type: "text" }, ...columns],
      rows: error === undefined ? endpoints.flatMap((e) => e.rows) : [],
    },
    endpoints,
    canceled: false,
  };
  qs.runs.set(run.id, run);
  return run;
}

/** Live Discover: catalogue, run, poll, per-endpoint status, key-paged results (reference §7). */
export const LD_ROUTES: RouteDef[] = [
  ...catalogueRoutes("ld", BASE),
  {
    method: "POST",
    host: "region",
    path: `${BASE}/queries/runs`,
    scope: "tenant",
    handle: (context) => ({ status: 201, body: renderLdRun(startRun(context), context.now) }),
  },
  {
    method: "GET",
    host: "region",
    path: `${BASE}/queries/runs/{runId}`,
    scope: "tenant",
    handle: (context) => ({ status: 200, body: renderLdRun(runOf(context), context.now) }),
  },
  {
    method: "GET",
    host: "region",
    path: `${BASE}/queries/runs/{runId}/endpoints`,
    scope: "tenant",
    handle(context) {
      const run = runOf(context);
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
      const run = runOf(context);
      const phase = runPhase(run, context.now);
      if (phase.status !== "finished")
        throw badRequest(`Query run is ${phase.status}; results are available once it finished`);
      return { status: 200, body: runResultsPage(run, context.query, RESULT_RULES, true) };
    },
  },
];
