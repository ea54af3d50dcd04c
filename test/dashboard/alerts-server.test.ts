// The alerts routes inside the real dashboard server over HTTP: the page sits in the layout with its
// nav entry right after Estate, the fetch form posts with the CSRF field and redirects back (303), and
// a fetch that cannot get credentials ends on the page with the message and what to configure.
import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import { setTimeout as sleep } from "node:timers/promises";
import { dashboardRoutes } from "../../src/cli/commands/dashboard/dashboard-routes.js";
import { createAlertRoutes } from "../../src/dashboard/alerts/alert-routes.js";
import { startHarness, type ServerHarness } from "./server-harness.js";

describe("alerts page in the dashboard server", () => {
  let h: ServerHarness;
  before(async () => {
    // The harness's context has no Central credentials: central() rejects.
    h = await startHarness(createAlertRoutes());
  });
  after(() => h.close());

  const get = (path: string) => h.send(path, { headers: { cookie: h.cookie } });

  test("the fetch form round-trips through the server with its CSRF field and the page then explains the missing credentials", async () => {
    const first = await get("/alerts");
    assert.equal(first.status, 200);
    assert.match(first.text, /<a href="\/alerts"[^>]*>\s*Alerts\s*<\/a/, "no Alerts entry in the nav");
    assert.match(first.text, /Nothing has been fetched yet/);
    const csrf =
      /<form class="inline" method="post" action="\/alerts\/refresh">\s*<input type="hidden" name="csrf" value="([^"]+)"/.exec(
        first.text,
      )?.[1];
    assert.ok(csrf, "the fetch form carries no csrf field");

    const forged = await h.send("/alerts/refresh", {
      method: "POST",
      headers: { cookie: h.cookie, "content-type": "application/x-www-form-urlencoded" },
      body: "csrf=wrong",
    });
    assert.equal(forged.status, 403, "a POST without the page's CSRF token was accepted");

    const posted = await h.send("/alerts/refresh", {
      method: "POST",
      headers: { cookie: h.cookie, "content-type": "application/x-www-form-urlencoded" },
      body: `csrf=${encodeURIComponent(csrf)}`,
    });
    assert.equal(posted.status, 303);
    const location = String(posted.headers["location"]);
    assert.match(location, /^\/alerts\?flash=/);

    let page = (await get(location)).text;
    for (let i = 0; i < 200 && page.includes('http-equiv="refresh"'); i++) {
      await sleep(10);
      page = (await get("/alerts")).text;
    }
    assert.match(page, /fetch failed/);
    assert.match(page, /no Sophos Central credentials/);
    assert.match(page, /set <code>SOPHOS_CLIENT_ID<\/code> and <code>SOPHOS_CLIENT_SECRET<\/code>/);
  });

  test("the dashboard's menu lists Alerts right after Estate", async () => {
    const labels = (await dashboardRoutes())
      .filter((r) => r.method === "GET" && r.nav !== undefined)
      .map((r) => (r.method === "GET" ? r.nav : ""));
    assert.equal(labels[labels.indexOf("Estate") + 1], "Alerts");
  });
});
