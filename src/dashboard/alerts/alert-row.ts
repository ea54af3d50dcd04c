import { z } from "zod";
import type { Alert, Tenant } from "../../central/types.js";

/** One open alert as the alerts page keeps it: only the fields it shows, so 5,000 stay small. */
export interface AlertRow {
  id: string;
  raisedAt: string;
  /** Milliseconds since the epoch of `raisedAt`; 0 when Central sent no parseable instant. */
  raisedAtMs: number;
  /** Lower-case; `high`, `medium`, `low`, or whatever else Central sends (shown, not counted). */
  severity: string;
  tenantId: string;
  tenantName: string;
  category: string;
  type: string;
  description: string;
  product: string;
  agent?: { id: string; name?: string; type?: string };
  allowedActions: string[];
}

// Central is another party: a field it leaves out or changes must not blank the whole page, so
// every field falls back to an empty value instead of failing the tenant.
const text = z.string().catch("");
const AlertShape = z.object({
  id: text,
  raisedAt: text,
  severity: text,
  category: text,
  type: text,
  description: text,
  product: text,
  managedAgent: z
    .object({ id: z.string(), name: z.string().optional(), type: z.string().optional() })
    .optional()
    .catch(undefined),
  allowedActions: z.array(z.string()).catch([]),
});

/**
 * The row for `alert` of `tenant`. The tenant is the one the listing was asked for (its name from the
 * tenant list), not the alert's own `tenant` field, which may lack the name. The 2026-01 spec example
 * drops the trailing `Z` from `raisedAt` (reference §6.1); such a value is read as UTC.
 */
export function toAlertRow(alert: Alert, tenant: Pick<Tenant, "id" | "name">): AlertRow {
  const a = AlertShape.parse(alert);
  const row: AlertRow = {
    id: a.id,
    raisedAt: a.raisedAt,
    raisedAtMs: parseInstant(a.raisedAt),
    severity: a.severity.toLowerCase(),
    tenantId: tenant.id,
    tenantName: tenant.name,
    category: a.category,
    type: a.type,
    description: a.description,
    product: a.product,
    allowedActions: a.allowedActions,
  };
  if (a.managedAgent) {
    const { id, name, type } = a.managedAgent;
    row.agent = { id, ...(name === undefined ? {} : { name }), ...(type === undefined ? {} : { type }) };
  }
  return row;
}

function parseInstant(value: string): number {
  const zoned = /(Z|[+-]\d\d:?\d\d)$/i.test(value) ? value : `${value}Z`;
  const ms = Date.parse(zoned);
  return Number.isFinite(ms) ? ms : 0;
}
