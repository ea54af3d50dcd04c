// `centralctl hunt history` lists the runs saved in the state store and forgets old ones: a temp store
// seeded through the repository, then the real CLI in-process against it (no API is needed).
import { beforeEach, describe, test } from "node:test";
import assert from "node:assert/strict";
import { join } from "node:path";
import { runCapturedCli } from "../../src/cli/run-captured-cli.js";
import { openStore, type HuntRunHit, type HuntRunInput } from "../../src/store/index.js";
import { tempWorkspace } from "../cli/helpers/run-in-process.js";

const DAY = 86_400_000;
let workspace: string;
beforeEach(() => {
  workspace = tempWorkspace();
});

const stateOf = (where: string): string => join(where, "state.db");
const run = (args: string[]) =>
  runCapturedCli(["--state", stateOf(workspace), "--config", join(workspace, "config.json"), ...args], {});

function hit(n: number): HuntRunHit {
  return {
    tenantId: `t-${n % 2}`,
    tenantName: n % 2 === 0 ? "Even Corp" : "Odd Ltd",
    endpointId: `ep-${n}`,
    hostname: `PC-${n}`,
    indicatorType: "sha256",
    indicator: `aa${n}`,
    matchedColumn: "sha256",
    where: `aa${n}`,
    when: "2026-01-01T00:00:00.000Z",
    api: "xdr",
    count: 1,
  };
}

/** Save runs that finished `daysAgo` days ago (oldest first, so ids grow with time). */
async function seed(
  runs: Array<{ name: string; daysAgo: number; hits: number } & Partial<Omit<HuntRunInput, "hits">>>,
) {
  const store = openStore(stateOf(workspace));
  try {
    for (const { daysAgo, hits, ...rest } of runs) {
      const at = new Date(Date.now() - daysAgo * DAY).toISOString();
      await store.huntRuns.save({
        startedAt: at,
        finishedAt: at,
        api: "xdr",
        indicatorCount: 3,
        source: { kind: "misp", events: ["42"], tags: [] },
        tenantFilter: [],
        tenantsAsked: 2,
        failures: [],
        interrupted: false,
        hits: Array.from({ length: hits }, (_, i) => hit(i)),
        ...rest,
      });
    }
  } finally {
    store.close();
  }
}

async function stored() {
  const store = openStore(stateOf(workspace));
  try {
    const runs = await store.huntRuns.list();
    const hits = await Promise.all(runs.map((r) => store.huntRuns.hits(r.id, { limit: 1000, offset: 0 })));
    return {
      runs,
      hitTotals: hits.map((h) => h.total),
      journal: await store.journal.list({ kind: "hunt.prune" }),
    };
  } finally {
    store.close();
  }
}

const ndjson = (text: string) =>
  text
    .trim()
    .split("\n")
    .filter(Boolean)
    .map((line) => JSON.parse(line) as Record<string, unknown>);

describe("centralctl hunt history", () => {
  test("the table lists saved runs newest first with their counts, failed tenants counted once", async () => {
    const failure = (api: string) => ({ tenantId: "t-9", tenantName: "Nine", api, message: "HTTP 503" });
    await seed([
      { name: "weekly", daysAgo: 2, hits: 3 },
      { name: "misp-42", daysAgo: 1, hits: 0, failures: [failure("ld"), failure("xdr")], interrupted: true },
    ]);
    const result = await run(["hunt", "history"]);
    assert.equal(result.code, 0, result.stderr);
    const [header, rule, first, second, ...rest] = result.stdout.trimEnd().split("\n");
    assert.deepEqual(header?.split(/\s+/), [
      "id",
      "name",
      "finished",
      "api",
      "indicators",
      "tenantsAsked",
      "failedTenants",
      "hits",
      "interrupted",
    ]);
    assert.match(rule ?? "", /^-+/);
    assert.deepEqual(
      first?.split(/\s+/).filter((_, i) => i !== 2),
      ["2", "misp-42", "xdr", "3", "2", "1", "0", "true"],
    );
    assert.deepEqual(
      second?.split(/\s+/).filter((_, i) => i !== 2),
      ["1", "weekly", "xdr", "3", "2", "0", "3", "false"],
    );
    assert.deepEqual(rest, []);
    assert.match(result.stderr, /centralctl hunt hits ID/);
  });

  test("ndjson gives each run in full, with its failures and source, for scripts", async () => {
    await seed([{ name: "weekly", daysAgo: 1, hits: 2, from: "P7D", tenantFilter: ["Odd Ltd"] }]);
    const result = await run(["hunt", "history", "-o", "ndjson"]);
    assert.equal(result.code, 0, result.stderr);
    const [record, ...rest] = ndjson(result.stdout);
    assert.deepEqual(rest, []);
    assert.equal(record?.["id"], 1);
    assert.equal(record?.["name"], "weekly");
    assert.equal(record?.["hitCount"], 2);
    assert.equal(record?.["from"], "P7D");
    assert.deepEqual(record?.["tenantFilter"], ["Odd Ltd"]);
    assert.deepEqual(record?.["source"], { kind: "misp", events: ["42"], tags: [] });
    assert.equal(record?.["failedTenants"], 0);
  });

  test("--limit shows the newest runs and stderr says how many there are in all", async () => {
    await seed([1, 2, 3, 4, 5].map((n) => ({ name: `run-${n}`, daysAgo: 10 - n, hits: 0 })));
    const result = await run(["hunt", "history", "--limit", "2", "-o", "ndjson"]);
    assert.equal(result.code, 0, result.stderr);
    assert.deepEqual(
      ndjson(result.stdout).map((r) => r["name"]),
      ["run-5", "run-4"],
    );
    assert.match(result.stderr, /showing the newest 2 of 5 saved runs; pass --limit 5 for all/);
  });

  test("an empty store prints no records and says where it looked", async () => {
    const result = await run(["hunt", "history", "-o", "csv"]);
    assert.equal(result.code, 0, result.stderr);
    assert.equal(
      result.stdout,
      "id,name,finished,api,indicators,tenantsAsked,failedTenants,hits,interrupted\r\n",
    );
    assert.match(result.stderr, new RegExp(`no hunt runs are saved in ${stateOf(workspace)}`));
  });

  test("flags that do not fit are usage errors (exit 2) that say what to do", async () => {
    for (const [args, message] of [
      [["--limit", "0"], /--limit "0" must be a whole number/],
      [["--apply"], /--apply needs --prune-older-than/],
      [["--tenant", "Acme"], /centralctl hunt hits ID --tenant/],
      [["-o", "splunk"], /--output "splunk" is not one of table, json, ndjson, csv/],
      [["--prune-older-than", "90d", "--limit", "3"], /--limit does not go with --prune-older-than/],
      [["--prune-older-than", "soon"], /--prune-older-than "soon" is not a date or an age/],
    ] as const) {
      const result = await run(["hunt", "history", ...args]);
      assert.equal(result.code, 2, `${args.join(" ")}: ${result.stderr}`);
      assert.match(result.stderr, message);
      assert.equal(result.stdout, "");
    }
  });
});

describe("centralctl hunt history --prune-older-than", () => {
  test("without --apply it lists what would go, deletes nothing and journals nothing", async () => {
    await seed([
      { name: "ancient", daysAgo: 200, hits: 4 },
      { name: "old", daysAgo: 91, hits: 2 },
      { name: "recent", daysAgo: 89, hits: 1 },
    ]);
    const result = await run(["hunt", "history", "--prune-older-than", "90d", "-o", "ndjson"]);
    assert.equal(result.code, 0, result.stderr);
    assert.deepEqual(
      ndjson(result.stdout).map((r) => r["name"]),
      ["old", "ancient"],
    );
    assert.match(
      result.stderr,
      /would delete 2 hunt runs \(6 hits\) that finished before .*nothing was deleted: pass --apply/,
    );
    const after = await stored();
    assert.equal(after.runs.length, 3);
    assert.deepEqual(after.journal, []);
  });

  test("--apply deletes the old runs and their hits, keeps the rest, and journals hunt.prune", async () => {
    await seed([
      { name: "ancient", daysAgo: 200, hits: 4 },
      { name: "old", daysAgo: 91, hits: 2 },
      { name: "recent", daysAgo: 89, hits: 1 },
    ]);
    const result = await run(["hunt", "history", "--prune-older-than", "90d", "--apply", "-o", "ndjson"]);
    assert.equal(result.code, 0, result.stderr);
    assert.deepEqual(
      ndjson(result.stdout).map((r) => r["name"]),
      ["old", "ancient"],
    );
    assert.match(result.stderr, /deleted 2 hunt runs \(6 hits\) that finished before /);
    const after = await stored();
    assert.deepEqual(
      after.runs.map((r) => r.name),
      ["recent"],
    );
    assert.deepEqual(after.hitTotals, [1]);
    const store = openStore(stateOf(workspace));
    try {
      assert.equal((await store.huntRuns.hits(1, { limit: 10, offset: 0 })).total, 0, "the hits went too");
      assert.deepEqual(await store.journal.verify(), { ok: true, entries: 1 });
    } finally {
      store.close();
    }
    const [entry, ...more] = after.journal;
    assert.deepEqual(more, []);
    assert.equal(entry?.outcome, "noted");
    assert.equal(entry?.detail?.["runs"], 2);
    assert.equal(entry?.detail?.["olderThan"], "90d");
    assert.equal(Date.parse(String(entry?.detail?.["before"])) <= Date.now() - 90 * DAY, true);
  });

  test("a date works as the cutoff, and a second --apply finds nothing and still journals that it ran", async () => {
    await seed([{ name: "old", daysAgo: 40, hits: 1 }]);
    const cutoff = new Date(Date.now() - 30 * DAY).toISOString().slice(0, 10);
    assert.equal((await run(["hunt", "history", "--prune-older-than", cutoff, "--apply"])).code, 0);
    const again = await run(["hunt", "history", "--prune-older-than", cutoff, "--apply"]);
    assert.equal(again.code, 0, again.stderr);
    assert.equal(again.stdout, "(no records)\n");
    assert.match(again.stderr, /deleted 0 hunt runs \(0 hits\)/);
    const after = await stored();
    assert.deepEqual(after.runs, []);
    assert.deepEqual(
      after.journal.map((e) => e.detail?.["runs"]),
      [1, 0],
    );
  });
});
