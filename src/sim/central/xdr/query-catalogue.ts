import { createHash } from "node:crypto";
import { builtinQueries } from "../../../hunt/templates/builtin-queries.js";
import type { HuntApi } from "../../../hunt/templates/build-ioc-template.js";

/** A catalogue query as served by `GET /queries`. */
export interface CatalogueQuery {
  id: string;
  name: string;
  code: string;
  description: string;
  template: string;
  variables: Array<{ name: string; dataType: string }>;
  categories: Array<{ id: string }>;
  type: "canned";
  supportedOSes: string[];
  createdAt: string;
  updatedAt: string;
}

/** A stable UUID-shaped id from a name (so catalogue ids survive restarts). */
function stableId(...parts: string[]): string {
  const h = createHash("sha256").update(parts.join("|")).digest("hex");
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-8${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

const STAMP = "2024-01-01T00:00:00.000Z";

/** The one canned category of an API. */
export function catalogueCategory(api: HuntApi): { id: string; name: string; code: string; type: "canned" } {
  return { id: stableId(api, "category"), name: "Threat hunting", code: "threat-hunting", type: "canned" };
}

/** The canned queries of an API: the built-in IOC hunting queries. */
export function catalogueQueries(api: HuntApi): CatalogueQuery[] {
  const category = catalogueCategory(api);
  return builtinQueries(api).map((q) => ({
    id: stableId(api, q.name),
    name: q.name,
    code: q.name.toLowerCase().replace(/[^a-z0-9]+/g, "-"),
    description: q.description,
    template: q.template,
    variables: q.variables,
    categories: [{ id: category.id }],
    type: "canned",
    supportedOSes: ["windowsComputer", "windowsServer", "macOSComputer", "linuxServer"],
    createdAt: STAMP,
    updatedAt: STAMP,
  }));
}
