/** The parts of a stored hygiene decision the dashboard shows. */
export interface DecisionView {
  tenantId: string;
  endpointId: string;
  hostname: string;
  action: string;
  reasons: readonly string[];
  sentence: string;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null;
}

/**
 * A stored decision checked field by field (a hand-written guard rather than a schema: it runs once
 * per decision of plans with 100k of them). Undefined for a value that is not a decision.
 */
export function decisionViewOf(value: unknown): DecisionView | undefined {
  if (!isRecord(value)) return undefined;
  const { tenantId, endpointId, hostname, action, reasons, sentence } = value;
  if (typeof tenantId !== "string" || typeof endpointId !== "string") return undefined;
  if (typeof hostname !== "string" || typeof action !== "string") return undefined;
  if (!Array.isArray(reasons) || !reasons.every((r) => typeof r === "string")) return undefined;
  return {
    tenantId,
    endpointId,
    hostname,
    action,
    reasons: reasons as string[],
    sentence: typeof sentence === "string" ? sentence : "",
  };
}

/** The Plan page's filters, as given in the query string; empty means "any". */
export interface DecisionFilter {
  action: string;
  tenant: string;
  /** Part of the hostname, any case. */
  host: string;
  reason: string;
}

/** Filters from `?action=&tenant=&host=&reason=`. */
export function decisionFilterOf(query: URLSearchParams): DecisionFilter {
  const get = (name: string): string => (query.get(name) ?? "").trim();
  return { action: get("action"), tenant: get("tenant"), host: get("host"), reason: get("reason") };
}

/** A matcher for one filter; built once per page so each of 100k decisions costs a few comparisons. */
export function decisionMatcher(filter: DecisionFilter): (decision: DecisionView) => boolean {
  const host = filter.host.toLowerCase();
  return (d) =>
    (filter.action === "" || d.action === filter.action) &&
    (filter.tenant === "" || d.tenantId === filter.tenant) &&
    (host === "" || d.hostname.toLowerCase().includes(host)) &&
    (filter.reason === "" || d.reasons.includes(filter.reason));
}
