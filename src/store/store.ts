import type { CursorRepository } from "./cursor-repository.js";
import type { EscrowRepository } from "./escrow-repository.js";
import type { HuntHitRepository } from "./hunt-hit-repository.js";
import type { HuntRunRepository } from "./hunt-run-repository.js";
import type { JournalRepository } from "./journal-repository.js";
import type { PlanRepository } from "./plan-repository.js";
import type { QuarantineRepository } from "./quarantine-repository.js";
import type { SpoolRepository } from "./spool-repository.js";
import type { TicketRepository } from "./ticket-repository.js";

/**
 * The state store: one repository per kind of state. Callers see only these interfaces (every
 * method returns a promise), so a server database such as PostgreSQL can be added as a second
 * implementation without touching them.
 */
export interface Store {
  /** Where the state lives (a file path, or `:memory:`). */
  readonly location: string;
  readonly cursors: CursorRepository;
  readonly spool: SpoolRepository;
  readonly plans: PlanRepository;
  readonly journal: JournalRepository;
  readonly escrow: EscrowRepository;
  readonly tickets: TicketRepository;
  readonly huntHits: HuntHitRepository;
  /** Finished IOC hunts with their hits. */
  readonly huntRuns: HuntRunRepository;
  /** Endpoints in the hygiene quarantine group, with their grace periods. */
  readonly quarantine: QuarantineRepository;
  /** Release the database; the store must not be used afterwards. */
  close(): void;
}
