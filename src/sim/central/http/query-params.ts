/**
 * Typed reads of query parameters with 400 answers for bad values. Array parameters accept both the
 * spec's comma-separated form (`healthStatus=bad,suspicious`) and repeated keys
 * (`healthStatus=bad&healthStatus=suspicious`, as some clients send) (reference §11.4). Unknown
 * parameters are simply never read, i.e. ignored.
 */
import { badRequest } from "./sim-http-error.js";

/** A list parameter, or undefined when absent. Empty items are dropped. */
export function listParam(query: URLSearchParams, name: string): string[] | undefined {
  const raw = query.getAll(name);
  if (raw.length === 0) return undefined;
  return raw
    .flatMap((value) => value.split(","))
    .map((v) => v.trim())
    .filter((v) => v !== "");
}

/** A list parameter whose items must be among `allowed`. */
export function enumListParam<T extends string>(
  query: URLSearchParams,
  name: string,
  allowed: readonly T[],
): T[] | undefined {
  const values = listParam(query, name);
  if (!values) return undefined;
  for (const value of values) {
    if (!(allowed as readonly string[]).includes(value)) {
      throw badRequest(`Invalid value '${value}' for ${name}; allowed: ${allowed.join(", ")}`);
    }
  }
  return values as T[];
}

/** A single string parameter (the first if repeated), or undefined when absent. */
export function stringParam(query: URLSearchParams, name: string): string | undefined {
  const value = query.get(name);
  return value === null ? undefined : value;
}

/** A single enum parameter. */
export function enumParam<T extends string>(
  query: URLSearchParams,
  name: string,
  allowed: readonly T[],
): T | undefined {
  const value = stringParam(query, name);
  if (value === undefined) return undefined;
  if (!(allowed as readonly string[]).includes(value)) {
    throw badRequest(`Invalid value '${value}' for ${name}; allowed: ${allowed.join(", ")}`);
  }
  return value as T;
}

/** A boolean parameter: `true` or `false` (case-insensitive). */
export function boolParam(query: URLSearchParams, name: string): boolean | undefined {
  const value = stringParam(query, name);
  if (value === undefined) return undefined;
  const lower = value.toLowerCase();
  if (lower === "true") return true;
  if (lower === "false") return false;
  throw badRequest(`Invalid value '${value}' for ${name}; expected true or false`);
}

/** An integer parameter within [min, max]. */
export function intParam(query: URLSearchParams, name: string, min: number, max: number): number | undefined {
  const value = stringParam(query, name);
  if (value === undefined) return undefined;
  if (!/^-?\d+$/.test(value.trim()))
    throw badRequest(`Invalid value '${value}' for ${name}; expected an integer`);
  const n = Number(value);
  if (n < min || n > max) throw badRequest(`${name} must be between ${min} and ${max}, got ${n}`);
  return n;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Whether a string is a UUID (any version), as Central's ids are. */
export function isUuid(value: string): boolean {
  return UUID.test(value);
}
