import { strict as assert } from "node:assert";
import { test } from "node:test";
import { compileRoutes, matchRoute } from "./route-table.js";
import type { RouteDef } from "./route-types.js";
import { splitHostPath } from "./split-host-path.js";

const handle = (): { status: number } => ({ status: 200 });
const routes = compileRoutes([
  { method: "GET", host: "region", path: "/endpoint/v1/endpoints/{endpointId}", scope: "tenant", handle },
  { method: "POST", host: "region", path: "/endpoint/v1/endpoints/isolation", scope: "tenant", handle },
  {
    method: "GET",
    host: "region",
    path: "/endpoint/v1/endpoints/{endpointId}/isolation",
    scope: "tenant",
    handle,
  },
] satisfies RouteDef[]);

test("literal segments win over parameters; parameters are decoded", () => {
  const literal = matchRoute(routes, "region", "POST", "/endpoint/v1/endpoints/isolation");
  assert.equal(literal.kind === "route" && literal.route.key, "POST /endpoint/v1/endpoints/isolation");
  const param = matchRoute(routes, "region", "GET", "/endpoint/v1/endpoints/a%20b/isolation");
  assert.ok(param.kind === "route");
  assert.deepEqual(param.params, { endpointId: "a b" });
});

test("method, host and path must all match", () => {
  assert.equal(matchRoute(routes, "region", "DELETE", "/endpoint/v1/endpoints/x").kind, "none");
  assert.equal(matchRoute(routes, "global", "GET", "/endpoint/v1/endpoints/x").kind, "none");
  assert.equal(matchRoute(routes, "region", "GET", "/endpoint/v1/endpoints/x/y").kind, "none");
});

test("host prefixes map to the three Sophos hosts; unknown regions are no host", () => {
  assert.deepEqual(splitHostPath("/id/api/v2/oauth2/token"), { kind: "id", path: "/api/v2/oauth2/token" });
  assert.deepEqual(splitHostPath("/api/whoami/v1"), { kind: "global", path: "/whoami/v1" });
  assert.deepEqual(splitHostPath("/region/us03/common/v1/alerts"), {
    kind: "region",
    region: "us03",
    path: "/common/v1/alerts",
  });
  assert.equal(splitHostPath("/region/zz99/common/v1/alerts"), undefined);
  assert.equal(splitHostPath("/apix/whoami/v1"), undefined);
});
