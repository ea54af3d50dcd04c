import { strict as assert } from "node:assert";
import { test } from "node:test";
import { hecEventOutcome } from "./hec-event-outcome.js";
import { describeHecFailure } from "./hec-failure.js";

const URL = "https://splunk:8088";

test("HEC codes map to retry, reject or fatal as in the reference table", () => {
  const kinds = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 18, 21, 22].map(
    (code) => `${code}:${describeHecFailure(URL, 400, code, undefined).kind}`,
  );
  assert.deepEqual(kinds, [
    "1:fatal",
    "2:fatal",
    "3:fatal",
    "4:fatal",
    "5:reject",
    "6:reject",
    "7:fatal",
    "8:retry",
    "9:retry",
    "10:fatal",
    "11:fatal",
    "12:reject",
    "13:reject",
    "14:fatal",
    "15:reject",
    "18:retry",
    "21:fatal",
    "22:fatal",
  ]);
});

test("messages say what went wrong, where and what to do next", () => {
  const disabled = describeHecFailure(URL, 403, 1, "Token disabled");
  assert.equal(
    disabled.message,
    'Splunk (HEC) at https://splunk:8088: the HEC token is disabled (HTTP 403, code 1 "Token disabled"); ' +
      "enable the token in Splunk (Settings > Data inputs > HTTP Event Collector) or configure another one.",
  );
  assert.match(describeHecFailure(URL, 400, 6, "Invalid data format", 3).message, /bad format\) \(event #3/);
  assert.match(
    describeHecFailure(URL, 404, undefined, undefined).message,
    /configure the collector base URL/,
  );
});

test("status decides when the code is unknown: 5xx/429 retry, other 4xx stop", () => {
  assert.equal(describeHecFailure(URL, 502, undefined, undefined).kind, "retry");
  assert.equal(describeHecFailure(URL, 429, undefined, undefined).kind, "retry");
  assert.equal(describeHecFailure(URL, 418, undefined, undefined).kind, "fatal");
});

test("only code 0 is success; with ack an ackId makes it pending", () => {
  const ok = { status: 200, body: { text: "Success", code: 0, ackId: 7 }, retryAfterMs: undefined };
  assert.deepEqual(hecEventOutcome(URL, ok, true), { kind: "pending", ackId: 7 });
  assert.deepEqual(hecEventOutcome(URL, ok, false), { kind: "delivered" });
  const proxyPage = { status: 200, body: undefined, retryAfterMs: undefined };
  assert.equal(hecEventOutcome(URL, proxyPage, false).kind, "fatal");
  const busy = { status: 503, body: { text: "Server is busy", code: 9 }, retryAfterMs: 2000 };
  assert.deepEqual(hecEventOutcome(URL, busy, false), {
    kind: "retry",
    reason: 'HTTP 503, code 9 "Server is busy"',
    retryAfterMs: 2000,
  });
});

test("text echoed by the server is redacted before it reaches a message", () => {
  const echo = {
    status: 403,
    body: { text: "Invalid token Splunk 1234-abcd", code: 4 },
    retryAfterMs: undefined,
  };
  const outcome = hecEventOutcome(URL, echo, false);
  assert.equal(outcome.kind, "fatal");
  if (outcome.kind === "fatal") assert.ok(!outcome.error.message.includes("1234-abcd"));
});
