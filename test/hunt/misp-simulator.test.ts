import { strict as assert } from "node:assert";
import { after, before, describe, test } from "node:test";
import { request } from "undici";
import { type MispSimulator, startMispSimulator } from "../../src/sim/misp/index.js";

interface Attr {
  id: string;
  event_id: string;
  type: string;
  value: string;
  timestamp: string;
  to_ids: boolean;
  deleted: boolean;
  Event: { id: string; info: string; org_id: string; orgc_id: string; uuid: string };
  Tag?: Array<{ name: string; inherited?: number }>;
}

describe("MISP simulator /attributes/restSearch", () => {
  let sim: MispSimulator;
  before(async () => {
    sim = await startMispSimulator({ seed: 3 });
  });
  after(() => sim.close());

  async function search(
    body: unknown,
    options: { path?: string; key?: string; method?: "POST" | "GET" } = {},
  ): Promise<{
    status: number;
    headers: Record<string, unknown>;
    json: { response: { Attribute: Attr[] } } & Record<string, unknown>;
  }> {
    const res = await request(`${sim.url}${options.path ?? "/attributes/restSearch"}`, {
      method: options.method ?? "POST",
      headers: {
        authorization: options.key ?? sim.apiKey,
        "content-type": "application/json",
        accept: "application/json",
      },
      ...(options.method === "GET" ? {} : { body: JSON.stringify(body) }),
    });
    return { status: res.statusCode, headers: res.headers, json: (await res.body.json()) as never };
  }
  const events = async (body: unknown): Promise<string[]> =>
    [...new Set((await search(body)).json.response.Attribute.map((a) => a.event_id))].sort();

  test("answers MISP's shape: string ids and timestamps, Event block, X-Result-Count", async () => {
    const { status, headers, json } = await search({ returnFormat: "json", eventid: 1, limit: 3 });
    assert.equal(status, 200);
    assert.equal(headers["x-result-count"], "3");
    const a = json.response.Attribute[0];
    assert.ok(a);
    assert.match(a.id, /^\d+$/);
    assert.match(a.timestamp, /^\d+$/);
    assert.equal(typeof a.to_ids, "boolean");
    assert.deepEqual(Object.keys(a.Event).sort(), [
      "distribution",
      "id",
      "info",
      "org_id",
      "orgc_id",
      "uuid",
    ]);
    assert.equal(a.Tag, undefined);
  });

  test("the .json suffix works and an empty result is {response:{Attribute:[]}}", async () => {
    const { json } = await search({ eventid: "999" }, { path: "/attributes/restSearch.json" });
    assert.deepEqual(json, { response: { Attribute: [] } });
  });

  test("includeEventTags adds event tags marked inherited", async () => {
    const { json } = await search({ eventid: "1", includeEventTags: true, type: "sha256" });
    const tags = json.response.Attribute[0]?.Tag ?? [];
    assert.deepEqual(
      tags.map((t) => [t.name, t.inherited ?? 0]),
      [
        ["kill-chain:delivery", 0],
        ["tlp:white", 1],
        ['misp-galaxy:malpedia="Emotet"', 1],
      ],
    );
  });

  test("eventid accepts lists, !id and {OR,NOT}", async () => {
    assert.deepEqual(await events({ eventid: ["2", "4"] }), ["2", "4"]);
    assert.deepEqual(await events({ eventid: "!1" }), ["2", "3", "4"]);
    assert.deepEqual(await events({ eventid: { OR: [1, 2], NOT: [2] } }), ["1"]);
  });

  test("type accepts a string, a list and {OR,NOT}", async () => {
    const types = async (body: unknown): Promise<string[]> =>
      [...new Set((await search(body)).json.response.Attribute.map((a) => a.type))].sort();
    assert.deepEqual(await types({ eventid: 1, type: "md5" }), ["md5"]);
    assert.deepEqual(await types({ eventid: 1, type: ["md5", "sha1"] }), ["md5", "sha1"]);
    const notIp = await types({ eventid: 1, type: { NOT: ["ip-dst", "ip-src"] } });
    assert.ok(!notIp.includes("ip-dst") && notIp.includes("md5"));
  });

  test("tags: lists with !, {OR,AND,NOT}, && strings and % wildcards; attribute tags count too", async () => {
    assert.deepEqual(await events({ tags: ["tlp:%", "!tlp:red"] }), ["1", "3", "4"]);
    assert.deepEqual(await events({ tags: "tlp:green&&tlp:clear" }), ["3", "4"]);
    assert.deepEqual(await events({ tags: { AND: ["tlp:clear", "type:OSINT"] } }), ["4"]);
    assert.deepEqual(await events({ tags: { AND: ["tlp:clear", "nonexistent"] } }), []);
    const own = (await search({ tags: "kill-chain:delivery" })).json.response.Attribute;
    assert.deepEqual(
      own.map((a) => a.type),
      ["sha256"],
    );
  });

  test("to_ids, published, deleted and enforceWarninglist filter as MISP does", async () => {
    const all = (await search({ eventid: 1 })).json.response.Attribute;
    assert.ok(all.some((a) => !a.to_ids) && all.every((a) => !a.deleted));
    assert.ok((await search({ eventid: 1, to_ids: 1 })).json.response.Attribute.every((a) => a.to_ids));
    assert.ok(
      (await search({ eventid: 1, to_ids: "exclude" })).json.response.Attribute.every((a) => !a.to_ids),
    );
    assert.deepEqual(await events({ published: false }), ["3"]);
    const deleted = (await search({ eventid: 1, deleted: 1 })).json.response.Attribute;
    assert.equal(deleted.length, 1);
    assert.equal(
      (await search({ eventid: 1, deleted: [0, 1] })).json.response.Attribute.length,
      all.length + 1,
    );
    const values = (await search({ eventid: 1, enforceWarninglist: true })).json.response.Attribute.map(
      (a) => a.value,
    );
    assert.equal(values.length, all.length - 2);
    assert.ok(!values.includes("8.8.8.8") && !values.includes("google.com"));
  });

  test("publish_timestamp and last take relative times, timestamps and [from,to]", async () => {
    assert.deepEqual(await events({ publish_timestamp: "30d" }), ["1", "4"]);
    assert.deepEqual(await events({ last: "3d" }), ["1"]);
    const now = Math.floor(Date.now() / 1000);
    assert.deepEqual(await events({ publish_timestamp: [now - 50 * 86400, now - 5 * 86400] }), ["2", "4"]);
    assert.deepEqual(await events({ publish_timestamp: String(now - 11 * 86400) }), ["1", "4"]);
    assert.equal((await search({ publish_timestamp: "soon" })).status, 400);
  });

  test("limit/page slice the ordered result", async () => {
    const all = (await search({ eventid: 1 })).json.response.Attribute.map((a) => a.id);
    const p2 = (await search({ eventid: 1, limit: 5, page: 2 })).json.response.Attribute.map((a) => a.id);
    assert.deepEqual(p2, all.slice(5, 10));
    assert.deepEqual(
      all,
      [...all].sort((a, b) => Number(a) - Number(b)),
    );
  });

  test("a wrong key gets MISP's 403 {name,message,url}; unknown routes 404; GET 405", async () => {
    const denied = await search({ eventid: 1 }, { key: "nope" });
    assert.equal(denied.status, 403);
    assert.deepEqual(Object.keys(denied.json).sort(), ["message", "name", "url"]);
    assert.match(String(denied.json["message"]), /^Authentication failed/);
    assert.ok(sim.stats.authFailures >= 1);
    assert.equal((await search({}, { path: "/events/nothing" })).status, 404);
    assert.equal((await search({}, { method: "GET" })).status, 405);
    assert.equal((await search({ returnFormat: "csv" })).status, 400);
  });

  test("the same seed gives the same data", async () => {
    const again = await startMispSimulator({ seed: 3 });
    try {
      assert.equal(again.apiKey, sim.apiKey);
      assert.deepEqual(
        again.events.map((e) => e.uuid),
        sim.events.map((e) => e.uuid),
      );
    } finally {
      await again.close();
    }
  });
});
