import type { SeededRandom } from "./seeded-random.js";
import type { SimEvent } from "./sim-types.js";

/** A sighting the simulator stored, as MISP returns it (plus the value, for tests). */
export interface MispSimSighting {
  id: string;
  attributeId: string;
  eventId: string;
  value: string;
  source: string;
  /** "0" sighting, "1" false positive, "2" expiration. */
  type: string;
  /** Epoch seconds. */
  dateSighting: number;
  uuid: string;
}

/** The answer to one `POST /sightings/add`, and what to store. */
export interface SightingOutcome {
  status: number;
  body: unknown;
  stored: MispSimSighting[];
}

const fail = (path: string, errors: string): SightingOutcome => ({
  status: 403,
  body: {
    saved: false,
    name: "Could not add Sighting",
    message: "Could not add Sighting",
    url: path,
    errors,
  },
  stored: [],
});

/*
 * MISP's `SightingsController::add` over the simulator's events: the attribute comes from the path
 * (`/sightings/add/{id}`), `id`/`uuid`, or `values`/`value` (every live attribute with the value);
 * `timestamp` defaults to now; `source` and `type` are kept. One sighting answers with the
 * Sighting object, several with `{saved, success}`; none found is 403 `{saved: false, errors}`.
 */
function addSighting(
  events: readonly SimEvent[],
  request: Record<string, unknown>,
  options: { pathId: string | undefined; path: string; nowSec: number; nextId: number; rng: SeededRandom },
): SightingOutcome {
  const body = (request["request"] ?? request["Sighting"] ?? request) as Record<string, unknown>;
  const id = options.pathId ?? body["id"] ?? body["uuid"];
  const values =
    body["value"] !== undefined ? [body["value"]] : Array.isArray(body["values"]) ? body["values"] : [];
  const live = events.flatMap((event) =>
    event.attributes.filter((a) => !a.deleted).map((attribute) => ({ event, attribute })),
  );
  const targets =
    id !== undefined && id !== false
      ? live.filter(({ attribute }) => attribute.id === String(id) || attribute.uuid === String(id))
      : live.filter(({ attribute }) =>
          values.some((v) => [attribute.value, ...attribute.value.split("|")].includes(String(v))),
        );
  if (id === undefined && values.length === 0) return fail(options.path, "No valid attributes found.");
  if (targets.length === 0) return fail(options.path, "No valid attributes found.");
  const timestamp = Number(body["timestamp"] ?? options.nowSec);
  if (!Number.isFinite(timestamp)) return fail(options.path, "Invalid timestamp.");
  const stored = targets.map(({ event, attribute }, i) => ({
    id: String(options.nextId + i),
    attributeId: attribute.id,
    eventId: event.id,
    value: attribute.value,
    source: typeof body["source"] === "string" ? body["source"].trim() : "",
    type: String(body["type"] ?? "0"),
    dateSighting: Math.floor(timestamp),
    uuid: options.rng.uuid(),
  }));
  const one = stored[0]!;
  const answer =
    stored.length === 1
      ? {
          Sighting: {
            id: one.id,
            attribute_id: one.attributeId,
            event_id: one.eventId,
            org_id: "1",
            date_sighting: String(one.dateSighting),
            uuid: one.uuid,
            source: one.source,
            type: one.type,
          },
        }
      : {
          saved: true,
          success: true,
          name: `${stored.length} sightings successfuly added.`,
          url: options.path,
        };
  return { status: 200, body: answer, stored };
}

/**
 * `POST /sightings/add(/{id})` from the raw body: 405 when sightings are switched off (MISP's
 * `Plugin.Sightings_enable`), 400 for a body that is not JSON, else {@link addSighting}'s answer.
 */
export function handleSightingRequest(
  events: readonly SimEvent[],
  text: string,
  options: {
    enabled: boolean;
    pathId: string | undefined;
    path: string;
    nowSec: number;
    nextId: number;
    rng: SeededRandom;
  },
): SightingOutcome {
  const message = (status: number, name: string, detail: string): SightingOutcome => ({
    status,
    body: { name, message: detail, url: options.path },
    stored: [],
  });
  if (!options.enabled) {
    const off = "This feature is not enabled on this instance.";
    return message(405, off, off);
  }
  let parsed: unknown;
  try {
    parsed = text.trim() === "" ? {} : JSON.parse(text);
  } catch {
    return message(400, "Bad Request", "The request body is not valid JSON.");
  }
  const body = typeof parsed === "object" && parsed !== null ? (parsed as Record<string, unknown>) : {};
  return addSighting(events, body, options);
}
