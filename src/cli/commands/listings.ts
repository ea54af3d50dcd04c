import type { TenantClient } from "../../central/index.js";
import type { Admin, Firewall, FirewallGroup, LocalSite, Role } from "../../central/types.js";
import type { CommandContext } from "../context.js";
import type { ExitCodeValue } from "../exit-codes.js";
import type { Column } from "../output/column.js";
import { runTenantCollection, type Attributed, type CollectionTarget } from "../tenant-collection.js";

/** A read-only listing command: one API collection per tenant, with its table/CSV columns. */
interface Listing<R> {
  kind: string;
  columns: Column<Attributed<R>>[];
  list(tenantClient: TenantClient): AsyncIterable<R>;
}

const text = (value: unknown): string | undefined =>
  value === undefined || value === null
    ? undefined
    : typeof value === "object"
      ? JSON.stringify(value)
      : String(value);
const field =
  <R extends object>(...path: string[]) =>
  (record: R): string | undefined =>
    text(path.reduce<unknown>((at, key) => (at as Record<string, unknown> | undefined)?.[key], record));

const tenantColumn = { header: "tenant", value: (r: { tenant: { name: string } }) => r.tenant.name };

/** The listings behind `local-sites`, `admins`, `roles`, `firewalls` and `firewall-groups`. */
export const LISTINGS = {
  "local-sites": {
    kind: "local-sites",
    columns: [
      tenantColumn,
      { header: "url", value: field("url") },
      { header: "categoryId", value: field("categoryId") },
      { header: "tags", value: (s) => s.tags?.join(" ") },
      { header: "comment", value: field("comment") },
      { header: "id", value: field("id") },
    ],
    list: (tenantClient) => tenantClient.localSites(),
  } satisfies Listing<LocalSite>,
  admins: {
    kind: "admins",
    columns: [
      tenantColumn,
      { header: "name", value: field("profile", "firstName") },
      { header: "lastName", value: field("profile", "lastName") },
      { header: "email", value: field("profile", "email") },
      { header: "roles", value: field("roleAssignments") },
      { header: "id", value: field("id") },
    ],
    list: (tenantClient) => tenantClient.admins(),
  } satisfies Listing<Admin>,
  roles: {
    kind: "roles",
    columns: [
      tenantColumn,
      { header: "name", value: field("name") },
      { header: "type", value: field("type") },
      { header: "principalType", value: field("principalType") },
      { header: "description", value: field("description") },
      { header: "id", value: field("id") },
    ],
    list: (tenantClient) => tenantClient.roles(),
  } satisfies Listing<Role>,
  firewalls: {
    kind: "firewalls",
    columns: [
      tenantColumn,
      { header: "hostname", value: field("hostname") },
      { header: "name", value: field("name") },
      { header: "serialNumber", value: field("serialNumber") },
      { header: "firmware", value: field("firmwareVersion") },
      { header: "model", value: field("model") },
      { header: "status", value: field("status", "connected") },
      { header: "id", value: field("id") },
    ],
    list: (tenantClient) => tenantClient.firewalls(),
  } satisfies Listing<Firewall>,
  "firewall-groups": {
    kind: "firewall-groups",
    columns: [
      tenantColumn,
      { header: "name", value: field("name") },
      { header: "firewalls", value: field("firewalls", "total") },
      { header: "id", value: field("id") },
    ],
    list: (tenantClient) => tenantClient.firewallGroups(),
  } satisfies Listing<FirewallGroup>,
};

/** Run one of {@link LISTINGS} over the selected tenants. */
export function listingCommand<R extends object>(
  context: CommandContext,
  listing: Listing<R>,
  target: CollectionTarget,
): Promise<ExitCodeValue> {
  return runTenantCollection<R>(
    context,
    {
      kind: listing.kind,
      columns: listing.columns,
      async collect(tenantClient, emit) {
        for await (const record of listing.list(tenantClient)) await emit(record);
      },
    },
    target,
  );
}
