// Every link and form on every store and hunt page, followed the way a user clicks through: each must
// reach a route that exists (GET links answer 200), and each POST form must carry the csrf field.
import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import { HUNT_ROUTES } from "../../src/dashboard/hunts/hunt-routes.js";
import { decision, savePlan } from "../../src/dashboard/pages/internal/page-fixtures.js";
import { STORE_ROUTES } from "../../src/dashboard/pages/store-routes.js";
import { matchRoute } from "../../src/dashboard/server/match-route.js";
import { encodeSpoolPayload } from "../../src/sinks/splunk/spool-payload.js";
import { startHarness, type ServerHarness } from "./server-harness.js";

const ROUTES = [...STORE_ROUTES, ...HUNT_ROUTES];

/** `&amp;` and friends as the browser reads them in an attribute. */
const unescape = (text: string): string =>
  text
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&amp;/g, "&");

describe("dashboard pages: links and forms", () => {
  let h: ServerHarness;
  const visited = new Map<string, string>();
  before(async () => {
    h = await startHarness(ROUTES);
    // A store with something on every page, ids and names that need encoding included.
    const plan = await savePlan(
      h.store,
      [
        decision("review", "ep-1", "A&B <PC>"),
        decision("delete", "ep-2", "OLD", "t-beta"),
        ...Array.from({ length: 120 }, (_, i) => decision("keep", `k-${i}`, `KEEP-${i}`)),
      ],
      new Date("2025-12-31T23:00:00Z"),
    );
    await h.store.tickets.open({
      tenantId: "t-acme",
      endpointId: "ep-9",
      hostname: "T&T",
      reasons: ["vip_user"],
    });
    await h.store.quarantine.quarantine({
      tenantId: "t-acme",
      endpointId: "q-1",
      hostname: "Q",
      group: { id: "g", name: "Pending" },
      originalGroup: null,
      quarantinedAt: "2025-12-01T00:00:00Z",
    });
    await h.store.journal.append({
      kind: "endpoint.delete",
      actor: "cli",
      tenantId: "t-acme",
      endpointId: "ep-2",
      hostname: "O&LD",
      planId: plan,
      outcome: "started",
    });
    await h.store.spool.put("hec:splunk", "b1", encodeSpoolPayload(3, "payload"));
    await h.store.huntRuns.save({
      name: "weekly & more",
      startedAt: "2025-12-31T22:00:00.000Z",
      finishedAt: "2025-12-31T22:01:30.000Z",
      api: "both",
      indicatorCount: 1,
      source: { kind: "misp", events: ["42"], tags: [] },
      tenantFilter: [],
      tenantsAsked: 1,
      failures: [],
      interrupted: false,
      hits: Array.from({ length: 150 }, (_, i) => ({
        tenantId: "t-acme",
        tenantName: "Acme",
        endpointId: `ep-${i}`,
        hostname: `PC-${i}`,
        indicatorType: "domain",
        indicator: "evil.example",
        matchedColumn: "domain",
        where: "evil.example",
        when: "2025-12-30T10:00:00.000Z",
        api: "xdr",
        count: 1,
      })),
    });
    // Breadth-first from the overview, as far as links lead (query strings included, so pagers too).
    const queue = ["/"];
    while (queue.length > 0 && visited.size < 200) {
      const href = queue.shift() as string;
      if (visited.has(href)) continue;
      const answer = await h.send(href, { headers: { cookie: h.cookie } });
      assert.equal(answer.status, 200, `GET ${href} answered ${answer.status}`);
      visited.set(href, answer.text);
      for (const m of answer.text.matchAll(/<a [^>]*href="([^"]*)"/g)) {
        const next = unescape(m[1] as string);
        if (next.startsWith("/") && !next.startsWith("/assets/") && !visited.has(next)) queue.push(next);
      }
    }
  });
  after(() => h.close());

  test("the crawl reaches every page of the menu and the pages below them", () => {
    const paths = new Set([...visited.keys()].map((href) => href.split("?")[0]));
    for (const path of ["/", "/plans", "/review", "/hunts", "/quarantine", "/audit", "/delivery", "/hunts/1"])
      assert.ok(paths.has(path), `no link leads to ${path}`);
    assert.ok(
      [...paths].some((p) => p?.startsWith("/plans/")),
      "no link leads to a plan",
    );
    assert.ok(
      [...visited.keys()].some((href) => /\/plans\/[^?]+\?page=2/.test(href)),
      "no pager on the plan",
    );
    assert.ok(
      [...visited.keys()].some((href) => href.startsWith("/hunts/1?page=2")),
      "no pager on the hunt",
    );
  });

  test("every form posts to an existing POST route with the csrf field, or gets an existing page", () => {
    let posts = 0;
    for (const [href, page] of visited) {
      for (const m of page.matchAll(
        /<form [^>]*method="(get|post)"[^>]*action="([^"]*)"[^>]*>([\s\S]*?)<\/form>/g,
      )) {
        const [, method, action, body] = m as unknown as [string, string, string, string];
        const path = unescape(action);
        const found = matchRoute(ROUTES, method.toUpperCase(), path);
        assert.equal(found.kind, "found", `${href}: form ${method} ${path} reaches no route`);
        if (method === "post") {
          posts += 1;
          assert.match(
            body,
            /<input type="hidden" name="csrf" value="[^"]+"/,
            `${href}: form ${path} has no csrf`,
          );
        }
      }
    }
    assert.ok(posts >= 4, `only ${posts} post forms seen`);
  });
});
