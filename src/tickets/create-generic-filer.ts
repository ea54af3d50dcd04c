import { genericTicketPayload, parseGenericAnswer } from "./generic-payload.js";
import type { TicketHttp } from "./ticket-http.js";
import type { TicketFiler } from "./ticket-filer.js";

/**
 * A generic JSON webhook: POST {@link genericTicketPayload} to `url` with `Idempotency-Key` set to
 * our stable id, so a receiver can drop the repeat of a request whose answer was lost. The generic
 * contract has no close call: close the ticket on the receiving side.
 */
export function createGenericFiler(url: string, send: TicketHttp, destination: string): TicketFiler {
  return {
    system: "generic",
    destination,
    async open(item) {
      const answer = await send({
        method: "POST",
        url,
        what: `the ticket for ${item.hostname}`,
        body: genericTicketPayload(item),
        headers: { "idempotency-key": item.centralctlTicketId },
      });
      return parseGenericAnswer(answer.json, item);
    },
  };
}
