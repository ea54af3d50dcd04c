import { createHash } from "node:crypto";

/**
 * The id of a saved query a file gives without one: a UUID-shaped hash of API and name, so it is
 * the same on every load and in every tenant.
 */
export function savedQueryId(api: string, name: string): string {
  const h = createHash("sha256").update(`saved-query|${api}|${name}`).digest("hex");
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-8${h.slice(17, 20)}-${h.slice(20, 32)}`;
}
