import { userInfo } from "node:os";
import { setTimeout as sleep } from "node:timers/promises";
import type { TenantClient } from "../../../central/index.js";
import { circuitBreaker } from "../../../hygiene/index.js";
import { applyPlan, type ApplyResult } from "../../../hygiene/apply/apply-plan.js";
import { pendingQuarantineMoves } from "../../../hygiene/quarantine/quarantine-journal.js";
import { quarantineSummary } from "../../../hygiene/quarantine/quarantine-summary.js";
import { resolveQuarantineSettings } from "../../../hygiene/quarantine/quarantine-settings.js";
import { loadEscrowKey } from "../../../store/index.js";
import { CliError, UsageError } from "../../cli-error.js";
import type { CommandContext } from "../../context.js";
import { ExitCode, type ExitCodeValue } from "../../exit-codes.js";
import type { Column } from "../../output/column.js";
import type { OutputFormat } from "../../output/output-format.js";
import { createRecordWriter } from "../../output/record-writer.js";
import { textSinkFor } from "../../output/text-sink.js";
import { resolveTenants } from "../../tenant-collection.js";
import { withInputErrors } from "./hygiene-input-error.js";
import { loadPlanArgument } from "./load-plan-argument.js";

/** Flags of `centralctl hygiene apply`. */
export interface HygieneApplyOptions {
  plan: string;
  apply: boolean;
  /** Default: the plan policy's maxDeletesPerRun. */
  maxDeletes?: number;
  ratePerMinute: number;
  noEscrow: boolean;
  /** `--quarantine`: use the quarantine stage this run even if the plan's policy has it off. */
  quarantine?: boolean;
  /** `--grace-days`: the quarantine grace period this run (default: the policy's). */
  graceDays?: number;
  output: OutputFormat;
}

const RESULT_COLUMNS: Column<ApplyResult>[] = [
  { header: "tenantId", value: (r) => r.tenantId },
  { header: "hostname", value: (r) => r.hostname },
  { header: "endpointId", value: (r) => r.endpointId },
  { header: "outcome", value: (r) => r.outcome },
  { header: "detail", value: (r) => r.detail },
];

/**
 * `centralctl hygiene apply`: a dry run of a stored or edited plan unless `--apply`. Refuses expired,
 * changed or foreign plans, plans over the circuit breaker, and (with `--apply`) a missing escrow key.
 */
export async function hygieneApplyCommand(
  context: CommandContext,
  options: HygieneApplyOptions,
): Promise<ExitCodeValue> {
  const store = await withInputErrors(() => context.store());
  const client = await context.client();
  const tenants = await resolveTenants(context, []);
  const loaded = await loadPlanArgument(
    options.plan,
    store,
    tenants.map((t) => t.id),
    Date.now(),
  );
  const { plan, policy } = loaded;
  const verdict = circuitBreaker(plan, loaded.estateSizes, policy);
  if (verdict.tripped) {
    const lines = verdict.exceeded.map((t) => `  - ${t.message}`);
    if (verdict.overRunLimit) {
      lines.push(
        `  - ${verdict.totalDeletes} deletions, over policy maxDeletesPerRun ${verdict.maxDeletesPerRun}`,
      );
    }
    throw new UsageError(
      `circuit breaker: plan ${plan.id} would delete too much, nothing was done:\n${lines.join("\n")}\n` +
        "Check the directory export and policy, or remove decisions from the plan file, then try again.",
    );
  }
  const deletes = plan.decisions.filter((d) => d.action === "delete").length;
  let escrowKey: Buffer | undefined;
  if (options.apply && !options.noEscrow && deletes > 0) {
    escrowKey = await withInputErrors(async () => loadEscrowKey({ env: context.terminal.env }));
  }
  const clients = new Map<string, TenantClient>(tenants.map((t) => [t.id, client.forTenant(t)]));
  const quarantine = resolveQuarantineSettings(policy, {
    ...(options.quarantine === undefined ? {} : { force: options.quarantine }),
    ...(options.graceDays === undefined ? {} : { graceDays: options.graceDays }),
  });
  const report = await applyPlan({
    plan,
    policy,
    store,
    apply: options.apply,
    maxDeletes: options.maxDeletes ?? policy.maxDeletesPerRun,
    ratePerMinute: options.ratePerMinute,
    escrowKey,
    actor: actor(context.terminal.env),
    quarantine,
    clientFor: (tenantId) => clients.get(tenantId),
    now: Date.now,
    sleep: (ms) => sleep(ms).then(() => undefined),
    onResult: (r) => context.progress.update(`hygiene apply: ${r.hostname} ${r.outcome}`),
  });
  context.progress.done();

  const writer = createRecordWriter(options.output, textSinkFor(context.terminal.stdout), RESULT_COLUMNS);
  for (const result of report.results) await writer.write(result);
  await writer.close();
  const count = (outcome: ApplyResult["outcome"]): number =>
    report.results.filter((r) => r.outcome === outcome).length;
  const failed = count("failed");
  const settled = report.inDoubt.deleted.length + report.inDoubt.notDeleted.length;
  const lines = [
    options.apply
      ? `plan ${plan.id}: ${count("deleted")} deleted, ${failed} failed, ${count("recently_active") + count("changed")} held for review, ${count("gone")} already gone, ${count("already_deleted")} done earlier, ${count("deferred")} deferred`
      : `DRY RUN of plan ${plan.id}: ${count("would_delete")} would be deleted, ${count("recently_active") + count("changed")} would be held for review, ${count("deferred")} deferred. Nothing was changed; add --apply to delete.`,
  ];
  lines.push(
    ...quarantineSummary(report.results, {
      apply: options.apply,
      settings: quarantine,
      inDoubt: report.quarantineInDoubt,
    }),
  );
  if (loaded.removed > 0)
    lines.push(`(${loaded.removed} decisions removed in ${loaded.file ?? "the plan file"})`);
  if (settled > 0) {
    lines.push(
      `resumed an interrupted run: ${report.inDoubt.deleted.length} in-doubt deletions had happened, ${report.inDoubt.notDeleted.length} had not`,
    );
  }
  if (!options.apply) {
    const pending = (await store.journal.pendingFor(plan.id)).filter((e) => e.kind === "endpoint.delete");
    if (pending.length > 0) {
      lines.push(
        `${pending.length} deletions of an interrupted run are in doubt; --apply first settles them by reading each endpoint back`,
      );
    }
    const moves = (await pendingQuarantineMoves(store.journal)).length;
    if (moves > 0)
      lines.push(`${moves} quarantine moves of an interrupted run are in doubt; --apply first settles them`);
  }
  if (options.apply && options.noEscrow)
    lines.push("warning: --no-escrow: tamper-protection passwords were not kept");
  context.terminal.stderr.write(`${lines.join("\n")}\n`);
  if (options.apply) {
    await store.journal.append({
      kind: "plan.apply",
      actor: actor(context.terminal.env),
      planId: plan.id,
      outcome: failed > 0 ? "failed" : "succeeded",
      detail: {
        deleted: count("deleted"),
        failed,
        held: count("recently_active") + count("changed"),
        quarantined: count("quarantined"),
        released: count("released"),
      },
    });
  }
  if (failed === 0) return ExitCode.ok;
  if (failed === report.results.length)
    throw new CliError(`every deletion of plan ${plan.id} failed; see above`);
  return ExitCode.partial;
}

function actor(env: NodeJS.ProcessEnv): string {
  try {
    return `cli:${userInfo().username}`;
  } catch {
    return `cli:${env.USER ?? "unknown"}`;
  }
}
