import type { CompiledPolicy } from "./compile-policy.js";
import { wholeDays } from "./time-of.js";
import type { Finding } from "./finding.js";
import type { DeleteGrounds } from "./stale-findings.js";
import type { DecisionInput } from "./types.js";

/**
 * Doubts that turn a deletion into a review. They are only asked once a ground for deletion fired:
 * an active VIP laptop is simply kept, not queued for a human.
 */
export function guardFindings(
  input: DecisionInput,
  compiled: CompiledPolicy,
  grounds: DeleteGrounds,
  out: Finding[],
): void {
  const { endpoint, match, policy, vips, journal, now } = input;
  if (journal.failedEndpointIds.has(endpoint.id)) {
    out.push({
      code: "previous_failure",
      action: "review",
      clause: "an earlier delete of this record failed (journal)",
    });
  }
  if (endpoint.lastSeenAt === undefined && endpoint.online !== true) {
    out.push({
      code: "last_seen_unknown",
      action: "review",
      clause:
        "Central gave no last-seen time, so inactivity is unproven (list endpoints with view=summary or full)",
    });
  }
  if (!policy.allowServers && (endpoint.type === "server" || endpoint.os?.isServer === true)) {
    out.push({ code: "server", action: "review", clause: "a server (policy allowServers: false)" });
  }
  const computer = match.kind === "matched" ? match.computer : undefined;
  if (vips !== undefined) {
    const login = endpoint.associatedPerson?.viaLogin;
    const account = login === undefined ? undefined : accountOf(login);
    if (account !== undefined && vips.has(account)) {
      out.push({ code: "vip_user", action: "review", clause: `associated person ${login} is a VIP` });
    } else if (computer?.managedBy !== undefined && vips.hasDn(computer.managedBy)) {
      out.push({ code: "vip_user", action: "review", clause: `managed by VIP ${computer.managedBy}` });
    }
  }
  // The next two judge the directory record itself, so they only matter when retirement is the ground:
  // for a stale twin the directory describes the newer record.
  if (!grounds.retired || computer === undefined) return;
  const centralBuild = endpoint.os?.build;
  if (
    policy.osBuildMismatch === "review" &&
    centralBuild !== undefined &&
    computer.osBuild !== undefined &&
    centralBuild !== computer.osBuild
  ) {
    out.push({
      code: "os_build_mismatch",
      action: "review",
      clause: `OS build differs (Central ${centralBuild}, directory ${computer.osBuild}): the directory may describe another machine`,
    });
  }
  const logonMs = computer.lastLogonAt;
  if (logonMs !== undefined && now - logonMs < compiled.inactiveMs) {
    out.push({
      code: "directory_recent_logon",
      action: "review",
      clause: `directory logon ${wholeDays(logonMs, now)} days ago (policy: ${policy.inactiveDays}) contradicts Central`,
    });
  }
}

/** `CORP\jdoe` → `jdoe`; `jdoe@corp.example.com` → `jdoe` (VIP lists hold sAMAccountNames). */
function accountOf(login: string): string | undefined {
  const slash = login.lastIndexOf("\\");
  const name = slash >= 0 ? login.slice(slash + 1) : login.split("@")[0];
  return name === undefined || name === "" ? undefined : name;
}
