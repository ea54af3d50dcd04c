import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { html } from "../html.js";
import type { LivePage } from "./live-page.js";
import type { LiveProgress, LiveSnapshot, LiveState } from "./live-state.js";
import { renderLiveStatus } from "./render-live-status.js";

interface Progress extends LiveProgress {
  widgets: number;
}

const AT = new Date("2026-06-01T12:00:00.000Z");

const PAGE: LivePage<LiveSnapshot, Progress> = {
  path: "/widgets",
  refreshPath: "/widgets/refresh",
  nav: "Widgets",
  fetching: "Fetching widgets",
  describeProgress: (p) => `${p.widgets} widgets so far`,
  describeRefused: () => "unused here",
  describeFetched: (s) => `${s.failures.length} failed <tenants>`,
  beforeFirstFetch: html`Widgets are read only when you ask.`,
  firstFetchLabel: "Fetch widgets",
};

function render(state: Partial<LiveState<LiveSnapshot, Progress>>): string {
  const full = { snapshot: undefined, running: undefined, problem: undefined, ...state };
  return renderLiveStatus(PAGE, full, "tok").value.replace(/\s+/g, " ");
}

describe("renderLiveStatus", () => {
  test("before any fetch it says what the page reads and offers the page's own first-fetch button", () => {
    const page = render({});
    assert.match(page, /Nothing has been fetched yet\. Widgets are read only when you ask\./);
    assert.match(page, /action="\/widgets\/refresh"> <input type="hidden" name="csrf" value="tok" \/>/);
    assert.match(page, /Fetch widgets<\/button>/);
  });

  test("while a fetch runs it reloads itself, shows the page's progress words and offers no button", () => {
    const page = render({ running: { startedAt: AT, tenantsTotal: 2, tenantsDone: 1, widgets: 7 } });
    assert.match(page, /<meta http-equiv="refresh" content="2" \/>/);
    assert.match(
      page,
      /Fetching widgets: 7 widgets so far <span class="muted">\(started 2026-06-01 12:00:00 UTC;/,
    );
    assert.doesNotMatch(page, /<form/);
  });

  test("after a fetch the figures are escaped and the button says Fetch again; a network problem says what to check", () => {
    const snapshot = { fetchedAt: AT, durationMs: 850, failures: [] };
    const problem = { message: "listing failed <b>", at: AT, credentials: false };
    const page = render({ snapshot, problem });
    assert.match(page, /Fetched 2026-06-01 12:00:00 UTC in 850 ms: 0 failed &lt;tenants&gt;\./);
    assert.match(page, /fetch failed<\/span> 2026-06-01 12:00:00 UTC: listing failed &lt;b&gt;/);
    assert.match(page, /Check the network, proxy and CA settings/);
    assert.match(page, /Fetch again<\/button>/);
    assert.doesNotMatch(render({ problem: { ...problem, credentials: true } }), /Check the network/);
  });
});
