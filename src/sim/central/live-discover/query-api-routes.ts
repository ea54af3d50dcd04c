import type { RouteDef } from "../routing/route-types.js";
import { XDR_ROUTES } from "../xdr/xdr-routes.js";
import { LD_ROUTES } from "./ld-routes.js";

/** The two query APIs over the estate's telemetry: Live Discover and the XDR Data Lake. */
export const QUERY_API_ROUTES: RouteDef[] = [...LD_ROUTES, ...XDR_ROUTES];
