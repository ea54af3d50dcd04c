import type { HuntResult } from "../../../hunt/runner/index.js";
import type { CommandContext } from "../../context.js";
import type { HuntFlags } from "./hunt-command.js";

const quote = (s: string): string => (/^[\w./:@%-]+$/.test(s) ? s : `'${s.replace(/'/g, `'\\''`)}'`);

/** The same hunt on the Data Lake for one tenant: what covers endpoints Live Discover cannot reach. */
function xdrCommand(flags: HuntFlags, tenantId: string): string {
  const source =
    flags.iocs !== undefined
      ? [`--iocs ${quote(flags.iocs)}`]
      : [
          ...(flags.mispEvent ?? []).map((e) => `--misp-event ${quote(e)}`),
          ...(flags.mispTag ?? []).map((t) => `--misp-tag ${quote(t)}`),
        ];
  return ["centralctl hunt --api xdr", `--tenant ${tenantId}`, ...source].join(" ");
}

/**
 * Tell the person on stderr what the hunt could not cover: skipped CIDR indicators, failed runs or
 * tenants, and the endpoints Live Discover could not reach with the command that covers them.
 */
export function reportHuntProblems(context: CommandContext, flags: HuntFlags, result: HuntResult): void {
  const err = (line: string): void => void context.terminal.stderr.write(`centralctl: ${line}\n`);
  if (result.skipped.length > 0) {
    err(
      `${result.skipped.length} CIDR indicators skipped (a query cannot compare networks): ${result.skipped.map((i) => i.value).join(", ")}`,
    );
  }
  for (const f of result.failures)
    err(`hunt ${f.api} failed for ${f.tenantName} (${f.tenantId}): ${f.message}`);
  const byTenant = new Map<string, typeof result.unreachable>();
  for (const u of result.unreachable) byTenant.set(u.tenantId, [...(byTenant.get(u.tenantId) ?? []), u]);
  for (const [tenantId, list] of byTenant) {
    const cover =
      flags.api === "both"
        ? "this hunt's Data Lake runs covered them"
        : `the Data Lake covers them: ${xdrCommand(flags, tenantId)}`;
    err(
      `Live Discover could not reach ${list.length} offline endpoints of ${list[0]!.tenantName}: ` +
        `${list.map((u) => u.hostname).join(", ")}; ${cover}`,
    );
  }
}
