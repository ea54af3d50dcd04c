import type { Tenant } from "../central/types.js";
import type { CommandContext } from "./context.js";

/** Tell the person which tenants were skipped and why, one line each, on stderr. */
export function reportTenantFailures(
  context: CommandContext,
  failures: Array<{ tenant: Tenant; error: unknown }>,
  total: number,
): void {
  const lines = failures.map(({ tenant, error }) => {
    const reason = error instanceof Error ? error.message : String(error);
    return `  - ${tenant.name} (${tenant.id}): ${reason}`;
  });
  context.terminal.stderr.write(
    `centralctl: ${failures.length} of ${total} tenants skipped; the others finished:\n${lines.join("\n")}\n`,
  );
}
