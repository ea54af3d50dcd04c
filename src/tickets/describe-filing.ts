import type { FilingOutcome } from "./file-tickets.js";

/**
 * The message for a filing pass that left tickets unfiled (one line per failure, then what to do),
 * or `undefined` when every ticket was filed.
 */
export function describeFiling(outcome: FilingOutcome, destination: string): string | undefined {
  const unfiled = outcome.rejected.length + (outcome.stopped ? 1 : 0) + outcome.notTried;
  if (unfiled === 0) return undefined;
  const failures = [...outcome.rejected, ...(outcome.stopped ? [outcome.stopped] : [])];
  const lines = failures.map(({ item, error }) => `#${item.localId} ${item.hostname}: ${error.message}`);
  const notTried = outcome.notTried > 0 ? `, ${outcome.notTried} of them not tried after that failure` : "";
  lines.push(
    `Filed ${outcome.filed} ticket(s) in ${destination}; ${unfiled} stay open here without an external ` +
      `ticket${notTried}. Run \`centralctl hygiene review --file-tickets\` again to file them.`,
  );
  return lines.join("\n");
}
