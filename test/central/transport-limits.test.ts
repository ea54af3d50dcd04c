// Concurrency limits over real sockets: never more than perTenantConcurrency requests in flight for
// one tenant, nor more than concurrency overall.
import { test } from "node:test";
import { strict as assert } from "node:assert";
import { fakeCentral } from "./helpers/fake-central.js";
import { json } from "./helpers/scripted-server.js";

test("requests in flight stay within the per-tenant and global limits, and reach them", async () => {
  let inFlight = 0;
  let peak = 0;
  const perTenant = new Map<string, number>();
  const tenantPeak = new Map<string, number>();
  const f = await fakeCentral(async (req, res) => {
    const tenant = String(req.headers["x-tenant-id"]);
    inFlight += 1;
    peak = Math.max(peak, inFlight);
    perTenant.set(tenant, (perTenant.get(tenant) ?? 0) + 1);
    tenantPeak.set(tenant, Math.max(tenantPeak.get(tenant) ?? 0, perTenant.get(tenant)!));
    await new Promise((resolve) => setTimeout(resolve, 15));
    inFlight -= 1;
    perTenant.set(tenant, perTenant.get(tenant)! - 1);
    json(res, 200, { ok: true });
  });
  const client = f.client({ concurrency: 5, perTenantConcurrency: 3 });
  const tenants = ["a", "b", "c"].map((id) => client.forTenant({ ...f.tenant, id, name: id }));
  await Promise.all(
    tenants.flatMap((t) => Array.from({ length: 12 }, (_, i) => t.request("GET", `/x/${i}`))),
  );
  assert.equal(peak, 5);
  assert.ok(
    [...tenantPeak.values()].every((n) => n <= 3),
    `per-tenant peaks ${[...tenantPeak.values()].join()}`,
  );
  assert.equal(Math.max(...tenantPeak.values()), 3);
});
