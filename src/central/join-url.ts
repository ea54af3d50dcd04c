/** A query value: arrays become one comma-separated parameter (reference §11.4); undefined is dropped. */
export type QueryValue = string | number | boolean | Date | readonly string[] | undefined | null;

/** Query parameters of a Central request. */
export type Query = Readonly<Record<string, QueryValue>>;

/** Strip trailing slashes so that `https://api-eu01.central.sophos.com/` and the bare host compare equal. */
export function normaliseBaseUrl(base: string): string {
  return base.trim().replace(/\/+$/, "");
}

function encodeValue(value: Exclude<QueryValue, undefined | null>): string {
  if (value instanceof Date) return encodeURIComponent(value.toISOString());
  if (Array.isArray(value)) return value.map((v: string) => encodeURIComponent(v)).join(",");
  return encodeURIComponent(String(value));
}

/** Build `a=1&b=x,y` in insertion order; values are percent-encoded (opaque `nextKey`s included). */
export function buildQuery(query: Query | undefined): string {
  if (!query) return "";
  const parts: string[] = [];
  for (const [key, value] of Object.entries(query)) {
    if (value === undefined || value === null) continue;
    if (Array.isArray(value) && value.length === 0) continue;
    parts.push(`${encodeURIComponent(key)}=${encodeValue(value as Exclude<QueryValue, undefined | null>)}`);
  }
  return parts.join("&");
}

/**
 * Join a base URL and an API path, keeping any path the base already has: the simulator serves
 * bases like `http://127.0.0.1:P/region/eu01`, and `new URL("/endpoint/v1", base)` would drop it.
 *
 * @example joinUrl("http://h/api/", "/whoami/v1") // "http://h/api/whoami/v1"
 */
export function joinUrl(base: string, path: string, query?: Query): string {
  const root = normaliseBaseUrl(base);
  const tail = path.startsWith("/") ? path : `/${path}`;
  const search = buildQuery(query);
  return search === "" ? `${root}${tail}` : `${root}${tail}${tail.includes("?") ? "&" : "?"}${search}`;
}

/** Encode one path segment (ids come from the API but are still untrusted text). */
export function pathSegment(value: string): string {
  return encodeURIComponent(value);
}
