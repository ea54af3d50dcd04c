import { after } from "node:test";
import type { ServerResponse } from "node:http";
import { CentralClient, type CentralClientOptions } from "../../../src/central/index.js";
import { createLogger } from "../../../src/util/logger.js";
import { json, startScriptedServer, type SeenRequest } from "./scripted-server.js";

/** The client secret the fake token route accepts. */
export const SECRET = "very-secret-client-secret-42";
/** Fast retries so failure paths take milliseconds. */
export const fast = { maxAttempts: 4, baseDelayMs: 5, maxDelayMs: 20 };

type Route = (req: SeenRequest, res: ServerResponse) => void | Promise<void>;

/**
 * A scripted Central on a real socket: the token route is built in (token-N per issue), every other
 * request goes to `api`. Servers and clients are closed after the test.
 */
export async function fakeCentral(api: Route, tokenTtl = 3600) {
  let issued = 0;
  const server = await startScriptedServer((req, res) => {
    if (req.url === "/id/api/v2/oauth2/token") {
      const form = new URLSearchParams(req.body);
      if (form.get("client_secret") !== SECRET) {
        return json(res, 401, {
          errorCode: "oauth.invalid_client_secret",
          message: "Unauthorized",
          trackingId: "t-1",
        });
      }
      issued += 1;
      return json(res, 200, { access_token: `token-${issued}`, expires_in: tokenTtl, errorCode: "success" });
    }
    return api(req, res);
  });
  after(() => server.close());
  const lines: string[] = [];
  const client = (extra: Partial<CentralClientOptions> = {}) => {
    const c = new CentralClient({
      clientId: "client-abc",
      clientSecret: SECRET,
      idUrl: `${server.url}/id/`,
      apiUrl: `${server.url}/api`,
      retry: fast,
      logger: createLogger("debug", (l) => lines.push(l)),
      ...extra,
    });
    after(() => c.close());
    return c;
  };
  const tenant = { id: "tenant-1", name: "Acme", apiHost: `${server.url}/region/eu01/` };
  return { server, client, lines, issued: () => issued, tenant };
}

/** The requests other than token calls. */
export const apiCalls = (seen: SeenRequest[]) => seen.filter((r) => !r.url.includes("oauth2"));
