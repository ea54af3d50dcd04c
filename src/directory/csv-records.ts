/** One CSV record and the line it starts on (1-based). */
export interface CsvRecord {
  fields: string[];
  line: number;
}

/** A CSV syntax error at a line; the caller adds the file name. */
export class CsvSyntaxError extends Error {
  constructor(
    readonly line: number,
    message: string,
  ) {
    super(message);
  }
}

interface ParseState {
  pos: number;
  newlines: number;
  delim: number;
  keep: Uint8Array | undefined;
}

const QUOTE = 34;
const CR = 13;
const LF = 10;

/** Receives each record: its fields and the line it starts on. */
export type CsvRecordSink = (fields: string[], line: number) => void;

/**
 * An RFC 4180 tokenizer fed text chunk by chunk: fields optionally quoted, `""` for a quote inside a
 * quoted field, CRLF or LF line ends, line breaks allowed inside quotes, blank lines skipped.
 * Written for speed (it jumps between quotes with `indexOf` and hands records to a callback, so a
 * million rows cost no million promises) because csv-parse manages under 100k rows/s on
 * `Export-Csv` rows here and directory exports reach a million rows. `csv-records.test.ts` checks
 * it against csv-parse. Malformed input throws a {@link CsvSyntaxError}.
 */
export class CsvTokenizer {
  private text = "";
  private line = 1;
  private readonly state: ParseState;

  constructor(delimiter = ",") {
    this.state = { pos: 0, newlines: 0, delim: delimiter.charCodeAt(0), keep: undefined };
  }

  /** Copy out only the fields at these positions; the others come back as "" (saves allocation). */
  keepOnly(positions: readonly number[]): void {
    const keep = new Uint8Array(Math.max(0, ...positions) + 1);
    for (const position of positions) keep[position] = 1;
    this.state.keep = keep;
  }

  /** Feed the next chunk; complete records go to `sink`, a partial one waits for more text. */
  push(chunk: string, sink: CsvRecordSink): void {
    this.text = this.state.pos < this.text.length ? this.text.slice(this.state.pos) + chunk : chunk;
    this.state.pos = 0;
    this.drain(false, sink);
  }

  /** The input is over: flush the last record (a missing final line break is fine). */
  end(sink: CsvRecordSink): void {
    this.text = this.text.slice(this.state.pos);
    this.state.pos = 0;
    this.drain(true, sink);
  }

  private drain(eof: boolean, sink: CsvRecordSink): void {
    const { state, text } = this;
    while (state.pos < text.length) {
      state.newlines = 0;
      const start = state.pos;
      const fields = parseRecord(text, state, eof, this.line);
      if (fields === undefined) {
        state.pos = start;
        return;
      }
      const line = this.line;
      this.line += 1 + state.newlines;
      if (fields.length !== 1 || fields[0] !== "") sink(fields, line);
    }
  }
}

/** {@link CsvTokenizer} over a stream of chunks, one batch of records per chunk. */
export async function* readCsvBatches(
  chunks: AsyncIterable<string>,
  delimiter = ",",
): AsyncGenerator<CsvRecord[]> {
  const tokenizer = new CsvTokenizer(delimiter);
  let batch: CsvRecord[] = [];
  const sink: CsvRecordSink = (fields, line) => batch.push({ fields, line });
  for await (const chunk of chunks) {
    tokenizer.push(chunk, sink);
    if (batch.length > 0) yield batch;
    batch = [];
  }
  tokenizer.end(sink);
  if (batch.length > 0) yield batch;
}

// Parses one record from state.pos, leaving state.pos after its line end. Returns undefined when
// the text ends before the record does and more may come (the caller retries with more text).
// Fields whose `keep` flag is 0 are scanned but not copied out (they come back as "").
function parseRecord(text: string, state: ParseState, eof: boolean, line: number): string[] | undefined {
  const { delim, keep } = state;
  const fields: string[] = [];
  const length = text.length;
  const start = state.pos;
  let pos = start;
  for (;;) {
    const wanted = keep === undefined || keep[fields.length] === 1;
    if (pos < length && text.charCodeAt(pos) === QUOTE) {
      let value = "";
      let from = pos + 1;
      for (;;) {
        const quote = text.indexOf('"', from);
        if (quote === -1 || (quote + 1 >= length && !eof)) {
          if (!eof) return undefined;
          throw new CsvSyntaxError(line, `a quoted field in column ${fields.length + 1} is never closed`);
        }
        if (text.charCodeAt(quote + 1) === QUOTE) {
          if (wanted) value += text.slice(from, quote + 1);
          from = quote + 2;
          continue;
        }
        if (wanted) value += text.slice(from, quote);
        pos = quote + 1;
        break;
      }
      fields.push(value);
      const next = text.charCodeAt(pos);
      if (pos < length && next !== delim && next !== CR && next !== LF) {
        throw new CsvSyntaxError(
          line,
          `unexpected text after the closing quote of column ${fields.length}; a quote inside a field must be doubled ("")`,
        );
      }
    } else {
      let end = pos;
      while (end < length) {
        const c = text.charCodeAt(end);
        if (c === delim || c === CR || c === LF) break;
        if (c === QUOTE) {
          throw new CsvSyntaxError(
            line,
            `a quote inside unquoted column ${fields.length + 1}; quote the field and double the quote`,
          );
        }
        end++;
      }
      if (end >= length && !eof) return undefined;
      fields.push(wanted ? text.slice(pos, end) : "");
      pos = end;
    }
    if (pos >= length) {
      if (!eof) return undefined;
      state.newlines = countLineFeeds(text, start, pos);
      state.pos = pos;
      return fields;
    }
    const c = text.charCodeAt(pos);
    if (c === delim) {
      pos++;
      continue;
    }
    // A CR at the end of the text may be half of a CRLF split across chunks.
    if (c === CR && pos + 1 >= length && !eof) return undefined;
    state.newlines = countLineFeeds(text, start, pos);
    state.pos = pos + (c === CR && text.charCodeAt(pos + 1) === LF ? 2 : 1);
    return fields;
  }
}

// Line breaks inside quoted fields, so later records keep true line numbers. One indexOf per record
// in the usual case of none.
function countLineFeeds(text: string, from: number, to: number): number {
  let count = 0;
  for (let at = text.indexOf("\n", from); at !== -1 && at < to; at = text.indexOf("\n", at + 1)) count++;
  return count;
}
