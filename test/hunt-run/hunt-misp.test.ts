// Indicators from a MISP event (MISP simulator) hunted on the Data Lake (Central simulator).
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { readHuntIndicators } from "../../src/cli/commands/hunt/read-hunt-indicators.js";
import { runHunt } from "../../src/hunt/runner/index.js";
import { startMispSimulator, type MispSimulator } from "../../src/sim/misp/index.js";
import { startHuntSim, type HuntSim } from "./helpers/hunt-sim.js";

let h: HuntSim;
let misp: MispSimulator;
before(async () => {
  h = await startHuntSim({ tenants: 2 });
  const value = (type: string): string => h.planted.find((p) => p.type === type)!.value;
  misp = await startMispSimulator({
    events: [
      {
        id: 42,
        info: "planted",
        attributes: [
          { type: "md5", value: value("md5") },
          { type: "domain", value: value("domain") },
          { type: "ip-dst|port", value: `${value("ip")}|4444` },
        ],
      },
    ],
  });
});
after(async () => {
  await misp.close();
  await h.close();
});

test("a MISP event's indicators are hunted and each hit traces back to its MISP attribute", async () => {
  const read = await readHuntIndicators(
    { mispEvent: ["42"], mispUrl: misp.url },
    { MISP_API_KEY: misp.apiKey },
  );
  assert.deepEqual(read.indicators.map((i) => i.type).sort(), ["domain", "ip", "md5", "port"]);
  const result = await runHunt(h.client, h.tenants, read.indicators, {
    api: "xdr",
    poll: { initialMs: 20, maxMs: 100 },
  });
  const expected = h.planted
    .filter((p) => ["md5", "domain", "ip", "port"].includes(p.type))
    .reduce((n, p) => n + p.endpoints.length, 0);
  assert.equal(result.hits.length, expected);
  assert.ok(result.hits.every((x) => x.source?.provenance[0]?.misp?.eventId === "42"));
});

test("MISP without a key is a usage error that says which variable to set", async () => {
  await assert.rejects(readHuntIndicators({ mispEvent: ["42"], mispUrl: misp.url }, {}), /MISP_API_KEY/);
});
