import { Option, type Command } from "commander";
import type { CommandGroup } from "../../command-group.js";
import { OUTPUT_FORMATS, parseOutputFormat } from "../../output/output-format.js";
import { parseIntegerFlag } from "../../parse-time.js";
import { auditCommand } from "../audit/audit-command.js";
import { hygieneApplyCommand } from "./hygiene-apply-command.js";
import { hygienePlanCommand } from "./hygiene-plan-command.js";
import { hygieneRecoverCommand } from "./hygiene-recover-command.js";
import { hygieneReviewCommand } from "./hygiene-review-command.js";
import {
  addReviewOptions,
  addTicketOptions,
  reviewOptionsFrom,
  ticketFlagsFrom,
} from "./hygiene-review-options.js";
import { hygieneTicketCommand } from "./hygiene-ticket-command.js";
import { parseRate } from "./parse-rate.js";

const repeat = (value: string, previous: string[] = []): string[] => [...previous, value];
const output = (fallback = "table"): Option =>
  new Option("-o, --output <format>", "output format").choices([...OUTPUT_FORMATS]).default(fallback);

/** Adds `centralctl hygiene plan|apply|review|approve|reject|close|recover` and `centralctl audit`. */
export const registerHygieneCommands: CommandGroup = ({ program, context, setExitCode }) => {
  const hygiene = program
    .command("hygiene")
    .description(
      "estate hygiene: plan, review and apply the removal of stale devices (docs/hygiene-policy.md)",
    );
  addPlan(hygiene.command("plan"))
    .description("decide per device (delete/review/keep/skip) and store the plan; changes nothing")
    .action(async (options) => {
      setExitCode(
        await hygienePlanCommand(context(), {
          ...options,
          tenants: options.tenant as string[],
          output: parseOutputFormat(options.output),
        }),
      );
    });

  hygiene
    .command("apply <plan>")
    .description("apply a plan (id or edited plan file): a DRY RUN unless --apply")
    .option("--apply", "really delete (default: dry run)", false)
    .option("--max-deletes <n>", "most deletions this run (default: policy maxDeletesPerRun)", (v) =>
      parseIntegerFlag("--max-deletes", v, 0, 1_000_000),
    )
    .option("--rate <n/min>", "deletions per minute (0: no pause)", parseRate, 60)
    .option("--no-escrow", "delete without escrowing tamper-protection passwords (not recommended)")
    .option("--quarantine", "quarantine first (policy quarantine.enabled), even if the policy has it off")
    .option(
      "--grace-days <n>",
      "days in quarantine before deletion (default: policy quarantine.graceDays)",
      (v) => parseIntegerFlag("--grace-days", v, 1, 365),
    )
    .addOption(output())
    .action(async (plan: string, options) => {
      setExitCode(
        await hygieneApplyCommand(context(), {
          plan,
          apply: options.apply === true,
          ...(options.maxDeletes === undefined ? {} : { maxDeletes: options.maxDeletes as number }),
          ratePerMinute: options.rate as number,
          noEscrow: options.escrow === false,
          ...(options.quarantine === true ? { quarantine: true } : {}),
          ...(options.graceDays === undefined ? {} : { graceDays: options.graceDays as number }),
          output: parseOutputFormat(options.output),
        }),
      );
    });

  addReviewOptions(hygiene.command("review"))
    .description(
      "list open review tickets and the newest plan's review decisions; file them in a ticket system (docs/tickets.md)",
    )
    .action(async (options) => {
      setExitCode(await hygieneReviewCommand(context(), reviewOptionsFrom(options)));
    });
  for (const [name, state] of [
    ["approve", "approved"],
    ["reject", "rejected"],
    ["close", "closed"],
  ] as const) {
    addTicketOptions(hygiene.command(`${name} <ticket-id>`))
      .description(
        `mark a review ticket ${state} (and close its external ticket); the next plan decides the device again`,
      )
      .action(async (id: string, options: Record<string, unknown>) =>
        setExitCode(await hygieneTicketCommand(context(), id, state, ticketFlagsFrom(options))),
      );
  }

  hygiene
    .command("recover <hostname>")
    .description("show the escrowed tamper-protection password of a deleted device, and how to re-install")
    .option("--yes-show-password", "really print the password (the reveal is journaled)", false)
    .option("--id <n>", "escrow record (default: the newest for this host)", (v) =>
      parseIntegerFlag("--id", v, 1, Number.MAX_SAFE_INTEGER),
    )
    .action(async (hostname: string, options) => {
      setExitCode(
        await hygieneRecoverCommand(context(), {
          hostname,
          yesShowPassword: options.yesShowPassword === true,
          ...(options.id === undefined ? {} : { id: options.id as number }),
        }),
      );
    });

  program
    .command("audit")
    .description("the journal of destructive actions; --verify checks its hash chain")
    .option("--tenant <id>", "only this tenant id")
    .option("--hostname <name>", "only this host name")
    .option("--plan <id>", "only this plan")
    .option("--kind <kind>", "only this kind, e.g. endpoint.delete")
    .option("--since <when>", "at or after: ISO date or age like 7d")
    .option("--outcome <outcome>", "started, succeeded, failed, skipped, aborted or noted")
    .option("--verify", "check the hash chain instead of listing", false)
    .addOption(output())
    .action(async (options) => {
      setExitCode(
        await auditCommand(context(), {
          ...options,
          verify: options.verify === true,
          output: parseOutputFormat(options.output),
        }),
      );
    });
};

function addPlan(command: Command): Command {
  return command
    .option("--tenant <id-or-name>", "only this tenant (repeatable)", repeat, [])
    .option("--directory-file <file>", "AD export (Get-ADComputer | Export-Csv, or ConvertTo-Json)")
    .option("--directory-time-zone <tz>", "time zone of export dates without offset (default: local)")
    .option("--ldap-url <url>", "read computers over LDAP: ldaps://dc1.corp.example.com")
    .option("--ldap-bind-dn <dn>", "DN (or UPN) to bind as")
    .option("--ldap-password-ref <ref>", "bind password: env:NAME, file:/path, aws:ID#key or prompt:Label")
    .option("--ldap-base-dn <dn>", "where to search (repeatable)", repeat, [])
    .option("--ldap-starttls", "upgrade ldap:// with StartTLS")
    .option("--ldap-ca-file <file>", "PEM of the CA that signed the DC certificate")
    .option(
      "--netbios-domain <pair>",
      "NetBIOS=DNS domain pair, e.g. CORP=corp.example.com (repeatable)",
      repeat,
      [],
    )
    .option(
      "--retired-ou <dn>",
      "OU whose computers are retired (repeatable; adds to the policy)",
      repeat,
      [],
    )
    .option("--vip-users <file>", "VIP users (Get-ADGroupMember CSV or one name per line)")
    .option("--vip-group <name>", "VIP group, expanded over LDAP (nested groups included)")
    .option("--inactive-days <n>", "inactive after N days (overrides the policy)", (v) =>
      parseIntegerFlag("--inactive-days", v, 1, 3650),
    )
    .option("--policy <file>", "hygiene policy JSON (docs/hygiene-policy.md)")
    .option("--plan-file <file>", "also write the plan JSON here, for review and editing")
    .addOption(output());
}
