import { redactSecrets } from "../../util/redact.js";
import type { HecAnswer } from "./hec-client.js";
import { describeHecFailure } from "./hec-failure.js";
import type { SendOutcome } from "./send-outcome.js";
import { SplunkHecError } from "./splunk-hec-error.js";

/**
 * What an answer to `POST /services/collector/event` means for the batch. Success is only
 * `{"code":0}`: a 200 without HEC JSON (a proxy's login page, say) is not taken as delivery.
 * With ack on, a success carrying an ackId is `pending`; one without (token has ack off) is final.
 */
export function hecEventOutcome(url: string, answer: HecAnswer, ack: boolean): SendOutcome {
  const { status, body } = answer;
  if (status >= 200 && status < 300 && body?.code === 0) {
    return ack && body.ackId !== undefined ? { kind: "pending", ackId: body.ackId } : { kind: "delivered" };
  }
  // A server could echo what it received; redact before any of it reaches a message.
  const text = body?.text === undefined ? undefined : redactSecrets(body.text);
  const failure = describeHecFailure(url, status, body?.code, text, body?.["invalid-event-number"]);
  if (failure.kind === "retry") {
    return answer.retryAfterMs === undefined
      ? { kind: "retry", reason: failure.answer }
      : { kind: "retry", reason: failure.answer, retryAfterMs: answer.retryAfterMs };
  }
  return {
    kind: failure.kind,
    error: new SplunkHecError(failure.message, { url, status, code: body?.code }),
  };
}
