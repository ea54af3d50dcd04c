// The estate routes inside the real dashboard server over HTTP: the page sits in the layout with its
// nav entry, the refresh form posts with the CSRF field and redirects back, and a fetch that cannot
// get credentials ends on the page with the message and what to configure.
import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import { setTimeout as sleep } from "node:timers/promises";
import { createEstateRoutes } from "../../src/dashboard/estate/estate-routes.js";
import { startHarness, type ServerHarness } from "./server-harness.js";

describe("estate page in the dashboard server", () => {
  let h: ServerHarness;
  before(async () => {
    // The harness's context has no Central credentials: central() rejects.
    h = await startHarness(createEstateRoutes());
  });
  after(() => h.close());

  const get = (path: string) => h.send(path, { headers: { cookie: h.cookie } });

  test("the refresh form round-trips through the server and the page then explains the missing credentials", async () => {
    const first = await get("/estate");
    assert.equal(first.status, 200);
    assert.match(first.text, /<a href="\/estate"[^>]*>\s*Estate\s*<\/a/, "no Estate entry in the nav");
    assert.match(first.text, /Nothing has been fetched yet/);
    const csrf =
      /<form class="inline" method="post" action="\/estate\/refresh">\s*<input type="hidden" name="csrf" value="([^"]+)"/.exec(
        first.text,
      )?.[1];
    assert.ok(csrf, "the fetch form carries no csrf field");

    const posted = await h.send("/estate/refresh", {
      method: "POST",
      headers: { cookie: h.cookie, "content-type": "application/x-www-form-urlencoded" },
      body: `csrf=${encodeURIComponent(csrf)}`,
    });
    assert.equal(posted.status, 303);
    const location = String(posted.headers["location"]);
    assert.match(location, /^\/estate\?flash=/);

    let page = (await get(location)).text;
    for (let i = 0; i < 200 && page.includes('http-equiv="refresh"'); i++) {
      await sleep(10);
      page = (await get("/estate")).text;
    }
    assert.match(page, /fetch failed/);
    assert.match(page, /no Sophos Central credentials/);
    assert.match(page, /Configure credentials: set <code>SOPHOS_CLIENT_ID<\/code>/);
  });
});
