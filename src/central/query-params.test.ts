import { describe, test } from "node:test";
import { strict as assert } from "node:assert";
import { alertQueryParams } from "./alert-query.js";
import { endpointQueryParams } from "./endpoint-query.js";
import { InvalidOptionError } from "./errors.js";
import { buildQuery } from "./join-url.js";
import { formatTimeFilter, isIsoDuration } from "./time-filter.js";

describe("formatTimeFilter", () => {
  test("accepts ISO-8601 durations relative to now for endpoint filters", () => {
    for (const d of ["-P90D", "-P1D", "-PT2H", "-PT20M", "-P3DT4H5M0S", "P1W"])
      assert.ok(isIsoDuration(d), d);
    assert.equal(formatTimeFilter("-p90d", "lastSeenBefore", true), "-P90D");
  });

  test("rejects malformed durations and non-dates", () => {
    for (const d of ["-P", "-PT", "P1H", "90D"]) assert.equal(isIsoDuration(d), false, d);
    assert.throws(() => formatTimeFilter("last tuesday", "lastSeenBefore", true), InvalidOptionError);
    assert.throws(() => formatTimeFilter("-P1D", "from", false), /not a duration/);
  });

  test("normalises dates and ISO strings to UTC with milliseconds", () => {
    assert.equal(formatTimeFilter(new Date(Date.UTC(2024, 4, 1)), "x", false), "2024-05-01T00:00:00.000Z");
    assert.equal(formatTimeFilter("2024-05-01T12:00:00+02:00", "x", false), "2024-05-01T10:00:00.000Z");
  });
});

describe("endpointQueryParams", () => {
  test("defaults pageSize to 500 and keeps filters as given", () => {
    const q = endpointQueryParams({
      view: "full",
      healthStatus: ["bad", "suspicious"],
      lastSeenBefore: "-P90D",
      online: false,
    });
    assert.equal(
      buildQuery(q),
      "pageSize=500&view=full&healthStatus=bad,suspicious&lastSeenBefore=-P90D&online=false",
    );
  });

  test("rejects a nonsensical page size before sending anything", () => {
    assert.throws(() => endpointQueryParams({ pageSize: 0 }), /pageSize/);
    assert.throws(() => endpointQueryParams({ pageSize: 2.5 }), /pageSize/);
  });
});

describe("alertQueryParams", () => {
  test("defaults pageSize to 100 and caps it at 1000", () => {
    assert.equal(alertQueryParams().pageSize, 100);
    assert.equal(alertQueryParams({ pageSize: 1000 }).pageSize, 1000);
    assert.throws(() => alertQueryParams({ pageSize: 1001 }), /1 to 1000/);
  });

  test("formats from/to and list filters", () => {
    const q = alertQueryParams({
      from: new Date("2024-05-01T00:00:00Z"),
      severity: ["high"],
      sort: ["raisedAt:desc"],
    });
    assert.equal(
      buildQuery(q),
      "pageSize=100&from=2024-05-01T00%3A00%3A00.000Z&severity=high&sort=raisedAt%3Adesc",
    );
  });
});
