// MISP sightings over real HTTP: the simulator's /sightings/add and the client that reports them.
import { after, before, describe, test } from "node:test";
import assert from "node:assert/strict";
import { request } from "undici";
import { reportMispSightings } from "../../src/hunt/index.js";
import { startMispSimulator, type MispSimulator } from "../../src/sim/misp/index.js";

let misp: MispSimulator;
before(async () => {
  misp = await startMispSimulator({
    events: [
      { id: 5, info: "a", attributes: [{ type: "md5", value: "5f4dcc3b5aa765d61d8327deb882cf99" }] },
      { id: 6, info: "b", attributes: [{ type: "ip-dst|port", value: "203.0.113.66|4444" }] },
    ],
  });
});
after(() => misp.close());

const post = async (path: string, body: unknown, key = misp.apiKey) => {
  const response = await request(`${misp.url}${path}`, {
    method: "POST",
    headers: { authorization: key, "content-type": "application/json", accept: "application/json" },
    body: JSON.stringify(body),
  });
  return { status: response.statusCode, body: (await response.body.json()) as Record<string, unknown> };
};

describe("MISP simulator /sightings/add", () => {
  test("a sighting by attribute id, by value and by path id is stored with its source and time", async () => {
    const start = misp.sightings.length;
    const byId = await post("/sightings/add", { id: "1", source: "centralctl", timestamp: 1700000000 });
    assert.equal(byId.status, 200);
    assert.equal((byId.body["Sighting"] as { attribute_id: string }).attribute_id, "1");
    assert.equal((await post("/sightings/add", { values: ["4444"] })).status, 200);
    assert.equal((await post("/sightings/add/1", {})).status, 200);
    assert.deepEqual(
      misp.sightings.slice(start).map((s) => [s.attributeId, s.eventId, s.source]),
      [
        ["1", "5", "centralctl"],
        ["2", "6", ""],
        ["1", "5", ""],
      ],
    );
    assert.equal(misp.sightings[start]!.dateSighting, 1700000000);
  });

  test("a wrong key is refused with MISP's 403 and an unknown attribute with saved: false", async () => {
    const start = misp.sightings.length;
    assert.equal((await post("/sightings/add", { id: "1" }, "wrong")).status, 403);
    const unknown = await post("/sightings/add", { id: "999" });
    assert.deepEqual([unknown.status, unknown.body["saved"]], [403, false]);
    assert.equal(misp.sightings.length, start);
  });
});

describe("reportMispSightings", () => {
  const sightings = [1, 2, 3].map((n) => ({
    attributeId: "1",
    value: "5f4dcc3b5aa765d61d8327deb882cf99",
    tenantId: "t",
    endpointId: `e${n}`,
    timestamp: 1700000000 + n,
  }));

  test("each sighting is posted once, dated at its hit", async () => {
    const start = misp.sightings.length;
    const report = await reportMispSightings(sightings, { url: misp.url, apiKey: misp.apiKey });
    assert.deepEqual([report.sent, report.failed], [3, 0]);
    assert.deepEqual(
      misp.sightings
        .slice(start)
        .map((s) => s.dateSighting)
        .sort(),
      [1700000001, 1700000002, 1700000003],
    );
  });

  test("a rejected key stops after the first refusal and names the server, without the key", async () => {
    const report = await reportMispSightings(sightings, {
      url: misp.url,
      apiKey: "sekrit-key-123",
      concurrency: 1,
    });
    assert.deepEqual([report.sent, report.failed], [0, 3]);
    assert.equal(report.errors.length, 1);
    assert.match(report.errors[0]!, new RegExp(`MISP at ${misp.url}/sightings/add rejected the API key`));
    assert.doesNotMatch(report.errors.join(" "), /sekrit/);
  });
});
