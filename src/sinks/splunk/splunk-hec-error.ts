import { SinkError } from "../record-sink.js";

/**
 * Splunk HEC refused or could not be reached. Carries the HTTP status and HEC code when there was an
 * answer, and the collector URL without credentials; never the token.
 */
export class SplunkHecError extends SinkError {
  /** HTTP status of the collector's answer; undefined for network failures. */
  readonly status: number | undefined;
  /** HEC reply code (`{"code": N}`), when the body had one. */
  readonly code: number | undefined;
  /** The collector URL as shown to the user (no credentials, no query). */
  readonly url: string;

  constructor(
    message: string,
    details: { url: string; status?: number | undefined; code?: number | undefined; cause?: unknown },
  ) {
    super(message, details.cause === undefined ? undefined : { cause: details.cause });
    this.name = "SplunkHecError";
    this.status = details.status;
    this.code = details.code;
    this.url = details.url;
  }
}
