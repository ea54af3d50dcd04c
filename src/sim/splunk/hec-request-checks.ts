import { hecReply, type SimReply } from "./hec-replies.js";
import type { HecSimState } from "./hec-sim-state.js";
import type { SimRequest } from "./hec-routes.js";

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Splunk's token checks: missing → 401 code 2 (code 16 if only `?token=` was tried), a header that
 * is neither `Splunk <token>` nor Basic → 401 code 3, unknown → 403 code 4, disabled → 403 code 1.
 */
export function authenticate(
  state: HecSimState,
  request: SimRequest,
  query: URLSearchParams,
): SimReply | undefined {
  const header = first(request.headers["authorization"]);
  if (header === undefined || header.trim() === "") return query.has("token") ? hecReply(16) : hecReply(2);
  let token: string | undefined;
  const splunk = /^Splunk\s+(\S+)\s*$/i.exec(header);
  const basic = /^Basic\s+(\S+)\s*$/i.exec(header);
  if (splunk) token = splunk[1];
  else if (basic) {
    // Basic auth carries the token as the password; the user name is ignored.
    const decoded = Buffer.from(basic[1] ?? "", "base64").toString("utf8");
    token = decoded.slice(decoded.indexOf(":") + 1);
  } else return hecReply(3);
  if (token !== state.token) return hecReply(4);
  if (state.tokenDisabled) return hecReply(1);
  return undefined;
}

/** The request's channel (header first, then `?channel=`), "invalid" if it is not a GUID. */
export function channelOf(request: SimRequest, query: URLSearchParams): string | undefined {
  const channel = first(request.headers["x-splunk-request-channel"]) ?? query.get("channel") ?? undefined;
  if (channel === undefined || channel === "") return undefined;
  return GUID.test(channel) ? channel.toLowerCase() : "invalid";
}

function first(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}
