/** External tickets for review items: generic JSON webhook, ServiceNow incidents, Jira issues. */
export {
  TICKET_SYSTEMS,
  type FiledTicket,
  type TicketFiler,
  type TicketItem,
  type TicketReference,
  type TicketSystem,
} from "./ticket-filer.js";
export { createTicketFiler, type TicketFilerDeps } from "./create-ticket-filer.js";
export { openTicketFiler, type OpenTicketFilerInput, type TicketFlags } from "./open-ticket-filer.js";
export { fileTickets, type FilingOutcome } from "./file-tickets.js";
export { fileOpenTickets } from "./file-open-tickets.js";
export { describeFiling } from "./describe-filing.js";
export { closeExternalTicket, type ExternalCloseResult } from "./close-external-ticket.js";
export { changeTicketState, type ExternalTicketCloser, type TicketChange } from "./change-ticket-state.js";
export { ticketItemOf, type ReviewDecisionFacts } from "./ticket-item-of.js";
export { stableTicketId } from "./stable-ticket-id.js";
export { TicketError, type TicketFailure } from "./ticket-error.js";
export { TicketSettingsError } from "./ticket-settings-error.js";
export { parseTicketSettings, ticketSettingsSchema, type TicketSettings } from "./ticket-settings.js";
export { genericTicketPayload, type GenericTicketPayload } from "./generic-payload.js";
export { serviceNowIncident, serviceNowClose, type ServiceNowIncident } from "./servicenow-payload.js";
export { jiraIssue, type JiraIssue } from "./jira-payload.js";
