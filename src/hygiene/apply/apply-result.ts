/**
 * What happened to one delete decision of a plan. With the quarantine stage on, a decision may also
 * end as a move into the quarantine group (`quarantined`), a wait for its grace period (`waiting`)
 * or a move back out (`released`); `would_*` are the dry run's versions.
 */
export type ApplyOutcome =
  | "deleted"
  | "would_delete"
  | "failed"
  | "already_deleted"
  | "failed_earlier"
  | "gone"
  | "recently_active"
  | "changed"
  | "deferred"
  | "quarantined"
  | "would_quarantine"
  | "waiting"
  | "released"
  | "would_release";

/** One line of an apply report. */
export interface ApplyResult {
  tenantId: string;
  endpointId: string;
  hostname: string;
  outcome: ApplyOutcome;
  detail: string;
}

/** The tenant, endpoint and host name of a decision or record, as journal entries and results carry them. */
export function identityOf(d: { tenantId: string; endpointId: string; hostname: string }): {
  tenantId: string;
  endpointId: string;
  hostname: string;
} {
  return { tenantId: d.tenantId, endpointId: d.endpointId, hostname: d.hostname };
}
