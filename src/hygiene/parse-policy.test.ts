import { strict as assert } from "node:assert";
import { readFileSync } from "node:fs";
import { describe, test } from "node:test";
import { parsePolicy } from "./parse-policy.js";
import { PolicyError } from "./policy-error.js";
import { defaultPolicy } from "./policy-schema.js";

function refusal(json: string): PolicyError {
  try {
    parsePolicy(json, "policy.json");
  } catch (error) {
    assert.ok(error instanceof PolicyError);
    return error;
  }
  assert.fail("expected a PolicyError");
}

describe("parsePolicy", () => {
  test("an empty object gives the safe defaults", () => {
    const p = parsePolicy("{}", "policy.json");
    assert.deepEqual(p, defaultPolicy());
    assert.equal(p.inactiveDays, 90);
    assert.equal(p.withoutDirectory, "review");
    assert.equal(p.notInDirectory, "review");
    assert.equal(p.allowServers, false);
    assert.equal(p.disabledCountsAsRetired, false);
    assert.equal(p.maxDeleteShare, 0.1);
    assert.equal(p.maxDeletesPerRun, 25);
    assert.equal(p.planTtlHours, 72);
    assert.deepEqual(p.exclusions, { hostnamePatterns: [], tenants: [], groups: [] });
  });

  test("the shipped example parses", () => {
    const text = readFileSync(new URL("../../examples/hygiene-policy.json", import.meta.url), "utf8");
    assert.equal(parsePolicy(text, "examples/hygiene-policy.json").inactiveDays, 90);
  });

  test("an unknown key is named with its line and a suggestion", () => {
    const e = refusal('{\n  "inactiveDays": 60,\n  "allowServer": true\n}');
    assert.equal(e.key, "allowServer");
    assert.equal(e.line, 3);
    assert.match(
      e.message,
      /policy\.json:3: "allowServer" is not a policy key \(did you mean "allowServers"\?\)/,
    );
  });

  test("a nested wrong type names the full key path", () => {
    const e = refusal('{\n  "exclusions": {\n    "hostnamePatterns": ["LAB-*", 7]\n  }\n}');
    assert.equal(e.key, "exclusions.hostnamePatterns[1]");
    assert.equal(e.line, 3);
    assert.match(e.message, /"exclusions\.hostnamePatterns\[1\]": .*expected string/);
  });

  test("an out-of-range value and a bad enum are both reported", () => {
    const e = refusal('{ "maxDeleteShare": 2, "withoutDirectory": "nuke" }');
    assert.match(e.message, /"maxDeleteShare": /);
    assert.match(e.message, /"withoutDirectory": .*"delete"\|"review"/);
    assert.match(e.message, /docs\/hygiene-policy\.md/);
  });

  test("a retired OU that is not a DN is refused", () => {
    assert.equal(refusal('{ "retiredOus": ["Disabled Computers"] }').key, "retiredOus[0]");
  });

  test("a twin window not shorter than inactiveDays is refused", () => {
    const e = refusal('{ "inactiveDays": 30, "duplicateTwinRecentDays": 30 }');
    assert.equal(e.key, "duplicateTwinRecentDays");
    assert.match(e.message, /must be less than inactiveDays \(30\)/);
  });

  test("invalid JSON names the file and line", () => {
    const e = refusal('{\n  "inactiveDays": 60,\n  oops\n}');
    assert.equal(e.line, 3);
    assert.match(e.message, /^policy\.json:3: the hygiene policy is not valid JSON/);
  });

  test("a file that is not an object is refused", () => {
    assert.match(refusal("[]").message, /\(the whole file\)/);
  });
});
