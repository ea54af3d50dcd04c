import { CentralError } from "./errors.js";
import type { KeyPage } from "./paginate-by-key.js";
import type { NumberPage } from "./paginate-by-page.js";

/**
 * Check that a list response has the `{items: [...], pages?: {...}}` envelope. Items themselves are
 * not validated one by one: listings of millions of devices stay cheap, and records keep unknown
 * fields for lossless export.
 */
export function readPage<T>(body: unknown, where: string): KeyPage<T> & NumberPage<T> {
  if (typeof body === "object" && body !== null && Array.isArray((body as { items?: unknown }).items)) {
    const pages = (body as { pages?: unknown }).pages;
    return {
      items: (body as { items: T[] }).items,
      pages:
        typeof pages === "object" && pages !== null
          ? (pages as KeyPage<T>["pages"] & NumberPage<T>["pages"])
          : undefined,
    };
  }
  throw new CentralError(
    `Unexpected list response from ${where}: no "items" array. A proxy may be answering instead of Sophos Central, ` +
      "or the API changed; report this with the route.",
  );
}
