import assert from "node:assert/strict";
import { test } from "node:test";
import {
  parseServiceNowRecord,
  serviceNowClose,
  serviceNowIncident,
  serviceNowLookupQuery,
} from "./servicenow-payload.js";
import type { TicketItem } from "./ticket-filer.js";

const item: TicketItem = {
  localId: 7,
  centralctlTicketId: "centralctl-7-e-1",
  tenantId: "t-1",
  endpointId: "e-1",
  hostname: "pc-17",
  reasons: ["not_in_directory"],
  sentence: "pc-17 was not seen for 200 days and is not in the directory.",
  evidence: { central: { id: "e-1" } },
};

test("an incident carries string fields and our stable id as correlation_id", () => {
  const incident = serviceNowIncident(item, { urgency: "2" });
  assert.equal(incident.correlation_id, "centralctl-7-e-1");
  assert.equal(incident.urgency, "2");
  assert.equal(incident.category, "inquiry");
  assert.match(incident.short_description, /pc-17 \(not_in_directory\)/);
  assert.match(incident.description, /hygiene approve\|reject\|close #7/);
  assert.match(incident.description, /"id": "e-1"/);
  for (const value of Object.values(incident)) assert.equal(typeof value, "string");
});

test("a long host name is cut so short_description fits ServiceNow's 160 characters", () => {
  const incident = serviceNowIncident({ ...item, hostname: "x".repeat(300) });
  assert.equal(incident.short_description.length, 160);
});

test("closing sets state 7 with a close code and the resolution as notes", () => {
  assert.deepEqual(serviceNowClose("done"), {
    state: "7",
    close_code: "Solution provided",
    close_notes: "done",
  });
  assert.equal(serviceNowClose("done", { closeCode: "Resolved by caller" }).close_code, "Resolved by caller");
});

test("the lookup query cannot be widened with a ^ term separator", () => {
  assert.equal(
    serviceNowLookupQuery("centralctl-1^ORactive=true"),
    "correlation_id=centralctl-1ORactive=true",
  );
});

test("create and query answers both give number, sys_id and a link; an empty query gives none", () => {
  const created = parseServiceNowRecord({ result: { number: "INC0010001", sys_id: "abc" } }, "https://x");
  assert.deepEqual(created, {
    externalRef: "INC0010001",
    systemId: "abc",
    url: "https://x/nav_to.do?uri=incident.do?sys_id=abc",
  });
  assert.equal(
    parseServiceNowRecord({ result: [{ number: "INC1", sys_id: "s" }] }, "https://x")?.externalRef,
    "INC1",
  );
  assert.equal(parseServiceNowRecord({ result: [] }, "https://x"), undefined);
  assert.equal(parseServiceNowRecord(undefined, "https://x"), undefined);
});
