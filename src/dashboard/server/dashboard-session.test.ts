import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { cookieValues, createDashboardSession, newSessionToken } from "./dashboard-session.js";

describe("dashboard session", () => {
  const token = newSessionToken();
  const session = createDashboardSession(token);

  test("a new token is 32 random bytes in base64url", () => {
    assert.match(token, /^[A-Za-z0-9_-]{43}$/);
    assert.notEqual(newSessionToken(), token);
  });

  test("the token is accepted and anything else refused", () => {
    assert.equal(session.isToken(token), true);
    assert.equal(session.isToken(`${token}x`), false);
    assert.equal(session.isToken(""), false);
    assert.equal(session.isToken(undefined), false);
  });

  test("the cookie is HttpOnly, SameSite=Lax and for the whole site", () => {
    assert.equal(session.setCookie, `centralctl_dashboard=${token}; HttpOnly; SameSite=Lax; Path=/`);
  });

  test("the session cookie is found among other cookies, even beside a stale one of the same name", () => {
    assert.equal(session.hasSessionCookie(`a=1; centralctl_dashboard=${token}; b=2`), true);
    assert.equal(session.hasSessionCookie(`centralctl_dashboard=old; centralctl_dashboard=${token}`), true);
    assert.equal(session.hasSessionCookie("centralctl_dashboard=old"), false);
    assert.equal(session.hasSessionCookie(undefined), false);
  });

  test("the CSRF token is not the session token and only it passes the CSRF check", () => {
    assert.notEqual(session.csrfToken, token);
    assert.ok(!session.csrfToken.includes(token));
    assert.equal(session.isCsrfToken(session.csrfToken), true);
    assert.equal(session.isCsrfToken(token), false);
    assert.equal(session.isCsrfToken(null), false);
  });

  test("cookieValues reads every value of one name", () => {
    assert.deepEqual(cookieValues("x=1;y=2; x = 3", "x"), ["1", "3"]);
    assert.deepEqual(cookieValues("broken; y=2", "x"), []);
  });
});
