import { redactSecrets } from "../../../util/redact.js";
import type { CommandContext } from "../../context.js";
import { huntRunRecord, type HuntRunFacts } from "./hunt-run-record.js";

/**
 * Save a hunt run in the state store for the dashboard's Hunts pages. Called after the hits were
 * written, so a store that cannot be opened or written costs only the saved copy: the failure is a
 * warning on stderr and the exit code stays the hunt's. Nothing goes to stdout.
 */
export async function saveHuntRun(context: CommandContext, facts: HuntRunFacts): Promise<void> {
  try {
    const store = await context.store();
    const saved = await store.huntRuns.save(huntRunRecord(facts));
    context.logger.debug("hunt run saved", { id: saved.id, hits: saved.hitCount, store: store.location });
  } catch (error) {
    const reason = redactSecrets(error instanceof Error ? error.message : String(error));
    context.terminal.stderr.write(
      `centralctl: warning: hunt "${facts.flags.name}" was not saved in the state store (${reason}); ` +
        "its hits were written as usual. Fix the store (--state PATH) or pass --no-save.\n",
    );
  }
}
