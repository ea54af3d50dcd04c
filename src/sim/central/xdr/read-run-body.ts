import { badRequest } from "../http/sim-http-error.js";

/** A validated query variable. */
export interface RunVariable {
  name: string;
  dataType: string;
  value: string;
  pivotType?: string;
}

const DATA_TYPES = ["text", "integer", "double", "boolean", "dateTime"];

/** Validate `variables[]` (reference §7.2): name, dataType from the list, value always a string. */
export function readVariables(raw: unknown): RunVariable[] {
  if (raw === undefined) return [];
  if (!Array.isArray(raw)) throw badRequest("variables must be an array");
  return raw.map((v: unknown, i) => {
    const item = (v ?? {}) as Record<string, unknown>;
    if (typeof item["name"] !== "string" || item["name"] === "")
      throw badRequest(`variables[${i}].name is required`);
    if (typeof item["dataType"] !== "string" || !DATA_TYPES.includes(item["dataType"]))
      throw badRequest(`variables[${i}].dataType must be one of ${DATA_TYPES.join(", ")}`);
    if (typeof item["value"] !== "string") throw badRequest(`variables[${i}].value must be a string`);
    return item as unknown as RunVariable;
  });
}

/** Replace every `$$name$$` of the template by its variable's value (raw, as Sophos does). */
export function substitute(template: string, variables: readonly RunVariable[]): string {
  let sql = template;
  for (const v of variables) sql = sql.split(`$$${v.name}$$`).join(v.value);
  return sql;
}

/**
 * The query of a run body: exactly one of `adHocQuery {template, name?}` or `savedQuery {queryId}`
 * resolved through `lookup`.
 */
export function readQuery(
  body: Record<string, unknown>,
  lookup: (id: string) => { id: string; name: string; template: string } | undefined,
): { name: string; template: string; query?: { id: string; name: string } } {
  const adHoc = body["adHocQuery"] as Record<string, unknown> | undefined;
  const saved = body["savedQuery"] as Record<string, unknown> | undefined;
  if ((adHoc === undefined) === (saved === undefined))
    throw badRequest("exactly one of adHocQuery and savedQuery is required");
  if (adHoc) {
    const template = adHoc["template"];
    if (typeof template !== "string" || template.length < 15 || template.length > 50000)
      throw badRequest("adHocQuery.template must be a string of 15 to 50000 characters");
    const name = typeof adHoc["name"] === "string" ? adHoc["name"] : "Ad hoc query";
    return { name, template };
  }
  const found = typeof saved!["queryId"] === "string" ? lookup(saved!["queryId"]) : undefined;
  if (!found) throw badRequest("savedQuery.queryId does not name a query of the catalogue");
  return { name: found.name, template: found.template, query: { id: found.id, name: found.name } };
}
