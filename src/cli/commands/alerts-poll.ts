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

interface PollInput {
  store: Store;
  tenantClient: TenantClient;
  emit: (alert: Alert) => Promise<void>;
  /** Resolves once everything emitted is durable in the output (stdout, or a sink's spool). */
  checkpoint?: () => Promise<void>;
  filters: AlertQuery;
  now: Date;
  firstWindowDays: number;
  reset: boolean;
}

/** Alerts committed as delivered in one transaction, after one checkpoint of the output. */
const COMMIT_EVERY = 500;

/**
 * One poll of one tenant. The window starts where the previous poll ended (minus the overlap) and
 * ends at `now`. Alerts are committed as delivered in groups, each once the output made them durable
 * (`checkpoint`: a sink's spool), keeping the old cursor; only when the whole window is read does
 * the cursor move to `now`. A failure at any point commits what was written and rethrows, so it
 * repeats nothing that was delivered and skips nothing that was not; a kill between a checkpoint
 * and its commit can re-send (never lose) up to one group, with the same stable event id.
 */
export async function pollAlerts(input: PollInput): Promise<void> {
  const { store, tenantClient, emit, now } = input;
  const tenantId = tenantClient.tenant.id;
  if (input.reset) await store.cursors.reset(ALERTS_STREAM, tenantId);
  const previous = await store.cursors.get(ALERTS_STREAM, tenantId);
  const previousEnd = previous ? Date.parse(previous) : Number.NaN;
  const from = Number.isNaN(previousEnd)
    ? new Date(now.getTime() - input.firstWindowDays * 86_400_000)
    : new Date(previousEnd - OVERLAP_MS);

  const checkpoint = input.checkpoint ?? (() => Promise.resolve());
  let pending: string[] = [];
  const commitPending = async (cursor: string | undefined): Promise<void> => {
    await checkpoint();
    await store.cursors.commitDelivery(ALERTS_STREAM, tenantId, pending, cursor);
    pending = [];
  };
  try {
    for await (const alert of tenantClient.alerts({ ...input.filters, from, to: now })) {
      if (await store.cursors.isDelivered(ALERTS_STREAM, tenantId, alert.id)) continue;
      await emit(alert);
      pending.push(alert.id);
      if (pending.length >= COMMIT_EVERY) await commitPending(undefined);
    }
  } catch (error) {
    // What was emitted before the failure is in the output (or its spool): record it, then fail.
    await commitPending(undefined).catch(() => undefined);
    throw error;
  }
  await commitPending(now.toISOString());
  await store.cursors.prune(ALERTS_STREAM, tenantId, now.getTime() - KEEP_DELIVERED_MS);
}
