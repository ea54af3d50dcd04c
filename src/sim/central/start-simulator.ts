import { createServer as createHttpServer, type Server } from "node:http";
import { createServer as createHttpsServer } from "node:https";
import type { AddressInfo } from "node:net";
import { generateEstate } from "../estate/generate-estate.js";
import { createControls } from "./create-controls.js";
import { createRequestHandler } from "./handle-request.js";
import { ALL_ROUTES } from "./routes/all-routes.js";
import { compileRoutes } from "./routing/route-table.js";
import { SimState } from "./sim-state.js";
import type { RunningSimulator, SimulatorOptions } from "./simulator-types.js";

function checkRange(value: number, name: string, min: number, max: number): number {
  if (!(value >= min && value <= max))
    throw new RangeError(`simulator option ${name} must be within ${min}..${max}, got ${value}`);
  return value;
}

/**
 * Start a Sophos Central simulator on 127.0.0.1: the token service, the global API and one host per
 * data region, over one estate (given or generated). A client written for the real service works
 * against it with only its base URLs changed.
 *
 * @example
 * const sim = await startSimulator({ seed: 1, tenants: 3, endpointsPerTenant: 100 });
 * const partner = sim.credentials.find((c) => c.kind === "partner");
 * // POST `${sim.idUrl}/api/v2/oauth2/token`, then GET `${sim.apiUrl}/whoami/v1` ...
 * await sim.close();
 */
export async function startSimulator(options: SimulatorOptions = {}): Promise<RunningSimulator> {
  const now = options.now ?? Date.now;
  const seed = options.seed ?? 1;
  const estate =
    options.estate ??
    generateEstate({
      seed,
      tenants: options.tenants ?? 5,
      endpointsPerTenant: options.endpointsPerTenant ?? 200,
      now: now(),
      ...(options.alertsPerTenant === undefined ? {} : { alertsPerTenant: options.alertsPerTenant }),
      ...(options.unmanagedTenants === undefined ? {} : { unmanagedTenants: options.unmanagedTenants }),
      ...(options.tenantsWithoutApiHost === undefined
        ? {}
        : { tenantsWithoutApiHost: options.tenantsWithoutApiHost }),
      ...(options.telemetry === undefined ? {} : { telemetry: options.telemetry }),
    });
  const state = new SimState({
    estate,
    seed,
    latencyMs: checkRange(options.latencyMs ?? 0, "latencyMs", 0, 600_000),
    faultRate: checkRange(options.faultRate ?? 0, "faultRate", 0, 1),
    rateLimit:
      options.rateLimit === undefined ? undefined : checkRange(options.rateLimit, "rateLimit", 0, 1_000_000),
    tokenTtlSeconds: checkRange(options.tokenTtlSeconds ?? 3600, "tokenTtlSeconds", 1, 86_400 * 365),
    isolationChangeSeconds: checkRange(
      options.isolationChangeSeconds ?? 30,
      "isolationChangeSeconds",
      0,
      86_400,
    ),
    now,
  });
  const routes = compileRoutes(ALL_ROUTES);
  const handler = createRequestHandler(state, routes);
  const server: Server = options.tls
    ? createHttpsServer(
        { key: options.tls.key, cert: options.tls.cert },
        (req, res) => void handler(req, res),
      )
    : createHttpServer((req, res) => void handler(req, res));
  // Clients keep connections alive between pages; outlive their idle timeouts so that a reused
  // socket is never closed under a request by us.
  server.keepAliveTimeout = 65_000;
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port ?? 0, "127.0.0.1", () => {
      server.off("error", reject);
      resolve();
    });
  });
  const { port } = server.address() as AddressInfo;
  state.baseUrl = `${options.tls ? "https" : "http"}://127.0.0.1:${port}`;
  return {
    idUrl: state.idUrl,
    apiUrl: state.apiUrl,
    regionUrl: (region) => state.regionUrl(region),
    credentials: estate.credentials,
    estate,
    stats: state.stats,
    controls: createControls(state, routes, seed),
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      }),
  };
}
