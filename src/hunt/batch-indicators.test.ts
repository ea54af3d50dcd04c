import { strict as assert } from "node:assert";
import { test } from "node:test";
import { DEFAULT_IOC_VARIABLE_MAX_BYTES, batchIndicators } from "./batch-indicators.js";
import type { Indicator } from "./indicator.js";
import { IndicatorInputError } from "./indicator-input-error.js";

function many(n: number): Indicator[] {
  return Array.from({ length: n }, (_, i): Indicator => {
    const value =
      i % 3 === 0
        ? i.toString(16).padStart(64, "0")
        : i % 3 === 1
          ? `h${i}.evil.example`
          : `C:\\Temp\\ünïcode-${i}.exe`;
    const type = i % 3 === 0 ? "sha256" : i % 3 === 1 ? "domain" : "file_path";
    return { type, value, match: "exact", provenance: [{ source: "t", location: String(i) }] };
  });
}

test("every batch is valid IOC JSON under the limit and every indicator appears exactly once, in order", () => {
  const input = many(20_000);
  for (const limit of [DEFAULT_IOC_VARIABLE_MAX_BYTES, 700, 150]) {
    const batches = batchIndicators(input, limit);
    const seen: string[] = [];
    for (const batch of batches) {
      assert.ok(batch.bytes <= limit, `batch of ${batch.bytes} bytes exceeds ${limit}`);
      assert.equal(Buffer.byteLength(batch.json, "utf8"), batch.bytes);
      const parsed = JSON.parse(batch.json) as { ioc_data: Array<{ indicator_type: string; data: string }> };
      assert.deepEqual(
        parsed.ioc_data.map((e) => e.data),
        batch.indicators.map((i) => i.value),
      );
      seen.push(...parsed.ioc_data.map((e) => e.data));
    }
    assert.deepEqual(
      seen,
      input.map((i) => i.value),
    );
  }
});

test("batches are packed: adding the next indicator to a batch would have broken the limit", () => {
  const limit = 500;
  const batches = batchIndicators(many(300), limit);
  for (let b = 0; b < batches.length - 1; b++) {
    const next = batches[b + 1]?.indicators[0];
    assert.ok(next);
    const entry = JSON.stringify({ indicator_type: next.type, data: next.value });
    assert.ok((batches[b]?.bytes ?? 0) + 1 + Buffer.byteLength(entry) > limit);
  }
});

test("an indicator too large for any batch is an error naming it", () => {
  const huge: Indicator = {
    type: "url",
    value: `http://evil.example/${"a".repeat(6000)}`,
    match: "exact",
    provenance: [{ source: "feed.csv", location: "line 9" }],
  };
  assert.throws(
    () => batchIndicators([...many(3), huge]),
    (error: unknown) =>
      error instanceof IndicatorInputError &&
      /feed\.csv line 9: url "http:\/\/evil\.example\/a+…" needs \d+ bytes alone, above the 4900-byte limit/.test(
        error.message,
      ),
  );
});

test("an encoder's growth (quote doubling for SQL) counts towards the limit", () => {
  const quoted: Indicator[] = Array.from({ length: 200 }, (_, i) => ({
    type: "filename",
    value: `it's-${i}.exe`,
    match: "exact",
    provenance: [],
  }));
  const encode = (s: string): string => s.replaceAll("'", "''");
  for (const batch of batchIndicators(quoted, 400, { encode })) {
    assert.ok(batch.bytes <= 400);
    assert.ok(batch.json.includes("''"));
  }
});

test("no indicators give no batches; a limit below an empty payload is refused", () => {
  assert.deepEqual(batchIndicators([]), []);
  assert.throws(() => batchIndicators(many(1), 10), RangeError);
});
