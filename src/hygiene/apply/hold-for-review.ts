import type { Store } from "../../store/index.js";
import { identityOf } from "./apply-result.js";

/**
 * Opens (or keeps) a review ticket for a device the live re-check would not let go, and journals
 * why, so the next plan skips it until a human decides.
 */
export async function holdForReview(
  store: Store,
  device: { tenantId: string; endpointId: string; hostname: string },
  reason: "changed" | "recently_active",
  clause: string,
  actor: string,
  planId: string,
): Promise<void> {
  const code = reason === "recently_active" ? "recently_active" : "changed_since_plan";
  const ticket = await store.tickets.open({ ...identityOf(device), reasons: [code] });
  await store.journal.append({
    kind: "endpoint.review",
    actor,
    ...identityOf(device),
    planId,
    outcome: "noted",
    detail: { reasons: [code], clause, ticketId: ticket.id },
  });
}
