import type { EndpointQuery } from "../../central/index.js";
import type { Endpoint, EndpointView } from "../../central/types.js";
import { UsageError } from "../cli-error.js";
import type { CommandContext } from "../context.js";
import type { ExitCodeValue } from "../exit-codes.js";
import type { Column } from "../output/column.js";
import { parsePointInTime } from "../parse-time.js";
import { runTenantCollection, type Attributed, type CollectionTarget } from "../tenant-collection.js";

/** Flags of `centralctl inventory`. */
export interface InventoryOptions extends CollectionTarget {
  lastSeenBefore?: string;
  lastSeenAfter?: string;
  health?: string[];
  type?: string[];
  hostnameContains?: string;
  online?: boolean;
  view?: string;
}

const VIEWS: EndpointView[] = ["basic", "summary", "full"];
const HEALTH = ["good", "suspicious", "bad", "unknown"];
const TYPES = ["computer", "server", "securityVm"];

/** Columns of the table and CSV output; json/ndjson keep the whole record. */
export const ENDPOINT_COLUMNS: Column<Attributed<Endpoint>>[] = [
  { header: "tenant", value: (e) => e.tenant.name },
  { header: "hostname", value: (e) => e.hostname },
  { header: "id", value: (e) => e.id },
  { header: "type", value: (e) => e.type },
  { header: "os", value: (e) => e.os?.name },
  { header: "build", value: (e) => e.os?.build },
  { header: "health", value: (e) => e.health?.overall },
  { header: "lastSeenAt", value: (e) => e.lastSeenAt },
  { header: "online", value: (e) => e.online },
  { header: "user", value: (e) => e.associatedPerson?.viaLogin ?? e.associatedPerson?.name },
  { header: "group", value: (e) => e.group?.name },
  { header: "ipv4", value: (e) => e.ipv4Addresses?.join(" ") },
];

/** `centralctl inventory`: every endpoint of the selected tenants, streamed. */
export async function inventoryCommand(
  context: CommandContext,
  options: InventoryOptions,
): Promise<ExitCodeValue> {
  const query = endpointQueryFrom(options, new Date());
  return runTenantCollection<Endpoint>(
    context,
    {
      kind: "endpoints",
      columns: ENDPOINT_COLUMNS,
      async collect(tenantClient, emit) {
        for await (const endpoint of tenantClient.endpoints(query)) await emit(endpoint);
      },
    },
    options,
  );
}

/** Translate and check the filter flags before any request is made. */
export function endpointQueryFrom(options: InventoryOptions, now: Date): EndpointQuery {
  const view = (options.view ?? "full") as EndpointView;
  if (!VIEWS.includes(view))
    throw new UsageError(`--view "${options.view}" is not one of ${VIEWS.join(", ")}`);
  checkList("--health", options.health, HEALTH);
  checkList("--type", options.type, TYPES);
  const query: EndpointQuery = { view };
  if (options.lastSeenBefore)
    query.lastSeenBefore = parsePointInTime("--last-seen-before", options.lastSeenBefore, now);
  if (options.lastSeenAfter)
    query.lastSeenAfter = parsePointInTime("--last-seen-after", options.lastSeenAfter, now);
  if (options.health?.length)
    query.healthStatus = options.health as NonNullable<EndpointQuery["healthStatus"]>;
  if (options.type?.length) query.type = options.type as NonNullable<EndpointQuery["type"]>;
  if (options.hostnameContains) query.hostnameContains = options.hostnameContains;
  if (options.online !== undefined) query.online = options.online;
  return query;
}

function checkList(flag: string, values: string[] | undefined, allowed: string[]): void {
  const wrong = values?.find((value) => !allowed.includes(value));
  if (wrong !== undefined) throw new UsageError(`${flag} "${wrong}" is not one of ${allowed.join(", ")}`);
}
