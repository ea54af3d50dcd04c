// The simulator's Live Discover and Data Lake routes over real HTTP: lifecycle, filters, paging, cancel.
import { after, before, describe, test } from "node:test";
import assert from "node:assert/strict";
import { setTimeout as sleep } from "node:timers/promises";
import { BadRequestError, NotFoundError, type TenantClient } from "../../src/central/index.js";
import { buildIocTemplate } from "../../src/hunt/templates/build-ioc-template.js";
import { startHuntSim, type HuntSim } from "./helpers/hunt-sim.js";

let h: HuntSim;
let tenant: TenantClient;
before(async () => {
  h = await startHuntSim({ tenants: 1, queryDurationMs: 400 });
  tenant = h.client.forTenant(h.tenants[0]!);
});
after(() => h.close());

type Run = Record<string, unknown> & { id: string; status: string; result: string };
const ALL_ROWS = "select * from sophos_process_journal";

describe("XDR Data Lake routes", () => {
  test("a run goes pending → started → finished/succeeded on the simulator clock and pages its results", async () => {
    const run = await tenant.request<Run>("POST", "/xdr-query/v1/queries/runs", {
      body: { adHocQuery: { template: 'select * from "xdr_data" limit 25' }, from: "P30D" },
    });
    assert.equal(run.status, "pending");
    assert.match(String(run["createdAt"]), /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
    // Pending for the first quarter (100 ms), started until 400 ms: wide margins for a busy machine.
    await sleep(150);
    assert.equal(
      (await tenant.request<Run>("GET", `/xdr-query/v1/queries/runs/${run.id}`)).status,
      "started",
    );
    await sleep(300);
    const done = await tenant.request<Run>("GET", `/xdr-query/v1/queries/runs/${run.id}`);
    assert.deepEqual([done.status, done.result], ["finished", "succeeded"]);
    const page = await tenant.request<{ items: unknown[]; pages: { nextKey?: string } }>(
      "GET",
      `/xdr-query/v1/queries/runs/${run.id}/results`,
      { query: { pageSize: 10, pageTotal: true } },
    );
    assert.equal(page.items.length, 10);
    assert.ok(page.pages.nextKey);
    const rows: unknown[] = [];
    for await (const row of tenant.listByKey(`/xdr-query/v1/queries/runs/${run.id}/results`, {
      pageSize: 10,
    }))
      rows.push(row);
    assert.equal(rows.length, 25);
  });

  test("bad SQL finishes as failed; cancel finishes a running query as canceled", async () => {
    const bad = await tenant.request<Run>("POST", "/xdr-query/v1/queries/runs", {
      body: { adHocQuery: { template: "select * from no_such_table" } },
    });
    const running = await tenant.request<Run>("POST", "/xdr-query/v1/queries/runs", {
      body: { adHocQuery: { template: 'select * from "xdr_data"' } },
    });
    const cancel = await tenant.request<{ canceled: boolean }>(
      "POST",
      `/xdr-query/v1/queries/runs/${running.id}/cancel`,
      { body: {} },
    );
    assert.equal(cancel.canceled, true);
    const canceled = await tenant.request<Run>("GET", `/xdr-query/v1/queries/runs/${running.id}`);
    assert.deepEqual([canceled.status, canceled.result], ["finished", "canceled"]);
    await sleep(420);
    assert.equal((await tenant.request<Run>("GET", `/xdr-query/v1/queries/runs/${bad.id}`)).result, "failed");
  });

  test("the catalogue pages the built-in queries and a saved query runs by id", async () => {
    const categories = await tenant.request<{ items: Array<{ queryCount: number; type: string }> }>(
      "GET",
      "/xdr-query/v1/queries/categories",
    );
    // The canned category holds the built-in queries; the estate's saved queries come on top.
    assert.equal(categories.items.find((c) => c.type === "canned")!.queryCount, 2);
    const queries: Array<{ id: string; name: string; type: string }> = [];
    for await (const q of tenant.listByPage<{ id: string; name: string; type: string }>(
      "/xdr-query/v1/queries",
      1,
    ))
      queries.push(q);
    assert.equal(queries.filter((q) => q.type === "canned").length, 2);
    const run = await tenant.request<Run>("POST", "/xdr-query/v1/queries/runs", {
      body: {
        savedQuery: { queryId: queries[0]!.id },
        variables: [{ name: "IOC_JSON", dataType: "text", value: '{"ioc_data":[]}' }],
      },
    });
    assert.equal((run["query"] as { name: string }).name, queries[0]!.name);
  });
});

describe("Live Discover routes", () => {
  test("a run targets only online endpoints and reports the endpointCounts tree", async () => {
    const run = await tenant.request<Run>("POST", "/live-discover/v1/queries/runs", {
      body: { adHocQuery: { name: "all", template: ALL_ROWS }, matchEndpoints: { all: true } },
    });
    const online = h.sim.estate.tenants[0]!.endpoints.filter(
      (e) => Date.parse(e.lastSeenAt) > Date.now() - 600_000,
    );
    const counts = run["endpointCounts"] as { total: number; statuses: { pending: { total: number } } };
    assert.equal(counts.total, online.length);
    assert.equal(counts.statuses.pending.total, online.length);
    await sleep(420);
    const done = await tenant.request<Run>("GET", `/live-discover/v1/queries/runs/${run.id}`);
    const tree = (done["endpointCounts"] as { statuses: { finished: { succeeded: { total: number } } } })
      .statuses;
    assert.equal(tree.finished.succeeded.total, online.length);
    assert.equal(done["timeRemainingInSeconds"], 0);
    const endpoints: Array<{ id: string }> = [];
    for await (const e of tenant.listByPage<{ id: string }>(
      `/live-discover/v1/queries/runs/${run.id}/endpoints`,
      2,
    ))
      endpoints.push(e);
    assert.deepEqual(endpoints.map((e) => e.id).sort(), online.map((e) => e.id).sort());
  });

  test("a filter that matches no online endpoint answers 404", async () => {
    await assert.rejects(
      tenant.request("POST", "/live-discover/v1/queries/runs", {
        body: {
          adHocQuery: { name: "none", template: buildIocTemplate("ld", "exact") },
          matchEndpoints: { filters: [{ hostnameContains: "no-such-host-anywhere" }] },
        },
      }),
      NotFoundError,
    );
  });

  test("results pages hold at most 1000 rows: a larger page size is a 400", async () => {
    const run = await tenant.request<Run>("POST", "/live-discover/v1/queries/runs", {
      body: { adHocQuery: { name: "all", template: ALL_ROWS }, matchEndpoints: { all: true } },
    });
    await sleep(420);
    const path = `/live-discover/v1/queries/runs/${run.id}/results`;
    const page = await tenant.request<{ items: unknown[] }>("GET", path, { query: { pageSize: 1000 } });
    assert.ok(page.items.length > 0);
    await assert.rejects(tenant.request("GET", path, { query: { pageSize: 1001 } }), BadRequestError);
  });
});
