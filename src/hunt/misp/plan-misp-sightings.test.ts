import { test } from "node:test";
import assert from "node:assert/strict";
import type { Indicator } from "../indicator.js";
import type { HuntHit } from "../runner/hunt-types.js";
import { planMispSightings } from "./plan-misp-sightings.js";

const fromMisp = (type: Indicator["type"], value: string, attributeIds: string[]): Indicator => ({
  type,
  value,
  match: "exact",
  provenance: attributeIds.map((id) => ({
    source: "MISP misp.example",
    location: `event 1 attribute ${id}`,
    misp: { eventId: "1", attributeId: id, uuid: "", type: "ip-dst|port", toIds: true, tags: [] },
  })),
});

const hit = (source: Indicator, endpointId: string, when: string, column = "ip"): HuntHit => ({
  tenantId: "t1",
  tenantName: "T1",
  endpointId,
  hostname: endpointId,
  indicatorType: source.type,
  indicator: source.value,
  matchedColumn: column,
  where: source.value,
  when,
  api: "xdr",
  count: 1,
  source,
});

test("a composite's parts and several columns on one endpoint make one sighting at the earliest hit", () => {
  const ip = fromMisp("ip", "203.0.113.66", ["7"]);
  const port = fromMisp("port", "4444", ["7"]);
  const sightings = planMispSightings(
    [
      hit(ip, "e1", "2024-05-01T10:00:05Z", "destination_ip"),
      hit(ip, "e1", "2024-05-01T10:00:09Z", "source_ip"),
      hit(port, "e1", "2024-05-01T10:00:01Z", "port"),
      hit(ip, "e2", ""),
    ],
    new Date("2024-05-02T00:00:00Z"),
  );
  assert.deepEqual(
    sightings.map((s) => [s.attributeId, s.endpointId, s.timestamp]),
    [
      ["7", "e1", Date.parse("2024-05-01T10:00:01Z") / 1000],
      ["7", "e2", Date.parse("2024-05-02T00:00:00Z") / 1000],
    ],
  );
});

test("an indicator found in two MISP attributes is sighted on each; non-MISP hits are not sighted", () => {
  const both = fromMisp("md5", "5f4dcc3b5aa765d61d8327deb882cf99", ["1", "2"]);
  const file: Indicator = { ...both, provenance: [{ source: "iocs.json", location: "ioc_data[0]" }] };
  const sightings = planMispSightings([hit(both, "e1", ""), hit(file, "e2", "")], new Date());
  assert.deepEqual(
    sightings.map((s) => [s.attributeId, s.endpointId]),
    [
      ["1", "e1"],
      ["2", "e1"],
    ],
  );
});
