/** Hits already reported per hunt, so `hunt --new-only` reports each hit once. */
export interface HuntHitRepository {
  /** The keys not seen before for this hunt, in input order, each once. */
  filterNew(huntName: string, hitKeys: readonly string[]): Promise<string[]>;
  /** Mark keys as seen (idempotent). */
  remember(huntName: string, hitKeys: readonly string[]): Promise<void>;
}
