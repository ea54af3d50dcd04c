import { strict as assert } from "node:assert";
import { describe, test } from "node:test";
import { readCsvBatchesWithCsvParse } from "./csv-parse-records.js";
import { CsvSyntaxError, CsvTokenizer, readCsvBatches, type CsvRecord } from "./csv-records.js";

async function* chunked(text: string, size: number): AsyncGenerator<string> {
  for (let i = 0; i < text.length; i += size) yield text.slice(i, i + size);
}

async function records(text: string, size = text.length || 1): Promise<CsvRecord[]> {
  const out: CsvRecord[] = [];
  for await (const batch of readCsvBatches(chunked(text, size))) out.push(...batch);
  return out;
}

async function reference(text: string): Promise<string[][]> {
  const out: string[][] = [];
  for await (const batch of readCsvBatchesWithCsvParse(chunked(text, 7)))
    out.push(...batch.map((r) => r.fields));
  return out;
}

// A small deterministic generator of awkward CSV: quotes, doubled quotes, commas and line breaks
// inside quotes, empty fields, CRLF and LF, no final line break.
function randomCsv(seed: number): string {
  let state = seed;
  const next = (n: number): number => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state % n;
  };
  const pieces = ["a", "WS-01", "", " x ", 'say ""hi""', "1,2", "line\r\nbreak", "lf\nonly", "ü€"];
  const rows: string[] = [];
  for (let r = 0; r < 1 + next(6); r++) {
    const fields: string[] = [];
    for (let f = 0; f < 4; f++) {
      const piece = pieces[next(pieces.length)] ?? "";
      const needsQuotes = /[",\r\n]/.test(piece) || next(2) === 0;
      fields.push(needsQuotes ? `"${piece}"` : piece.replace(/""/g, "'"));
    }
    rows.push(fields.join(","));
  }
  const eol = next(2) === 0 ? "\r\n" : "\n";
  return rows.join(eol) + (next(2) === 0 ? eol : "");
}

describe("readCsvBatches", () => {
  test("matches csv-parse on awkward input, however the input is chunked", async () => {
    for (let seed = 1; seed <= 150; seed++) {
      const text = randomCsv(seed);
      const expected = await reference(text);
      for (const size of [1, 2, 3, 5, 64, text.length]) {
        assert.deepEqual(
          (await records(text, size)).map((r) => r.fields),
          expected,
          `seed ${seed}, chunks of ${size}: ${JSON.stringify(text)}`,
        );
      }
    }
  });

  test("numbers records by the line they start on, counting line breaks inside quotes and blank lines", async () => {
    const text = '"h1","h2"\r\n"a","multi\r\nline"\r\n\r\n"b","c"\n"d","e"';
    assert.deepEqual(
      (await records(text, 3)).map((r) => [r.fields[0], r.line]),
      [
        ["h1", 1],
        ["a", 2],
        ["b", 5],
        ["d", 6],
      ],
    );
  });

  test("turns malformed quoting into CsvSyntaxErrors with the record's line", async () => {
    const cases: [string, number, RegExp][] = [
      ['"a","b"\n"c","d', 2, /never closed/],
      ['"a","b"\n"c"x,"d"\n', 2, /unexpected text after the closing quote of column 1/],
      ['"a","b"\nc"d,e\n', 2, /quote inside unquoted column 1/],
    ];
    for (const [text, line, message] of cases) {
      await assert.rejects(records(text, 2), (error: unknown) => {
        assert.ok(error instanceof CsvSyntaxError);
        assert.equal(error.line, line);
        assert.match(error.message, message);
        return true;
      });
    }
  });

  test("keepOnly skips copying the other fields but keeps the field count", () => {
    const tokenizer = new CsvTokenizer();
    tokenizer.keepOnly([1]);
    const seen: string[][] = [];
    tokenizer.push('"a","b","c"\nd,e,f\n', (fields) => seen.push(fields));
    tokenizer.end((fields) => seen.push(fields));
    assert.deepEqual(seen, [
      ["", "b", ""],
      ["", "e", ""],
    ]);
  });

  test("honours another delimiter", async () => {
    const out: string[][] = [];
    for await (const batch of readCsvBatches(chunked('"a";"b,c"\n1;2', 4), ";"))
      out.push(...batch.map((r) => r.fields));
    assert.deepEqual(out, [
      ["a", "b,c"],
      ["1", "2"],
    ]);
  });
});
