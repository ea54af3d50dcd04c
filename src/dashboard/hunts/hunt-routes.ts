import type { DashboardRoute } from "../dashboard-types.js";
import { loadHuntDetail } from "./load-hunt-detail.js";
import { loadHuntRuns } from "./load-hunt-runs.js";
import { renderHuntDetail } from "./render-hunt-detail.js";
import { HUNTS_PATH } from "./hunt-paths.js";
import { renderHuntRuns } from "./render-hunt-runs.js";

/**
 * The Hunts pages over the state store: `GET /hunts` (nav "Hunts") lists the runs `centralctl hunt`
 * saved, newest first; `GET /hunts/:id` shows one run with its failed tenants and its hits. Read
 * only: hunting itself stays in the CLI.
 */
export const HUNT_ROUTES: DashboardRoute[] = [
  {
    method: "GET",
    pattern: HUNTS_PATH,
    nav: "Hunts",
    page: async (context, request) => ({
      title: "Hunts",
      body: renderHuntRuns(await loadHuntRuns(context, request.query), request.query, context.now()),
    }),
  },
  {
    method: "GET",
    pattern: `${HUNTS_PATH}/:id`,
    page: async (context, request) => {
      const model = await loadHuntDetail(context, request.params["id"] ?? "", request.query);
      return {
        title: model.kind === "missing" ? "Hunt not found" : `Hunt ${model.run.name}`,
        body: renderHuntDetail(model, request.query, context.now()),
        ...(model.kind === "missing" ? { status: 404 } : {}),
      };
    },
  },
];
