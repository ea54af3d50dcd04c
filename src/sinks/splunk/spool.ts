/**
 * The durable outbox the sinks write to before sending: the state store's interface (src/store,
 * SQLite-backed), re-exported so the sinks and their tests name it in one place. Every call is
 * awaited, so a synchronous implementation would fit too.
 */
export type { SpoolItem, SpoolPayload, SpoolRepository } from "../../store/index.js";
