import type { JournalEntry, JournalFilter, JournalOutcome } from "../../store/index.js";
import type { DashboardContext } from "../dashboard-types.js";
import { auditSince } from "./audit-since.js";
import { inDoubtSeqs } from "./in-doubt.js";
import { knownTenantNames } from "./known-tenant-names.js";
import { pageWindow, type PageWindow } from "./pager.js";
import { tenantOptions, type TenantOption } from "./tenant-options.js";

/** Journal entries per page of the Audit page. */
export const ENTRIES_PER_PAGE = 100;

/** The outcomes the filter offers. */
export const OUTCOMES: readonly JournalOutcome[] = [
  "started",
  "succeeded",
  "failed",
  "skipped",
  "aborted",
  "noted",
];

/** The Audit page's filters as given (`?kind=&outcome=&tenant=&hostname=&plan=&since=&doubt=1`). */
export interface AuditFilter {
  kind: string;
  outcome: string;
  tenant: string;
  hostname: string;
  plan: string;
  /** A date, time (UTC unless it names a zone) or age as the CLI's `--since` takes it: `2026-03-01`, `7d`. */
  since: string;
  /** Only actions in doubt. */
  doubt: boolean;
}

/** What the Audit page shows. */
export interface AuditModel {
  filter: AuditFilter;
  /** Set when `since` could not be read as a date (the filter is then left out). */
  sinceError?: string;
  window: PageWindow;
  /** Entries passing the filters. */
  matched: number;
  /** This page of them, newest first. */
  entries: JournalEntry[];
  /** `seq` of every started entry without completion (over the whole journal). */
  inDoubt: Set<number>;
  /** Tenant names the stored plans recorded, to show beside the journal's tenant ids. */
  tenantNames: ReadonlyMap<string, string>;
  /** Every tenant the journal names, by name where known, for the tenant menu (the id is sent). */
  tenants: TenantOption[];
}

/** Reads the filters from the query string. */
export function auditFilterOf(query: URLSearchParams): AuditFilter {
  const get = (name: string): string => (query.get(name) ?? "").trim();
  return {
    kind: get("kind"),
    outcome: get("outcome"),
    tenant: get("tenant"),
    hostname: get("hostname"),
    plan: get("plan"),
    since: get("since"),
    doubt: get("doubt") === "1",
  };
}

/** Journal entries, newest first, filtered by the store and paged here. */
export async function loadAudit(context: DashboardContext, query: URLSearchParams): Promise<AuditModel> {
  const filter = auditFilterOf(query);
  const journal = context.store.journal;
  const everything = await journal.list();
  const inDoubt = inDoubtSeqs(everything);
  const wanted: JournalFilter = {};
  if (filter.kind !== "") wanted.kind = filter.kind;
  const outcome = OUTCOMES.find((o) => o === filter.outcome);
  if (outcome !== undefined) wanted.outcome = outcome;
  // An outcome the journal does not know is left out, and the menu must then say "any", not it.
  else filter.outcome = "";
  if (filter.tenant !== "") wanted.tenantId = filter.tenant;
  if (filter.hostname !== "") wanted.hostname = filter.hostname;
  if (filter.plan !== "") wanted.planId = filter.plan;
  let sinceError: string | undefined;
  if (filter.since !== "") {
    // The CLI's own reading of --since, so `7d` means the same in both; its message names the field.
    try {
      wanted.since = auditSince(filter.since, context.now());
    } catch (error) {
      sinceError = `${error instanceof Error ? error.message : String(error)}. The filter is left out.`;
    }
  }
  let entries = await journal.list(wanted);
  if (filter.doubt) entries = entries.filter((e) => inDoubt.has(e.seq));
  const window = pageWindow(query, ENTRIES_PER_PAGE);
  // Newest first: count back from the end instead of copying and reversing the whole list.
  const page: JournalEntry[] = [];
  for (let i = window.start; i < window.end && i < entries.length; i++) {
    const entry = entries[entries.length - 1 - i];
    if (entry !== undefined) page.push(entry);
  }
  const tenantNames = knownTenantNames(await context.store.plans.list());
  const tenantIds = new Set(everything.flatMap((e) => (e.tenantId === undefined ? [] : [e.tenantId])));
  return {
    filter,
    ...(sinceError === undefined ? {} : { sinceError }),
    window,
    matched: entries.length,
    entries: page,
    inDoubt,
    tenantNames,
    tenants: tenantOptions([...tenantIds], tenantNames),
  };
}
