import { writeFile } from "node:fs/promises";
import { buildPlan, correlate, decideAll } from "../../../hygiene/index.js";
import { gatherInventory } from "../../../hygiene/apply/gather-inventory.js";
import { deleteHistory } from "../../../hygiene/apply/journal-view.js";
import { loadDirectory } from "../../../hygiene/apply/load-directory.js";
import { toPlanRecord } from "../../../hygiene/apply/stored-plan.js";
import type { CommandContext } from "../../context.js";
import { ExitCode, type ExitCodeValue } from "../../exit-codes.js";
import type { OutputFormat } from "../../output/output-format.js";
import { createRecordWriter } from "../../output/record-writer.js";
import { textSinkFor } from "../../output/text-sink.js";
import { reportTenantFailures } from "../../report-tenant-failures.js";
import { resolveTenants } from "../../tenant-collection.js";
import { DECISION_COLUMNS, SUMMARY_COLUMNS, summaryRows } from "./decision-columns.js";
import { directorySourceFrom, type DirectoryFlags } from "./directory-flags.js";
import { withInputErrors } from "./hygiene-input-error.js";
import { loadHygienePolicy, type PolicyFlags } from "./load-hygiene-policy.js";

/** Flags of `centralctl hygiene plan`. */
export interface HygienePlanOptions extends DirectoryFlags, PolicyFlags {
  tenants: string[];
  output: OutputFormat;
  planFile?: string;
}

/**
 * `centralctl hygiene plan`: read the directory and every tenant's inventory, decide per device,
 * store the plan and print its summary (or every decision with `--output json|csv|ndjson`).
 * Nothing is changed in Central.
 */
export async function hygienePlanCommand(
  context: CommandContext,
  options: HygienePlanOptions,
): Promise<ExitCodeValue> {
  const { policy, directory } = await withInputErrors(async () => ({
    policy: await loadHygienePolicy(options),
    directory: await loadDirectory(await directorySourceFrom(context, options)),
  }));
  const client = await context.client();
  const tenants = await resolveTenants(context, options.tenants);
  let done = 0;
  const inventory = await gatherInventory(client, tenants, () =>
    context.progress.update(`hygiene plan: ${++done}/${tenants.length} tenants read`),
  );
  context.progress.done();
  if (inventory.failures.length > 0) reportTenantFailures(context, inventory.failures, tenants.length);

  const store = await context.store();
  const openTickets = new Map<string, string>();
  for (const ticket of await store.tickets.listOpen()) openTickets.set(ticket.endpointId, `#${ticket.id}`);
  const now = Date.now();
  const decisions = decideAll(correlate(inventory.endpoints, directory.index), {
    policy,
    journal: await deleteHistory(store.journal),
    openTickets,
    now,
    ...(directory.vips === undefined ? {} : { vips: directory.vips }),
    tenantNames: inventory.tenantNames,
  });
  const plan = buildPlan(decisions, policy, now, inventory.tenantNames);
  await store.plans.save(toPlanRecord({ plan, policy, estateSizes: inventory.estateSizes }));
  if (options.planFile !== undefined) await writeFile(options.planFile, `${JSON.stringify(plan, null, 2)}\n`);

  const stdout = textSinkFor(context.terminal.stdout);
  const summaryTo = options.output === "table" ? stdout : textSinkFor(context.terminal.stderr);
  if (options.output !== "table") {
    const writer = createRecordWriter(options.output, stdout, DECISION_COLUMNS);
    for (const decision of plan.decisions) await writer.write(decision);
    await writer.close();
  }
  const table = createRecordWriter("table", summaryTo, SUMMARY_COLUMNS);
  for (const row of summaryRows(plan.summary, inventory.tenantNames)) await table.write(row);
  await table.close();
  const source = directory.description === undefined ? "no directory (simple flow)" : directory.description;
  await summaryTo.write(
    `plan ${plan.id} (directory: ${source}; expires ${plan.expiresAt})\n` +
      (options.planFile === undefined ? "" : `plan written to ${options.planFile}\n`) +
      `next: centralctl hygiene apply ${plan.id}   (a dry run; add --apply to delete)\n`,
  );
  if (inventory.failures.length === 0) return ExitCode.ok;
  return inventory.failures.length === tenants.length ? ExitCode.failure : ExitCode.partial;
}
