import assert from "node:assert/strict";
import { test } from "node:test";
import { decodeSiemCursor } from "./siem-cursor.js";
import type { SiemItem } from "./siem-items.js";
import { siemPage } from "./siem-page.js";

const item = (at: number, id: string): SiemItem => ({ at, id, body: { id } });
const sorted = [item(10, "a"), item(10, "b"), item(20, "c"), item(30, "d")];

test("paging resumes right after the last item, even between items sharing a timestamp", () => {
  const first = siemPage(sorted, { at: 0, id: "" }, 1);
  assert.deepEqual(first.items, [{ id: "a" }]);
  assert.equal(first.has_more, true);
  const second = siemPage(sorted, decodeSiemCursor(first.next_cursor)!, 2);
  assert.deepEqual(second.items, [{ id: "b" }, { id: "c" }]);
  const last = siemPage(sorted, decodeSiemCursor(second.next_cursor)!, 5);
  assert.deepEqual(last.items, [{ id: "d" }]);
  assert.equal(last.has_more, false);
});

test("an empty page keeps the cursor where it was, so polling can continue", () => {
  const start = { at: 30, id: "d" };
  const page = siemPage(sorted, start, 10);
  assert.deepEqual(page.items, []);
  assert.deepEqual(decodeSiemCursor(page.next_cursor), start);
});

test("a cursor that was not handed out is not decoded", () => {
  assert.equal(decodeSiemCursor(Buffer.from("nonsense").toString("base64")), undefined);
});
