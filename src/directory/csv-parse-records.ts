import { Readable } from "node:stream";
import { CsvError, parse } from "csv-parse";
import { CsvSyntaxError, type CsvRecord } from "./csv-records.js";

/**
 * The same contract as `readCsvBatches`, done by csv-parse (streaming). About ten times slower on
 * `Export-Csv` rows, so it is the alternative engine, kept as the reference the fast reader is
 * tested against and as a fallback should a file trip the fast reader. Its line numbers are those
 * csv-parse reports: the line a record ends on.
 */
export async function* readCsvBatchesWithCsvParse(
  chunks: AsyncIterable<string>,
  delimiter = ",",
): AsyncGenerator<CsvRecord[]> {
  const parser = Readable.from(chunks).pipe(
    parse({
      delimiter,
      relax_column_count: true,
      skip_empty_lines: true,
      info: true,
    }),
  );
  try {
    let batch: CsvRecord[] = [];
    for await (const { record, info } of parser as AsyncIterable<{
      record: string[];
      info: { lines: number };
    }>) {
      batch.push({ fields: record, line: info.lines });
      if (batch.length === 1000) {
        yield batch;
        batch = [];
      }
    }
    if (batch.length > 0) yield batch;
  } catch (error) {
    if (error instanceof CsvError) {
      const line = typeof error.lines === "number" ? error.lines : 0;
      throw new CsvSyntaxError(line, error.message.replace(/\s*at line \d+\.?$/, ""));
    }
    throw error;
  } finally {
    parser.destroy();
  }
}
