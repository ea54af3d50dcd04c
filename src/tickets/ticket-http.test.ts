import assert from "node:assert/strict";
import { createServer } from "node:net";
import { test } from "node:test";
import { startTicketSimulator } from "../sim/tickets/index.js";
import { TicketError } from "./ticket-error.js";
import { createTicketHttp } from "./ticket-http.js";

const fast = { baseMs: 1, maxMs: 5 };

test("5xx is retried until it succeeds; the error-free answer is parsed JSON", async () => {
  const sim = await startTicketSimulator();
  try {
    sim.failNext(2, 502);
    const send = createTicketHttp({
      system: "generic",
      authorization: `Bearer ${sim.token}`,
      retries: 2,
      backoff: fast,
    });
    const answer = await send({
      method: "POST",
      url: sim.genericUrl,
      what: "t",
      body: { centralctlTicketId: "c-1" },
    });
    assert.equal(answer.status, 201);
    assert.deepEqual(answer.json, { id: "GEN-1" });
    assert.equal(sim.requests, 3);
  } finally {
    await sim.close();
  }
});

test("a refused connection fails as unavailable after every retry, without the URL's query string", async () => {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as { port: number };
  await new Promise<void>((resolve) => server.close(() => resolve()));
  const send = createTicketHttp({ system: "servicenow", retries: 1, backoff: fast });
  await assert.rejects(
    send({
      method: "GET",
      url: `http://127.0.0.1:${port}/api/now/table/incident?sig=s3cr3t-sig`,
      what: "the lookup",
    }),
    (error: unknown) => {
      assert.ok(error instanceof TicketError);
      assert.equal(error.failure, "unavailable");
      assert.match(
        error.message,
        /ServiceNow http:\/\/127\.0\.0\.1:\d+\/api\/now\/table\/incident failed the lookup after 2 attempts \(last: .*ECONNREFUSED/,
      );
      assert.doesNotMatch(error.message, /s3cr3t-sig/);
      return true;
    },
  );
});

test("a 400 is not retried and carries the system's reason", async () => {
  const sim = await startTicketSimulator();
  try {
    const send = createTicketHttp({
      system: "jira",
      authorization: `Bearer ${sim.token}`,
      retries: 3,
      backoff: fast,
    });
    await assert.rejects(
      send({ method: "POST", url: `${sim.url}/rest/api/2/issue`, what: "the issue", body: { fields: {} } }),
      (error: unknown) =>
        error instanceof TicketError &&
        error.failure === "rejected" &&
        /summary: You must specify/.test(error.message),
    );
    assert.equal(sim.requests, 1);
  } finally {
    await sim.close();
  }
});
