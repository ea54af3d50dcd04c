import assert from "node:assert/strict";
import { test } from "node:test";
import { hasMarkup, squash } from "./internal/page-fixtures.js";
import { policySchema } from "../../hygiene/policy-schema.js";
import type { PlanDetailModel } from "./load-plan-detail.js";
import { pageWindow } from "./pager.js";
import type { PlanRow } from "./plan-row.js";
import { renderPlanDetail } from "./render-plan-detail.js";

const now = new Date("2026-03-10T12:00:00Z");
const plan: PlanRow = {
  id: "plan-20260310T100000Z-abc",
  createdAt: "2026-03-10T10:00:00Z",
  expiresAt: "2026-03-09T10:00:00Z",
  expired: true,
  contentHash: "abc123",
  decisionCount: 2,
  totals: { delete: 1, review: 1, keep: 0, skip: 0 },
  policy: policySchema.parse({ inactiveDays: 45 }),
};
const query = new URLSearchParams("action=delete");
const model: PlanDetailModel = {
  kind: "plan",
  plan,
  filter: { action: "delete", tenant: "", host: "", reason: "" },
  window: pageWindow(query, 100),
  matched: 1,
  decisions: [
    {
      tenantId: "t-acme",
      endpointId: "ep-1",
      hostname: "<script>x</script>",
      action: "delete",
      reasons: ["retired_in_directory"],
      sentence: `Delete "PC" & forget`,
    },
  ],
  unreadable: 0,
  tenants: [{ value: "t-acme", label: "t-acme" }],
  reasons: ["retired_in_directory", "vip_user"],
};

test("a decision shows its action badge, reason badges and sentence, with hostile text escaped", () => {
  const page = squash(renderPlanDetail(model, query, now).value);
  assert.match(page, /<span class="badge badge-delete">delete<\/span>/);
  assert.match(page, /<span class="badge badge-skip">retired_in_directory<\/span>/);
  assert.ok(page.includes("&lt;script&gt;x&lt;/script&gt;") && !page.includes("<script>"));
  assert.ok(page.includes("Delete &quot;PC&quot; &amp; forget"));
  assert.match(page, /<option value="delete" selected>/);
});

test("the page names the policy, the exact apply commands and why deletions stay in the CLI", () => {
  const page = squash(renderPlanDetail(model, query, now).value);
  assert.ok(hasMarkup(page, "stale after <strong>45</strong> days"));
  assert.ok(page.includes(`centralctl hygiene apply ${plan.id}</code>`));
  assert.ok(page.includes(`centralctl hygiene apply ${plan.id} --apply</code>`));
  assert.match(page, /re-checks every device live/);
  assert.match(page, /badge-error">expired/);
});

test("a record that is not a hygiene plan, and a missing plan, say so instead of showing a table", () => {
  const foreign = renderPlanDetail(
    {
      kind: "foreign",
      plan: { id: plan.id, createdAt: "", expiresAt: "", expired: false, contentHash: "", decisionCount: 2 },
    },
    query,
    now,
  );
  assert.ok(hasMarkup(foreign.value, "was not written by <code>centralctl hygiene plan</code>"));
  const missing = renderPlanDetail({ kind: "missing", id: "<nope>" }, query, now);
  assert.ok(hasMarkup(missing.value, "There is no plan <code>&lt;nope&gt;</code>"));
});

test("a named tenant shows its name with the id below it; an unnamed one shows the id alone", () => {
  const names = new Map([["t-acme", `Acme <b>Corp</b>`]]);
  const named: PlanDetailModel = {
    ...model,
    plan: { ...plan, tenantNames: names },
    decisions: [
      ...(model.kind === "plan" ? model.decisions : []),
      { tenantId: "t-old", endpointId: "ep-2", hostname: "OLD", action: "delete", reasons: [], sentence: "" },
    ],
    tenants: [
      { value: "t-acme", label: "Acme <b>Corp</b>" },
      { value: "t-old", label: "t-old" },
    ],
  };
  const page = squash(renderPlanDetail(named, query, now).value);
  assert.ok(
    hasMarkup(
      page,
      `<td>Acme &lt;b&gt;Corp&lt;/b&gt;<br /><span class="muted"><code>t-acme</code></span></td>`,
    ),
  );
  assert.ok(hasMarkup(page, `<td><code>t-old</code></td>`), "a tenant the plan does not name shows its id");
  assert.ok(hasMarkup(page, `<option value="t-acme">Acme &lt;b&gt;Corp&lt;/b&gt;</option>`));
  assert.ok(!page.includes("<b>"));
});
