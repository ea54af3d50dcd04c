import { hecReply, type SimReply } from "./hec-replies.js";
import type { HecSimState } from "./hec-sim-state.js";

/**
 * Validate every envelope of a request, then index all of them or none (the simulator is
 * all-or-nothing per request; the reference does not say whether Splunk keeps the events before a
 * bad one). With ack on and a channel, the reply carries the request's ackId.
 */
export function indexEvents(
  state: HecSimState,
  values: unknown[],
  channel: string | undefined,
  now: number,
): SimReply {
  state.received += values.length;
  for (let i = 0; i < values.length; i++) {
    const refused = checkEnvelope(state, values[i]);
    if (refused !== undefined) return hecReply(refused, { "invalid-event-number": i });
  }
  const dropping = state.ackEnabled && state.dropAcks.remaining > 0;
  if (dropping) state.dropAcks.remaining -= 1;
  if (!(dropping && state.dropAcks.loseEvents)) {
    for (const value of values as Array<Record<string, unknown>>) record(state, value);
  }
  if (!state.ackEnabled || channel === undefined) return hecReply(0);
  let acks = state.channels.get(channel);
  if (!acks) {
    acks = { nextAckId: 0, acks: new Map() };
    state.channels.set(channel, acks);
  }
  const ackId = acks.nextAckId++;
  acks.acks.set(ackId, { readyAt: now + state.ackDelayMs, dropped: dropping });
  return hecReply(0, { ackId });
}

/** The HEC code refusing one envelope, or undefined when it is fine. */
function checkEnvelope(state: HecSimState, value: unknown): number | undefined {
  if (value === null || typeof value !== "object" || Array.isArray(value)) return 6;
  const envelope = value as Record<string, unknown>;
  if (!("event" in envelope)) return 12;
  if (envelope["event"] === "" || envelope["event"] === null) return 13;
  const fields = envelope["fields"];
  if (fields !== undefined) {
    if (fields === null || typeof fields !== "object" || Array.isArray(fields)) return 15;
    for (const field of Object.values(fields)) {
      const flat = (v: unknown) => typeof v === "string" || typeof v === "number";
      if (!(flat(field) || (Array.isArray(field) && field.every(flat)))) return 15;
    }
  }
  const index = envelope["index"];
  if (index !== undefined && state.allowedIndexes && !state.allowedIndexes.has(String(index))) return 7;
  return undefined;
}

function record(state: HecSimState, envelope: Record<string, unknown>): void {
  state.indexed += 1;
  const fields = envelope["fields"] as Record<string, unknown> | undefined;
  const id = fields?.[state.dedupField];
  // Events without the id field are told apart by their whole content.
  state.uniqueIds.add(typeof id === "string" ? id : JSON.stringify(envelope));
  if (state.keepEvents) state.events.push(envelope);
}
