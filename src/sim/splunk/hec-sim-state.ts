import { randomUUID } from "node:crypto";

/** How the simulated collector and its one token are set up. */
export interface HecSimulatorOptions {
  /** Port to listen on; 0 (default) picks a free one. */
  port?: number;
  /** Interface to bind; default 127.0.0.1. */
  host?: string;
  /** The valid HEC token; a random GUID by default. */
  token?: string;
  /** Token has indexer acknowledgement (useACK): a channel is required and replies carry ackIds. */
  ackEnabled?: boolean;
  /** How long after a request its ackId turns true. */
  ackDelayMs?: number;
  /** Answer every Nth event request with 503 code 9 (0 = never). */
  busyEveryN?: number;
  /** Indexes the token may write to; any index when absent. */
  allowedIndexes?: string[];
  /** Index-time field holding the stable event id used to count unique events. */
  dedupField?: string;
  /** Keep every indexed envelope for assertions (turn off for benchmarks). */
  keepEvents?: boolean;
}

/** One ackId: when it turns true, and whether it was chosen to never turn true. */
export interface SimAck {
  readyAt: number;
  dropped: boolean;
}

/** Mutable in-memory state of the simulated collector. The route handlers are the only writers. */
export interface HecSimState {
  readonly token: string;
  ackEnabled: boolean;
  ackDelayMs: number;
  busyEveryN: number;
  readonly allowedIndexes: ReadonlySet<string> | undefined;
  readonly dedupField: string;
  readonly keepEvents: boolean;
  tokenDisabled: boolean;
  busy: boolean;
  /** Crash-like: every request's connection is destroyed without an answer. */
  down: boolean;
  /** Acks of the next N requests never turn true; with `loseEvents` their events are not indexed either. */
  dropAcks: { remaining: number; loseEvents: boolean };
  eventRequests: number;
  channels: Map<string, { nextAckId: number; acks: Map<number, SimAck> }>;
  received: number;
  indexed: number;
  uniqueIds: Set<string>;
  events: Array<Record<string, unknown>>;
}

/** Fresh state from options, with the simulator's defaults. */
export function createHecSimState(options: HecSimulatorOptions = {}): HecSimState {
  return {
    token: options.token ?? randomUUID(),
    ackEnabled: options.ackEnabled ?? false,
    ackDelayMs: options.ackDelayMs ?? 0,
    busyEveryN: options.busyEveryN ?? 0,
    allowedIndexes: options.allowedIndexes ? new Set(options.allowedIndexes) : undefined,
    dedupField: options.dedupField ?? "centralctl_id",
    keepEvents: options.keepEvents ?? true,
    tokenDisabled: false,
    busy: false,
    down: false,
    dropAcks: { remaining: 0, loseEvents: false },
    eventRequests: 0,
    channels: new Map(),
    received: 0,
    indexed: 0,
    uniqueIds: new Set(),
    events: [],
  };
}
