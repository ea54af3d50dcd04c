import type { DataRegion } from "../../central/types.js";
import type { EstateAlert, EstateTenant } from "../estate/estate-types.js";
import { buildAlert } from "../estate/generate/generate-alerts.js";
import { createRng } from "../estate/generate/prng.js";
import type { CompiledRoute } from "./routing/route-table.js";
import type { SimState } from "./sim-state.js";
import type { ScriptedResponse, SimControls } from "./simulator-types.js";
import { indexById } from "./state/sorted-by-id.js";

function tenantOrThrow(state: SimState, tenantId: string): EstateTenant {
  const tenant = state.tenant(tenantId);
  if (!tenant) throw new Error(`simulator has no tenant ${tenantId}`);
  return tenant;
}

/** The test and benchmark knobs of a running simulator. */
export function createControls(state: SimState, routes: readonly CompiledRoute[], seed: number): SimControls {
  const alertRng = createRng(seed, "raised-alerts");
  const keys = [...new Set(routes.map((route) => route.key))].sort();
  return {
    expireAllTokens: () => state.tokens.expireAll(),
    setFaultRate(rate: number) {
      if (!(rate >= 0 && rate <= 1)) throw new RangeError(`fault rate must be within 0..1, got ${rate}`);
      state.faultRate = rate;
    },
    setLatency(ms: number) {
      if (!(ms >= 0)) throw new RangeError(`latency must be >= 0 ms, got ${ms}`);
      state.latencyMs = ms;
    },
    setRateLimit: (perSecond) => state.rateLimiter.setLimit(perSecond),
    setRegionDown(region: DataRegion, down: boolean) {
      if (down) state.regionsDown.add(region);
      else state.regionsDown.delete(region);
    },
    script(routeKey: string, responses: ScriptedResponse[], options?: { tenantId?: string }) {
      if (!keys.includes(routeKey)) {
        throw new Error(`unknown simulator route '${routeKey}'; known routes:\n  ${keys.join("\n  ")}`);
      }
      state.scripts.add(routeKey, responses, options?.tenantId);
    },
    clearScripts: () => state.scripts.clear(),
    raiseAlert(tenantId: string, partial?: Partial<EstateAlert>): EstateAlert {
      const tenant = tenantOrThrow(state, tenantId);
      const endpoints = tenant.endpoints;
      const endpoint = endpoints.length > 0 ? endpoints[alertRng.int(0, endpoints.length - 1)] : undefined;
      const alert = buildAlert(alertRng, endpoint, state.now(), partial);
      // Alerts are kept in (raisedAt, id) order; a new one normally goes last.
      let at = tenant.alerts.length;
      while (
        at > 0 &&
        (tenant.alerts[at - 1]!.raisedAt > alert.raisedAt ||
          (tenant.alerts[at - 1]!.raisedAt === alert.raisedAt && tenant.alerts[at - 1]!.id > alert.id))
      )
        at--;
      tenant.alerts.splice(at, 0, alert);
      state.touch(tenant);
      return alert;
    },
    setEndpointLastSeen(tenantId: string, endpointId: string, iso: string) {
      const tenant = tenantOrThrow(state, tenantId);
      const index = indexById(tenant.endpoints, endpointId.toLowerCase());
      if (index < 0) throw new Error(`tenant ${tenantId} has no endpoint ${endpointId}`);
      const ms = Date.parse(iso);
      if (Number.isNaN(ms)) throw new Error(`not an ISO date-time: ${iso}`);
      tenant.endpoints[index]!.lastSeenAt = new Date(ms).toISOString();
      state.touch(tenant);
    },
    routeKeys: () => [...keys],
  };
}
