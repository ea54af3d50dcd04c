import { hash } from "node:crypto";
import { SinkError } from "../record-sink.js";
import { readPath, toEpochSeconds } from "./event-time.js";
import { Utf8Writer, type RecordEncoder } from "./utf8-writer.js";

/** `splunk`: events as they are; `splunk_trans`: host/source/sourcetype/index from configuration. */
export type SplunkOutput = "splunk" | "splunk_trans";

/** What goes around each record in the HEC JSON envelope. */
export interface EnvelopeOptions {
  output: SplunkOutput;
  host?: string | undefined;
  source?: string | undefined;
  sourcetype?: string | undefined;
  index?: string | undefined;
  /** Dotted path of the record's event time (e.g. `raisedAt`); absent means receive time. */
  timeField?: string | undefined;
  /** Name of the index-time field carrying the stable event id used for de-duplication. */
  idField: string;
  /** A caller-chosen stable id; by default a hash of the envelope, so a re-fetch gives the same id. */
  idOf?: ((record: Record<string, unknown>) => string) | undefined;
}

/**
 * Build the encoder that writes a record as one HEC envelope straight into the batch:
 * `{"time":..,"host":..,"event":{..},"fields":{"centralctl_id":".."}}`. The record is stringified
 * once, encoded to UTF-8 once, and the default id is hashed over those very bytes. The id sits in
 * `fields` (indexed, searchable with `| dedup centralctl_id`) so the event body stays exactly the record.
 */
export function createEnvelopeEncoder(options: EnvelopeOptions): RecordEncoder {
  const metadata =
    options.output === "splunk_trans"
      ? (["host", "source", "sourcetype", "index"] as const)
          .filter((key) => options[key] !== undefined && options[key] !== "")
          .map((key) => `${JSON.stringify(key)}:${JSON.stringify(options[key])},`)
          .join("")
      : "";
  const untimedHead = `{${metadata}"event":`;
  const idHead = `,"fields":{${JSON.stringify(options.idField)}:`;
  const { idOf } = options;
  // Split once: the path is read for every record.
  const timePath = options.timeField?.split(".");

  return (record, out) => {
    let event: string;
    try {
      event = JSON.stringify(record);
    } catch (error) {
      throw new SinkError(`a record cannot be encoded as JSON for Splunk (${String(error)})`, {
        cause: error,
      });
    }
    const time = timePath === undefined ? undefined : toEpochSeconds(readPath(record, timePath));
    const start = out.length;
    out.write(time === undefined ? untimedHead : `{"time":${time},${metadata}"event":`);
    out.write(event);
    // The default id hashes the envelope so far (time, metadata, event): the same record fetched
    // again gets the same id. One-shot hash() over the bytes already encoded: no second encoding.
    const id = idOf
      ? JSON.stringify(idOf(record))
      : `"${hash("sha256", out.bytesSince(start), "hex").slice(0, 32)}"`;
    out.write(`${idHead}${id}}}`);
  };
}

/**
 * One record to one HEC envelope line (a string), with the same bytes and id as
 * {@link createEnvelopeEncoder} writes into a batch. For tests, tools and benchmarks.
 */
export function createEnvelopeBuilder(options: EnvelopeOptions): (record: Record<string, unknown>) => string {
  const encode = createEnvelopeEncoder(options);
  return (record) => {
    const out = new Utf8Writer(1024);
    encode(record, out);
    return out.bytesSince(0).toString("utf8");
  };
}
