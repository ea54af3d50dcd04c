import type { SearchRow } from "./search-attributes.js";
import type { SimEvent } from "./sim-types.js";

/** Tag name → the tag's id and colour, fixed when the simulator starts. */
export type TagRegistry = ReadonlyMap<string, { id: string; colour: string }>;

const COLOURS = ["#ffffff", "#33ff00", "#ff0033", "#ffc000", "#0088cc", "#004646"];

/** Number every tag on events and attributes in order of first appearance. */
export function buildTagRegistry(events: readonly SimEvent[]): TagRegistry {
  const registry = new Map<string, { id: string; colour: string }>();
  const note = (name: string): void => {
    if (!registry.has(name))
      registry.set(name, {
        id: String(registry.size + 1),
        colour: COLOURS[registry.size % COLOURS.length] ?? "#ffffff",
      });
  };
  for (const event of events) {
    event.tags.forEach(note);
    for (const attribute of event.attributes) attribute.tags.forEach(note);
  }
  return registry;
}

function tagJson(name: string, registry: TagRegistry, inherited: boolean): Record<string, unknown> {
  const tag = registry.get(name) ?? { id: "0", colour: "#ffffff" };
  const out: Record<string, unknown> = {
    id: tag.id,
    name,
    colour: tag.colour,
    numerical_value: null,
    is_galaxy: name.startsWith("misp-galaxy:"),
    local: 0,
  };
  if (inherited) out["inherited"] = 1;
  return out;
}

/**
 * One attribute in the JSON export shape (integrations.md §1.3): numeric strings for ids and the
 * timestamp, JSON booleans for flags, a small `Event` block, `Tag` only when there are tags (event
 * tags added with `inherited: 1` under includeEventTags), `Object` only for object attributes.
 */
export function serialiseAttribute(
  row: SearchRow,
  registry: TagRegistry,
  options: { includeEventTags: boolean; includeEventUuid: boolean },
): Record<string, unknown> {
  const { event, attribute: a } = row;
  const out: Record<string, unknown> = {
    id: a.id,
    event_id: event.id,
    object_id: a.objectId,
    object_relation: a.objectRelation,
    category: a.category,
    type: a.type,
    to_ids: a.toIds,
    uuid: a.uuid,
    timestamp: String(a.timestamp),
    distribution: "5",
    sharing_group_id: "0",
    comment: a.comment,
    deleted: a.deleted,
    disable_correlation: false,
    first_seen: null,
    last_seen: null,
    value: a.value,
    Event: {
      org_id: event.orgId,
      distribution: "1",
      id: event.id,
      info: event.info,
      orgc_id: event.orgcId,
      uuid: event.uuid,
    },
  };
  if (options.includeEventUuid) out["event_uuid"] = event.uuid;
  if (a.objectId !== "0") out["Object"] = { id: a.objectId, distribution: "5", sharing_group_id: "0" };
  const tags = [
    ...a.tags.map((t) => tagJson(t, registry, false)),
    ...(options.includeEventTags ? event.tags.map((t) => tagJson(t, registry, true)) : []),
  ];
  if (tags.length > 0) out["Tag"] = tags;
  return out;
}
