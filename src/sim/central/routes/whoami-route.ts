import type { Whoami } from "../../../central/types.js";
import type { RouteDef } from "../routing/route-types.js";

/**
 * `GET /whoami/v1`: who the token belongs to. Hosts point back at the simulator without a trailing
 * slash; `dataRegion` is only given to tenant callers (reference §3).
 */
export const whoamiRoute: RouteDef = {
  method: "GET",
  host: "global",
  path: "/whoami/v1",
  scope: "bearer",
  handle({ state, caller }) {
    const credential = caller!;
    const body: Whoami = { id: credential.id, idType: credential.kind, apiHosts: { global: state.apiUrl } };
    if (credential.kind === "tenant") {
      const tenant = state.tenant(credential.id);
      if (tenant && tenant.apiHostAvailable !== false)
        body.apiHosts.dataRegion = state.regionUrl(tenant.dataRegion);
    }
    return { status: 200, body };
  },
};
