import type { CompiledPolicy } from "./compile-policy.js";
import { directoryDomainOf } from "./directory-domain.js";
import { timeOf, wholeDays } from "./time-of.js";
import type { Finding } from "./finding.js";
import { retirementOf } from "./retirement-of.js";
import type { DecisionInput } from "./types.js";

/** Which grounds for deletion fired; guards depend on them. */
export interface DeleteGrounds {
  /** The directory retired the computer (retired OU, or disabled when the policy counts that). */
  retired: boolean;
  /** A newer record of the same host is active in the tenant. */
  twin: boolean;
  /** The simple flow without a directory, with `withoutDirectory: "delete"`. */
  withoutDirectory: boolean;
}

/**
 * Rules for a device Central calls inactive: what the directory says about it, and whether it is the
 * stale twin of a re-imaged machine. Only the twin rule looks past the directory: when a newer
 * record of the same host is active, the directory's "in use" describes that record, not this one.
 */
export function staleFindings(input: DecisionInput, compiled: CompiledPolicy, out: Finding[]): DeleteGrounds {
  const { match, policy, twin, now } = input;
  const grounds: DeleteGrounds = { retired: false, twin: false, withoutDirectory: false };
  const twinSeenMs = timeOf(twin?.lastSeenAt);
  const isTwin =
    twin !== undefined &&
    twinSeenMs !== undefined &&
    match.kind !== "ambiguous" &&
    now - twinSeenMs < compiled.twinRecentMs;

  switch (match.kind) {
    case "no_directory":
      out.push({
        code: "stale_without_directory",
        action: policy.withoutDirectory,
        clause: `no directory to compare with (policy withoutDirectory: ${policy.withoutDirectory})`,
      });
      grounds.withoutDirectory = policy.withoutDirectory === "delete";
      break;
    case "not_found": {
      const where = match.domain === undefined ? "any domain" : match.domain;
      out.push({
        code: "not_in_directory",
        action: policy.notInDirectory,
        clause: `${match.short} not found in ${where} of the directory (policy notInDirectory: ${policy.notInDirectory})`,
      });
      break;
    }
    case "ambiguous": {
      const domains = [...new Set(match.candidates.map((c) => directoryDomainOf(c) ?? "unknown domain"))];
      const detail = domains.length === 1 ? `all in ${domains[0]}` : domains.join(", ");
      out.push({
        code: "ambiguous_match",
        action: "review",
        clause: `${match.short} matches ${match.candidates.length} directory computers (${detail}) and the device's domain cannot tell them apart`,
      });
      break;
    }
    case "matched": {
      const domain = directoryDomainOf(match.computer) ?? "the directory";
      const how =
        match.basis === "unique_hostname" ? " (matched by hostname only: unique in the directory)" : "";
      const retirement = retirementOf(match.computer, compiled);
      if (retirement.retired) {
        const where = retirement.via === "ou" ? `in ${retirement.ouLabel}` : "computer account disabled";
        out.push({ code: "retired_in_directory", action: "delete", clause: `${where} in ${domain}${how}` });
        grounds.retired = true;
      } else if (!isTwin) {
        out.push({
          code: "in_use_in_directory",
          action: "keep",
          clause: `in use in ${domain}: not in a retired OU${policy.disabledCountsAsRetired ? ", account enabled" : ""}${how}`,
        });
      }
      break;
    }
  }
  if (isTwin) {
    out.push({
      code: "duplicate_stale_twin",
      action: "delete",
      clause: `newer record ${twin.endpointId} of the same host was seen ${wholeDays(twinSeenMs, now)} days ago (policy duplicateTwinRecentDays: ${policy.duplicateTwinRecentDays})`,
    });
    grounds.twin = true;
  }
  return grounds;
}
