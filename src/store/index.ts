/** The state store: durable cursors, spools, plans, the audit journal, escrow, tickets, hunt hits and runs, and quarantine. */
export { openStore, type OpenStoreOptions } from "./open-store.js";
export { defaultStatePath } from "./default-state-path.js";
export type { Store } from "./store.js";
export type { CursorRepository } from "./cursor-repository.js";
export type { SpoolItem, SpoolPayload, SpoolRepository } from "./spool-repository.js";
export type { PlanRecord, PlanRepository, PlanSummary } from "./plan-repository.js";
export type { JournalRepository } from "./journal-repository.js";
export type {
  JournalEntry,
  JournalEntryInput,
  JournalFilter,
  JournalOutcome,
  JournalVerification,
} from "./journal-entry.js";
export type { EscrowInput, EscrowRecord, EscrowRepository, RevealedPasswords } from "./escrow-repository.js";
export type { Ticket, TicketInput, TicketRepository, TicketState } from "./ticket-repository.js";
export type { HuntHitRepository } from "./hunt-hit-repository.js";
export type {
  HuntHitPage,
  HuntHitQuery,
  HuntRun,
  HuntRunApi,
  HuntRunFailure,
  HuntRunHit,
  HuntRunInput,
  HuntRunRepository,
  HuntRunSource,
} from "./hunt-run-repository.js";
export type {
  QuarantineFilter,
  QuarantineGroupRef,
  QuarantineInput,
  QuarantineRecord,
  QuarantineRepository,
  QuarantineState,
} from "./quarantine-repository.js";
export { StoreError } from "./store-error.js";
export { loadEscrowKey, parseEscrowKey, type EscrowKeyOptions } from "./escrow-key.js";
export { canonicalJson } from "./canonical-json.js";
export { verifyJournalChain, journalHash, GENESIS_HASH } from "./journal-chain.js";
