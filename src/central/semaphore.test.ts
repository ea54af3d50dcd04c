import { describe, test } from "node:test";
import { strict as assert } from "node:assert";
import { Semaphore } from "./semaphore.js";

const tick = () => new Promise<void>((resolve) => setImmediate(resolve));

describe("Semaphore", () => {
  test("never runs more than the limit at once", async () => {
    const sem = new Semaphore(3);
    let running = 0;
    let peak = 0;
    await Promise.all(
      Array.from({ length: 20 }, () =>
        sem.run(async () => {
          running += 1;
          peak = Math.max(peak, running);
          await tick();
          running -= 1;
        }),
      ),
    );
    assert.equal(peak, 3);
    assert.equal(sem.inUse, 0);
  });

  test("serves waiters in arrival order", async () => {
    const sem = new Semaphore(1);
    const order: number[] = [];
    const first = await sem.acquire();
    const all = [1, 2, 3].map((n) => sem.run(async () => void order.push(n)));
    assert.equal(sem.waiting, 3);
    first();
    await Promise.all(all);
    assert.deepEqual(order, [1, 2, 3]);
  });

  test("releasing twice frees only one slot", async () => {
    const sem = new Semaphore(1);
    const release = await sem.acquire();
    release();
    release();
    await sem.acquire();
    assert.equal(sem.inUse, 1);
  });

  test("releases the slot when the task throws", async () => {
    const sem = new Semaphore(1);
    await assert.rejects(
      sem.run(() => Promise.reject(new Error("boom"))),
      /boom/,
    );
    assert.equal(sem.inUse, 0);
  });

  test("rejects a limit below one", () => {
    assert.throws(() => new Semaphore(0), RangeError);
  });
});
