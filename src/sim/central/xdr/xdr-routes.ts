import { randomUUID } from "node:crypto";
import { readJsonObject } from "../http/read-json.js";
import { badRequest, notFound } from "../http/sim-http-error.js";
import { runResultsPage } from "./run-results-page.js";
import type { RouteContext, RouteDef } from "../routing/route-types.js";
import { catalogueRoutes } from "./catalogue-routes.js";
import { catalogueQueries } from "./query-catalogue.js";
import { findRun, queryState, runPhase, tenantDb, type StoredRun } from "./query-run-state.js";
import { readQuery, readVariables, substitute } from "./read-run-body.js";
import { creatorOf, renderXdrRun } from "./render-run.js";
import { parseRangeTime } from "./time-range.js";

const BASE = "/xdr-query/v1";
const RESULT_RULES = { defaultSize: 50, maxSize: 1000 };

function runOf(context: RouteContext): StoredRun {
  const run = findRun(context.state, context.tenant!, "xdr", context.params["runId"] ?? "");
  if (!run) throw notFound("Can't find query run");
  return run;
}

function startRun(context: RouteContext): StoredRun {
  const tenant = context.tenant!;
  const body = readJsonObject(context);
  const queries = catalogueQueries("xdr", context);
  const query = readQuery(body, (id) => queries.find((q) => q.id === id.toLowerCase()));
  const variables = readVariables(body["variables"]);
  const qs = queryState(context.state);
  const nowS = Math.floor(context.now / 1000);
  const from = parseRangeTime(body["from"], "from", context.now) ?? nowS - qs.settings.dataLakeDays * 86400;
  const to = parseRangeTime(body["to"], "to", context.now) ?? nowS;
  if (from > to) throw badRequest("from must not be after to");
  const ids = (
    body["matchEndpoints"] as { filters?: Array<{ ids?: string[] }> } | undefined
  )?.filters?.flatMap((f) => f.ids ?? []);
  let error: string | undefined;
  let output: StoredRun["output"] = { columns: [], rows: [] };
  try {
    output = tenantDb(context.state, tenant).run(substitute(query.template, variables), {
      from,
      to,
      endpointId: "",
      now: nowS,
    });
    if (ids && ids.length > 0) {
      const wanted = new Set(ids.map((id) => id.toLowerCase()));
      output.rows = output.rows.filter((r) => wanted.has(String(r["endpoint_id"] ?? r["meta_eid"] ?? "")));
    }
  } catch (caught) {
    error = caught instanceof Error ? caught.message : String(caught);
  }
  const echo: Record<string, unknown> = {
    name: query.name,
    template: query.template,
    variables,
    createdBy: creatorOf(context.caller!),
    from: new Date(from * 1000).toISOString(),
    to: new Date(to * 1000).toISOString(),
  };
  if (query.query) echo["query"] = query.query;
  if (body["matchEndpoints"] !== undefined) echo["matchEndpoints"] = body["matchEndpoints"];
  const run: StoredRun = {
    id: randomUUID(),
    api: "xdr",
    tenantId: tenant.id,
    createdAt: context.now,
    durationMs: qs.settings.queryDurationMs,
    echo,
    error,
    output,
    endpoints: [],
    canceled: false,
  };
  qs.runs.set(run.id, run);
  return run;
}

/** XDR Data Lake: catalogue, run, poll, page results, cancel (reference §8). */
export const XDR_ROUTES: RouteDef[] = [
  ...catalogueRoutes("xdr", BASE),
  {
    method: "POST",
    host: "region",
    path: `${BASE}/queries/runs`,
    scope: "tenant",
    handle: (context) => ({ status: 201, body: renderXdrRun(startRun(context), context.now) }),
  },
  {
    method: "GET",
    host: "region",
    path: `${BASE}/queries/runs/{runId}`,
    scope: "tenant",
    handle: (context) => ({ status: 200, body: renderXdrRun(runOf(context), context.now) }),
  },
  {
    method: "POST",
    host: "region",
    path: `${BASE}/queries/runs/{runId}/cancel`,
    scope: "tenant",
    handle(context) {
      const run = runOf(context);
      if (runPhase(run, context.now).status !== "finished") {
        run.canceled = true;
        run.durationMs = context.now - run.createdAt;
      }
      return { status: 200, body: { canceled: run.canceled } };
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
      if (phase.result !== "succeeded")
        throw badRequest(
          `Query run is ${phase.status} (${phase.result}); results are available once it succeeded`,
        );
      return { status: 200, body: runResultsPage(run, context.query, RESULT_RULES, false) };
    },
  },
];
