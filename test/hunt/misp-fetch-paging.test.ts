import { strict as assert } from "node:assert";
import { type RequestListener, createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { describe, test } from "node:test";
import { fetchMispIndicators } from "../../src/hunt/index.js";
import { startMispSimulator } from "../../src/sim/index.js";

describe("fetchMispIndicators: paging, bad data, unreachable servers", () => {
  test("pages through a 20,000-attribute event until a short page; every attribute once", async () => {
    const sim = await startMispSimulator({ largeEventSize: 20_000 });
    try {
      const bulk = sim.events.find((e) => e.attributeCount === 20_000);
      assert.ok(bulk);
      const set = await fetchMispIndicators({
        url: sim.url,
        apiKey: sim.apiKey,
        eventIds: [bulk.id],
        pageSize: 3000,
      });
      assert.equal(set.pages, 7);
      assert.equal(set.attributes, 20_000);
      assert.equal(set.indicators.length, 20_000);
      assert.ok(set.indicators.every((i) => i.provenance.length === 1));
      assert.equal(new Set(set.indicators.map((i) => i.provenance[0]?.misp?.attributeId)).size, 20_000);
      assert.deepEqual(
        sim.stats.bodies.map((b) => (b as { page: number }).page),
        [1, 2, 3, 4, 5, 6, 7],
      );
      assert.equal(set.truncated, false);
      const capped = await fetchMispIndicators({
        url: sim.url,
        apiKey: sim.apiKey,
        eventIds: [bulk.id],
        pageSize: 3000,
        maxAttributes: 5000,
      });
      assert.equal(capped.truncated, true);
      assert.equal(capped.attributes, 6000);
      assert.match(capped.skipped.at(-1)?.reason ?? "", /maxAttributes/);
    } finally {
      await sim.close();
    }
  });

  test("malformed MISP values fail naming the attribute, or are reported when lenient", async () => {
    const sim = await startMispSimulator({
      events: [
        {
          info: "bad data",
          tags: ["t"],
          attributes: [
            { type: "ip-dst", value: "1.2.3.999" },
            { type: "domain", value: "ok.example" },
            { type: "ip-dst|port", value: "1.2.3.4" },
          ],
        },
      ],
    });
    try {
      const options = { url: sim.url, apiKey: sim.apiKey, tags: ["t"] };
      await assert.rejects(
        fetchMispIndicators(options),
        /2 indicator problems:\n {2}- MISP 127\.0\.0\.1:\d+ event 1 attribute 1 \(ip-dst\): "1\.2\.3\.999" .*octet 999/,
      );
      const set = await fetchMispIndicators({ ...options, lenient: true });
      assert.deepEqual(
        set.indicators.map((i) => i.value),
        ["ok.example"],
      );
      assert.equal(set.rejected.length, 2);
    } finally {
      await sim.close();
    }
  });

  test("an unreachable MISP is reported with its URL", async () => {
    const sim = await startMispSimulator();
    const { url, apiKey } = sim;
    await sim.close();
    await assert.rejects(
      fetchMispIndicators({ url, apiKey, eventIds: [1] }),
      /MISP at http:\/\/127\.0\.0\.1:\d+\/attributes\/restSearch could not be reached \(ECONNREFUSED\)/,
    );
  });
});

describe("fetchMispIndicators: servers that misbehave", () => {
  async function serve(handler: RequestListener): Promise<{ url: string; close: () => Promise<void> }> {
    const server = createServer(handler);
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    const { port } = server.address() as AddressInfo;
    return {
      url: `http://127.0.0.1:${port}`,
      close: () => {
        server.closeAllConnections();
        return new Promise((resolve) => server.close(() => resolve()));
      },
    };
  }

  test("an HTTP 500 carries MISP's message and a next step", async () => {
    const server = await serve((_req, res) => {
      res.writeHead(500, { "content-type": "application/json" });
      res.end(
        JSON.stringify({
          name: "Internal error",
          message: "SQLSTATE[HY000] gone away",
          url: "/attributes/restSearch",
        }),
      );
    });
    try {
      await assert.rejects(
        fetchMispIndicators({ url: server.url, apiKey: "k-123456", eventIds: [1] }),
        /MISP answered HTTP 500 for .*: SQLSTATE\[HY000\] gone away\. MISP failed on its side/,
      );
    } finally {
      await server.close();
    }
  });

  test("a non-JSON answer and a silent server are reported clearly", async () => {
    const html = await serve((_req, res) => res.end("<html>login</html>"));
    const silent = await serve(() => undefined);
    try {
      await assert.rejects(
        fetchMispIndicators({ url: html.url, apiKey: "k-123456", eventIds: [1] }),
        /did not answer with JSON/,
      );
      await assert.rejects(
        fetchMispIndicators({ url: silent.url, apiKey: "k-123456", eventIds: [1], timeoutMs: 200 }),
        /did not answer within 0\.2 s/,
      );
    } finally {
      await html.close();
      await silent.close();
    }
  });
});
