import { groupToRestore } from "../../../hygiene/apply/group-to-restore.js";
import { loadEscrowKey } from "../../../store/index.js";
import { UsageError } from "../../cli-error.js";
import type { CommandContext } from "../../context.js";
import { ExitCode, type ExitCodeValue } from "../../exit-codes.js";
import { withInputErrors } from "./hygiene-input-error.js";

/** Flags of `centralctl hygiene recover`. */
export interface HygieneRecoverOptions {
  hostname: string;
  /** The explicit confirmation needed before a password is printed. */
  yesShowPassword: boolean;
  /** Escrow record id when the host was deleted more than once; default the newest. */
  id?: number;
}

/**
 * `centralctl hygiene recover HOSTNAME`: for a device deleted by mistake, show the escrowed
 * tamper-protection password (only with `--yes-show-password`, and journaled) and how to re-install.
 */
export async function hygieneRecoverCommand(
  context: CommandContext,
  options: HygieneRecoverOptions,
): Promise<ExitCodeValue> {
  const store = await withInputErrors(() => context.store());
  const records = await store.escrow.find(options.hostname);
  const out = context.terminal.stdout;
  if (records.length === 0) {
    throw new UsageError(
      `nothing escrowed for ${options.hostname} in ${store.location}; check the name or --state`,
    );
  }
  const record = options.id === undefined ? records[0] : records.find((r) => r.id === options.id);
  if (record === undefined)
    throw new UsageError(`escrow record ${options.id} is not one of ${options.hostname}'s`);
  for (const r of records) {
    out.write(
      `escrow #${r.id}: ${r.hostname} (endpoint ${r.endpointId}, tenant ${r.tenantId}) escrowed ${r.createdAt}\n`,
    );
  }
  if (!options.yesShowPassword) {
    context.terminal.stderr.write(
      `The password is not shown. To print it (the reveal is journaled), run:\n  centralctl hygiene recover ${options.hostname} --yes-show-password${options.id === undefined ? "" : ` --id ${options.id}`}\n`,
    );
    return ExitCode.ok;
  }
  const key = await withInputErrors(async () => loadEscrowKey({ env: context.terminal.env }));
  const revealed = await withInputErrors(() => store.escrow.reveal(record.id, key));
  await store.journal.append({
    kind: "tamper.reveal",
    actor: "cli",
    tenantId: record.tenantId,
    endpointId: record.endpointId,
    hostname: record.hostname,
    outcome: "noted",
    detail: { escrowId: record.id },
  });
  const group = groupToRestore(record.snapshot);
  out.write(
    [
      `tamper-protection password of ${record.hostname} (escrow #${record.id}): ${revealed.password}`,
      ...revealed.previousPasswords.map((p) => `  previous password: ${p}`),
      "",
      "To bring the device back under Sophos Central:",
      "  1. On the device, open Sophos Endpoint > Admin login and enter the password above",
      "     (or use it with SophosZap / the uninstaller if the agent is broken).",
      "  2. Uninstall the orphaned agent, then download the installer for this tenant from",
      "     Central (Devices > Installers) and run it; the device registers as a new endpoint.",
      `     Then put it back into ${group === undefined ? "no group (it was in none)" : `the group "${group}"`}.`,
      "  3. Close any review ticket for it: centralctl hygiene review",
      "",
    ].join("\n"),
  );
  return ExitCode.ok;
}
