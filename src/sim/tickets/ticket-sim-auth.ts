import type { TicketSimState } from "./ticket-sim-state.js";

/** Whether an Authorization header carries the simulator's Basic credentials or bearer token. */
export function isAuthorized(state: TicketSimState, header: string | undefined): boolean {
  if (header === undefined) return false;
  const [scheme, value = ""] = header.split(/\s+/, 2);
  if (scheme?.toLowerCase() === "bearer") return value === state.token;
  if (scheme?.toLowerCase() !== "basic") return false;
  return Buffer.from(value, "base64").toString("utf8") === `${state.user}:${state.password}`;
}
