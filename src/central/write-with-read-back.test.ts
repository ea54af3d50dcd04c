import { describe, test } from "node:test";
import { strict as assert } from "node:assert";
import { ConnectionError, NotFoundError, ServerError, TimeoutError } from "./errors.js";
import { defaultRetryPolicy } from "./retry-policy.js";
import { writeWithReadBack, type ReadBackState } from "./write-with-read-back.js";

const noSleep = async () => undefined;
const reset = () => new ConnectionError("reset", { requestSent: true, retryable: true });

describe("writeWithReadBack", () => {
  test("returns the write's answer without any read-back when it succeeds", async () => {
    let reads = 0;
    const r = await writeWithReadBack({
      write: async () => ({ deleted: true }),
      readBack: async () => {
        reads += 1;
        return "applied";
      },
    });
    assert.deepEqual(r, { value: { deleted: true }, readBack: false });
    assert.equal(reads, 0);
  });

  test("a lost answer whose write was applied is read back and not repeated", async () => {
    let writes = 0;
    const r = await writeWithReadBack({
      write: async () => {
        writes += 1;
        throw reset();
      },
      readBack: async () => "applied",
      sleep: noSleep,
    });
    assert.deepEqual(r, { value: undefined, readBack: true });
    assert.equal(writes, 1);
  });

  test("a 5xx whose write did not apply is written again after the read-back", async () => {
    let writes = 0;
    const states: ReadBackState[] = ["not-applied"];
    const r = await writeWithReadBack({
      write: async () => {
        writes += 1;
        if (writes === 1) throw new ServerError("503", { status: 503 });
        return "ok";
      },
      readBack: async () => states.shift() ?? "not-applied",
      sleep: noSleep,
    });
    assert.deepEqual(r, { value: "ok", readBack: true });
    assert.equal(writes, 2);
  });

  test("throws definite failures at once, without reading back", async () => {
    let reads = 0;
    await assert.rejects(
      writeWithReadBack({
        write: async () => {
          throw new NotFoundError("gone", { status: 404 });
        },
        readBack: async () => {
          reads += 1;
          return "applied";
        },
      }),
      NotFoundError,
    );
    assert.equal(reads, 0);
  });

  test("a timeout before sending is not ambiguous", async () => {
    await assert.rejects(
      writeWithReadBack({
        write: async () => {
          throw new TimeoutError("connect", { requestSent: false });
        },
        readBack: async () => "applied",
      }),
      TimeoutError,
    );
  });

  test("gives up after maxAttempts writes that never apply", async () => {
    let writes = 0;
    await assert.rejects(
      writeWithReadBack({
        write: async () => {
          writes += 1;
          throw reset();
        },
        readBack: async () => "not-applied",
        policy: { ...defaultRetryPolicy, maxAttempts: 3 },
        sleep: noSleep,
      }),
      ConnectionError,
    );
    assert.equal(writes, 3);
  });
});
