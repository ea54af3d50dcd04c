import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import { decision, savePlan, squash } from "../../src/dashboard/pages/internal/page-fixtures.js";
import { STORE_ROUTES } from "../../src/dashboard/pages/store-routes.js";
import { encodeSpoolPayload } from "../../src/sinks/splunk/spool-payload.js";
import { startHarness, type ServerHarness } from "./server-harness.js";

// The harness's clock is 2026-01-01T00:00:00Z; the in-memory store stamps rows with the real clock.
describe("dashboard pages: overview, quarantine, audit and delivery", () => {
  let h: ServerHarness;
  const get = async (path: string) => {
    const answer = await h.send(path, { headers: { cookie: h.cookie } });
    return { status: answer.status, text: squash(answer.text) };
  };

  before(async () => {
    h = await startHarness(STORE_ROUTES);
  });
  after(() => h.close());

  test("an empty store shows the first-run note naming the command that creates data", async () => {
    const page = await get("/");
    assert.equal(page.status, 200);
    assert.match(page.text, /This state store is empty. Start with<code>centralctl hygiene plan<\/code>/);
  });

  test("with data, the overview counts the plan, quarantine, journal in doubt and spool", async () => {
    await savePlan(
      h.store,
      [decision("delete", "e1", "A"), decision("review", "e2", "B"), decision("keep", "e3", "C")],
      new Date("2025-12-31T20:00:00Z"),
      { quarantine: { enabled: true, graceDays: 10 } },
    );
    const group = { id: "g-q", name: "Pending removal" };
    await h.store.quarantine.quarantine({
      tenantId: "t-acme",
      endpointId: "q-waiting",
      hostname: "<b>WAIT</b>",
      group,
      originalGroup: { id: "g-o", name: "Laptops" },
      quarantinedAt: "2025-12-30T00:00:00Z",
    });
    await h.store.quarantine.quarantine({
      tenantId: "t-acme",
      endpointId: "q-due",
      hostname: "DUE-PC",
      group,
      originalGroup: null,
      quarantinedAt: "2025-12-01T00:00:00Z",
    });
    const started = await h.store.journal.append({
      kind: "endpoint.delete",
      actor: "cli",
      tenantId: "t-acme",
      endpointId: "e9",
      hostname: "LOST-PC",
      planId: "p-x",
      outcome: "started",
    });
    const done = await h.store.journal.append({
      ...started,
      endpointId: "e8",
      hostname: "DONE-PC",
      outcome: "started",
    });
    await h.store.journal.complete(done, "succeeded");
    await h.store.spool.put("hec:splunk", "b1", encodeSpoolPayload(42, "payload"));

    const page = await get("/");
    assert.ok(!page.text.includes("This state store is empty"));
    assert.match(page.text, /1 delete, 1 review, 1 keep, 0 skip/);
    assert.match(page.text, /1 waiting, 1 due for deletion, 0 released, 0 deleted/);
    assert.match(page.text, /<a href="\/audit\?doubt=1">Journal<\/a><\/h3><p class="big">3<\/p>/);
    assert.match(page.text, /1 in doubt/);
    assert.match(page.text, /<a href="\/audit\?kind=endpoint.delete&amp;plan=p-x&amp;hostname=LOST-PC">/);
    assert.match(page.text, /<code>hec:splunk<\/code>42/);
  });

  test("the quarantine page shows standing, groups and days left of the plan's grace period, and filters by state", async () => {
    const page = await get("/quarantine");
    assert.match(page.text, /wait 10 days \(from the newest plan&#39;s policy\)/);
    assert.match(
      page.text,
      /badge-review">waiting<\/span><\/td><td><code>t-acme<\/code><\/td><td>&lt;b&gt;WAIT&lt;\/b&gt;/,
    );
    assert.match(page.text, /<td>Laptops<\/td><td>2025-12-30 00:00 UTC<\/td><td class="num">8<\/td>/);
    assert.match(page.text, /badge-delete">due<\/span>/);
    await h.store.quarantine.setState("t-acme", "q-due", "released");
    const released = await get("/quarantine?state=released");
    assert.match(released.text, /DUE-PC/);
    assert.ok(!released.text.includes("WAIT"));
  });

  test("the audit page lists newest first, marks actions in doubt and filters by outcome and hostname", async () => {
    const page = await get("/audit");
    const lost = page.text.indexOf("LOST-PC");
    const done = page.text.indexOf("DONE-PC");
    assert.ok(done > 0 && lost > done, "newest first");
    assert.match(page.text, /<td>LOST-PC<\/td>/);
    assert.equal((page.text.match(/in doubt<\/span>/g) ?? []).length, 1);
    assert.match(page.text, /1 action is in doubt/);
    const doubt = await get("/audit?doubt=1");
    assert.ok(doubt.text.includes("LOST-PC") && !doubt.text.includes("<td>DONE-PC</td>"));
    const filtered = await get("/audit?outcome=succeeded&hostname=done-pc");
    assert.equal((filtered.text.match(/<tr><td class="num">/g) ?? []).length, 1);
    const unknown = await get("/audit?outcome=bogus");
    assert.ok(
      !unknown.text.includes('value="bogus"'),
      "an unknown outcome is not shown as the filter in use",
    );
    const pastEnd = await get("/audit?outcome=started&page=2");
    assert.match(pastEnd.text, /Page 2 is past the last page of these entries/);
    assert.ok(!pastEnd.text.includes("No journal entries"), "entries do match, on page 1");
    const since = await get("/audit?since=yesterday");
    assert.match(since.text, /Since &quot;yesterday&quot; is not a date or an age/);
  });

  test("the delivery page counts records per queue without showing payloads", async () => {
    const page = await get("/delivery");
    assert.match(page.text, /<code>hec:splunk<\/code>/);
    assert.match(page.text, /<td class="num">1<\/td><td class="num">42<\/td>/);
    assert.ok(!page.text.includes("payload<"));
    assert.match(page.text, /next run of a command that sends to that sink delivers them first/);
  });

  test("verifying the journal from the audit page flashes that it is intact", async () => {
    const audit = await h.send("/audit", { headers: { cookie: h.cookie } });
    const csrf = /name="csrf" value="([^"]+)"/.exec(audit.text)?.[1] ?? "";
    const answer = await h.send("/audit/verify", {
      method: "POST",
      headers: {
        cookie: h.cookie,
        "content-type": "application/x-www-form-urlencoded",
        origin: h.dashboard.origin,
      },
      body: `csrf=${encodeURIComponent(csrf)}`,
    });
    assert.equal(answer.status, 303);
    const page = await get(String(answer.headers["location"]));
    assert.match(page.text, /The journal is intact: 3 entries./);
  });

  test("the audit page's tenant menu lists the journal's tenants and filters by the id it sends", async () => {
    await h.store.journal.append({
      kind: "ticket.state",
      actor: "cli",
      tenantId: "t-other",
      outcome: "noted",
    });
    const page = await get("/audit");
    assert.match(
      page.text,
      /<select name="tenant"><option value="">any<\/option><option value="t-acme">t-acme<\/option><option value="t-other">t-other<\/option><\/select>/,
    );
    const acme = await get("/audit?tenant=t-acme");
    assert.match(acme.text, /<option value="t-acme" selected>/);
    assert.ok(acme.text.includes("LOST-PC") && !acme.text.includes("<code>t-other</code></td>"));
  });
});
