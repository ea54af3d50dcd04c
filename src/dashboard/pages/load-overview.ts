import type { HuntRun, JournalEntry } from "../../store/index.js";
import type { DashboardContext } from "../dashboard-types.js";
import { quarantineStanding, type QuarantineStanding } from "./grace-days-left.js";
import { inDoubtSeqs } from "./in-doubt.js";
import { loadDelivery } from "./load-delivery.js";
import { graceOf } from "./load-quarantine.js";
import { newestPlanOf, type PlanRow } from "./plan-row.js";

/** Actions in doubt listed on the Overview; the Audit page has them all. */
export const DOUBTFUL_SHOWN = 10;

/** The Overview page's cards. */
export interface OverviewModel {
  /** The newest hygiene plan, if any. */
  plan?: PlanRow;
  planCount: number;
  openTickets: number;
  quarantine: Record<QuarantineStanding, number>;
  journalEntries: number;
  /** `started` journal entries with no completion. */
  inDoubt: number;
  /** The first of them (oldest first), each listed with a link to its entries on the Audit page. */
  doubtful: JournalEntry[];
  /** Records waiting per spool queue (dead-letter queues included). */
  spool: { queue: string; records: number }[];
  /** The newest saved hunt, if any, and how many are stored. */
  hunt?: HuntRun;
  huntCount: number;
}

/** Gathers one number or two from each repository; nothing here reads a plan's decisions. */
export async function loadOverview(context: DashboardContext): Promise<OverviewModel> {
  const { store } = context;
  const now = context.now();
  // One listing serves the plan card, the plan count and the grace period.
  const plans = await store.plans.list();
  const plan = newestPlanOf(plans, now);
  const planCount = plans.length;
  const { graceDays } = graceOf(plan);
  const quarantine: Record<QuarantineStanding, number> = { waiting: 0, due: 0, released: 0, deleted: 0 };
  for (const record of await store.quarantine.list())
    quarantine[quarantineStanding(record, graceDays, now)] += 1;
  const entries = await store.journal.list();
  const doubt = inDoubtSeqs(entries);
  const spool = (await loadDelivery(context)).map((q) => ({ queue: q.queue, records: q.records }));
  const [hunt] = await store.huntRuns.list({ limit: 1 });
  return {
    ...(hunt === undefined ? {} : { hunt }),
    huntCount: await store.huntRuns.count(),
    ...(plan === undefined ? {} : { plan }),
    planCount,
    openTickets: (await store.tickets.listOpen()).length,
    quarantine,
    journalEntries: entries.length,
    inDoubt: doubt.size,
    doubtful: entries.filter((e) => doubt.has(e.seq)).slice(0, DOUBTFUL_SHOWN),
    spool,
  };
}
