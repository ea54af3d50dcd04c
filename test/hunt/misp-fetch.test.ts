import { strict as assert } from "node:assert";
import { after, before, describe, test } from "node:test";
import { type Indicator, MispError, fetchMispIndicators } from "../../src/hunt/index.js";
import { startMispSimulator } from "../../src/sim/index.js";
import type { MispSimulator } from "../../src/sim/misp/index.js";

const eventIdsOf = (indicators: Indicator[]): string[] =>
  [...new Set(indicators.flatMap((i) => i.provenance.map((p) => p.misp?.eventId ?? "?")))].sort();
const values = (indicators: Indicator[], type: string): string[] =>
  indicators.filter((i) => i.type === type).map((i) => i.value);

describe("fetchMispIndicators against the MISP simulator", () => {
  let sim: MispSimulator;
  before(async () => {
    sim = await startMispSimulator({ seed: 7 });
  });
  after(() => sim.close());
  const base = (): { url: string; apiKey: string } => ({ url: sim.url, apiKey: sim.apiKey });

  test("by event id: maps types, splits composites, reports unsupported types, keeps MISP provenance", async () => {
    const set = await fetchMispIndicators({ ...base(), eventIds: ["1"] });
    assert.deepEqual(eventIdsOf(set.indicators), ["1"]);
    assert.equal(set.indicators.length, 23);
    const ipPort = set.indicators.filter((i) => i.provenance[0]?.misp?.type === "ip-dst|port");
    assert.deepEqual(
      ipPort.map((i) => i.type),
      ["ip", "port"],
    );
    assert.equal(ipPort[1]?.value, "8443");
    for (const composite of [
      "filename|sha256",
      "filename|md5",
      "filename|sha1",
      "hostname|port",
      "domain|ip",
    ]) {
      assert.equal(
        set.indicators.filter((i) => i.provenance[0]?.misp?.type === composite).length,
        2,
        composite,
      );
    }
    assert.deepEqual(values(set.indicators, "file_path").sort(), [
      "C:\\ProgramData\\emotet\\run.exe",
      "C:\\Users\\Public\\evil.exe",
    ]);
    assert.deepEqual(values(set.indicators, "pathname"), ["C:\\ProgramData\\emotet"]);
    assert.deepEqual(set.skipped.map((s) => s.where.replace(/^.*\((.*)\)$/, "$1")).sort(), [
      "mutex",
      "regkey",
      "sha512",
      "uri",
    ]);
    assert.ok(set.skipped.every((s) => s.reason.length > 0 && s.where.includes("event 1 attribute")));
    const tagged = set.indicators.find((i) => i.provenance[0]?.misp?.tags.includes("kill-chain:delivery"));
    const misp = tagged?.provenance[0]?.misp;
    assert.ok(misp);
    assert.equal(misp.eventId, "1");
    assert.match(misp.attributeId, /^\d+$/);
    assert.match(misp.uuid, /^[0-9a-f-]{36}$/);
    assert.equal(misp.eventUuid, sim.events[0]?.uuid);
    assert.equal(misp.eventInfo, "Emotet C2 infrastructure");
    assert.ok(misp.tags.includes("tlp:white"), "event tags are inherited");
    assert.equal(set.pages, 1);
  });

  test("tags with NOT: every tlp tag except tlp:red", async () => {
    const set = await fetchMispIndicators({ ...base(), tags: ["tlp:%"], excludeTags: ["tlp:red"] });
    assert.deepEqual(eventIdsOf(set.indicators), ["1", "3", "4"]);
    const all = await fetchMispIndicators({ ...base(), tags: ["tlp:%"] });
    assert.deepEqual(eventIdsOf(all.indicators), ["1", "2", "3", "4"]);
  });

  test("to_ids: IDS-only by default, unflagged only with false, both with any", async () => {
    const unflagged = await fetchMispIndicators({ ...base(), eventIds: [1], toIds: false });
    assert.deepEqual(unflagged.indicators.map((i) => i.type).sort(), ["domain", "port"]);
    assert.match(unflagged.skipped.map((s) => s.reason).join(), /reference link/);
    const both = await fetchMispIndicators({ ...base(), eventIds: [1], toIds: "any" });
    assert.equal(both.indicators.length, 25);
    const idsOnly = await fetchMispIndicators({ ...base(), eventIds: [1] });
    assert.ok(idsOnly.indicators.every((i) => i.provenance.every((p) => p.misp?.toIds === true)));
  });

  test("published: unpublished events are left out on request", async () => {
    const published = await fetchMispIndicators({ ...base(), tags: ["tlp:%"], published: true });
    assert.deepEqual(eventIdsOf(published.indicators), ["1", "2", "4"]);
    const drafts = await fetchMispIndicators({ ...base(), tags: ["tlp:%"], published: false });
    assert.deepEqual(eventIdsOf(drafts.indicators), ["3"]);
  });

  test("publish window: 30d keeps the 2- and 10-day-old events, 7d only the newest", async () => {
    assert.deepEqual(
      eventIdsOf((await fetchMispIndicators({ ...base(), publishedWithin: "30d" })).indicators),
      ["1", "4"],
    );
    assert.deepEqual(
      eventIdsOf((await fetchMispIndicators({ ...base(), publishedWithin: "7d" })).indicators),
      ["1"],
    );
  });

  test("warninglisted values are dropped unless enforcement is turned off", async () => {
    const enforced = await fetchMispIndicators({ ...base(), eventIds: [1] });
    assert.ok(!values(enforced.indicators, "ip").includes("8.8.8.8"));
    assert.ok(!values(enforced.indicators, "domain").includes("google.com"));
    const open = await fetchMispIndicators({ ...base(), eventIds: [1], enforceWarninglist: false });
    assert.ok(values(open.indicators, "ip").includes("8.8.8.8"));
    assert.ok(values(open.indicators, "domain").includes("google.com"));
  });

  test("a wrong key gives a clear 403 error that does not contain the key", async () => {
    const apiKey = "wrong-key-0123456789abcdef";
    await assert.rejects(fetchMispIndicators({ url: sim.url, apiKey, eventIds: [1] }), (error: unknown) => {
      assert.ok(error instanceof MispError);
      assert.equal(error.status, 403);
      assert.match(
        error.message,
        /^MISP rejected the API key \(HTTP 403 from http:\/\/127\.0\.0\.1:\d+\/attributes\/restSearch\)/,
      );
      assert.ok(!error.message.includes(apiKey));
      assert.ok(!error.message.includes(sim.apiKey));
      return true;
    });
  });

  test("refuses to download everything, and checks the window before sending", async () => {
    const before = sim.stats.searches;
    await assert.rejects(fetchMispIndicators(base()), /Refusing to download every MISP attribute/);
    await assert.rejects(
      fetchMispIndicators({ ...base(), publishedWithin: "a while" }),
      /must look like 30d/,
    );
    assert.equal(sim.stats.searches, before);
  });
});
