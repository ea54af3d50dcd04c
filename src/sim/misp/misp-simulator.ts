import { type ServerResponse, createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { readBody, send } from "./sim-http.js";
import { handleSightingRequest, type MispSimSighting } from "./add-sighting.js";
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
  /** False: `/sightings/*` answers 405 as an instance with `Plugin.Sightings_enable` off. Default true. */
  sightingsEnabled?: boolean;
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
  /** Every sighting added through `POST /sightings/add`, in order. */
  sightings: MispSimSighting[];
  close(): Promise<void>;
}

const AUTH_FAILED =
  "Authentication failed. Please make sure you pass the API key of an API enabled user along in the Authorization header.";

/**
 * Start a MISP simulator on node:http serving `POST /attributes/restSearch` (and `.json`) with MISP's
 * JSON response shape, filters (eventid, type, tags, to_ids, published, publish_timestamp/last,
 * timestamp, enforceWarninglist, deleted, value, category), limit/page paging, and MISP's 403 body on
 * a wrong key; and `POST /sightings/add(/{id})`, whose sightings tests read from `sightings`.
 * Unknown routes answer 404, wrong methods 405.
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
  const sightings: MispSimSighting[] = [];

  const sight = (res: ServerResponse, text: string, path: string, pathId: string | undefined): void => {
    const outcome = handleSightingRequest(events, text, {
      enabled: options.sightingsEnabled !== false,
      pathId,
      path,
      nowSec: Math.floor(now() / 1000),
      nextId: sightings.length + 1,
      rng,
    });
    sightings.push(...outcome.stored);
    send(res, outcome.status, outcome.body);
  };

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
        const sighting = /^\/sightings\/add(?:\/([^/]+))?\/?$/.exec(path);
        if (sighting && req.method === "POST") return sight(res, text, path, sighting[1]);
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
    sightings,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}
