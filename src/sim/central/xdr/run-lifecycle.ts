import { randomUUID } from "node:crypto";
import { readJsonObject } from "../http/read-json.js";
import { notFound } from "../http/sim-http-error.js";
import type { RouteContext, RouteDef } from "../routing/route-types.js";
import { catalogueQueries } from "./query-catalogue.js";
import { findRun, queryState, type StoredRun } from "./query-run-state.js";
import { readQuery, readVariables, type RunVariable } from "./read-run-body.js";
import { creatorOf } from "./render-run.js";

type QueryApi = StoredRun["api"];

/** A run request of either query API, read and resolved: its query (saved or ad hoc) and variables. */
export interface RunRequest {
  body: Record<string, unknown>;
  query: ReturnType<typeof readQuery>;
  variables: RunVariable[];
  /** What every run echoes back: name, template, variables, creator, and the saved query if any. */
  echo: Record<string, unknown>;
}

/** Read a `POST /queries/runs` body; a saved query is looked up in the tenant's catalogue of `api`. */
export function readRunRequest(context: RouteContext, api: QueryApi): RunRequest {
  const body = readJsonObject(context);
  const queries = catalogueQueries(api, context);
  const query = readQuery(body, (id) => queries.find((q) => q.id === id.toLowerCase()));
  const variables = readVariables(body["variables"]);
  const echo: Record<string, unknown> = {
    name: query.name,
    template: query.template,
    variables,
    createdBy: creatorOf(context.caller!),
  };
  if (query.query) echo["query"] = query.query;
  return { body, query, variables, echo };
}

/** Keep a new run of the context's tenant: it lasts the simulator's query duration from now. */
export function storeRun(
  context: RouteContext,
  api: QueryApi,
  parts: Pick<StoredRun, "echo" | "error" | "output" | "endpoints">,
): StoredRun {
  const qs = queryState(context.state);
  const run: StoredRun = {
    id: randomUUID(),
    api,
    tenantId: context.tenant!.id,
    createdAt: context.now,
    durationMs: qs.settings.queryDurationMs,
    canceled: false,
    ...parts,
  };
  qs.runs.set(run.id, run);
  return run;
}

/** The `{runId}` run of the context's tenant on `api`, or the reference's 404. */
export function runOf(context: RouteContext, api: QueryApi): StoredRun {
  const run = findRun(context.state, context.tenant!, api, context.params["runId"] ?? "");
  if (!run) throw notFound("Can't find query run");
  return run;
}

/** `POST {base}/queries/runs` (201) and `GET {base}/queries/runs/{runId}`, shared by both APIs. */
export function startAndPollRoutes(
  api: QueryApi,
  base: string,
  start: (context: RouteContext) => StoredRun,
  render: (run: StoredRun, now: number) => Record<string, unknown>,
): RouteDef[] {
  return [
    {
      method: "POST",
      host: "region",
      path: `${base}/queries/runs`,
      scope: "tenant",
      handle: (context) => ({ status: 201, body: render(start(context), context.now) }),
    },
    {
      method: "GET",
      host: "region",
      path: `${base}/queries/runs/{runId}`,
      scope: "tenant",
      handle: (context) => ({ status: 200, body: render(runOf(context, api), context.now) }),
    },
  ];
}
