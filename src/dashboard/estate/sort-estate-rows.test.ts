import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { estateColumns } from "./estate-columns.js";
import type { TenantTally } from "./estate-snapshot.js";
import { emptyTally } from "./estate-tally.js";
import { sortEstateRows } from "./sort-estate-rows.js";

const columns = estateColumns([30, 90]);

function row(
  name: string,
  counts: { bad?: number; stale30?: number; stale90?: number; total?: number; high?: number },
): TenantTally {
  const tally = emptyTally(2);
  tally.alerts.high = counts.high ?? 0;
  tally.health.bad = counts.bad ?? 0;
  tally.stale = [counts.stale30 ?? 0, counts.stale90 ?? 0];
  tally.total = counts.total ?? 0;
  return { tenantId: `id-${name.toLowerCase()}`, name, tally };
}

const rows = [
  row("Alpha", { total: 10 }),
  row("Bravo", { bad: 1, stale30: 0, total: 50 }),
  row("Charlie", { bad: 3, total: 5 }),
  row("Delta", { bad: 1, stale30: 9, stale90: 2, total: 7 }),
  row("Echo", { bad: 1, stale30: 20, stale90: 1, total: 7 }),
];
const names = (sorted: TenantTally[]): string[] => sorted.map((r) => r.name);

describe("sortEstateRows", () => {
  test("worst first by default: most bad health, then most long-stale, then shorter stale, then name", () => {
    assert.deepEqual(names(sortEstateRows(rows, { sort: "worst", filter: "", columns })), [
      "Charlie",
      "Delta",
      "Echo",
      "Bravo",
      "Alpha",
    ]);
  });

  test("worst first puts open high alerts after bad health and before staleness", () => {
    const alerted = [...rows, row("Foxtrot", { bad: 1, high: 2, total: 3 }), row("Golf", { high: 1 })];
    assert.deepEqual(names(sortEstateRows(alerted, { sort: "worst", filter: "", columns })), [
      "Charlie",
      "Foxtrot",
      "Delta",
      "Echo",
      "Bravo",
      "Golf",
      "Alpha",
    ]);
    assert.deepEqual(
      names(sortEstateRows(alerted, { sort: "alerts-high", filter: "", columns })).slice(0, 2),
      ["Foxtrot", "Golf"],
    );
  });

  test("a column key sorts by that count, largest first, ties by name", () => {
    assert.deepEqual(names(sortEstateRows(rows, { sort: "total", filter: "", columns })), [
      "Bravo",
      "Alpha",
      "Delta",
      "Echo",
      "Charlie",
    ]);
    assert.deepEqual(names(sortEstateRows(rows, { sort: "stale-30", filter: "", columns })).slice(0, 2), [
      "Echo",
      "Delta",
    ]);
  });

  test("name sorts alphabetically ignoring case; an unknown key falls back to worst first", () => {
    const mixed = [row("beta", {}), row("Alpha", {}), row("charlie", { bad: 1 })];
    assert.deepEqual(names(sortEstateRows(mixed, { sort: "name", filter: "", columns })), [
      "Alpha",
      "beta",
      "charlie",
    ]);
    assert.deepEqual(names(sortEstateRows(mixed, { sort: "<nonsense>", filter: "", columns }))[0], "charlie");
  });

  test("the filter keeps tenants whose name or id contains it, ignoring case", () => {
    assert.deepEqual(names(sortEstateRows(rows, { sort: "name", filter: "  ECH ", columns })), ["Echo"]);
    assert.deepEqual(names(sortEstateRows(rows, { sort: "name", filter: "id-del", columns })), ["Delta"]);
    assert.deepEqual(sortEstateRows(rows, { sort: "name", filter: "zzz", columns }), []);
  });
});
