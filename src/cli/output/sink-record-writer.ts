import { SinkError, type RecordSink, type SinkReport } from "../../sinks/record-sink.js";
import { CliError } from "../cli-error.js";
import { ExitCode } from "../exit-codes.js";
import type { RecordWriter } from "./record-writer.js";

/** Where the summary line goes and how to describe the destination in it. */
export interface SinkWriterOptions {
  destination: string;
  /** The state store location, named in the error so the person knows where the spool is. */
  storeLocation: string;
  /** Receives the one-line summary after a successful close (stderr unless --quiet). */
  note(line: string): void;
}

/**
 * A {@link RecordWriter} over a spooled sink. `write()` resolves once the sink accepted the record
 * (buffered for its spool), which is when a durable command may commit its cursor. `close()` waits
 * for delivery and turns a sink failure into a {@link CliError} saying what stays spooled.
 */
export function sinkRecordWriter<T extends object>(
  sink: RecordSink,
  options: SinkWriterOptions,
): RecordWriter<T> & { readonly report: SinkReport | undefined } {
  let report: SinkReport | undefined;
  return {
    get report() {
      return report;
    },
    write: (record) => sink.write(record as Record<string, unknown>),
    checkpoint: async () => {
      await sink.persist?.();
    },
    async close() {
      try {
        report = await sink.close();
      } catch (error) {
        if (!(error instanceof SinkError)) throw error;
        report = error.report;
        throw new CliError(describeSinkFailure(error, options), ExitCode.failure, { cause: error });
      }
      options.note(
        `${options.destination}: ${report.delivered} delivered` +
          (report.resent > 0 ? `, ${report.resent} re-sent` : "") +
          (report.failed > 0 ? `, ${report.failed} rejected (dead-letter queue)` : "") +
          (report.spooled > 0 ? `, ${report.spooled} still spooled` : ""),
      );
    },
  };
}

/** The message for a sink that stopped: the sink's reason, then what is safe where. */
export function describeSinkFailure(error: SinkError, options: SinkWriterOptions): string {
  const spooled = error.report?.spooled;
  const delivered = error.report?.delivered ?? 0;
  const kept =
    spooled === undefined
      ? ""
      : ` This run delivered ${delivered}; ${spooled} wait in the spool of the state store ${options.storeLocation}.`;
  // The sink's message already names the destination and the reason.
  return `${error.message}${kept}`;
}
