import type { SeededRandom } from "./seeded-random.js";
import type { MispSimEventInput, SimEvent } from "./sim-types.js";

// Default categories per type, after MISP's type table, so responses look like a real instance's.
const CATEGORY: Readonly<Record<string, string>> = {
  "ip-src": "Network activity",
  "ip-dst": "Network activity",
  "ip-src|port": "Network activity",
  "ip-dst|port": "Network activity",
  port: "Network activity",
  domain: "Network activity",
  hostname: "Network activity",
  "domain|ip": "Network activity",
  "hostname|port": "Network activity",
  url: "Network activity",
  uri: "Network activity",
  link: "External analysis",
  regkey: "Persistence mechanism",
  mutex: "Artifacts dropped",
  text: "Payload delivery",
};

/**
 * Turn event descriptions into stored events with ids and uuids. Event ids continue from the
 * highest given id; attribute ids are numbered across all events in order, as MISP's are.
 */
export function buildEvents(
  inputs: readonly MispSimEventInput[],
  rng: SeededRandom,
  nowSec: number,
): SimEvent[] {
  let nextEventId = 1;
  let nextAttributeId = 1;
  let nextObjectId = 1;
  return inputs.map((input) => {
    const id = input.id === undefined ? String(nextEventId) : String(input.id);
    nextEventId = Math.max(nextEventId, Number(id) || 0) + 1;
    const published = input.published ?? true;
    const orgId = input.orgId ?? "1";
    return {
      id,
      uuid: rng.uuid(),
      info: input.info,
      orgId,
      orgcId: orgId,
      published,
      publishTimestamp: input.publishTimestamp ?? (published ? nowSec : 0),
      tags: [...(input.tags ?? [])],
      attributes: input.attributes.map((a) => ({
        id: String(nextAttributeId++),
        uuid: rng.uuid(),
        type: a.type,
        category: a.category ?? CATEGORY[a.type] ?? "Payload delivery",
        value: a.value,
        toIds: a.toIds ?? true,
        timestamp: a.timestamp ?? nowSec,
        comment: a.comment ?? "",
        objectId: a.objectRelation ? String(nextObjectId++) : "0",
        objectRelation: a.objectRelation ?? null,
        deleted: a.deleted ?? false,
        tags: [...(a.tags ?? [])],
        onWarninglist: a.onWarninglist ?? false,
      })),
    };
  });
}
