import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import { decision, savePlan, squash } from "../../src/dashboard/pages/internal/page-fixtures.js";
import { STORE_ROUTES } from "../../src/dashboard/pages/store-routes.js";
import { startHarness, type ServerHarness } from "./server-harness.js";

const FORM = "application/x-www-form-urlencoded";

describe("dashboard pages: review", () => {
  let h: ServerHarness;
  const get = async (path: string) => {
    const answer = await h.send(path, { headers: { cookie: h.cookie } });
    return { status: answer.status, text: squash(answer.text) };
  };
  /** Posts a form the way a browser does (csrf from the Review page) and follows the redirect. */
  const post = async (path: string, fields: Record<string, string> = {}) => {
    const csrf = /name="csrf" value="([^"]+)"/.exec((await get("/review")).text)?.[1] ?? "";
    const answer = await h.send(path, {
      method: "POST",
      headers: { cookie: h.cookie, "content-type": FORM, origin: h.dashboard.origin },
      body: new URLSearchParams({ csrf, ...fields }).toString(),
    });
    assert.equal(answer.status, 303, `POST ${path} answered ${answer.status}: ${answer.text}`);
    return get(String(answer.headers["location"]));
  };
  before(async () => {
    h = await startHarness(STORE_ROUTES);
    await savePlan(
      h.store,
      [
        decision("review", "ep-1", `<img src=x onerror=alert(1)>`),
        decision("review", "ep-2", "VIP-LAPTOP"),
        decision("review", "ep-3", "SERVER-9", "t-beta"),
        decision("delete", "ep-4", "OLD-PC"),
      ],
      new Date("2025-12-31T23:00:00Z"),
    );
  });
  after(() => h.close());

  test("review decisions without a ticket are listed, escaped, with a form each and one for all", async () => {
    const page = await get("/review");
    assert.match(page.text, /No open review tickets/);
    assert.match(page.text, /wants 3 devices reviewed/);
    assert.ok(page.text.includes("&lt;img src=x onerror=alert(1)&gt;") && !page.text.includes("<img"));
    assert.match(page.text, /Open tickets for all 3/);
    assert.ok(!page.text.includes("OLD-PC"), "a delete decision is not a review item");
  });

  test("opening one ticket files it locally, journals it as the dashboard user and says filing is a CLI job", async () => {
    const page = await post("/review/open", { tenantId: "t-acme", endpointId: "ep-2" });
    assert.match(page.text, /Opened a ticket for VIP-LAPTOP/);
    assert.match(page.text, /centralctl hygiene review --file-tickets/);
    const [ticket] = await h.store.tickets.listOpen();
    assert.deepEqual([ticket?.endpointId, ticket?.reasons], ["ep-2", ["vip_user"]]);
    const [entry] = await h.store.journal.list({ kind: "ticket.open" });
    assert.equal(entry?.actor, "dashboard:tester");
    assert.match(page.text, /wants 2 devices reviewed/);
  });

  test("approving a ticket changes its state, journals ticket.state and flashes the result", async () => {
    const [ticket] = await h.store.tickets.listOpen();
    assert.ok(ticket);
    const page = await post(`/review/${ticket.id}/approve`);
    assert.match(page.text, new RegExp(`Ticket #${ticket.id} \\(VIP-LAPTOP\\) is now approved`));
    assert.equal((await h.store.tickets.get(ticket.id))?.state, "approved");
    const [entry] = await h.store.journal.list({ kind: "ticket.state" });
    assert.equal(entry?.actor, "dashboard:tester");
    assert.deepEqual(entry?.detail, { ticketId: ticket.id, state: "approved" });
  });

  test("a second click, or a stale tab, on an ended ticket changes nothing and says it has ended", async () => {
    const [entry] = await h.store.journal.list({ kind: "ticket.state" });
    const id = Number(entry?.detail?.["ticketId"]);
    const journaled = (await h.store.journal.list()).length;
    const page = await post(`/review/${id}/reject`);
    assert.match(page.text, /flash-error/);
    assert.match(
      page.text,
      new RegExp(`Ticket #${id} \\(VIP-LAPTOP\\) is already approved; nothing was changed`),
    );
    assert.equal((await h.store.tickets.get(id))?.state, "approved", "the approval stands");
    assert.equal((await h.store.journal.list()).length, journaled, "nothing journaled twice");
  });

  test("an unknown ticket id or verb is a flashed error, not a crash, and changes nothing", async () => {
    const before = (await h.store.journal.list()).length;
    const unknown = await post("/review/9999/reject");
    assert.match(unknown.text, /flash-error/);
    assert.match(unknown.text, /There is no ticket #9999/);
    const verb = await post("/review/1/delete");
    assert.match(verb.text, /is not a ticket action/);
    assert.equal((await h.store.journal.list()).length, before);
  });

  test("opening tickets for all covers every review decision still without one", async () => {
    const page = await post("/review/open", { all: "1" });
    // ep-2's ticket was approved above, so it needs a ticket again, like the other two.
    assert.match(page.text, /Opened 3 tickets/);
    assert.equal((await h.store.tickets.listOpen()).length, 3);
    assert.match(page.text, /Every review decision of plan/);
    const again = await post("/review/open", { all: "1" });
    assert.match(again.text, /already has an open ticket/);
  });
});
