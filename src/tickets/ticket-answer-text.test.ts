import assert from "node:assert/strict";
import { test } from "node:test";
import { registerSecret } from "../util/redact.js";
import { ticketAnswerText } from "./ticket-answer-text.js";

test("error answers are reduced to the system's own reason", () => {
  const sn = JSON.stringify({
    error: { message: "User Not Authenticated", detail: "Required to provide Auth information" },
  });
  assert.equal(ticketAnswerText(sn), ": User Not Authenticated: Required to provide Auth information");
  const jira = JSON.stringify({ errorMessages: [], errors: { project: "valid project is required" } });
  assert.equal(ticketAnswerText(jira), ": project: valid project is required");
  assert.equal(ticketAnswerText(""), "");
  assert.equal(ticketAnswerText("<html>gateway</html>"), ": <html>gateway</html>");
});

test("a secret echoed by the server is redacted", () => {
  registerSecret("hunter2-sekret");
  assert.equal(
    ticketAnswerText(JSON.stringify({ message: "bad token hunter2-sekret" })),
    ": bad token [REDACTED]",
  );
});
