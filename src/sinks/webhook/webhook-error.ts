import { SinkError } from "../record-sink.js";

/** A webhook refused the records or could not be reached. Never carries credentials or query secrets. */
export class WebhookError extends SinkError {
  /** HTTP status of the last answer; undefined for network failures. */
  readonly status: number | undefined;
  /** The webhook URL as shown to the user (no credentials, no query). */
  readonly url: string;

  constructor(message: string, details: { url: string; status?: number | undefined }) {
    super(message);
    this.name = "WebhookError";
    this.status = details.status;
    this.url = details.url;
  }
}
