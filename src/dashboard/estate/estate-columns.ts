import type { EstateTally } from "./estate-tally.js";

/** A numeric column of the estate table, also a `?sort=` key. */
export interface EstateColumn {
  /** The `?sort=` value. */
  key: string;
  label: string;
  /** A longer explanation, shown as the header's tooltip. */
  title: string;
  value(tally: EstateTally): number;
  /** Shown as a badge when non-zero: these are the numbers an admin acts on. */
  alarm?: "badge-error" | "badge-warn";
  /** Alert columns come from a second listing, which can fail on its own for a tenant. */
  source?: "alerts";
}

/**
 * The numeric columns, in display order, for the given stale thresholds (one column each).
 *
 * @example estateColumns([30, 90]).map((c) => c.key) // [..., "stale-90", "tamper-off", "isolated", "alerts-high", ...]
 */
export function estateColumns(staleDays: readonly number[]): EstateColumn[] {
  const stale = staleDays.map((days, i): EstateColumn => ({
    key: `stale-${days}`,
    label: `> ${days} d`,
    title: `Not seen for more than ${days} days`,
    value: (t) => t.stale[i] ?? 0,
  }));
  return [
    { key: "total", label: "Endpoints", title: "All endpoints", value: (t) => t.total },
    { key: "computers", label: "Computers", title: "Endpoints of type computer", value: (t) => t.computers },
    { key: "servers", label: "Servers", title: "Endpoints of type server", value: (t) => t.servers },
    { key: "good", label: "Good", title: "Overall health good", value: (t) => t.health.good },
    {
      key: "suspicious",
      label: "Suspicious",
      title: "Overall health suspicious",
      value: (t) => t.health.suspicious,
      alarm: "badge-warn",
    },
    {
      key: "bad",
      label: "Bad",
      title: "Overall health bad",
      value: (t) => t.health.bad,
      alarm: "badge-error",
    },
    { key: "unknown", label: "Unknown", title: "Overall health unknown", value: (t) => t.health.unknown },
    { key: "online", label: "Online", title: "Online now", value: (t) => t.online },
    ...stale,
    {
      key: "tamper-off",
      label: "TP off",
      title: "Tamper protection off",
      value: (t) => t.tamperOff,
      alarm: "badge-warn",
    },
    {
      key: "isolated",
      label: "Isolated",
      title: "Isolated by an admin or by the device itself",
      value: (t) => t.isolated,
    },
    {
      key: "alerts-high",
      label: "High",
      title: "Open high-severity alerts",
      value: (t) => t.alerts.high,
      alarm: "badge-error",
      source: "alerts",
    },
    {
      key: "alerts-medium",
      label: "Medium",
      title: "Open medium-severity alerts",
      value: (t) => t.alerts.medium,
      alarm: "badge-warn",
      source: "alerts",
    },
    {
      key: "alerts-low",
      label: "Low",
      title: "Open low-severity alerts",
      value: (t) => t.alerts.low,
      source: "alerts",
    },
  ];
}
