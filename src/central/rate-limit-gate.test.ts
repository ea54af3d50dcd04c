import { describe, test } from "node:test";
import { strict as assert } from "node:assert";
import { RateLimitGate } from "./rate-limit-gate.js";

describe("RateLimitGate", () => {
  test("holds a key closed for the Retry-After and opens it afterwards", async () => {
    let clock = 0;
    const slept: number[] = [];
    const gate = new RateLimitGate({
      now: () => clock,
      sleep: async (ms) => {
        slept.push(ms);
        clock += ms;
      },
    });
    gate.pause("tenant-a", 2000);
    assert.equal(gate.remaining("tenant-b"), 0);
    clock = 500;
    await gate.wait("tenant-a");
    assert.deepEqual(slept, [1500]);
    assert.equal(gate.remaining("tenant-a"), 0);
  });

  test("a shorter pause never shortens a longer one", () => {
    let clock = 0;
    const gate = new RateLimitGate({ now: () => clock });
    gate.pause("k", 5000);
    gate.pause("k", 1000);
    clock = 2000;
    assert.equal(gate.remaining("k"), 3000);
  });

  test("ignores missing or non-positive waits", () => {
    const gate = new RateLimitGate();
    gate.pause("k", undefined);
    gate.pause("k", 0);
    assert.equal(gate.remaining("k"), 0);
  });
});
