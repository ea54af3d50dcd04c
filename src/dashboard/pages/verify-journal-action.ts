import { counted } from "./format-quantity.js";
import type { ActionResult, DashboardContext } from "../dashboard-types.js";

/** POST `/audit/verify`: checks the journal's whole hash chain and says what it found. */
export async function verifyJournalAction(context: DashboardContext): Promise<ActionResult> {
  const result = await context.store.journal.verify();
  if (result.ok) {
    return {
      redirect: "/audit",
      flash: { kind: "ok", text: `The journal is intact: ${counted(result.entries, "entry", "entries")}.` },
    };
  }
  return {
    redirect: "/audit",
    flash: {
      kind: "error",
      text:
        `The journal is NOT intact at entry ${result.brokenAt}: ${result.reason}. ` +
        `Someone or something changed the state database; keep a copy of it and compare with your backups.`,
    },
  };
}
