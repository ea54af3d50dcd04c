import { test } from "node:test";
import assert from "node:assert/strict";
import { abortableDelay, untilAborted } from "./abortable.js";
import { Semaphore } from "./semaphore.js";

test("an aborted wait for a semaphore slot leaves the queue without losing the slot", async () => {
  const sem = new Semaphore(1);
  const held = await sem.acquire();
  const controller = new AbortController();
  const waiting = sem.acquire(controller.signal);
  controller.abort(new Error("stop"));
  await assert.rejects(waiting, /stop/);
  assert.equal(sem.waiting, 0);
  held();
  const again = await sem.acquire();
  assert.equal(sem.inUse, 1);
  again();
});

test("a delay and a shared promise stop waiting as soon as the signal aborts", async () => {
  const controller = new AbortController();
  const started = performance.now();
  const delay = abortableDelay(10_000, controller.signal);
  const shared = untilAborted(new Promise(() => undefined), controller.signal);
  setTimeout(() => controller.abort(new Error("ctrl-c")), 10);
  await assert.rejects(delay, /ctrl-c/);
  await assert.rejects(shared, /ctrl-c/);
  assert.ok(performance.now() - started < 1000);
});
