import { type IncomingMessage, type ServerResponse, createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { buildEvents } from "./build-events.js";
import { generateBulkEvent, generateEvents } from "./generate-events.js";
import { searchAttributes } from "./search-attributes.js";
import { SeededRandom } from "./seeded-random.js";
import { buildTagRegistry, serialiseAttribute } from "./serialise-attribute.js";
import type { MispSimEventInput, MispSimEventSummary } from "./sim-types.js";

/** Options for {@link startMispSimulator}. */
export interface MispSimulatorOptions {
  /** Default 0: any free port. */
  port?: number;
  /** Default 127.0.0.1. */
  host?: string;
  /** Events to serve; default: generated from `seed`. */
  events?: MispSimEventInput[];
  /** Seed for generated events, uuids and the default key. Default 1. */
  seed?: number;
  /** The key clients must send in `Authorization` (or `X-MISP-AUTH`). Default: derived from the seed. */
  apiKey?: string;
  /** Add a bulk event with this many distinct attributes (e.g. 20,000). Default 0: none. */
  largeEventSize?: number;
  /** Clock in epoch ms, for relative windows like `30d`. Default Date.now. */
  now?: () => number;
}

/** Counters and recent request bodies, for tests to assert on. */
export interface MispSimStats {
  requests: number;
  searches: number;
  authFailures: number;
  /** The last 100 restSearch bodies, parsed. */
  bodies: unknown[];
}

/** A running simulator. */
export interface MispSimulator {
  url: string;
  apiKey: string;
  stats: MispSimStats;
  events: MispSimEventSummary[];
  close(): Promise<void>;
}

const MAX_BODY = 5 * 1024 * 1024;
const AUTH_FAILED =
  "Authentication failed. Please make sure you pass the API key of an API enabled user along in the Authorization header.";

function send(
  res: ServerResponse,
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
): void {
  res.writeHead(status, { "content-type": "application/json; charset=UTF-8", ...headers });
  res.end(JSON.stringify(body));
}

function readBody(req: IncomingMessage): Promise<string | undefined> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on("data", (chunk: Buffer) => {
      size += chunk.length;
      if (size <= MAX_BODY) chunks.push(chunk);
    });
    req.on("end", () => resolve(size > MAX_BODY ? undefined : Buffer.concat(chunks).toString("utf8")));
    req.on("error", reject);
  });
}

/**
 * Start a MISP simulator on node:http serving `POST /attributes/restSearch` (and `.json`) with MISP's
 * JSON response shape, filters (eventid, type, tags, to_ids, published, publish_timestamp/last,
 * timestamp, enforceWarninglist, deleted, value, category), limit/page paging, and MISP's 403 body on
 * a wrong key. Unknown routes answer 404, wrong methods 405.
 * @example const sim = await startMispSimulator({ largeEventSize: 20_000 }); ...; await sim.close();
 */
export async function startMispSimulator(options: MispSimulatorOptions = {}): Promise<MispSimulator> {
  const seed = options.seed ?? 1;
  const rng = new SeededRandom(seed);
  const now = options.now ?? Date.now;
  const startSec = Math.floor(now() / 1000);
  const apiKey = options.apiKey ?? `sim${rng.hex(37)}`;
  const inputs = [...(options.events ?? generateEvents(rng, startSec))];
  if (options.largeEventSize) inputs.push(generateBulkEvent(rng, startSec, options.largeEventSize));
  const events = buildEvents(inputs, rng, startSec);
  const registry = buildTagRegistry(events);
  const stats: MispSimStats = { requests: 0, searches: 0, authFailures: 0, bodies: [] };

  const restSearch = (res: ServerResponse, text: string, path: string): void => {
    let parsed: unknown;
    try {
      parsed = text.trim() === "" ? {} : JSON.parse(text);
    } catch {
      return send(res, 400, {
        name: "Bad Request",
        message: "The request body is not valid JSON.",
        url: path,
      });
    }
    const outer = (typeof parsed === "object" && parsed !== null ? parsed : {}) as Record<string, unknown>;
    const body = (
      typeof outer["request"] === "object" && outer["request"] !== null ? outer["request"] : outer
    ) as Record<string, unknown>;
    stats.searches++;
    stats.bodies.push(body);
    if (stats.bodies.length > 100) stats.bodies.shift();
    const format = body["returnFormat"];
    if (format !== undefined && format !== "json") {
      return send(res, 400, {
        name: "Bad Request",
        message: `The simulator only serves returnFormat json, not ${String(format)}.`,
        url: path,
      });
    }
    const result = searchAttributes(events, body, Math.floor(now() / 1000));
    if (!result.ok) return send(res, 400, { name: "Bad Request", message: result.message, url: path });
    const limit = Number(body["limit"]);
    const page = Math.max(1, Number(body["page"]) || 1);
    const rows =
      Number.isInteger(limit) && limit > 0
        ? result.rows.slice((page - 1) * limit, page * limit)
        : result.rows;
    const flags = {
      includeEventTags: body["includeEventTags"] === true || body["includeEventTags"] === 1,
      includeEventUuid: body["includeEventUuid"] === true || body["includeEventUuid"] === 1,
    };
    const attributes = rows.map((row) => serialiseAttribute(row, registry, flags));
    send(
      res,
      200,
      { response: { Attribute: attributes } },
      {
        "x-result-count": String(attributes.length),
        "x-export-module-used": "json",
        "x-response-format": "json",
      },
    );
  };

  const server = createServer((req, res) => {
    stats.requests++;
    const path = (req.url ?? "/").split("?")[0] ?? "/";
    readBody(req)
      .then((text) => {
        const key = req.headers["authorization"] ?? req.headers["x-misp-auth"];
        if (key !== apiKey) {
          stats.authFailures++;
          return send(res, 403, { name: AUTH_FAILED, message: AUTH_FAILED, url: path });
        }
        if (text === undefined)
          return send(res, 413, { name: "Payload Too Large", message: "Request body too large.", url: path });
        if (!/^\/attributes\/restSearch(\.json)?\/?$/.test(path))
          return send(res, 404, { name: "Not Found", message: "Not Found", url: path });
        if (req.method !== "POST")
          return send(res, 405, {
            name: "Method Not Allowed",
            message: "Use POST for /attributes/restSearch.",
            url: path,
          });
        return restSearch(res, text, path);
      })
      .catch(() =>
        send(res, 500, {
          name: "Internal Error",
          message: "The simulator failed to read the request.",
          url: path,
        }),
      );
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port ?? 0, options.host ?? "127.0.0.1", () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://${options.host ?? "127.0.0.1"}:${port}`,
    apiKey,
    stats,
    events: events.map((e) => ({
      id: e.id,
      uuid: e.uuid,
      info: e.info,
      published: e.published,
      publishTimestamp: e.publishTimestamp,
      tags: [...e.tags],
      attributeCount: e.attributes.length,
    })),
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}
