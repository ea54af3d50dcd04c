import assert from "node:assert/strict";
import { test } from "node:test";
import { describeFiling } from "./describe-filing.js";
import { TicketError } from "./ticket-error.js";
import type { TicketItem } from "./ticket-filer.js";

const item = (localId: number): TicketItem => ({
  localId,
  centralctlTicketId: `centralctl-${localId}-e`,
  tenantId: "t",
  endpointId: "e",
  hostname: `pc-${localId}`,
  reasons: [],
  sentence: "",
  evidence: {},
});
const down = new TicketError("Jira http://j failed the issue", {
  system: "jira",
  failure: "unavailable",
  url: "http://j",
});

test("nothing to say when every ticket was filed", () => {
  assert.equal(describeFiling({ filed: 3, rejected: [], notTried: 0 }, "http://j"), undefined);
});

test("a stopped pass names the failed ticket, how many were not tried and what to run next", () => {
  const text = describeFiling(
    { filed: 2, rejected: [], stopped: { item: item(3), error: down }, notTried: 1 },
    "http://j",
  );
  assert.match(text ?? "", /^#3 pc-3: Jira http:\/\/j failed the issue/);
  assert.match(text ?? "", /Filed 2 ticket\(s\) in http:\/\/j; 2 stay open here .*1 of them not tried/);
  assert.match(text ?? "", /hygiene review --file-tickets/);
});
