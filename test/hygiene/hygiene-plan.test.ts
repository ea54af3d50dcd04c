import assert from "node:assert/strict";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, test } from "node:test";
import type { Decision } from "../../src/hygiene/index.js";
import { planIdOf, startScenario } from "./helpers/scenario.js";

const decisionsOf = (stdout: string): Decision[] =>
  stdout
    .trim()
    .split("\n")
    .filter(Boolean)
    .map((line) => JSON.parse(line) as Decision);

describe("hygiene plan", () => {
  test("a plan from a directory export proposes delete, review, keep and skip for the right devices", async () => {
    const s = await startScenario();
    try {
      const planFile = join(s.workspace, "plan.json");
      const run = await s.run([...s.planArgs, "--output", "ndjson", "--plan-file", planFile]);
      assert.equal(run.code, 0, run.stderr);
      const decisions = decisionsOf(run.stdout);
      const byId = new Map(decisions.map((d) => [d.endpointId, d]));
      assert.equal(
        decisions.length,
        s.sim.estate.tenants.reduce((n, t) => n + t.endpoints.length, 0),
      );
      for (const e of s.devices.retired) {
        assert.equal(byId.get(e.id)?.action, "delete", byId.get(e.id)?.sentence);
        assert.ok(byId.get(e.id)?.reasons.includes("retired_in_directory"));
      }
      assert.equal(byId.get(s.devices.inUse.id)?.action, "keep");
      assert.ok(byId.get(s.devices.inUse.id)?.reasons.includes("in_use_in_directory"));
      assert.equal(byId.get(s.devices.notInDirectory.id)?.action, "review");
      assert.ok(byId.get(s.devices.notInDirectory.id)?.reasons.includes("not_in_directory"));
      assert.equal(byId.get(s.devices.excluded.id)?.action, "skip");
      const deletesA = decisions.filter((d) => d.action === "delete" && d.tenantId === s.tenantA.id);
      assert.deepEqual(
        deletesA.map((d) => d.endpointId).sort(),
        s.devices.retired.map((e) => e.id).sort(),
        "nothing else of tenant A is deleted",
      );
      const others = decisions.filter((d) => d.action === "delete" && d.tenantId !== s.tenantA.id);
      for (const d of others) assert.deepEqual(d.reasons, ["duplicate_stale_twin"], d.sentence);
      assert.ok(
        decisions.some((d) => d.reasons.includes("active") && d.action === "keep"),
        "active devices are kept",
      );

      const id = planIdOf(run);
      const file = JSON.parse(readFileSync(planFile, "utf8")) as { id: string; decisions: Decision[] };
      assert.equal(file.id, id, "the plan file is the stored plan");
      assert.equal(file.decisions.length, decisions.length);
      assert.match(run.stderr, /TOTAL/, "the summary table goes to stderr when stdout has the decisions");
    } finally {
      await s.close();
    }
  });

  test("without a directory, the simple flow reviews inactive devices and prints a summary table", async () => {
    const s = await startScenario();
    try {
      const run = await s.run(["hygiene", "plan", "--inactive-days", "60"]);
      assert.equal(run.code, 0, run.stderr);
      assert.match(run.stdout, /tenant +\| *delete|tenant\s+delete/);
      assert.match(run.stdout, /no directory \(simple flow\)/);
      assert.match(run.stdout, /TOTAL/);
    } finally {
      await s.close();
    }
  });

  test("an export with an unparseable line is refused naming file and line, and no plan is stored", async () => {
    const s = await startScenario();
    try {
      const text = readFileSync(s.directoryFile, "utf8").split("\r\n");
      text.splice(
        3,
        0,
        '"CN=BROKEN,OU=Workstations,DC=corp,DC=example,DC=com","broken.corp.example.com","Maybe"',
      );
      writeFileSync(s.directoryFile, text.join("\r\n"));
      const run = await s.run(s.planArgs);
      assert.equal(run.code, 2, run.stderr);
      assert.match(run.stderr, /ad-computers\.csv:4/);
      const apply = await s.run(["hygiene", "review"]);
      assert.equal(apply.code, 0, apply.stderr);
      assert.doesNotMatch(apply.stdout, /not_in_directory/, "no plan was stored");
    } finally {
      await s.close();
    }
  });

  test("an unreachable LDAP server is reported naming the server, with nothing planned", async () => {
    const s = await startScenario();
    try {
      const run = await s.run(
        [
          "hygiene",
          "plan",
          "--ldap-url",
          "ldap://127.0.0.1:1",
          "--ldap-bind-dn",
          "CN=svc,DC=corp,DC=example,DC=com",
          "--ldap-password-ref",
          "env:LDAP_PW",
          "--ldap-base-dn",
          "DC=corp,DC=example,DC=com",
        ],
        { env: { LDAP_PW: "Sekrit-Value-123" } },
      );
      assert.notEqual(run.code, 0);
      assert.match(run.stderr, /ldap:\/\/127\.0\.0\.1:1/);
      assert.doesNotMatch(run.stderr, /Sekrit-Value-123/);
    } finally {
      await s.close();
    }
  });
});
