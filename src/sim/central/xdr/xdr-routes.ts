import { badRequest } from "../http/sim-http-error.js";
import { readRunRequest, runOf, startAndPollRoutes, storeRun } from "./run-lifecycle.js";
import { runResultsPage } from "./run-results-page.js";
import type { RouteContext, RouteDef } from "../routing/route-types.js";
import { catalogueRoutes } from "./catalogue-routes.js";
import { queryState, runPhase, tenantDb, type StoredRun } from "./query-run-state.js";
import { substitute } from "./read-run-body.js";
import { renderXdrRun } from "./render-run.js";
import { parseRangeTime } from "./time-range.js";

const BASE = "/xdr-query/v1";
const RESULT_RULES = { defaultSize: 50, maxSize: 1000 };

function startRun(context: RouteContext): StoredRun {
  const tenant = context.tenant!;
  const { body, query, variables, echo } = readRunRequest(context, "xdr");
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
  echo["from"] = new Date(from * 1000).toISOString();
  echo["to"] = new Date(to * 1000).toISOString();
  if (body["matchEndpoints"] !== undefined) echo["matchEndpoints"] = body["matchEndpoints"];
  return storeRun(context, "xdr", { echo, error, output, endpoints: [] });
}

/** XDR Data Lake: catalogue, run, poll, page results, cancel (reference §8). */
export const XDR_ROUTES: RouteDef[] = [
  ...catalogueRoutes("xdr", BASE),
  ...startAndPollRoutes("xdr", BASE, startRun, renderXdrRun),
  {
    method: "POST",
    host: "region",
    path: `${BASE}/queries/runs/{runId}/cancel`,
    scope: "tenant",
    handle(context) {
      const run = runOf(context, "xdr");
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
      const run = runOf(context, "xdr");
      const phase = runPhase(run, context.now);
      if (phase.result !== "succeeded")
        throw badRequest(
          `Query run is ${phase.status} (${phase.result}); results are available once it succeeded`,
        );
      return { status: 200, body: runResultsPage(run, context.query, RESULT_RULES, false) };
    },
  },
];
