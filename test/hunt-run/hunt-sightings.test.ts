// `centralctl hunt --misp-sightings`: hits reported back to the MISP simulator as sightings, one
// per (attribute, endpoint); a MISP that refuses them costs no hit.
import { after, before, describe, test } from "node:test";
import assert from "node:assert/strict";
import { startMispSimulator, type MispSimulator } from "../../src/sim/misp/index.js";
import { runAgainstSim, tempWorkspace } from "../cli/helpers/run-in-process.js";
import { startHuntSim, type HuntSim } from "./helpers/hunt-sim.js";

let h: HuntSim;
let misp: MispSimulator;
let refusing: MispSimulator;
const planted = (type: string) => h.planted.find((p) => p.type === type)!;

before(async () => {
  h = await startHuntSim({ tenants: 2 });
  const events = [
    {
      id: 42,
      info: "planted",
      attributes: [
        { type: "md5", value: planted("md5").value },
        { type: "domain", value: planted("domain").value },
        // Split into ip and port: both may hit one endpoint, which is still one sighting.
        { type: "ip-dst|port", value: `${planted("ip").value}|${planted("port").value}` },
      ],
    },
  ];
  misp = await startMispSimulator({ events });
  refusing = await startMispSimulator({ events, sightingsEnabled: false });
});
after(async () => {
  await refusing.close();
  await misp.close();
  await h.close();
});

/** Distinct (attribute value, endpoint) pairs the hunt must sight. */
function expectedSightings(): Set<string> {
  const out = new Set<string>();
  const add = (attribute: string, types: string[]): void => {
    for (const type of types)
      for (const e of planted(type).endpoints) out.add(`${attribute}@${e.endpointId}`);
  };
  add(planted("md5").value, ["md5"]);
  add(planted("domain").value, ["domain"]);
  add(`${planted("ip").value}|${planted("port").value}`, ["ip", "port"]);
  return out;
}

const hunt = (sim: MispSimulator, workspace: string, extra: string[] = []) =>
  runAgainstSim(
    h.sim,
    [
      "hunt",
      "--misp-event",
      "42",
      "--misp-url",
      sim.url,
      "--misp-sightings",
      "--api",
      "xdr",
      "-o",
      "ndjson",
      ...extra,
    ],
    { workspace, env: { MISP_API_KEY: sim.apiKey } },
  );

describe("MISP sightings", () => {
  test("every hit is sighted once per attribute and endpoint, by centralctl, at the hit's time", async () => {
    const start = misp.sightings.length;
    const result = await hunt(misp, tempWorkspace());
    assert.equal(result.code, 0, result.stderr);
    const hits = result.stdout
      .trim()
      .split("\n")
      .map((l) => JSON.parse(l) as { endpointId: string; when: string });
    const sightings = misp.sightings.slice(start);
    const expected = expectedSightings();
    assert.equal(sightings.length, expected.size);
    assert.ok(sightings.every((s) => s.source === "centralctl" && s.type === "0"));
    // Each attribute gets one sighting per endpoint with a hit, never more.
    const perAttribute = new Map<string, number>();
    for (const s of sightings) perAttribute.set(s.value, (perAttribute.get(s.value) ?? 0) + 1);
    for (const [value, n] of perAttribute)
      assert.equal(n, [...expected].filter((k) => k.startsWith(`${value}@`)).length, value);
    const earliest = Math.min(...hits.map((x) => Date.parse(x.when) / 1000));
    assert.ok(
      sightings.every((s) => s.dateSighting >= Math.floor(earliest) && s.dateSighting < Date.now() / 1000),
    );
  });

  test("with --new-only the second hunt sights nothing new", async () => {
    const workspace = tempWorkspace();
    const start = misp.sightings.length;
    const first = await hunt(misp, workspace, ["--new-only", "--name", "weekly"]);
    assert.equal(first.code, 0, first.stderr);
    assert.equal(misp.sightings.length - start, expectedSightings().size);
    const second = await hunt(misp, workspace, ["--new-only", "--name", "weekly"]);
    assert.equal(second.code, 0, second.stderr);
    assert.equal(second.stdout.trim(), "");
    assert.equal(misp.sightings.length - start, expectedSightings().size);
  });

  test("a MISP that refuses sightings loses no hit: warning names the server, exit code partial", async () => {
    const result = await hunt(refusing, tempWorkspace());
    assert.equal(result.code, 3, result.stderr);
    const hits = result.stdout.trim().split("\n");
    assert.equal(
      hits.length,
      ["md5", "domain", "ip", "port"].reduce((n, t) => n + planted(t).endpoints.length, 0),
    );
    assert.match(
      result.stderr,
      new RegExp(`sightings could not be reported to MISP at ${refusing.url}/sightings/add`),
    );
    assert.equal(refusing.sightings.length, 0);
  });

  test("--misp-sightings without a MISP source is a usage error", async () => {
    const iocs = JSON.stringify({ ioc_data: [{ indicator_type: "md5", data: planted("md5").value }] });
    const result = await runAgainstSim(h.sim, ["hunt", "--iocs", iocs, "--misp-sightings"], {
      workspace: tempWorkspace(),
    });
    assert.equal(result.code, 2);
    assert.match(result.stderr, /--misp-sightings .* --misp-event or --misp-tag/);
  });
});
