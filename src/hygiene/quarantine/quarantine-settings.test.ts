import { strict as assert } from "node:assert";
import { describe, test } from "node:test";
import { parsePolicy } from "../parse-policy.js";
import { PolicyError } from "../policy-error.js";
import { defaultPolicy } from "../policy-schema.js";
import { resolveQuarantineSettings } from "./quarantine-settings.js";

describe("quarantine policy and settings", () => {
  test("the default policy has the quarantine stage off, with a named group and 14 days' grace", () => {
    const policy = defaultPolicy();
    assert.deepEqual(policy.quarantine, { enabled: false, groupName: "Pending removal", graceDays: 14 });
    assert.equal(resolveQuarantineSettings(policy, {}), undefined);
  });

  test("--quarantine switches it on for a run; --grace-days overrides the policy's grace period", () => {
    const policy = defaultPolicy();
    assert.deepEqual(resolveQuarantineSettings(policy, { force: true }), {
      groupName: "Pending removal",
      graceDays: 14,
    });
    const on = parsePolicy(
      '{"quarantine": {"enabled": true, "groupName": "Bin", "graceDays": 30}}',
      "p.json",
    );
    assert.deepEqual(resolveQuarantineSettings(on, { graceDays: 3 }), { groupName: "Bin", graceDays: 3 });
    assert.deepEqual(resolveQuarantineSettings(on, { force: false }), { groupName: "Bin", graceDays: 30 });
  });

  test("a typo or an out-of-range value in the quarantine block is named with its line", () => {
    const typo = (() => {
      try {
        parsePolicy('{\n  "quarantine": {\n    "graceDay": 3\n  }\n}', "p.json");
      } catch (error) {
        return error as PolicyError;
      }
      return undefined;
    })();
    assert.ok(typo instanceof PolicyError);
    assert.match(
      typo.message,
      /p\.json:3: "quarantine\.graceDay" is not a policy key \(did you mean "graceDays"\?\)/,
    );
    assert.throws(() => parsePolicy('{"quarantine": {"graceDays": 0}}', "p.json"), /quarantine\.graceDays/);
    assert.throws(() => parsePolicy('{"quarantine": {"groupName": " "}}', "p.json"), /must not be empty/);
  });
});
