import { z } from "zod";
import { CentralError, type TenantClient } from "../../../central/index.js";
import type { Store } from "../../../store/index.js";
import { siemPageSchema, type SiemRecord } from "./siem-page-schema.js";

/** Which SIEM feed: `GET /siem/v1/events` or `GET /siem/v1/alerts`. */
export type SiemFeed = "events" | "alerts";

/** Stream name of a feed's cursor in the state store, e.g. `siem-events`. */
export const siemStream = (feed: SiemFeed): string => `siem-${feed}`;

/** The SIEM API serves 24 h; delivered ids are kept a little longer than any item can be re-served. */
const KEEP_DELIVERED_MS = 2 * 86_400_000;

interface SiemPollInput {
  store: Store;
  tenantClient: TenantClient;
  feed: SiemFeed;
  emit: (item: SiemRecord) => Promise<void>;
  /** Resolves once everything emitted is durable in the output (stdout, or a sink's spool). */
  checkpoint: () => Promise<void>;
  /** Where the first poll of a tenant starts (no cursor stored yet); within the last 24 h. */
  since: Date;
  now: Date;
  limit: number;
}

/**
 * Read one tenant's feed from where the previous run stopped. After each page, once the output made
 * its items durable (`checkpoint`), their ids and the API's `next_cursor` are committed in one
 * transaction. A run that fails mid-page commits the items it emitted and resumes at that page,
 * skipping them: nothing lost, nothing twice (a kill between checkpoint and commit can re-send one
 * page, with the same stable ids).
 */
export async function pollSiem(input: SiemPollInput): Promise<void> {
  const { store, tenantClient, feed } = input;
  const stream = siemStream(feed);
  const tenantId = tenantClient.tenant.id;
  let cursor = await store.cursors.get(stream, tenantId);
  const path = `/siem/v1/${feed}`;
  for (;;) {
    const query = cursor
      ? { limit: input.limit, cursor }
      : { limit: input.limit, from_date: Math.floor(input.since.getTime() / 1000) };
    const page = siemPageSchema.safeParse(await tenantClient.request<unknown>("GET", path, { query }));
    if (!page.success) {
      throw new CentralError(
        `Unexpected response from GET ${path} for tenant ${tenantClient.tenant.name}: ${z.prettifyError(page.error)}`,
      );
    }
    const emitted: string[] = [];
    try {
      for (const item of page.data.items) {
        if (await store.cursors.isDelivered(stream, tenantId, item.id)) continue;
        await input.emit(item);
        emitted.push(item.id);
      }
    } catch (error) {
      await input.checkpoint().catch(() => undefined);
      await store.cursors.commitDelivery(stream, tenantId, emitted, undefined).catch(() => undefined);
      throw error;
    }
    cursor = page.data.next_cursor;
    await input.checkpoint();
    await store.cursors.commitDelivery(stream, tenantId, emitted, cursor);
    if (!page.data.has_more) break;
  }
  await store.cursors.prune(stream, tenantId, input.now.getTime() - KEEP_DELIVERED_MS);
}
