import assert from "node:assert/strict";
import { test } from "node:test";
import { describeHuntSource } from "./describe-hunt-source.js";

test("sources read as a few words", () => {
  assert.equal(
    describeHuntSource({ kind: "misp", events: ["42"], tags: ["apt%"] }),
    "MISP event 42; tag apt%",
  );
  assert.equal(describeHuntSource({ kind: "misp", events: [], tags: ["apt"] }), "MISP tag apt");
  assert.equal(describeHuntSource({ kind: "file", path: "/x/iocs.csv" }), "file /x/iocs.csv");
  assert.match(describeHuntSource({ kind: "inline" }), /inline/);
});
