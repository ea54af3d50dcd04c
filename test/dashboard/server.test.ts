import assert from "node:assert/strict";
import { request as httpRequest } from "node:http";
import { after, before, describe, test } from "node:test";
import { createLogger } from "../../src/util/logger.js";
import { startHarness, testRoutes, type ServerHarness } from "./server-harness.js";

describe("dashboard server: sign-in and request guards", () => {
  let h: ServerHarness;
  before(async () => {
    h = await startHarness();
  });
  after(() => h.close());

  test("the printed URL carries the token; opening it sets an HttpOnly cookie and redirects without it", async () => {
    assert.equal(h.dashboard.url, `${h.dashboard.origin}/?token=${h.token}`);
    assert.match(h.dashboard.origin, /^http:\/\/127\.0\.0\.1:\d+$/);
    const answer = await h.send(`/?token=${h.token}&q=web`);
    assert.equal(answer.status, 303);
    assert.equal(answer.headers["location"], "/?q=web");
    assert.equal(
      answer.headers["set-cookie"],
      `centralctl_dashboard=${h.token}; HttpOnly; SameSite=Lax; Path=/`,
    );
  });

  test("signing in through a path that normalises to //host does not redirect off the site", async () => {
    // node:http sends the path as written; fetch and undici would normalise it away first.
    const location = await new Promise<string | undefined>((resolve, reject) => {
      const url = new URL(h.dashboard.origin);
      const sent = httpRequest(
        { host: url.hostname, port: url.port, path: `/.//evil.example?token=${h.token}` },
        (answer) => {
          answer.resume();
          resolve(answer.headers.location);
        },
      );
      sent.on("error", reject);
      sent.end();
    });
    assert.equal(location, "/");
  });

  test("with the cookie the page is served, and the token appears nowhere in it", async () => {
    const answer = await h.send("/?q=web", { headers: { cookie: h.cookie } });
    assert.equal(answer.status, 200);
    assert.match(answer.text, /<h1>Tickets<\/h1>/);
    assert.match(answer.text, /filter=web/);
    assert.ok(!answer.text.includes(h.token));
  });

  test("without the cookie, or with a wrong token, the answer is 401 pointing at the printed URL", async () => {
    for (const attempt of [
      h.send("/"),
      h.send("/", { headers: { cookie: "centralctl_dashboard=guess" } }),
      h.send("/?token=guess"),
    ]) {
      const answer = await attempt;
      assert.equal(answer.status, 401);
      assert.match(answer.text, /centralctl dashboard/);
      assert.equal(answer.headers["set-cookie"], undefined);
      assert.ok(!answer.text.includes("<nav"), "nothing of the inside is shown");
    }
  });

  test("a Host header other than the dashboard's own is a 421 (DNS rebinding), even with the cookie", async () => {
    const port = new URL(h.dashboard.origin).port;
    const rebound = await h.send("/", { headers: { host: `evil.example:${port}`, cookie: h.cookie } });
    assert.equal(rebound.status, 421);
    assert.match(String(rebound.headers["content-type"]), /^text\/plain/);
    assert.ok(!rebound.text.includes("Tickets"));
    const localhost = await h.send("/", { headers: { host: `localhost:${port}`, cookie: h.cookie } });
    assert.equal(localhost.status, 200);
  });

  test("every answer carries the security headers", async () => {
    for (const answer of [await h.send("/", { headers: { cookie: h.cookie } }), await h.send("/")]) {
      assert.equal(
        answer.headers["content-security-policy"],
        "default-src 'none'; style-src 'self'; img-src 'self' data:; form-action 'self'; frame-ancestors 'none'; base-uri 'none'",
      );
      assert.equal(answer.headers["x-content-type-options"], "nosniff");
      assert.equal(answer.headers["referrer-policy"], "no-referrer");
      assert.equal(answer.headers["cache-control"], "no-store");
      assert.equal(answer.headers["content-type"], "text/html; charset=utf-8");
    }
  });

  test("an unknown path is a 404 page and a known path under the wrong method a 405 with Allow", async () => {
    const missing = await h.send("/nothing-here", { headers: { cookie: h.cookie } });
    assert.equal(missing.status, 404);
    assert.match(missing.text, /Not found/);
    const wrong = await h.send("/tickets/1/approve", { headers: { cookie: h.cookie } });
    assert.equal(wrong.status, 405);
    assert.equal(wrong.headers["allow"], "POST");
  });

  test("the stylesheet is served as CSS, styling the shared vocabulary in light and dark", async () => {
    const css = await h.send("/assets/dashboard.css");
    assert.equal(css.status, 200);
    assert.equal(css.headers["content-type"], "text/css; charset=utf-8");
    for (const rule of ["table.data", ".badge-delete", ".card", "form.filters", "nav.pager", ".flash-error"])
      assert.ok(css.text.includes(rule), rule);
    assert.match(css.text, /prefers-color-scheme: dark/);
    assert.match(css.text, /position: sticky/);
  });

  test("the layout shows the nav with the current page marked and the store location in the footer", async () => {
    const answer = await h.send("/", { headers: { cookie: h.cookie } });
    assert.match(answer.text, /<title>Tickets · centralctl<\/title>/);
    assert.match(answer.text, /href="\/"\s*aria-current="page"\s*>Tickets/);
    assert.match(answer.text, /href="\/broken"\s*>Broken/);
    assert.match(answer.text, /State store <code>:memory:<\/code>/);
  });
});

describe("dashboard server: failing pages", () => {
  let h: ServerHarness;
  before(async () => {
    h = await startHarness();
  });
  after(() => h.close());

  test("a page that throws a store error shows its message as a 500, with no stack trace", async () => {
    const answer = await h.send("/broken", { headers: { cookie: h.cookie } });
    assert.equal(answer.status, 500);
    assert.match(answer.text, /no plan p-123 in this state store; run centralctl hygiene plan first/);
    assert.ok(!/\bat .*\.ts:\d+/.test(answer.text), "no stack frames");
    assert.match(answer.text, /<nav/, "the user can navigate away");
  });

  test("a credential error from Central is shown with its advice", async () => {
    const answer = await h.send("/estate", { headers: { cookie: h.cookie } });
    assert.equal(answer.status, 500);
    assert.match(answer.text, /set SOPHOS_CLIENT_ID and SOPHOS_CLIENT_SECRET/);
  });
});

describe("dashboard server: logging and shutdown", () => {
  test("requests are logged at debug with path and status, and the token never reaches the log", async () => {
    const lines: string[] = [];
    const h = await startHarness(
      testRoutes(),
      createLogger("debug", (line) => lines.push(line)),
    );
    try {
      await h.send(`/?token=${h.token}`);
      await h.send("/broken", { headers: { cookie: h.cookie } });
      const log = lines.join("");
      assert.match(log, /dashboard request .*"path":"\/","status":303/);
      assert.match(log, /dashboard page failed .*no plan p-123/);
      assert.ok(!log.includes(h.token), log);
    } finally {
      await h.close();
    }
  });

  test("close returns promptly even while a browser holds a keep-alive connection", async () => {
    const h = await startHarness();
    await h.send("/", { headers: { cookie: h.cookie } });
    const started = Date.now();
    await h.dashboard.close();
    assert.ok(Date.now() - started < 1000, "keep-alive sockets are closed, not waited for");
    await assert.rejects(fetch(h.dashboard.origin), "no longer listening");
    h.store.close();
  });
});
