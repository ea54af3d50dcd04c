import { redactSecrets } from "../../util/redact.js";
import type { SendOutcome } from "../splunk/send-outcome.js";
import { WebhookError } from "./webhook-error.js";

/** A webhook answer reduced to what decides the outcome. */
export interface WebhookAnswer {
  status: number;
  /** Start of the response body, for the error message. */
  text: string;
  retryAfterMs: number | undefined;
}

const TRANSIENT = new Set([408, 425, 429]);
// The request itself is wrong: sending it again cannot help, so it is set aside (dead-letter).
const BAD_PAYLOAD = new Set([400, 413, 415, 422]);

/**
 * What a webhook answer means: 2xx delivered; 408/425/429/5xx retried (honouring Retry-After);
 * 400/413/415/422 reject the batch; any other 4xx (401, 403, 404...) is a configuration problem
 * that stops the sink with everything kept in the spool.
 */
export function webhookOutcome(url: string, answer: WebhookAnswer, count: number): SendOutcome {
  const { status } = answer;
  if (status >= 200 && status < 300) return { kind: "delivered" };
  const snippet = redactSecrets(answer.text.slice(0, 200).replace(/\s+/g, " ").trim());
  const said = `HTTP ${status}${snippet ? `: ${snippet}` : ""}`;
  if (status >= 500 || TRANSIENT.has(status)) {
    return answer.retryAfterMs === undefined
      ? { kind: "retry", reason: said }
      : { kind: "retry", reason: said, retryAfterMs: answer.retryAfterMs };
  }
  if (BAD_PAYLOAD.has(status)) {
    const message = `webhook ${url} rejected a batch of ${count} records (${said}); check what the receiver expects.`;
    return { kind: "reject", error: new WebhookError(message, { url, status }) };
  }
  const next =
    status === 401 || status === 403
      ? "check the credentials or auth header configured for this webhook"
      : status === 404 || status === 405
        ? "check the webhook URL"
        : "check the webhook configuration and the receiver's logs";
  return {
    kind: "fatal",
    error: new WebhookError(`webhook ${url} refused the records (${said}); ${next}.`, { url, status }),
  };
}
