import assert from "node:assert/strict";
import { test } from "node:test";
import { rerunCommand } from "./rerun-command.js";

const base = { api: "both" as const, name: "weekly", tenantFilter: [] };

test("a MISP hunt re-runs with its events, tags, range, tenants and name", () => {
  const command = rerunCommand({
    ...base,
    source: { kind: "misp", events: ["42", "43"], tags: ["tlp:red"] },
    from: "P7D",
    tenantFilter: ["Acme Corp"],
  });
  assert.equal(
    command,
    "centralctl hunt --misp-event 42 --misp-event 43 --misp-tag tlp:red --api both --from P7D " +
      "--tenant 'Acme Corp' --name weekly",
  );
});

test("a hostile name or path is single-quoted so the command pastes as plain text", () => {
  const command = rerunCommand({
    ...base,
    name: "x'; rm -rf ~ #",
    source: { kind: "file", path: "/tmp/$(touch pwned).json" },
  });
  assert.equal(
    command,
    `centralctl hunt --iocs '/tmp/$(touch pwned).json' --api both --name 'x'\\''; rm -rf ~ #'`,
  );
});

test("inline IOC JSON has no re-run command because the indicators were not kept", () => {
  assert.equal(rerunCommand({ ...base, source: { kind: "inline" } }), undefined);
});
