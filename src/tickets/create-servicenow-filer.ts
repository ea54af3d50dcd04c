import { TicketError } from "./ticket-error.js";
import type { TicketAnswer, TicketHttp } from "./ticket-http.js";
import type { FiledTicket, TicketFiler } from "./ticket-filer.js";
import {
  parseServiceNowRecord,
  serviceNowClose,
  serviceNowIncident,
  serviceNowLookupQuery,
  type ServiceNowFields,
} from "./servicenow-payload.js";

/** Instance choices for incidents and how to close them. */
export interface ServiceNowOptions extends ServiceNowFields {
  closeState?: string | undefined;
  closeCode?: string | undefined;
}

const FIELDS = "sysparm_fields=sys_id,number&sysparm_exclude_reference_link=true";

/**
 * ServiceNow incidents over the Table API. Before creating, it looks the incident up by
 * `correlation_id` (our stable id), so a run that died between create and store, or a re-run, never
 * opens a twin. Close PATCHes the incident, finding its `sys_id` the same way when not given.
 */
export function createServiceNowFiler(
  baseUrl: string,
  send: TicketHttp,
  destination: string,
  options: ServiceNowOptions = {},
): TicketFiler {
  const table = `${baseUrl}/api/now/table/incident`;
  // The incident with our correlation_id, as the lookup answered it (undefined when there is none).
  const lookUp = async (centralctlTicketId: string): Promise<TicketAnswer | undefined> => {
    const query = encodeURIComponent(serviceNowLookupQuery(centralctlTicketId));
    const answer = await send({
      method: "GET",
      url: `${table}?sysparm_query=${query}&sysparm_limit=1&${FIELDS}`,
      what: "the incident lookup by correlation_id",
    });
    return parseServiceNowRecord(answer.json, baseUrl) === undefined ? undefined : answer;
  };
  const find = async (centralctlTicketId: string): Promise<FiledTicket | undefined> => {
    const answer = await lookUp(centralctlTicketId);
    return answer === undefined ? undefined : parseServiceNowRecord(answer.json, baseUrl);
  };
  const malformed = (what: string): TicketError =>
    new TicketError(`ServiceNow ${destination} answered ${what} without result.number and sys_id.`, {
      system: "servicenow",
      failure: "rejected",
      url: destination,
    });
  return {
    system: "servicenow",
    destination,
    async open(item) {
      const existing = await find(item.centralctlTicketId);
      if (existing !== undefined) return existing;
      const answer = await send({
        beforeRetry: () => lookUp(item.centralctlTicketId),
        method: "POST",
        url: `${table}?${FIELDS}`,
        what: `the incident for ${item.hostname}`,
        body: serviceNowIncident(item, options),
      });
      const filed = parseServiceNowRecord(answer.json, baseUrl);
      if (filed === undefined) throw malformed("the create");
      return filed;
    },
    async close(ref, resolution) {
      const sysId = ref.systemId ?? (await find(ref.centralctlTicketId))?.systemId;
      if (sysId === undefined) {
        throw new TicketError(
          `ServiceNow ${destination} has no incident with correlation_id ${ref.centralctlTicketId} (${ref.externalRef}); close it by hand.`,
          { system: "servicenow", failure: "rejected", url: destination },
        );
      }
      await send({
        method: "PATCH",
        url: `${table}/${encodeURIComponent(sysId)}?${FIELDS}`,
        what: `closing ${ref.externalRef}`,
        body: serviceNowClose(resolution, options),
      });
    },
  };
}
