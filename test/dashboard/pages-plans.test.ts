import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import { STORE_ROUTES } from "../../src/dashboard/pages/store-routes.js";
import {
  decision,
  hasMarkup,
  manyDecisions,
  savePlan,
  squash,
} from "../../src/dashboard/pages/internal/page-fixtures.js";
import { startHarness, type ServerHarness } from "./server-harness.js";

// The harness's clock is 2026-01-01T00:00:00Z.
const HOUR = 3_600_000;
const at = (hoursBefore: number) => new Date(Date.parse("2026-01-01T00:00:00Z") - hoursBefore * HOUR);

describe("dashboard pages: plans", () => {
  let h: ServerHarness;
  let big: string;
  let small: string;
  let old: string;
  const get = async (path: string) => {
    const answer = await h.send(path, { headers: { cookie: h.cookie } });
    return { status: answer.status, text: squash(answer.text) };
  };
  before(async () => {
    h = await startHarness(STORE_ROUTES);
    old = await savePlan(h.store, [decision("delete", "ep-old", "OLD-PC")], at(100));
    big = await savePlan(h.store, manyDecisions(20_000), at(2));
    small = await savePlan(
      h.store,
      [
        decision("delete", "ep-1", `<script>alert("x")</script>`),
        decision("review", "ep-2", "Sales-Laptop", "t-beta"),
        decision("keep", "ep-3", "KEEP-ME"),
      ],
      at(1),
    );
    await h.store.plans.save({
      id: "foreign-1",
      createdAt: at(200).toISOString(),
      expiresAt: at(190).toISOString(),
      contentHash: "x",
      summary: { made: "by hand" },
      decisions: [{ not: "a decision" }],
    });
  });
  after(() => h.close());

  test("the Plans page lists plans newest first with counts per action and an expired badge", async () => {
    const page = await get("/plans");
    assert.equal(page.status, 200);
    const order = [small, big, old, "foreign-1"].map((id) => page.text.indexOf(`<code>${id}</code>`));
    assert.ok(
      order.every((i, n) => i > 0 && (n === 0 || i > (order[n - 1] ?? 0))),
      `newest first: ${order.join()}`,
    );
    assert.ok(hasMarkup(page.text, `<td class="num">5000</td><td class="num">5000</td>`), "20k plan counts");
    assert.match(page.text, /badge-error">expired/, "the 100-hour-old plan has expired (72 h TTL)");
    assert.match(page.text, /not a hygiene plan/);
  });

  test("a plan's decisions show action and reason badges with the hostname escaped", async () => {
    const page = await get(`/plans/${small}`);
    assert.equal(page.status, 200);
    assert.ok(page.text.includes("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;"));
    assert.ok(!page.text.includes("<script>"));
    assert.match(page.text, /<span class="badge badge-review">review<\/span>/);
    assert.match(page.text, /<span class="badge badge-skip">vip_user<\/span>/);
    assert.ok(page.text.includes(`centralctl hygiene apply ${small} --apply`));
  });

  test("filters combine: action, tenant, hostname part and reason", async () => {
    const page = await get(`/plans/${small}?action=review&tenant=t-beta&host=laptop&reason=vip_user`);
    assert.match(page.text, /Sales-Laptop/);
    assert.ok(!page.text.includes("KEEP-ME"));
    const none = await get(`/plans/${small}?action=delete&host=laptop`);
    assert.match(none.text, /No decisions match these filters/);
  });

  test("a page past the last one says so rather than claiming no decisions match", async () => {
    const page = await get(`/plans/${small}?action=review&page=3`);
    assert.equal(page.status, 200);
    assert.match(page.text, /Page 3 is past the last page of these decisions/);
    assert.ok(!page.text.includes("No decisions match"), page.text);
    assert.ok(
      page.text.includes(`href="/plans/${small}?action=review&amp;page=1"`),
      "a way back with the filter",
    );
  });

  test("a 20k-decision plan renders one filtered page of 100 rows with the right total and pager", async () => {
    let started = performance.now();
    await get(`/plans/${big}`);
    const cold = performance.now() - started;
    started = performance.now();
    const page = await get(`/plans/${big}?action=delete&tenant=t-acme&page=2`);
    const warm = performance.now() - started;
    assert.equal(page.status, 200);
    assert.equal((page.text.match(/<tr><td><span class="badge badge-delete">/g) ?? []).length, 100);
    assert.match(page.text, /Page 2 of 50 \(5000 matching\)/);
    // Row 101 of the t-acme deletions: PC-00400 (every 4th decision is a delete, all in t-acme).
    assert.match(page.text, /<td>PC-00400<\/td>/);
    assert.ok(!page.text.includes("<td>PC-00396</td>"), "page 1's last row is not on page 2");
    console.log(
      `# 20k-decision plan over HTTP: first view ${cold.toFixed(0)} ms, filtered page 2 ${warm.toFixed(0)} ms`,
    );
  });

  test("an unknown plan is a 404 page that links back, and a foreign record says it is not a hygiene plan", async () => {
    const missing = await get("/plans/no-such-plan");
    assert.equal(missing.status, 404);
    assert.match(missing.text, /There is no plan<code>no-such-plan<\/code>/);
    const foreign = await get("/plans/foreign-1");
    assert.match(foreign.text, /was not written by<code>centralctl hygiene plan<\/code>/);
  });
});
