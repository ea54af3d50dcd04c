import { hecReply, type SimReply } from "./hec-replies.js";
import type { HecSimState } from "./hec-sim-state.js";
import { authenticate, channelOf } from "./hec-request-checks.js";
import { indexEvents } from "./index-events.js";
import { parseConcatenatedJson } from "./parse-concatenated-json.js";

/** A request as the routes see it: no sockets, so the same handlers serve tests, demo and benchmarks. */
export interface SimRequest {
  method: string;
  /** Path and query, as in `IncomingMessage.url`. */
  url: string;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

type Handler = (state: HecSimState, request: SimRequest, query: URLSearchParams, now: number) => SimReply;

const events: Handler = (state, request, query, now) => {
  const refused = admit(state, request, query);
  if (refused) return refused;
  if (request.body.trim() === "") return hecReply(5);
  const parsed = parseConcatenatedJson(request.body);
  if ("invalidEventNumber" in parsed)
    return hecReply(6, { "invalid-event-number": parsed.invalidEventNumber });
  return indexEvents(state, parsed.values, channelOf(request, query), now);
};

const raw: Handler = (state, request, query, now) => {
  const refused = admit(state, request, query);
  if (refused) return refused;
  const lines = request.body.split("\n").filter((line) => line.trim() !== "");
  if (lines.length === 0) return hecReply(5);
  return indexEvents(
    state,
    lines.map((line) => ({ event: line })),
    channelOf(request, query),
    now,
  );
};

const ack: Handler = (state, request, query, now) => {
  const refused = authenticate(state, request, query);
  if (refused) return refused;
  if (!state.ackEnabled) return hecReply(14);
  const channel = channelOf(request, query);
  if (channel === undefined) return hecReply(10);
  if (channel === "invalid") return hecReply(11);
  let ids: unknown;
  try {
    ids = (JSON.parse(request.body) as { acks?: unknown }).acks;
  } catch {
    return hecReply(6);
  }
  if (!Array.isArray(ids) || !ids.every((id) => Number.isInteger(id))) return hecReply(6);
  const acks = state.channels.get(channel)?.acks;
  const answer: Record<string, boolean> = {};
  for (const id of ids as number[]) {
    const entry = acks?.get(id);
    const done = entry !== undefined && !entry.dropped && now >= entry.readyAt;
    // Like Splunk: once an id has been reported true it is forgotten, and later asks say false.
    if (done) acks?.delete(id);
    answer[String(id)] = done;
  }
  return { status: 200, body: { acks: answer } };
};

const health: Handler = (state) => (state.busy ? hecReply(18) : hecReply(17));

const ROUTES: Record<string, Handler> = {
  "/services/collector": events,
  "/services/collector/event": events,
  "/services/collector/event/1.0": events,
  "/services/collector/raw": raw,
  "/services/collector/raw/1.0": raw,
  "/services/collector/ack": ack,
  "/services/collector/health": health,
  "/services/collector/health/1.0": health,
};

/**
 * Answer one HEC request against the in-memory state, like Splunk would: token, busy, channel and
 * body checks in that order, with the real codes. Unknown routes answer 404 loudly.
 */
export function handleHecRequest(
  state: HecSimState,
  request: SimRequest,
  now: number = Date.now(),
): SimReply {
  const url = new URL(request.url, "http://hec.invalid");
  const handler = ROUTES[url.pathname.replace(/\/+$/, "")];
  if (!handler)
    return { status: 404, body: { text: "The requested URL was not found on this server.", code: 404 } };
  return handler(state, request, url.searchParams, now);
}

/** Checks every data endpoint makes before looking at the body. */
function admit(state: HecSimState, request: SimRequest, query: URLSearchParams): SimReply | undefined {
  const refused = authenticate(state, request, query);
  if (refused) return refused;
  state.eventRequests += 1;
  if (state.busy || (state.busyEveryN > 0 && state.eventRequests % state.busyEveryN === 0))
    return hecReply(9);
  const channel = channelOf(request, query);
  if (channel === "invalid") return hecReply(11);
  if (state.ackEnabled && channel === undefined) return hecReply(10);
  return undefined;
}
