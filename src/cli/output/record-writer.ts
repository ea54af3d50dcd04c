import { cellText, type Column } from "./column.js";
import { csvLine } from "./csv-line.js";
import type { OutputFormat } from "./output-format.js";
import { renderTable } from "./render-table.js";
import type { TextSink } from "./text-sink.js";

/** Where a command's records go: one writer per output (stdout, or one file per tenant and kind). */
export interface RecordWriter<T> {
  write(record: T): Promise<void>;
  /**
   * Optional: resolve once every record written so far is durable (a sink's spool). Writers to
   * stdout or files have nothing to wait for and leave it out.
   */
  checkpoint?(): Promise<void>;
  /** Finish the document (closing bracket, table rendering) and close the sink. */
  close(): Promise<void>;
}

/**
 * A writer for `format`. ndjson, json and csv stream record by record; a table needs every row to
 * size its columns, so it is kept for people looking at a terminal (use ndjson for large estates).
 */
export function createRecordWriter<T>(
  format: OutputFormat,
  sink: TextSink,
  columns: Column<T>[],
): RecordWriter<T> {
  switch (format) {
    case "ndjson":
      return {
        write: (record) => sink.write(`${JSON.stringify(record)}\n`),
        close: () => sink.end(),
      };
    case "json": {
      let first = true;
      return {
        write(record) {
          const prefix = first ? "[\n" : ",\n";
          first = false;
          return sink.write(prefix + JSON.stringify(record));
        },
        async close() {
          await sink.write(first ? "[]\n" : "\n]\n");
          await sink.end();
        },
      };
    }
    case "csv": {
      let headerWritten = false;
      return {
        write(record) {
          const header = headerWritten ? "" : csvLine(columns.map((column) => column.header));
          headerWritten = true;
          return sink.write(header + csvLine(columns.map((column) => cellText(column.value(record)))));
        },
        async close() {
          if (!headerWritten) await sink.write(csvLine(columns.map((column) => column.header)));
          await sink.end();
        },
      };
    }
    case "table": {
      const rows: string[][] = [];
      return {
        write(record) {
          rows.push(columns.map((column) => cellText(column.value(record))));
          return Promise.resolve();
        },
        async close() {
          await sink.write(
            renderTable(
              columns.map((column) => column.header),
              rows,
            ),
          );
          await sink.end();
        },
      };
    }
  }
}
