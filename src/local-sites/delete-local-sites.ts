import type { JournalRepository } from "../store/index.js";
import { redactSecrets } from "../util/redact.js";
import { LOCAL_SITE_DELETE_KIND } from "./local-site-delete-history.js";
import type { SiteVerdict } from "./plan-site-clean-up.js";

/** What can delete one tenant's local sites (a `TenantClient` does). */
export interface LocalSiteDeleter {
  deleteLocalSite(id: string): Promise<{ deleted: boolean }>;
}

/** How one selected site's deletion ended. */
export interface SiteDeletion {
  verdict: SiteVerdict;
  outcome: "deleted" | "failed";
  error?: string;
}

/** Options of {@link deleteLocalSites}. */
export interface DeleteLocalSitesOptions {
  journal: JournalRepository;
  /** The tenant's deleter, or undefined when the tenant cannot be reached (its sites fail). */
  deleterFor: (tenantId: string) => LocalSiteDeleter | undefined;
  /** Who runs the clean-up, e.g. `cli`. */
  actor: string;
  /** Ties the journal entries of one run together (`detail.runId`). */
  runId: string;
  /** Tenants worked on at once; default 4. One tenant's sites are deleted one by one. */
  concurrency?: number;
}

/**
 * Delete every site whose verdict is `delete`, journaled like hygiene deletions: a `started` entry
 * before the API call and its completion after, so a crash leaves an entry that the next run
 * settles (`settlePendingDeletions`) instead of deleting twice.
 */
export async function deleteLocalSites(
  verdicts: readonly SiteVerdict[],
  options: DeleteLocalSitesOptions,
): Promise<SiteDeletion[]> {
  const byTenant = new Map<string, SiteVerdict[]>();
  for (const verdict of verdicts) {
    if (verdict.action !== "delete") continue;
    byTenant.set(verdict.tenant.id, [...(byTenant.get(verdict.tenant.id) ?? []), verdict]);
  }
  const results: SiteDeletion[] = [];
  const queue = [...byTenant.values()];
  const worker = async (): Promise<void> => {
    for (let group = queue.shift(); group; group = queue.shift()) {
      for (const verdict of group) results.push(await deleteOne(verdict, options));
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, options.concurrency ?? 4) }, worker));
  return results;
}

async function deleteOne(verdict: SiteVerdict, options: DeleteLocalSitesOptions): Promise<SiteDeletion> {
  const started = await options.journal.append({
    kind: LOCAL_SITE_DELETE_KIND,
    actor: options.actor,
    tenantId: verdict.tenant.id,
    outcome: "started",
    detail: { siteId: verdict.id, url: verdict.url, risk: verdict.risk, runId: options.runId },
  });
  try {
    const deleter = options.deleterFor(verdict.tenant.id);
    if (deleter === undefined) throw new Error(`tenant ${verdict.tenant.name} is not reachable`);
    const answer = await deleter.deleteLocalSite(verdict.id);
    if (!answer.deleted) throw new Error("Sophos Central answered deleted: false");
    await options.journal.complete(started, "succeeded", { siteId: verdict.id });
    return { verdict, outcome: "deleted" };
  } catch (error) {
    const message = redactSecrets(error instanceof Error ? error.message : String(error));
    await options.journal.complete(started, "failed", { siteId: verdict.id, error: message });
    return { verdict, outcome: "failed", error: message };
  }
}
