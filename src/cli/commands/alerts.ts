import type { AlertQuery, TenantClient } from "../../central/index.js";
import type { Alert } from "../../central/types.js";
import { UsageError } from "../cli-error.js";
import type { CommandContext } from "../context.js";
import type { ExitCodeValue } from "../exit-codes.js";
import type { Column } from "../output/column.js";
import { parseIntegerFlag, parsePointInTime } from "../parse-time.js";
import { runTenantCollection, type Attributed, type CollectionTarget } from "../tenant-collection.js";
import { pollAlerts } from "./alerts-poll.js";

/** Flags of `centralctl alerts`. */
export interface AlertsOptions extends CollectionTarget {
  days?: string;
  from?: string;
  to?: string;
  severity?: string[];
  category?: string[];
  product?: string[];
  poll?: boolean;
  reset?: boolean;
}

/** Columns of the table and CSV output. */
export const ALERT_COLUMNS: Column<Attributed<Alert>>[] = [
  { header: "tenant", value: (a) => a.tenant.name },
  { header: "raisedAt", value: (a) => a.raisedAt },
  { header: "severity", value: (a) => a.severity },
  { header: "category", value: (a) => a.category },
  { header: "type", value: (a) => a.type },
  { header: "description", value: (a) => a.description },
  { header: "agent", value: (a) => a.managedAgent?.name ?? a.managedAgent?.id },
  { header: "id", value: (a) => a.id },
];

const SEVERITIES = ["high", "medium", "low"];
/** Central keeps alerts for 90 days. */
const MAX_DAYS = 90;

/**
 * `centralctl alerts`: alerts raised in a window (`--days`, default 1, or `--from/--to`), or with
 * `--poll` everything raised since the previous poll, each alert delivered exactly once.
 */
export async function alertsCommand(context: CommandContext, options: AlertsOptions): Promise<ExitCodeValue> {
  const now = new Date();
  const filters = alertFilters(options);
  if (options.poll || options.reset) {
    if (options.from || options.to)
      throw new UsageError("--poll keeps its own window: leave out --from and --to");
    const days = parseIntegerFlag("--days", options.days ?? "1", 1, MAX_DAYS);
    const store = await context.store();
    return runTenantCollection<Alert>(
      context,
      {
        kind: "alerts",
        columns: ALERT_COLUMNS,
        collect: (tenantClient, emit, checkpoint) =>
          pollAlerts({
            store,
            tenantClient,
            emit,
            checkpoint,
            filters,
            now,
            firstWindowDays: days,
            reset: options.reset === true,
          }),
      },
      options,
    );
  }
  const window = alertWindow(options, now);
  return runTenantCollection<Alert>(
    context,
    {
      kind: "alerts",
      columns: ALERT_COLUMNS,
      async collect(tenantClient: TenantClient, emit) {
        for await (const alert of tenantClient.alerts({ ...filters, ...window })) await emit(alert);
      },
    },
    options,
  );
}

function alertFilters(options: AlertsOptions): AlertQuery {
  const wrong = options.severity?.find((value) => !SEVERITIES.includes(value));
  if (wrong !== undefined)
    throw new UsageError(`--severity "${wrong}" is not one of ${SEVERITIES.join(", ")}`);
  const filters: AlertQuery = {};
  if (options.severity?.length) filters.severity = options.severity as NonNullable<AlertQuery["severity"]>;
  if (options.category?.length) filters.category = options.category;
  if (options.product?.length) filters.product = options.product;
  return filters;
}

function alertWindow(options: AlertsOptions, now: Date): { from: Date; to: Date } {
  if (options.days !== undefined && (options.from || options.to)) {
    throw new UsageError("give either --days or --from/--to, not both");
  }
  const oldest = new Date(now.getTime() - MAX_DAYS * 86_400_000);
  const from = options.from
    ? parsePointInTime("--from", options.from, now)
    : new Date(now.getTime() - parseIntegerFlag("--days", options.days ?? "1", 1, MAX_DAYS) * 86_400_000);
  const to = options.to ? parsePointInTime("--to", options.to, now) : now;
  if (from >= to)
    throw new UsageError(`--from (${from.toISOString()}) must be before --to (${to.toISOString()})`);
  if (from < oldest)
    throw new UsageError(`--from reaches back more than ${MAX_DAYS} days: Central keeps alerts 90 days`);
  return { from, to };
}
