import { strict as assert } from "node:assert";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, test } from "node:test";
import Database from "better-sqlite3";
import type { HuntRunHit, HuntRunInput } from "../hunt-run-repository.js";
import { openStore } from "../open-store.js";
import { MIGRATIONS } from "./migrations.js";

const dir = mkdtempSync(join(tmpdir(), "centralctl-hunt-runs-"));
after(() => rmSync(dir, { recursive: true, force: true }));

const DAY = 86_400_000;

function hit(n: number, overrides: Partial<HuntRunHit> = {}): HuntRunHit {
  return {
    tenantId: n % 2 === 0 ? "t-even" : "t-odd",
    tenantName: n % 2 === 0 ? "Even Corp" : "Odd Ltd",
    endpointId: `ep-${n}`,
    hostname: `PC-${String(n).padStart(3, "0")}`,
    indicatorType: "sha256",
    indicator: n % 3 === 0 ? "aa11" : "bb22",
    matchedColumn: "sha256",
    where: n % 3 === 0 ? "aa11" : "bb22",
    when: "2026-01-01T00:00:00.000Z",
    api: "xdr",
    count: 1,
    ...overrides,
  };
}

function run(name: string, finishedAt: string, hits: HuntRunHit[]): HuntRunInput {
  return {
    name,
    startedAt: finishedAt,
    finishedAt,
    api: "both",
    indicatorCount: 2,
    source: { kind: "misp", events: ["42"], tags: [] },
    from: "P7D",
    tenantFilter: [],
    tenantsAsked: 2,
    failures: [{ tenantId: "t-x", tenantName: "X", api: "xdr", message: "run failed" }],
    interrupted: false,
    hits,
  };
}

test("a saved run comes back with its fields, its hit count and its hits in the order written", async () => {
  const store = openStore(":memory:");
  try {
    const hits = [hit(1, { source: "iocs.json ioc_data[0]" }), hit(2)];
    const saved = await store.huntRuns.save(run("weekly", "2026-01-02T00:00:00.000Z", hits));
    assert.equal(saved.hitCount, 2);
    assert.deepEqual(await store.huntRuns.get(saved.id), saved);
    const { hits: _hits, ...meta } = run("weekly", "2026-01-02T00:00:00.000Z", hits);
    assert.deepEqual(saved, { ...meta, id: saved.id, hitCount: 2 });
    assert.equal(saved.to, undefined, "absent optional fields stay absent");
    const page = await store.huntRuns.hits(saved.id, { limit: 10, offset: 0 });
    assert.deepEqual(page, { hits, total: 2 });
    assert.equal(await store.huntRuns.get(saved.id + 1), undefined);
  } finally {
    store.close();
  }
});

test("runs list newest first without hits, and pages", async () => {
  const store = openStore(":memory:");
  try {
    const a = await store.huntRuns.save(run("a", "2026-01-01T00:00:00.000Z", [hit(1)]));
    const b = await store.huntRuns.save({ ...run("b", "2026-01-02T00:00:00.000Z", []), interrupted: true });
    const list = await store.huntRuns.list();
    assert.deepEqual(
      list.map((r) => [r.id, r.name, r.hitCount, r.interrupted]),
      [
        [b.id, "b", 0, true],
        [a.id, "a", 1, false],
      ],
    );
    assert.ok(!("hits" in list[0]!));
    assert.deepEqual(
      (await store.huntRuns.list({ limit: 1, offset: 1 })).map((r) => r.name),
      ["a"],
    );
    assert.equal(await store.huntRuns.count(), 2);
  } finally {
    store.close();
  }
});

test("hit filters combine (tenant, hostname part, indicator part, case-insensitive) and page with a total", async () => {
  const store = openStore(":memory:");
  try {
    const hits = Array.from({ length: 250 }, (_, i) => hit(i));
    const { id } = await store.huntRuns.save(run("big", "2026-01-01T00:00:00.000Z", hits));
    await store.huntRuns.save(run("other", "2026-01-01T00:00:00.000Z", [hit(0)]));
    const even = await store.huntRuns.hits(id, { tenantId: "t-even", limit: 100, offset: 100 });
    assert.equal(even.total, 125);
    assert.equal(even.hits.length, 25);
    assert.equal(even.hits[0]!.endpointId, "ep-200");
    const combined = await store.huntRuns.hits(id, {
      tenantId: "t-even",
      hostname: "pc-1",
      indicator: "AA1",
      limit: 100,
      offset: 0,
    });
    // even, PC-1xx, divisible by 3: 102, 108, ..., 198.
    assert.equal(combined.total, 17);
    assert.ok(combined.hits.every((h) => h.hostname.startsWith("PC-1") && h.indicator === "aa11"));
    const literal = await store.huntRuns.hits(id, { hostname: "%", limit: 10, offset: 0 });
    assert.equal(literal.total, 0, "% is a literal character, not a wildcard");
    assert.deepEqual(await store.huntRuns.hitTenants(id), [
      { tenantId: "t-even", tenantName: "Even Corp" },
      { tenantId: "t-odd", tenantName: "Odd Ltd" },
    ]);
  } finally {
    store.close();
  }
});

test("prune deletes runs that finished more than N days ago, with their hits, and keeps the rest", async () => {
  const clock = Date.parse("2026-02-01T00:00:00.000Z");
  const store = openStore(":memory:", { now: () => clock });
  try {
    const old = await store.huntRuns.save(run("old", new Date(clock - 31 * DAY).toISOString(), [hit(1)]));
    const recent = await store.huntRuns.save(run("new", new Date(clock - 29 * DAY).toISOString(), [hit(2)]));
    assert.equal(await store.huntRuns.prune(30), 1);
    assert.equal(await store.huntRuns.get(old.id), undefined);
    assert.equal((await store.huntRuns.hits(old.id, { limit: 10, offset: 0 })).total, 0, "hits go too");
    assert.equal((await store.huntRuns.hits(recent.id, { limit: 10, offset: 0 })).total, 1);
    assert.equal(await store.huntRuns.prune(30), 0);
  } finally {
    store.close();
  }
});

test("a store file at the previous schema version keeps its data when migrated and can then save runs", async () => {
  const path = join(dir, "previous.db");
  const raw = new Database(path);
  const previous = MIGRATIONS.length - 1;
  for (const sql of MIGRATIONS.slice(0, previous)) raw.exec(sql);
  raw.pragma(`user_version = ${previous}`);
  raw
    .prepare("INSERT INTO hunt_hits (hunt_name, hit_key, first_seen) VALUES (?, ?, ?)")
    .run("weekly", "t|e|md5|x|md5", "2026-01-01T00:00:00Z");
  raw
    .prepare(
      `INSERT INTO tickets (tenant_id, endpoint_id, hostname, reasons, state, created_at, updated_at)
       VALUES ('t1', 'e1', 'PC-1', '[]', 'open', 'x', 'x')`,
    )
    .run();
  raw.close();

  const store = openStore(path);
  try {
    assert.deepEqual(await store.huntHits.filterNew("weekly", ["t|e|md5|x|md5", "new"]), ["new"]);
    assert.equal((await store.tickets.listOpen())[0]?.hostname, "PC-1");
    const saved = await store.huntRuns.save(run("after", "2026-01-01T00:00:00.000Z", [hit(3)]));
    assert.equal((await store.huntRuns.list())[0]?.id, saved.id);
  } finally {
    store.close();
  }
  const check = new Database(path, { readonly: true });
  try {
    assert.equal(check.pragma("user_version", { simple: true }), MIGRATIONS.length);
  } finally {
    check.close();
  }
});
