import assert from "node:assert/strict";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { PassThrough } from "node:stream";
import { after, before, describe, test } from "node:test";
import { dashboardTicketCloser } from "../../src/cli/commands/dashboard/external-ticket-closer.js";
import { createCommandContext, type CommandContext } from "../../src/cli/context.js";
import { startTicketSimulator, type TicketSimulator } from "../../src/sim/tickets/index.js";
import { fileOpenTickets, openTicketFiler } from "../../src/tickets/index.js";

// The closer `centralctl dashboard` gives the pages: built from the config file's hygiene.tickets,
// closing the twin in the real (simulated) ServiceNow exactly as `hygiene approve` does.
describe("centralctl dashboard: closing external tickets", () => {
  let workspace: string;
  let sim: TicketSimulator;
  let env: NodeJS.ProcessEnv;
  before(async () => {
    workspace = mkdtempSync(join(tmpdir(), "centralctl-dash-tickets-"));
    sim = await startTicketSimulator();
    env = { SN_AUTH: `${sim.user}:${sim.password}` };
  });
  after(async () => {
    await sim.close();
    rmSync(workspace, { recursive: true, force: true });
  });

  const contextWith = (name: string, config: object): CommandContext => {
    const file = join(workspace, `${name}.json`);
    writeFileSync(file, JSON.stringify(config));
    const terminal = { stdout: new PassThrough(), stderr: new PassThrough(), stdinIsTTY: false, env };
    return createCommandContext(terminal, { config: file, state: join(workspace, `${name}.db`) });
  };

  test("without a ticket system in the config there is no closer", async () => {
    const context = contextWith("none", {});
    const tickets = await dashboardTicketCloser(context, await context.store(), "dashboard:tester");
    assert.equal(tickets.closer, undefined);
    await tickets.close();
    await context.close();
  });

  test("with ServiceNow configured, the closer closes the incident and journals it", async () => {
    const settings = { system: "servicenow", url: sim.url, secret: "env:SN_AUTH" };
    const context = contextWith("servicenow", { hygiene: { tickets: settings } });
    const store = await context.store();
    const local = await store.tickets.open({
      tenantId: "t-1",
      endpointId: "e-1",
      hostname: "WS-OLD-01",
      reasons: ["vip_user"],
    });
    const filer = await openTicketFiler({
      flags: {},
      config: { hygiene: { tickets: settings } },
      env,
      isTTY: false,
    });
    assert.ok(filer);
    await fileOpenTickets(store, filer, [local], new Map());
    const approved = await store.tickets.setState(local.id, "approved");
    assert.match(approved.externalRef ?? "", /^INC/);

    const tickets = await dashboardTicketCloser(context, store, "dashboard:tester");
    const result = await tickets.closer?.(approved);
    assert.equal(result?.outcome, "closed", result?.message);
    assert.equal(sim.tickets("servicenow")[0]?.state, "closed");
    const journaled = await store.journal.list({ kind: "ticket.external_close" });
    assert.equal(journaled[0]?.outcome, "succeeded");
    assert.equal(journaled[0]?.actor, "dashboard:tester", "the journal names who closed it");
    await tickets.close();
    await context.close();
  });

  test("a secret that cannot be resolved is a failed close with its message, not a crash", async () => {
    const settings = { system: "servicenow", url: sim.url, secret: "env:MISSING_SN_AUTH" };
    const context = contextWith("missing", { hygiene: { tickets: settings } });
    const store = await context.store();
    const ticket = await store.tickets.open({
      tenantId: "t-1",
      endpointId: "e-2",
      hostname: "WS-OLD-02",
      reasons: ["vip_user"],
      externalRef: "INC0099999",
    });
    const tickets = await dashboardTicketCloser(context, store, "dashboard:tester");
    const result = await tickets.closer?.(await store.tickets.setState(ticket.id, "rejected"));
    assert.equal(result?.outcome, "failed");
    assert.match(result?.message ?? "", /MISSING_SN_AUTH/);
    assert.match(result?.message ?? "", /INC0099999 is still open/);
    await tickets.close();
    await context.close();
  });

  test("invalid ticket settings stop the start with a usage error naming the file", async () => {
    const context = contextWith("invalid", {
      hygiene: { tickets: { system: "servicenow", url: "not a url" } },
    });
    await assert.rejects(
      dashboardTicketCloser(context, await context.store(), "dashboard:tester"),
      (error: Error & { exitCode?: number }) =>
        error.exitCode === 2 && error.message.includes("invalid.json") && /url/.test(error.message),
    );
    await context.close();
  });
});
