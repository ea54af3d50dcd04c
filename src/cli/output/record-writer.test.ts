import assert from "node:assert/strict";
import { describe, test } from "node:test";
import type { Column } from "./column.js";
import { createRecordWriter } from "./record-writer.js";
import type { TextSink } from "./text-sink.js";

interface Row {
  name: string;
  count?: number;
}
const columns: Column<Row>[] = [
  { header: "name", value: (row) => row.name },
  { header: "count", value: (row) => row.count },
];

function memorySink(): TextSink & { text: () => string } {
  let text = "";
  return { write: async (chunk) => void (text += chunk), end: async () => {}, text: () => text };
}

async function render(format: "table" | "json" | "ndjson" | "csv", rows: Row[]): Promise<string> {
  const sink = memorySink();
  const writer = createRecordWriter(format, sink, columns);
  for (const row of rows) await writer.write(row);
  await writer.close();
  return sink.text();
}

describe("record writers", () => {
  test("json output is one valid array, also when empty", async () => {
    assert.deepEqual(JSON.parse(await render("json", [{ name: "a" }, { name: "b", count: 2 }])), [
      { name: "a" },
      { name: "b", count: 2 },
    ]);
    assert.deepEqual(JSON.parse(await render("json", [])), []);
  });

  test("ndjson writes one parseable record per line", async () => {
    const lines = (await render("ndjson", [{ name: "a" }, { name: "b" }])).trim().split("\n");
    assert.deepEqual(
      lines.map((line) => JSON.parse(line)),
      [{ name: "a" }, { name: "b" }],
    );
  });

  test("csv quotes separators and neutralises spreadsheet formulas", async () => {
    const text = await render("csv", [{ name: 'x,"y"' }, { name: "=cmd|' /C calc'!A0", count: -3 }]);
    assert.equal(text, 'name,count\r\n"x,""y""",\r\n\'=cmd|\' /C calc\'!A0,-3\r\n');
  });

  test("csv of no records still has its header", async () => {
    assert.equal(await render("csv", []), "name,count\r\n");
  });

  test("table aligns columns and says when there is nothing", async () => {
    assert.equal(
      await render("table", [{ name: "long-name", count: 1 }]),
      "name       count\n---------  -----\nlong-name  1\n",
    );
    assert.equal(await render("table", []), "(no records)\n");
  });
});
