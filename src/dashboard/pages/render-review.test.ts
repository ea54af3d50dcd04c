import assert from "node:assert/strict";
import { test } from "node:test";
import { squash } from "./internal/page-fixtures.js";
import type { Ticket } from "../../store/index.js";
import type { ReviewModel } from "./load-review.js";
import { renderReview } from "./render-review.js";

const now = new Date("2026-03-10T12:00:00Z");
const ticket: Ticket = {
  id: 7,
  tenantId: "t-acme",
  endpointId: "ep-7",
  hostname: `<script>alert(1)</script>`,
  reasons: ["vip_user"],
  externalRef: `INC"><b>1`,
  state: "open",
  createdAt: "2026-03-08T12:00:00Z",
  updatedAt: "2026-03-08T12:00:00Z",
};
const model: ReviewModel = {
  open: [ticket],
  plan: { id: "plan-1", createdAt: "", expiresAt: "", expired: false, contentHash: "h", decisionCount: 3 },
  untracked: [
    {
      tenantId: "t-acme",
      endpointId: "ep-9",
      hostname: `"><img src=x>`,
      action: "review",
      reasons: ["server"],
      sentence: "s",
    },
  ],
  untrackedTotal: 1,
};

test("every post form carries the csrf field and hostile ticket data comes out escaped", () => {
  const page = squash(renderReview(model, "tok-123", now).value);
  const forms = page.match(/<form[^>]*method="post"/g) ?? [];
  const fields = page.match(/<input type="hidden" name="csrf" value="tok-123" ?\/?>/g) ?? [];
  assert.equal(forms.length, 5, "approve, reject, close, open one, open all");
  assert.equal(fields.length, forms.length);
  assert.ok(!page.includes("<script>") && !page.includes("<img") && !page.includes("<b>"));
  assert.ok(page.includes("&lt;script&gt;alert(1)&lt;/script&gt;"));
  assert.match(page, /action="\/review\/7\/approve"/);
  assert.match(page, /Open tickets for all 1/);
  assert.match(page, /2 d ago/);
});

test("without a plan the page says which command decides what needs review", () => {
  const page = squash(renderReview({ open: [], untracked: [], untrackedTotal: 0 }, "t", now).value);
  assert.match(page, /No open review tickets/);
  assert.match(page, /centralctl hygiene plan/);
  assert.ok(!page.includes('method="post"'));
});

test("tickets and waiting decisions name their tenant as the newest plan recorded it", () => {
  const names = new Map([["t-acme", "Acme & Co"]]);
  const other: Ticket = { ...ticket, id: 8, tenantId: "t-unnamed", endpointId: "ep-8" };
  const page = squash(
    renderReview(
      { ...model, open: [ticket, other], plan: { ...model.plan!, tenantNames: names } },
      "tok",
      now,
    ).value,
  );
  const named = `<td>Acme &amp; Co<br /><span class="muted"><code>t-acme</code></span></td>`;
  assert.equal(page.split(squash(named)).length - 1, 2, "the open ticket and the waiting decision");
  assert.ok(page.includes(squash(`<td><code>t-unnamed</code></td>`)), "no name recorded: the id");
});
