import type { DataRegion } from "../../../central/types.js";
import type { HostKind } from "./route-types.js";

/** Region codes the simulator serves a host for (reference §1.2; `us02` is legacy but accepted). */
const DATA_REGIONS: readonly DataRegion[] = [
  "eu01",
  "eu02",
  "us01",
  "us02",
  "us03",
  "ca01",
  "au01",
  "jp01",
  "in01",
  "br01",
];

/** Which emulated host a request went to, and the API path on it. */
export interface HostPath {
  kind: HostKind;
  region?: DataRegion;
  path: string;
}

/**
 * One server plays three kinds of host through path prefixes: `/id` is id.sophos.com, `/api` is
 * api.central.sophos.com and `/region/{code}` is api-{code}.central.sophos.com. Undefined for any
 * other prefix (or an unknown region code).
 */
export function splitHostPath(pathname: string): HostPath | undefined {
  const at = (prefix: string): string | undefined =>
    pathname === prefix ? "/" : pathname.startsWith(`${prefix}/`) ? pathname.slice(prefix.length) : undefined;
  const id = at("/id");
  if (id !== undefined) return { kind: "id", path: id };
  const api = at("/api");
  if (api !== undefined) return { kind: "global", path: api };
  const region = /^\/region\/([a-z]{2}\d{2})(\/.*)?$/.exec(pathname);
  if (region && (DATA_REGIONS as readonly string[]).includes(region[1]!)) {
    return { kind: "region", region: region[1] as DataRegion, path: region[2] ?? "/" };
  }
  return undefined;
}
