import type { AlertQuery, TenantClient } from "../../central/index.js";
import type { Alert } from "../../central/types.js";
import type { Store } from "../../store/index.js";

/** The stream name under which alert polling keeps its cursor and delivered ids. */
export const ALERTS_STREAM = "alerts";

/**
 * Alerts can appear in Central a little after their `raisedAt` (ingestion delay), so each poll reaches
 * back this far before the previous window's end; ids already delivered are filtered out.
 */
const OVERLAP_MS = 15 * 60_000;
/** Delivered ids are kept long enough to cover the overlap of any later poll, then pruned. */
const KEEP_DELIVERED_MS = 2 * 86_400_000;
/** Commit delivered ids this often, so a crash re-sends at most one batch's worth of nothing. */
const COMMIT_EVERY = 100;

interface PollInput {
  store: Store;
  tenantClient: TenantClient;
  emit: (alert: Alert) => Promise<void>;
  filters: AlertQuery;
  now: Date;
  firstWindowDays: number;
  reset: boolean;
}

/**
 * One poll of one tenant. The window starts where the previous poll ended (minus the overlap) and
 * ends at `now`. Each alert is emitted, then its id is committed with the old cursor; only when the
 * whole window is read is the cursor moved to `now`. A crash at any point therefore repeats nothing
 * that was committed and skips nothing that was not.
 */
export async function pollAlerts(input: PollInput): Promise<void> {
  const { store, tenantClient, emit, now } = input;
  const tenantId = tenantClient.tenant.id;
  if (input.reset) store.cursors.reset(ALERTS_STREAM, tenantId);
  const previous = store.cursors.get(ALERTS_STREAM, tenantId);
  const previousEnd = previous ? Date.parse(previous) : undefined;
  const from =
    previousEnd !== undefined && !Number.isNaN(previousEnd)
      ? new Date(previousEnd - OVERLAP_MS)
      : new Date(now.getTime() - input.firstWindowDays * 86_400_000);

  let pending: string[] = [];
  const commit = (cursor: string | undefined): void => {
    store.cursors.commitDelivery(ALERTS_STREAM, tenantId, pending, cursor);
    pending = [];
  };
  for await (const alert of tenantClient.alerts({ ...input.filters, from, to: now })) {
    if (store.cursors.isDelivered(ALERTS_STREAM, tenantId, alert.id)) continue;
    await emit(alert);
    pending.push(alert.id);
    if (pending.length >= COMMIT_EVERY) commit(previous);
  }
  commit(now.toISOString());
  store.cursors.prune(ALERTS_STREAM, tenantId, now.getTime() - KEEP_DELIVERED_MS);
}
