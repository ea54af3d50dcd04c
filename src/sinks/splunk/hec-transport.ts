import type { HecClient } from "./hec-client.js";
import { hecEventOutcome } from "./hec-event-outcome.js";
import { networkReason } from "./network-reason.js";
import type { BatchTransport } from "./send-outcome.js";
import { SplunkHecError } from "./splunk-hec-error.js";

/** The Splunk HEC half of a spooled sink: one POST of a batch, judged by {@link hecEventOutcome}. */
export function createHecTransport(client: HecClient, ack: boolean): BatchTransport {
  const url = client.displayUrl;
  return {
    async send(batch, signal) {
      try {
        return hecEventOutcome(url, await client.postEvents(batch.body, signal), ack);
      } catch (error) {
        return { kind: "retry", reason: networkReason(error) };
      }
    },
    exhausted(lastReason, attempts) {
      return new SplunkHecError(
        `Splunk (HEC) at ${url} did not take the events after ${attempts} attempts (last: ${lastReason}); ` +
          "check that the collector is running, reachable from here and not overloaded, then run again.",
        { url },
      );
    },
  };
}
