/**
 * Durable polling state for a stream (e.g. `alerts`) per tenant: where the last poll ended and
 * which item ids were already delivered. Together they make polling deliver every item exactly
 * once across runs and crashes.
 */
export interface CursorRepository {
  /** The cursor last committed for this stream and tenant, if any. */
  get(stream: string, tenantId: string): Promise<string | undefined>;
  /**
   * Atomically record `deliveredIds` as delivered and move the cursor to `newCursor` (left as it is
   * when `undefined`). Either all of it is stored or, after a crash or error, none of it.
   */
  commitDelivery(
    stream: string,
    tenantId: string,
    deliveredIds: Iterable<string>,
    newCursor: string | undefined,
  ): Promise<void>;
  /** Whether this id was delivered (and not yet pruned). */
  isDelivered(stream: string, tenantId: string, id: string): Promise<boolean>;
  /** The ids not yet delivered, in input order, each once. */
  filterUndelivered(stream: string, tenantId: string, ids: readonly string[]): Promise<string[]>;
  /**
   * Forget ids delivered before `olderThanMs` (epoch milliseconds), keeping the set bounded.
   * Returns how many were forgotten.
   */
  prune(stream: string, tenantId: string, olderThanMs: number): Promise<number>;
  /** Drop the cursor and delivered ids of one tenant, or of every tenant when `tenantId` is omitted. */
  reset(stream: string, tenantId?: string): Promise<void>;
}
