/** Public API of the ticket-system simulator (generic webhook, ServiceNow incidents, Jira issues). */
export { startTicketSimulator, type TicketSimulator } from "./start-ticket-simulator.js";
export type { SimTicket, SimTicketSystem, TicketSimulatorOptions } from "./ticket-sim-state.js";
export { handleTicketRequest, GENERIC_PATH } from "./handle-ticket-request.js";
