/** What to do about a HEC answer that is not a success, and how to explain it. */
export interface HecFailure {
  /** `retry`: transient; `reject`: this batch is bad (dead-letter); `fatal`: fix the configuration. */
  kind: "retry" | "reject" | "fatal";
  /** Says what went wrong and what to do next; never contains the token. */
  message: string;
  /** Just the answer, e.g. `HTTP 503, code 9 "Server is busy"`, for retry logs. */
  answer: string;
}

type Rule = { kind: HecFailure["kind"]; what: string; next: string };

// Messages say "Splunk (HEC)", never "Splunk HEC": redactSecrets treats "Splunk <word>" as an
// Authorization header value and would print "Splunk [REDACTED]".
const FIX_TOKEN = "check the HEC token configured for centralctl (it is not shown here)";
const ENABLE_TOKEN =
  "enable the token in Splunk (Settings > Data inputs > HTTP Event Collector) or configure another one";
const BAD_DATA = "this is a centralctl bug or a record Splunk cannot index; please report it";
const BUSY = "the collector is overloaded; centralctl retries with back-off";

// The HEC reply code table from /work/shared/reference/integrations.md §2.5 (SplunkAdmins lookup):
// note code 1 is "Token disabled" and 2 is "Token is required", not the other way round.
const RULES: Record<number, Rule> = {
  1: { kind: "fatal", what: "the HEC token is disabled", next: ENABLE_TOKEN },
  2: { kind: "fatal", what: "no HEC token was sent", next: "configure the Splunk HEC token" },
  3: {
    kind: "fatal",
    what: "the Authorization header was not accepted",
    next: "configure the bare token GUID, without a 'Splunk ' prefix",
  },
  4: { kind: "fatal", what: "the HEC token is not valid", next: FIX_TOKEN },
  5: { kind: "reject", what: "the batch had no data", next: BAD_DATA },
  6: { kind: "reject", what: "the batch was not valid HEC JSON (bad format)", next: BAD_DATA },
  7: {
    kind: "fatal",
    what: "the index is not allowed for this token",
    next: "add the index to the token's allowed indexes in Splunk or change the configured index",
  },
  8: { kind: "retry", what: "the collector had an internal error", next: BUSY },
  9: { kind: "retry", what: "the collector is busy", next: BUSY },
  10: {
    kind: "fatal",
    what: "the data channel is missing although the token requires indexer acknowledgement",
    next: "turn on ack in centralctl's Splunk settings",
  },
  11: {
    kind: "fatal",
    what: "the data channel is not valid",
    next: "set the channel to a GUID, or leave it empty so centralctl generates one",
  },
  12: { kind: "reject", what: "an event had no 'event' field", next: BAD_DATA },
  13: { kind: "reject", what: "an event had a blank 'event' field", next: BAD_DATA },
  14: {
    kind: "fatal",
    what: "indexer acknowledgement is disabled for this token",
    next: "turn off ack in centralctl, or enable indexer acknowledgement on the token",
  },
  15: { kind: "reject", what: "an event had invalid indexed fields", next: BAD_DATA },
  16: {
    kind: "fatal",
    what: "query-string authentication is not enabled",
    next: "send the token in the Authorization header (the default)",
  },
  18: { kind: "retry", what: "the collector is unhealthy (queues full)", next: BUSY },
  19: { kind: "retry", what: "the collector is unhealthy (ack service unavailable)", next: BUSY },
  20: { kind: "retry", what: "the collector is unhealthy", next: BUSY },
  21: { kind: "fatal", what: "the HEC token is not valid", next: FIX_TOKEN },
  22: { kind: "fatal", what: "the HEC token is disabled", next: ENABLE_TOKEN },
};

/**
 * Decide what a failed HEC answer means. Known HEC codes follow the reference table; otherwise 5xx,
 * 408 and 429 are transient, 404 is a wrong URL and any other 4xx is a configuration problem.
 */
export function describeHecFailure(
  url: string,
  status: number,
  code: number | undefined,
  text: string | undefined,
  invalidEventNumber?: number,
): HecFailure {
  const rule = code === undefined ? undefined : RULES[code];
  const answer = `HTTP ${status}${code === undefined ? "" : `, code ${code}`}${text ? ` "${text}"` : ""}`;
  const event = invalidEventNumber === undefined ? "" : ` (event #${invalidEventNumber} of the batch)`;
  if (rule) {
    return {
      kind: rule.kind,
      answer,
      message: `Splunk (HEC) at ${url}: ${rule.what}${event} (${answer}); ${rule.next}.`,
    };
  }
  if (status >= 500 || status === 408 || status === 429) {
    return { kind: "retry", answer, message: `Splunk (HEC) at ${url} is unavailable (${answer}); ${BUSY}.` };
  }
  if (status === 404) {
    return {
      kind: "fatal",
      answer,
      message: `Splunk (HEC) at ${url}: no collector endpoint there (${answer}); configure the collector base URL, e.g. https://splunk:8088.`,
    };
  }
  return {
    kind: "fatal",
    answer,
    message: `Splunk (HEC) at ${url} answered unexpectedly (${answer}); check that the URL points at a Splunk HTTP Event Collector.`,
  };
}
