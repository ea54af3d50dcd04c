import assert from "node:assert/strict";
import { after, test } from "node:test";
import { openStore } from "../store/index.js";
import { changeTicketState } from "./change-ticket-state.js";

const store = openStore(":memory:");
after(() => store.close());
const input = { tenantId: "t", endpointId: "e", hostname: "PC-1", reasons: ["vip_user"] };

test("changing a ticket journals ticket.state with the actor, the ticket id and the new state", async () => {
  const ticket = await store.tickets.open({ ...input, endpointId: "e1" });
  const change = await changeTicketState(store, {
    ticketId: ticket.id,
    state: "rejected",
    actor: "dashboard:bob",
  });
  assert.equal(change.kind, "changed");
  assert.equal((await store.tickets.get(ticket.id))?.state, "rejected");
  const [entry] = await store.journal.list({ kind: "ticket.state" });
  assert.equal(entry?.actor, "dashboard:bob");
  assert.deepEqual(entry?.detail, { ticketId: ticket.id, state: "rejected" });
});

test("a failing external close is reported and the local change stays", async () => {
  const opened = await store.tickets.open({ ...input, endpointId: "e2" });
  await store.tickets.setExternalRef(opened.id, "INC001");
  const change = await changeTicketState(store, {
    ticketId: opened.id,
    state: "approved",
    actor: "dashboard:bob",
    closeExternal: async () => {
      throw new Error("connection refused");
    },
  });
  assert.equal(change.kind === "changed" && change.external?.outcome, "failed");
  assert.match(
    change.kind === "changed" ? (change.external?.message ?? "") : "",
    /INC001 could not be closed/,
  );
  assert.equal((await store.tickets.get(opened.id))?.state, "approved");
});

test("an external ticket with no ticket system configured is named so the user closes it by hand", async () => {
  const opened = await store.tickets.open({ ...input, endpointId: "e3" });
  await store.tickets.setExternalRef(opened.id, "SEC-4");
  const change = await changeTicketState(store, { ticketId: opened.id, state: "closed", actor: "a" });
  assert.equal(change.kind === "changed" && change.external?.outcome, "skipped");
  assert.match(change.kind === "changed" ? (change.external?.message ?? "") : "", /SEC-4 stays open/);
});

test("an unknown ticket id changes nothing and journals nothing", async () => {
  const before = (await store.journal.list()).length;
  assert.deepEqual(await changeTicketState(store, { ticketId: 999, state: "closed", actor: "a" }), {
    kind: "unknown",
    ticketId: 999,
  });
  assert.equal((await store.journal.list()).length, before);
});
