import { strict as assert } from "node:assert";
import { setTimeout as sleep } from "node:timers/promises";
import { SinkError, type SinkReport } from "../../src/sinks/record-sink.js";
import type { SplunkSinkOptions } from "../../src/sinks/splunk/index.js";
import type { HecSimulator } from "../../src/sim/splunk/index.js";
export { unusedPort } from "../support/unused-port.js";

/** Timings small enough for a test to run in well under a second. */
export const FAST = {
  ackPollMinMs: 5,
  ackPollMaxMs: 20,
  retryBaseMs: 5,
  retryMaxMs: 20,
  lingerMs: 5,
  maxBatchEvents: 50,
} satisfies Partial<SplunkSinkOptions>;

/** Alert-like records with distinct ids and raisedAt times. */
export const alerts = (n: number, from = 0) =>
  Array.from({ length: n }, (_, i) => ({
    id: `alert-${from + i}`,
    severity: "high",
    raisedAt: new Date(Date.UTC(2024, 4, 1, 10, 0, 0, from + i)).toISOString(),
  }));

/** Poll a condition every 5 ms until it holds. */
export async function waitFor(condition: () => boolean, what: string, timeoutMs = 5000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await sleep(5);
  }
}

/** Write until the sink refuses; returns how many writes it accepted and the error, if any. */
export async function writeAll(
  sink: { write(r: Record<string, unknown>): Promise<void> },
  records: object[],
) {
  let accepted = 0;
  try {
    for (const record of records) {
      await sink.write(record as Record<string, unknown>);
      accepted += 1;
    }
  } catch (error) {
    return { accepted, error };
  }
  return { accepted, error: undefined };
}

/** close() must reject with a SinkError; returns it. */
export async function closeRejects(sink: { close(): Promise<SinkReport> }): Promise<SinkError> {
  const error = await sink.close().then(
    () => assert.fail("close() should have failed"),
    (e: unknown) => e,
  );
  assert.ok(error instanceof SinkError);
  return error;
}

/** The record ids the simulator indexed. */
export const eventIds = (hec: HecSimulator) =>
  new Set(hec.events().map((envelope) => (envelope["event"] as { id: string }).id));
