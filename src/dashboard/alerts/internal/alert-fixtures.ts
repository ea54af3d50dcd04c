import type { AlertRow } from "../alert-row.js";

let serial = 0;

/**
 * An alert row for unit tests, raised `minutes` after a fixed instant, so tests state only what
 * they care about (not exported from the package: tests only).
 */
export function testAlertRow(minutes: number, extra: Partial<AlertRow> = {}): AlertRow {
  serial += 1;
  const at = new Date(Date.UTC(2026, 5, 1, 0, minutes));
  return {
    id: `a${String(serial).padStart(4, "0")}`,
    raisedAt: at.toISOString(),
    raisedAtMs: at.getTime(),
    severity: "medium",
    tenantId: "t1",
    tenantName: "Tenant One",
    category: "malware",
    type: "Event::Endpoint::Threat",
    description: `alert ${serial}`,
    product: "endpoint",
    allowedActions: ["acknowledge"],
    ...extra,
  };
}
