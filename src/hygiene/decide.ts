import { buildEvidence } from "./build-evidence.js";
import { compilePolicy } from "./compile-policy.js";
import type { CompiledPolicy } from "./compile-policy.js";
import { ACTION_RANK } from "./finding.js";
import { timeOf, wholeDays } from "./time-of.js";
import type { Finding } from "./finding.js";
import { guardFindings } from "./guard-findings.js";
import { internReasons } from "./intern-reasons.js";
import { skipFindings } from "./skip-findings.js";
import { staleFindings } from "./stale-findings.js";
import type { Decision, DecisionInput } from "./types.js";

/** Most of an estate is active: one shared finding instead of a million equal ones. */
const ACTIVE: Finding = Object.freeze({ code: "active", action: "keep", clause: "" });

/**
 * Decides one device. Every rule that applies is recorded; the action is the strongest among them
 * (skip > review > keep > delete), so a device is deleted only when a ground for deletion fired and
 * nothing else did. Rules, in the order they are asked:
 *
 * 1. skip: already deleted (journal), open ticket, excluded (tenant, group, hostname), infrastructure role;
 * 2. activity: online or seen within `inactiveDays` → keep `active`;
 * 3. only when inactive: directory verdict (retired → delete; in use → keep; not found / ambiguous /
 *    no directory → as the policy says) and the stale-twin rule;
 * 4. only when a ground for deletion fired: guards that turn it into a review (server, VIP, OS build,
 *    recent directory logon, earlier failure, unknown last-seen);
 * 5. a live re-check showing the device active → review `recently_active`.
 *
 * @example decide({ endpoint, match, policy: defaultPolicy(), journal, openTickets: new Set(), now: Date.now() })
 */
export function decide(input: DecisionInput): Decision {
  const compiled = compilePolicy(input.policy);
  const { endpoint, now } = input;
  const findings: Finding[] = [];
  skipFindings(input, compiled, findings);

  const seenMs = timeOf(endpoint.lastSeenAt);
  const days = seenMs === undefined ? undefined : wholeDays(seenMs, now);
  const active = endpoint.online === true || (seenMs !== undefined && now - seenMs < compiled.inactiveMs);
  if (active) {
    findings.push(ACTIVE);
  } else {
    const grounds = staleFindings(input, compiled, findings);
    if (grounds.retired || grounds.twin || grounds.withoutDirectory)
      guardFindings(input, compiled, grounds, findings);
  }
  const recheck = recheckClause(input, compiled);
  if (recheck !== undefined) findings.push({ code: "recently_active", action: "review", clause: recheck });

  if (findings.length > 1) findings.sort((a, b) => ACTION_RANK[a.action] - ACTION_RANK[b.action]);
  // Every path above records a finding; "review" is only the safe answer should that ever change.
  const action = findings[0]?.action ?? "review";
  const activity =
    endpoint.online === true
      ? "online now"
      : days === undefined
        ? "no last-seen time from Central"
        : `last seen ${days} days ago (policy: ${input.policy.inactiveDays})`;
  // join() over several parts copies them into one flat string; template literals and += would keep a
  // tree of pieces alive per decision (a million of them in a large estate).
  const parts: string[] = [
    endpoint.hostname,
    " (tenant ",
    input.tenantName ?? endpoint.tenant.id,
    "): ",
    activity,
  ];
  for (const f of findings) if (f.clause !== "") parts.push("; ", f.clause);
  parts.push(" → ", action);

  return {
    tenantId: endpoint.tenant.id,
    endpointId: endpoint.id,
    hostname: endpoint.hostname,
    action,
    reasons: internReasons(findings),
    sentence: parts.join(""),
    evidence: buildEvidence(endpoint, input.match, days, input.twin, !active),
  };
}

/** The live re-check made just before deletion: online, or seen within the inactivity window. */
function recheckClause(input: DecisionInput, compiled: CompiledPolicy): string | undefined {
  const recheck = input.recheck;
  if (recheck === undefined) return undefined;
  if (recheck.online === true) return "live re-check before deletion found it online";
  const seen = timeOf(recheck.lastSeenAt);
  if (seen === undefined || input.now - seen >= compiled.inactiveMs) return undefined;
  return `live re-check before deletion found it seen ${wholeDays(seen, input.now)} days ago`;
}
