import { createHash } from "node:crypto";
import { builtinQueries } from "../../../hunt/templates/builtin-queries.js";
import type { HuntApi } from "../../../hunt/templates/build-ioc-template.js";
import type { Estate, EstateTenant } from "../../estate/estate-types.js";
import type { EstateSavedQuery } from "../../estate/saved-queries/estate-saved-query-types.js";

/** A catalogue query as served by `GET /queries`. */
export interface CatalogueQuery {
  id: string;
  name: string;
  code: string;
  description: string;
  template: string;
  variables: Array<{ name: string; dataType: string; pivotType?: string }>;
  categories: Array<{ id: string }>;
  type: "canned" | "custom";
  tenant?: { id: string };
  supportedOSes: string[];
  createdAt: string;
  updatedAt: string;
}

/** A catalogue category as served by `GET /queries/categories` (without `queryCount`). */
export interface CatalogueCategory {
  id: string;
  name: string;
  code: string;
  type: "canned" | "custom";
}

/**
 * Whose saved queries a catalogue includes: the estate's top-level ones and the tenant's own. A
 * route's context fits as it is (`catalogueQueries("ld", context)`); without a scope only the
 * canned queries are listed.
 */
export interface CatalogueScope {
  state: { estate: Estate };
  tenant: EstateTenant | undefined;
}

/** A stable UUID-shaped id from a name (so catalogue ids survive restarts). */
function stableId(...parts: string[]): string {
  const h = createHash("sha256").update(parts.join("|")).digest("hex");
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-8${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

const STAMP = "2024-01-01T00:00:00.000Z";
const ALL_OSES = ["windowsComputer", "windowsServer", "macOSComputer", "linuxServer"];
const slug = (name: string): string => name.toLowerCase().replace(/[^a-z0-9]+/g, "-");
const CANNED = new Map<HuntApi, CatalogueQuery[]>();

/** The one canned category of an API. */
export function catalogueCategory(api: HuntApi): CatalogueCategory {
  return { id: stableId(api, "category"), name: "Threat hunting", code: "threat-hunting", type: "canned" };
}

function customCategory(api: HuntApi, name: string): CatalogueCategory {
  return { id: stableId(api, "custom-category", name), name, code: slug(name), type: "custom" };
}

function savedOf(api: HuntApi, scope: CatalogueScope | undefined): EstateSavedQuery[] {
  if (scope === undefined) return [];
  const all = [...(scope.state.estate.savedQueries ?? []), ...(scope.tenant?.savedQueries ?? [])];
  return all.filter((q) => q.api === api);
}

/** The canned and saved categories of an API's catalogue, each with its `queryCount`. */
export function catalogueCategories(
  api: HuntApi,
  scope?: CatalogueScope,
): Array<CatalogueCategory & { queryCount: number }> {
  const counts = new Map<string, number>();
  for (const query of catalogueQueries(api, scope))
    for (const { id } of query.categories) counts.set(id, (counts.get(id) ?? 0) + 1);
  const custom = new Map(savedOf(api, scope).map((q) => [q.category, customCategory(api, q.category)]));
  return [catalogueCategory(api), ...custom.values()].map((c) => ({
    ...c,
    queryCount: counts.get(c.id) ?? 0,
  }));
}

/**
 * The queries of an API's catalogue: the canned IOC hunting queries, then (with a scope) the
 * estate's saved queries for the tenant. Runs started with `savedQuery {queryId}` look ids up here.
 */
export function catalogueQueries(api: HuntApi, scope?: CatalogueScope): CatalogueQuery[] {
  let canned = CANNED.get(api);
  if (canned === undefined) {
    const category = catalogueCategory(api);
    canned = builtinQueries(api).map((q) => ({
      id: stableId(api, q.name),
      name: q.name,
      code: slug(q.name),
      description: q.description,
      template: q.template,
      variables: q.variables,
      categories: [{ id: category.id }],
      type: "canned",
      supportedOSes: ALL_OSES,
      createdAt: STAMP,
      updatedAt: STAMP,
    }));
    CANNED.set(api, canned);
  }
  const saved = savedOf(api, scope);
  if (saved.length === 0) return canned;
  const stamp = scope?.state.estate.generatedAt ?? STAMP;
  return [
    ...canned,
    ...saved.map((q): CatalogueQuery => ({
      id: q.id,
      name: q.name,
      code: slug(q.name),
      description: q.description,
      template: q.template,
      variables: q.variables,
      categories: [{ id: customCategory(api, q.category).id }],
      type: "custom",
      ...(scope?.tenant === undefined ? {} : { tenant: { id: scope.tenant.id } }),
      supportedOSes: ALL_OSES,
      createdAt: stamp,
      updatedAt: stamp,
    })),
  ];
}
