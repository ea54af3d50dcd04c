import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import { auditSince } from "./audit-since.js";

const now = new Date("2026-03-10T12:00:00Z");

// A dashboard far from UTC: a zoneless time must still mean the UTC the page shows.
let zone: string | undefined;
before(() => {
  zone = process.env.TZ;
  process.env.TZ = "America/New_York";
});
after(() => {
  if (zone === undefined) delete process.env.TZ;
  else process.env.TZ = zone;
});

test("a date-time without a zone is read as UTC, with a space or a T, on a machine in another zone", () => {
  assert.equal(auditSince("2026-03-01 10:00", now).toISOString(), "2026-03-01T10:00:00.000Z");
  assert.equal(auditSince("2026-03-01T10:00:30", now).toISOString(), "2026-03-01T10:00:30.000Z");
});

test("dates, times with a zone and ages read as the CLI reads them", () => {
  assert.equal(auditSince("2026-03-01", now).toISOString(), "2026-03-01T00:00:00.000Z");
  assert.equal(auditSince("2026-03-01T10:00:00+02:00", now).toISOString(), "2026-03-01T08:00:00.000Z");
  assert.equal(auditSince("7d", now).toISOString(), "2026-03-03T12:00:00.000Z");
  assert.throws(() => auditSince("yesterday", now), /Since "yesterday" is not a date or an age/);
});
