import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import { startHarness, type ServerHarness } from "./server-harness.js";

const FORM = "application/x-www-form-urlencoded";

describe("dashboard server: forms", () => {
  let h: ServerHarness;
  let csrf: string;
  let ticketId: number;
  before(async () => {
    h = await startHarness();
    const ticket = await h.store.tickets.open({
      tenantId: "t-1",
      endpointId: "e-1",
      hostname: `<script>alert("pwn")</script>-PC`,
      reasons: ["vip_user"],
    });
    ticketId = ticket.id;
    const page = await h.send("/", { headers: { cookie: h.cookie } });
    csrf = /name="csrf" value="([^"]+)"/.exec(page.text)?.[1] ?? "";
  });
  after(() => h.close());

  const post = (body: string, headers: Record<string, string> = {}) =>
    h.send(`/tickets/${ticketId}/approve`, {
      method: "POST",
      headers: { cookie: h.cookie, "content-type": FORM, ...headers },
      body,
    });

  test("a hostile hostname from Central comes out escaped, never as markup", async () => {
    const page = await h.send("/", { headers: { cookie: h.cookie } });
    assert.ok(page.text.includes("&lt;script&gt;alert(&quot;pwn&quot;)&lt;/script&gt;-PC"));
    assert.ok(!page.text.includes("<script>"));
  });

  test("the form's CSRF field is present and is not the session token", () => {
    assert.match(csrf, /^[A-Za-z0-9_-]{43}$/);
    assert.notEqual(csrf, h.token);
  });

  test("a POST without the CSRF field, or with a wrong one, is refused with 403 and changes nothing", async () => {
    assert.equal((await post("note=x")).status, 403);
    assert.equal((await post("csrf=forged")).status, 403);
    assert.equal((await post(`csrf=${h.token}`)).status, 403, "the session token is not the CSRF token");
    assert.equal((await h.store.tickets.get(ticketId))?.state, "open");
  });

  test("a POST from a foreign Origin is refused with 403 even with a good CSRF field", async () => {
    const answer = await post(`csrf=${csrf}`, { origin: "http://evil.example" });
    assert.equal(answer.status, 403);
    assert.equal((await h.store.tickets.get(ticketId))?.state, "open");
  });

  test("an Origin that names the Host in another case is the same site, not a forgery", async () => {
    const port = new URL(h.dashboard.origin).port;
    const answer = await h.send("/leave", {
      method: "POST",
      headers: {
        cookie: h.cookie,
        "content-type": FORM,
        host: `LOCALHOST:${port}`,
        origin: `http://localhost:${port}`,
      },
      body: `csrf=${csrf}&to=/`,
    });
    assert.equal(answer.status, 303);
  });

  test("a POST without the cookie is a 401, whatever it carries", async () => {
    const answer = await h.send(`/tickets/${ticketId}/approve`, {
      method: "POST",
      headers: { "content-type": FORM },
      body: `csrf=${csrf}`,
    });
    assert.equal(answer.status, 401);
  });

  test("only url-encoded forms are taken (415) and at most 64 KiB of them (413)", async () => {
    assert.equal((await post(`{"csrf":"${csrf}"}`, { "content-type": "application/json" })).status, 415);
    const big = await post(`csrf=${csrf}&pad=${"x".repeat(70 * 1024)}`);
    assert.equal(big.status, 413);
    assert.equal((await h.store.tickets.get(ticketId))?.state, "open");
  });

  test("a good POST approves the ticket, journals it as the dashboard user and redirects with a flash shown once", async () => {
    const answer = await post(`csrf=${encodeURIComponent(csrf)}&note=ok`, { origin: h.dashboard.origin });
    assert.equal(answer.status, 303);
    const location = String(answer.headers["location"]);
    assert.match(location, /^\/\?flash=[A-Za-z0-9_-]+$/);
    assert.equal((await h.store.tickets.get(ticketId))?.state, "approved");
    const [entry] = await h.store.journal.list({ kind: "ticket.state" });
    assert.equal(entry?.actor, "dashboard:tester");
    assert.equal(
      entry?.detail?.["fields"],
      "note",
      "the csrf field is removed before the action sees the form",
    );

    const first = await h.send(location, { headers: { cookie: h.cookie } });
    assert.match(first.text, /<p class="flash flash-ok"[^>]*>\s*ticket #\d+ \(&lt;script&gt;/);
    const again = await h.send(location, { headers: { cookie: h.cookie } });
    assert.equal(again.status, 200);
    assert.ok(!again.text.includes("flash-ok"), "a reload does not show the message again");
  });

  test("a body streamed without a length is cut off at 64 KiB with 413", async () => {
    async function* chunks(): AsyncGenerator<Buffer> {
      yield Buffer.from(`csrf=${csrf}&pad=`);
      for (let i = 0; i < 80; i++) yield Buffer.alloc(1024, "x");
    }
    const answer = await h.send(`/tickets/${ticketId}/approve`, {
      method: "POST",
      headers: { cookie: h.cookie, "content-type": FORM },
      body: chunks(),
    });
    assert.equal(answer.status, 413);
  });

  test("an action's redirect off the site is turned into the root (no open redirect)", async () => {
    const answer = await h.send("/leave", {
      method: "POST",
      headers: { cookie: h.cookie, "content-type": FORM },
      body: `csrf=${csrf}&to=${encodeURIComponent("//evil.example/x")}`,
    });
    assert.equal(answer.status, 303);
    assert.equal(answer.headers["location"], "/");
  });

  test("an action rejecting bad input shows a 400 page with its message", async () => {
    const answer = await h.send("/leave", {
      method: "POST",
      headers: { cookie: h.cookie, "content-type": FORM },
      body: `csrf=${csrf}&ticket=x`,
    });
    assert.equal(answer.status, 400);
    assert.match(answer.text, /&quot;x&quot; is not a ticket id; give a number such as 12/);
  });
});
