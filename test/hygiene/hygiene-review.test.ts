import assert from "node:assert/strict";
import { describe, test } from "node:test";
import type { Decision } from "../../src/hygiene/index.js";
import { startScenario, type Scenario } from "./helpers/scenario.js";

async function decisionOf(s: Scenario, endpointId: string): Promise<Decision | undefined> {
  const run = await s.run([...s.planArgs, "--output", "ndjson"]);
  assert.equal(run.code, 0, run.stderr);
  return run.stdout
    .trim()
    .split("\n")
    .map((l) => JSON.parse(l) as Decision)
    .find((d) => d.endpointId === endpointId);
}

describe("hygiene review", () => {
  test("review items become tickets; planning skips a ticketed device until the ticket is closed", async () => {
    const s = await startScenario();
    try {
      const target = s.devices.notInDirectory;
      assert.equal((await decisionOf(s, target.id))?.action, "review");
      const listed = await s.run(["hygiene", "review", "--file-tickets", "-o", "ndjson"]);
      assert.equal(listed.code, 0, listed.stderr);
      const item = listed.stdout
        .trim()
        .split("\n")
        .map((l) => JSON.parse(l) as { ticket: string; endpointId: string; reasons: string })
        .find((i) => i.endpointId === target.id);
      assert.ok(item !== undefined && item.ticket.startsWith("#"), "a ticket was filed");
      assert.match(item.reasons, /not_in_directory/);

      const held = await decisionOf(s, target.id);
      assert.equal(held?.action, "skip");
      assert.ok(held?.reasons.includes("open_ticket"));

      const closed = await s.run(["hygiene", "close", item.ticket]);
      assert.equal(closed.code, 0, closed.stderr);
      assert.match(closed.stdout, /is now closed/);
      assert.equal((await decisionOf(s, target.id))?.action, "review", "decided again after closing");

      const bad = await s.run(["hygiene", "approve", "12345"]);
      assert.equal(bad.code, 2, bad.stderr);
      const audit = await s.run(["audit", "--kind", "ticket.state", "-o", "ndjson"]);
      assert.match(audit.stdout, /"state":"closed"/);
    } finally {
      await s.close();
    }
  });
});
