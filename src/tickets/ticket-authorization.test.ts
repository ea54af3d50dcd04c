import assert from "node:assert/strict";
import { test } from "node:test";
import { redactSecrets } from "../util/redact.js";
import { ticketAuthorization } from "./ticket-authorization.js";

test("user:password is Basic auth, a token without a colon is Bearer, none is no header", () => {
  assert.equal(
    ticketAuthorization("svc:pa55word-x"),
    `Basic ${Buffer.from("svc:pa55word-x").toString("base64")}`,
  );
  assert.equal(ticketAuthorization("tok-abcdef"), "Bearer tok-abcdef");
  assert.equal(ticketAuthorization(undefined), undefined);
});

test("the password and the encoded header are registered for redaction", () => {
  const header = ticketAuthorization("svc:another-pass-9") ?? "";
  assert.equal(redactSecrets("password another-pass-9"), "password [REDACTED]");
  assert.doesNotMatch(redactSecrets(header), /[A-Za-z0-9+/]{20,}/);
});
