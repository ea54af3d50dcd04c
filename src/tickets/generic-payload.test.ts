import assert from "node:assert/strict";
import { test } from "node:test";
import { genericTicketPayload, parseGenericAnswer } from "./generic-payload.js";
import type { TicketItem } from "./ticket-filer.js";

const item: TicketItem = {
  localId: 1,
  centralctlTicketId: "centralctl-1-e-1",
  tenantId: "t-1",
  endpointId: "e-1",
  hostname: "pc-1",
  reasons: ["not_in_directory"],
  sentence: "pc-1 is not in the directory.",
  evidence: { central: { id: "e-1" } },
};

test("the generic payload has exactly the documented fields", () => {
  assert.deepEqual(Object.keys(genericTicketPayload(item)).sort(), [
    "centralctlTicketId",
    "endpointId",
    "evidence",
    "hostname",
    "reasons",
    "sentence",
    "tenantId",
  ]);
});

test("the reference is the answer's id, else its key, else our own id", () => {
  assert.equal(parseGenericAnswer({ id: 42, key: "K-1" }, item).externalRef, "42");
  assert.equal(parseGenericAnswer({ key: "K-1", url: "https://soar/K-1" }, item).url, "https://soar/K-1");
  assert.equal(parseGenericAnswer({ key: "K-1" }, item).externalRef, "K-1");
  assert.equal(parseGenericAnswer(undefined, item).externalRef, "centralctl-1-e-1");
  assert.equal(parseGenericAnswer({ id: "" }, item).externalRef, "centralctl-1-e-1");
});
