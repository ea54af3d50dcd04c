import type { ApplyResult } from "../apply/apply-result.js";
import type { QuarantineInDoubt } from "./resolve-quarantine-in-doubt.js";
import type { QuarantineSettings } from "./quarantine-settings.js";

/**
 * The quarantine lines of an apply summary (none when the stage is off and nothing was released):
 * what moved in, what waits, what was moved back, and what an interrupted run had left in doubt.
 */
export function quarantineSummary(
  results: readonly ApplyResult[],
  options: { apply: boolean; settings: QuarantineSettings | undefined; inDoubt: QuarantineInDoubt },
): string[] {
  const count = (outcome: ApplyResult["outcome"]): number =>
    results.filter((r) => r.outcome === outcome).length;
  const lines: string[] = [];
  const { settings } = options;
  const released = count(options.apply ? "released" : "would_release");
  if (settings !== undefined) {
    const group = `"${settings.groupName}"`;
    lines.push(
      options.apply
        ? `quarantine (${group}, ${settings.graceDays} days' grace): ${count("quarantined")} moved in, ${count("waiting")} waiting, ${released} moved back as no longer candidates`
        : `quarantine (${group}, ${settings.graceDays} days' grace): ${count("would_quarantine")} would move in, ${count("waiting")} waiting, ${count("would_release")} would move back`,
    );
  } else if (released > 0) {
    lines.push(
      `quarantine: ${released} ${options.apply ? "moved" : "would move"} back as no longer candidates`,
    );
  }
  const { happened, notHappened } = options.inDoubt;
  if (happened.length + notHappened.length > 0) {
    lines.push(
      `resumed an interrupted run: ${happened.length} in-doubt quarantine moves had happened, ${notHappened.length} had not`,
    );
  }
  return lines;
}
