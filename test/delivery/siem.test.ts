import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import { BadRequestError } from "../../src/central/index.js";
import { startSimulator, type RunningSimulator } from "../../src/sim/index.js";
import { startHecSimulator, type HecSimulator } from "../../src/sim/splunk/index.js";
import { runAgainstSim, tempWorkspace } from "../cli/helpers/run-in-process.js";
import { secretFile } from "./delivery-helpers.js";
import { partnerClient } from "../central/helpers/sim-client.js";

const DAY_MS = 86_400_000;

interface Item {
  id: string;
  type: string;
  when: string;
  tenant: { id: string };
}

const items = (stdout: string): Item[] =>
  stdout
    .trim()
    .split("\n")
    .filter(Boolean)
    .map((line) => JSON.parse(line) as Item);

describe("centralctl siem", () => {
  let sim: RunningSimulator;
  let hec: HecSimulator;

  before(async () => {
    sim = await startSimulator({ seed: 23, tenants: 3, endpointsPerTenant: 30 });
    hec = await startHecSimulator({ keepEvents: true });
  });
  after(async () => {
    await hec.close();
    await sim.close();
  });

  /** What the simulated SIEM API holds for the last 24 h: one event per alert and per check-in. */
  const expectedEvents = (): number => {
    const since = Date.now() - DAY_MS + 5_000;
    return sim.estate.tenants.reduce(
      (sum, tenant) =>
        sum +
        tenant.alerts.filter((a) => Date.parse(a.raisedAt) >= since).length +
        tenant.endpoints.filter((e) => Date.parse(e.lastSeenAt) >= since).length,
      0,
    );
  };

  test("events: small pages, three runs over a changing estate, every event exactly once", async () => {
    const workspace = tempWorkspace();
    const run = () =>
      runAgainstSim(sim, ["siem", "events", "--since", "24h", "--limit", "7", "--output", "ndjson"], {
        workspace,
      });
    const expected = expectedEvents();
    const first = await run();
    assert.equal(first.code, 0, first.stderr);
    const firstItems = items(first.stdout);
    assert.ok(expected > 7, "more than one page");
    assert.equal(firstItems.length, expected);
    assert.ok(firstItems.every((item) => item.type.startsWith("Event::Endpoint::")));

    const raised = sim.estate.tenants.map((tenant) =>
      sim.controls.raiseAlert(tenant.id, { type: "Event::Endpoint::Threat::Detected", category: "malware" }),
    );
    const second = await run();
    assert.equal(second.code, 0, second.stderr);
    const secondItems = items(second.stdout);
    assert.equal(secondItems.length, raised.length, "only the new detections");
    assert.ok(secondItems.every((item) => item.type === "Event::Endpoint::Threat::Detected"));

    const third = await run();
    assert.equal(third.code, 0, third.stderr);
    assert.deepEqual(items(third.stdout), []);
    const all = [...firstItems, ...secondItems].map((item) => item.id);
    assert.equal(new Set(all).size, all.length, "no event twice");
  });

  test("a run that fails on a later page resumes there: nothing lost, nothing twice", async () => {
    const workspace = tempWorkspace();
    const run = () =>
      runAgainstSim(sim, ["siem", "events", "--since", "24h", "--limit", "5", "--output", "ndjson"], {
        workspace,
      });
    const expected = expectedEvents();
    const tenant = sim.estate.tenants[0]!;
    sim.controls.script("GET /siem/v1/events", ["pass", { status: 403 }], { tenantId: tenant.id });
    const failed = await run();
    assert.equal(failed.code, 3, failed.stderr);
    assert.match(failed.stderr, new RegExp(tenant.name));
    const retried = await run();
    assert.equal(retried.code, 0, retried.stderr);
    const all = [...items(failed.stdout), ...items(retried.stdout)].map((item) => item.id);
    assert.equal(all.length, expected);
    assert.equal(new Set(all).size, all.length);
  });

  test("alerts into Splunk HEC: each alert indexed once across runs, at its time", async () => {
    hec.controls.resetStats();
    const workspace = tempWorkspace();
    const args = ["siem", "alerts", "--output", "splunk", "--splunk-url", hec.url];
    const token = ["--splunk-token", secretFile(workspace, "hec", hec.token), "--since", "24h"];
    const since = Date.now() - DAY_MS + 5_000;
    const initial = sim.estate.tenants.flatMap((t) =>
      t.alerts.filter((a) => Date.parse(a.raisedAt) >= since),
    );
    const first = await runAgainstSim(sim, [...args, ...token], { workspace });
    assert.equal(first.code, 0, first.stderr);
    const raised = sim.controls.raiseAlert(sim.estate.tenants[1]!.id);
    const second = await runAgainstSim(sim, [...args, ...token], { workspace });
    assert.equal(second.code, 0, second.stderr);
    assert.equal(hec.stats.uniqueIndexed, initial.length + 1);
    assert.equal(hec.stats.indexed, initial.length + 1);
    const envelope = hec.events().find((e) => (e.event as { id: string }).id === raised.id);
    assert.equal(envelope?.time, Date.parse(raised.raisedAt) / 1000);
  });

  test("--since beyond 24 h is refused before anything is read", async () => {
    const result = await runAgainstSim(sim, ["siem", "events", "--since", "2d"], {
      workspace: tempWorkspace(),
    });
    assert.equal(result.code, 2);
    assert.match(result.stderr, /24 h/);
  });
});

describe("centralctl siem --follow", () => {
  test("polls again after --interval and delivers an alert raised in between, once", async () => {
    const sim = await startSimulator({ seed: 41, tenants: 2, endpointsPerTenant: 10 });
    try {
      const workspace = tempWorkspace();
      const before = await runAgainstSim(sim, ["siem", "alerts", "--since", "24h"], { workspace });
      assert.equal(before.code, 0, before.stderr);
      const tenant = sim.estate.tenants[0]!;
      let raisedId = "";
      const raise = setTimeout(() => (raisedId = sim.controls.raiseAlert(tenant.id).id), 300);
      const follow = await runAgainstSim(
        sim,
        ["siem", "alerts", "--follow", "--interval", "1s", "--max-polls", "2", "--output", "ndjson"],
        { workspace },
      );
      clearTimeout(raise);
      assert.equal(follow.code, 0, follow.stderr);
      assert.deepEqual(
        items(follow.stdout).map((item) => item.id),
        [raisedId],
      );
    } finally {
      await sim.close();
    }
  });
});

describe("simulated SIEM API", () => {
  test("refuses from_date older than 24 h and limit above 1000; honours exclude_types", async () => {
    const sim = await startSimulator({ seed: 43, tenants: 1, endpointsPerTenant: 10 });
    const client = partnerClient(sim);
    try {
      const tenants = [];
      for await (const tenant of client.listTenants()) tenants.push(tenant);
      const tenantClient = client.forTenant(tenants[0]!);
      const old = Math.floor((Date.now() - 2 * DAY_MS) / 1000);
      await assert.rejects(
        tenantClient.request("GET", "/siem/v1/events", { query: { from_date: old } }),
        BadRequestError,
      );
      await assert.rejects(
        tenantClient.request("GET", "/siem/v1/alerts", { query: { limit: 1001 } }),
        BadRequestError,
      );
      const page = await tenantClient.request<{ items: Array<{ type: string }> }>("GET", "/siem/v1/events", {
        query: { limit: 1000, exclude_types: "Event::Endpoint::UpdateSuccess" },
      });
      assert.ok(page.items.every((item) => item.type !== "Event::Endpoint::UpdateSuccess"));
    } finally {
      await client.close();
      await sim.close();
    }
  });
});
