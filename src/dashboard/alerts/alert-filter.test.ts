import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { alertFilterQuery, filterAlerts, parseAlertFilter } from "./alert-filter.js";
import { testAlertRow } from "./internal/alert-fixtures.js";

const rows = [
  testAlertRow(1, {
    id: "r1",
    severity: "high",
    tenantId: "t1",
    category: "malware",
    description: "Mal/Generic-S on PC-1",
  }),
  testAlertRow(2, {
    id: "r2",
    severity: "low",
    tenantId: "t2",
    category: "updating",
    description: "PC-2 is out of date",
  }),
  testAlertRow(3, {
    id: "r3",
    severity: "high",
    tenantId: "t2",
    category: "malware",
    description: "Troj/Agent on SRV-9",
  }),
];
const ids = (q: string): string[] =>
  filterAlerts(rows, parseAlertFilter(new URLSearchParams(q))).map((r) => r.id);

describe("alert filters", () => {
  test("no filter keeps every row in order", () => {
    assert.deepEqual(ids(""), ["r1", "r2", "r3"]);
  });

  test("severity, tenant and category match exactly and combine", () => {
    assert.deepEqual(ids("severity=high"), ["r1", "r3"]);
    assert.deepEqual(ids("severity=HIGH&tenant=t2"), ["r3"]);
    assert.deepEqual(ids("category=updating"), ["r2"]);
    assert.deepEqual(ids("category=malwar"), []);
  });

  test("text matches part of the description ignoring case; blanks filter nothing", () => {
    assert.deepEqual(ids("q=%20out%20OF%20"), ["r2"]);
    assert.deepEqual(ids("q=&severity=&tenant="), ["r1", "r2", "r3"]);
  });

  test("the query for links keeps the set filters only", () => {
    const filter = parseAlertFilter(new URLSearchParams("severity=low&q=pc&page=3&tenant="));
    assert.equal(alertFilterQuery(filter).toString(), "severity=low&q=pc");
  });
});
