import assert from "node:assert/strict";
import { after, test } from "node:test";
import { encodeSpoolPayload, spoolHeading } from "../../sinks/splunk/spool-payload.js";
import { openStore } from "../../store/index.js";
import { pageContext, squash } from "./internal/page-fixtures.js";
import { loadDelivery } from "./load-delivery.js";
import { renderDelivery } from "./render-delivery.js";

const store = openStore(":memory:", { now: () => Date.parse("2026-03-10T10:00:00Z") });
after(() => store.close());

test("records are counted from batch headers, a foreign item counts as one, and no payload is shown", async () => {
  await store.spool.put("hec:main", "b1", encodeSpoolPayload(250, "SECRET-CUSTOMER-DATA ".repeat(10)));
  await store.spool.put("hec:main", "b2", Buffer.concat([Buffer.from(spoolHeading(50)), Buffer.from("x")]));
  await store.spool.put("hec:main:dead", "b3", "not our format SECRET-CUSTOMER-DATA");
  const queues = await loadDelivery(pageContext(store));
  assert.deepEqual(
    queues.map((q) => [q.queue, q.items, q.records, q.unreadable, q.dead]),
    [
      ["hec:main", 2, 300, 0, false],
      ["hec:main:dead", 1, 1, 1, true],
    ],
  );
  const page = squash(renderDelivery(queues, new Date("2026-03-10T12:00:00Z")).value);
  assert.ok(!page.includes("SECRET-CUSTOMER-DATA"));
  assert.match(page, /<td class="num">300<\/td>/);
  assert.match(page, /2 h ago/);
  assert.match(page, /dead letters/);
});
