import assert from "node:assert/strict";
import { test } from "node:test";
import { hasMarkup, squash } from "./internal/page-fixtures.js";
import type { OverviewModel } from "./load-overview.js";
import { renderOverview } from "./render-overview.js";

const now = new Date("2026-03-10T12:00:00Z");
const empty: OverviewModel = {
  planCount: 0,
  openTickets: 0,
  quarantine: { waiting: 0, due: 0, released: 0, deleted: 0 },
  journalEntries: 0,
  inDoubt: 0,
  doubtful: [],
  spool: [],
  huntCount: 0,
};

test("a first run says which command creates the data", () => {
  const page = squash(renderOverview(empty, now).value);
  assert.ok(
    hasMarkup(
      page,
      `<p class="empty">This state store is empty. Start with <code>centralctl hygiene plan</code>`,
    ),
  );
});

test("cards link to their pages; actions in doubt link to the audit page filtered to them", () => {
  const page = squash(
    renderOverview(
      {
        ...empty,
        planCount: 1,
        plan: {
          id: "plan-1",
          createdAt: "2026-03-09T12:00:00Z",
          expiresAt: "2026-03-12T12:00:00Z",
          expired: false,
          contentHash: "h",
          decisionCount: 10,
          totals: { delete: 3, review: 4, keep: 2, skip: 1 },
        },
        openTickets: 5,
        quarantine: { waiting: 2, due: 1, released: 0, deleted: 4 },
        journalEntries: 40,
        inDoubt: 2,
        doubtful: [
          {
            seq: 7,
            at: "2026-03-09T12:00:00Z",
            kind: "endpoint.delete",
            actor: "cli",
            hostname: "<i>LOST</i>",
            planId: "plan-1",
            outcome: "started",
            prevHash: "",
            hash: "",
          },
        ],
        spool: [{ queue: "hec:<x>", records: 120 }],
      },
      now,
    ).value,
  );
  assert.ok(!page.includes("This state store is empty"));
  assert.match(page, /href="\/plans\/plan-1"/);
  assert.match(page, /3 delete, 4 review, 2 keep, 1 skip/);
  assert.match(page, /href="\/audit\?doubt=1"/);
  assert.match(page, /2 in doubt/);
  assert.ok(
    hasMarkup(
      page,
      `<a href="/audit?kind=endpoint.delete&amp;plan=plan-1&amp;hostname=%3Ci%3ELOST%3C%2Fi%3E"><code>endpoint.delete</code> &lt;i&gt;LOST&lt;/i&gt;</a>, <a href="/audit?doubt=1">1 more</a>`,
    ),
  );
  assert.match(page, /2 waiting, 1 due for deletion, 0 released, 4 deleted/);
  assert.ok(hasMarkup(page, "<code>hec:&lt;x&gt;</code> 120"));
  for (const href of ["/review", "/quarantine", "/delivery"])
    assert.ok(page.includes(`href="${href}"`), href);
});

test("the Hunts card shows the newest hunt's hits in red and links to it, its name escaped", () => {
  const page = squash(
    renderOverview(
      {
        ...empty,
        huntCount: 3,
        hunt: {
          id: 9,
          name: "<b>nightly</b>",
          startedAt: "2026-03-10T10:00:00Z",
          finishedAt: "2026-03-10T10:05:00Z",
          api: "both",
          indicatorCount: 12,
          source: { kind: "misp", events: ["42"], tags: [] },
          tenantFilter: [],
          tenantsAsked: 5,
          failures: [],
          interrupted: false,
          hitCount: 4,
        },
      },
      now,
    ).value,
  );
  assert.ok(hasMarkup(page, `<h3><a href="/hunts/9">Hunts</a></h3>`), page);
  assert.ok(hasMarkup(page, `<span class="badge badge-error">4 hits</span>`), page);
  assert.ok(page.includes("&lt;b&gt;nightly&lt;/b&gt;"), "the hunt's name is escaped");
  assert.ok(!page.includes("This state store is empty"), "a store with a hunt is not a first run");
});

test("the Hunts card counts one hit in the singular and a tenant failing on both APIs once", () => {
  const hunt = {
    id: 3,
    name: "n",
    startedAt: "2026-03-10T10:00:00Z",
    finishedAt: "2026-03-10T10:05:00Z",
    api: "both" as const,
    indicatorCount: 1,
    source: { kind: "inline" as const },
    tenantFilter: [],
    tenantsAsked: 2,
    failures: [
      { tenantId: "t-1", tenantName: "One", api: "ld", message: "x" },
      { tenantId: "t-1", tenantName: "One", api: "xdr", message: "y" },
    ],
    interrupted: false,
    hitCount: 1,
  };
  const page = squash(renderOverview({ ...empty, huntCount: 1, hunt }, now).value);
  assert.ok(hasMarkup(page, `<span class="badge badge-error">1 hit</span>`), page);
  assert.match(page, /newest:<code>n<\/code>, 1 h ago, 1 tenant failed; 1 saved/);
});
