import { strict as assert } from "node:assert";
import { after, before, describe, test } from "node:test";
import { startSimulator, type RunningSimulator } from "../../src/sim/index.js";
import { credentialOf, readAllKeyPages, tenantApi, tokenFor } from "./raw-client.js";

const DAY = 86_400_000;
const ISO_MS = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;

describe("simulator alerts", () => {
  let clock = Date.parse("2025-06-01T12:00:00.000Z");
  let sim: RunningSimulator;
  let api: ReturnType<typeof tenantApi>;

  before(async () => {
    sim = await startSimulator({
      seed: 51,
      tenants: 1,
      endpointsPerTenant: 100,
      alertsPerTenant: 240,
      now: () => clock,
    });
    const token = await tokenFor(sim, credentialOf(sim, "partner"));
    api = tenantApi(sim, token, sim.estate.tenants[0]!.id);
  });
  after(() => sim.close());

  test("alerts page by key, each once, oldest first, with the anchor's timestamp format", async () => {
    const { items, pages } = await readAllKeyPages(api.get, "/common/v1/alerts?pageSize=50");
    assert.equal(items.length, 240);
    assert.equal(new Set(items.map((a) => a["id"])).size, 240);
    assert.equal(pages[0]!["maxSize"], 1000);
    const raised = items.map((a) => a["raisedAt"] as string);
    raised.forEach((r) => assert.match(r, ISO_MS));
    assert.deepEqual(raised, [...raised].sort());
    const alert = items[0]!;
    for (const key of [
      "id",
      "allowedActions",
      "category",
      "description",
      "groupKey",
      "product",
      "raisedAt",
      "severity",
      "tenant",
      "type",
    ])
      assert.ok(key in alert, key);
    assert.deepEqual(alert["tenant"], { id: api.tenant.id, name: api.tenant.name });
  });

  test("alerts spread over the last 90 days, with several severities and categories", () => {
    const raised = api.tenant.alerts.map((a) => Date.parse(a.raisedAt));
    assert.ok(Math.min(...raised) >= clock - 90 * DAY);
    assert.ok(Math.max(...raised) <= clock);
    assert.deepEqual(new Set(api.tenant.alerts.map((a) => a.severity)), new Set(["high", "medium", "low"]));
    assert.ok(new Set(api.tenant.alerts.map((a) => a.category)).size >= 4);
  });

  test("from (inclusive) and to (exclusive) window the list; the anchor's URL form works", async () => {
    const from = new Date(clock - 7 * DAY).toISOString();
    const to = new Date(clock - DAY).toISOString();
    const { items } = await readAllKeyPages(api.get, `/common/v1/alerts?from=${from}&to=${to}&pageSize=100`);
    const expected = api.tenant.alerts.filter((a) => a.raisedAt >= from && a.raisedAt < to).map((a) => a.id);
    assert.deepEqual(
      items.map((a) => a["id"]),
      expected,
    );
  });

  test("severity and category filters and sort=raisedAt:desc", async () => {
    const { items } = await readAllKeyPages(
      api.get,
      "/common/v1/alerts?severity=high&sort=raisedAt:desc&pageSize=20",
    );
    assert.ok(items.length > 0);
    assert.ok(items.every((a) => a["severity"] === "high"));
    const raised = items.map((a) => a["raisedAt"] as string);
    assert.deepEqual(raised, [...raised].sort().reverse());
    assert.equal((await api.get("/common/v1/alerts?severity=critical")).status, 400);
    assert.equal((await api.get("/common/v1/alerts?pageSize=1001")).status, 400);
  });

  test("POST /alerts/search takes the same filters and paging in a JSON body", async () => {
    const category = api.tenant.alerts[0]!.category;
    const first = await api.send("POST", "/common/v1/alerts/search", {
      category: [category],
      pageSize: 5,
      pageTotal: true,
    });
    assert.equal(first.status, 200);
    const expected = api.tenant.alerts.filter((a) => a.category === category);
    assert.equal(first.body.pages.items, expected.length);
    assert.deepEqual(
      first.body.items.map((a: { id: string }) => a.id),
      expected.slice(0, 5).map((a) => a.id),
    );
    if (first.body.pages.nextKey) {
      const second = await api.send("POST", "/common/v1/alerts/search", {
        category: [category],
        pageSize: 5,
        pageFromKey: first.body.pages.nextKey,
      });
      assert.deepEqual(
        second.body.items.map((a: { id: string }) => a.id),
        expected.slice(5, 10).map((a) => a.id),
      );
    }
  });

  test("an alert raised now is visible to a poller asking from its last cursor", async () => {
    const since = new Date(clock).toISOString();
    assert.equal((await api.get(`/common/v1/alerts?from=${since}`)).body.items.length, 0);
    clock += 5_000;
    const raised = sim.controls.raiseAlert(api.tenant.id, { severity: "high" });
    const response = await api.get(`/common/v1/alerts?from=${since}`);
    assert.deepEqual(
      response.body.items.map((a: { id: string }) => a.id),
      [raised.id],
    );
    assert.equal(response.body.items[0].severity, "high");
  });

  test("get one alert; act on it with an allowed action (201) and it leaves the open list", async () => {
    const alert = api.tenant.alerts[0]!;
    assert.equal((await api.get(`/common/v1/alerts/${alert.id}`)).body.id, alert.id);
    const refused = await api.send("POST", `/common/v1/alerts/${alert.id}/actions`, { action: "formatDisk" });
    assert.equal(refused.status, 400);
    const acted = await api.send("POST", `/common/v1/alerts/${alert.id}/actions`, {
      action: alert.allowedActions[0],
      message: "handled",
    });
    assert.equal(acted.status, 201);
    assert.equal(acted.body.alertId, alert.id);
    assert.equal((await api.get(`/common/v1/alerts/${alert.id}`)).status, 404);
  });
});
