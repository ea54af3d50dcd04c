import type { AlertRow } from "./alert-row.js";

/** Newest first; equal instants by tenant and id, so the order never depends on arrival. */
export function newestFirst(a: AlertRow, b: AlertRow): number {
  return (
    b.raisedAtMs - a.raisedAtMs ||
    (a.tenantId < b.tenantId ? -1 : a.tenantId > b.tenantId ? 1 : 0) ||
    (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)
  );
}

/**
 * The newest `limit` of the rows added so far, in bounded memory whatever order they come in (the
 * listing's order is not relied on: `sort` is documented but not confirmed for the real API). Every
 * row added is counted, kept or not, so the page can say how many more exist.
 *
 * @example const keep = new NewestAlerts(200); for (const r of rows) keep.add(r); keep.rows()
 */
export class NewestAlerts {
  readonly limit: number;
  #rows: AlertRow[] = [];
  #seen = 0;

  constructor(limit: number) {
    if (!Number.isInteger(limit) || limit < 0)
      throw new RangeError(`limit must be a whole number, got ${limit}`);
    this.limit = limit;
  }

  /** How many rows were added in all. */
  get seen(): number {
    return this.#seen;
  }

  add(row: AlertRow): void {
    this.#seen += 1;
    this.#rows.push(row);
    // Trimming at twice the limit keeps memory bounded and the sort cost amortised per row.
    if (this.#rows.length >= Math.max(2 * this.limit, 64)) this.#trim();
  }

  /** The kept rows, newest first (at most `limit`). */
  rows(): AlertRow[] {
    this.#trim();
    return [...this.#rows];
  }

  #trim(): void {
    this.#rows.sort(newestFirst);
    if (this.#rows.length > this.limit) this.#rows.length = this.limit;
  }
}
