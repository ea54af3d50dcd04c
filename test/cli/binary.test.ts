import assert from "node:assert/strict";
import { spawn, spawnSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { createInterface } from "node:readline";
import { after, before, describe, test } from "node:test";

// End-to-end runs of the built binary, as a user runs it (`npm test` builds dist/ first).
const BIN = "dist/cli/main.js";

interface SimLine {
  idUrl: string;
  apiUrl: string;
  credentials: Array<{ kind: string; id: string; clientId: string; clientSecret: string }>;
}

describe("the centralctl binary", () => {
  let sim: ReturnType<typeof spawn>;
  let line: SimLine;
  let extraLines = "";

  before(async () => {
    assert.ok(existsSync(BIN), `${BIN} is missing: run "npm run build" first`);
    sim = spawn(process.execPath, [BIN, "sim", "--tenants", "2", "--endpoints", "30", "--seed", "3"], {
      stdio: ["ignore", "pipe", "pipe"],
    });
    const lines = createInterface({ input: sim.stdout! });
    line = JSON.parse(await new Promise<string>((resolve) => lines.once("line", resolve))) as SimLine;
    lines.on("line", (more) => (extraLines += more));
  });
  after(() => {
    sim.kill("SIGTERM");
  });

  test("sim prints one JSON line with URLs and a credential of each kind", () => {
    assert.match(line.idUrl, /^http:\/\/127\.0\.0\.1:\d+\//);
    assert.match(line.apiUrl, /^http:\/\/127\.0\.0\.1:\d+\//);
    assert.deepEqual([...new Set(line.credentials.map((c) => c.kind))].sort(), [
      "organization",
      "partner",
      "tenant",
    ]);
    assert.equal(extraLines, "", "nothing else on stdout");
    const services = line as unknown as Record<string, unknown>;
    for (const key of ["mispUrl", "mispKey", "splunkUrl", "splunkToken", "intelixUrl"]) {
      assert.equal(typeof services[key], "string", `${key} in the JSON line`);
    }
  });

  test("sim writes the estate's directory as an AD export and a VIP list, and names them in its JSON line", () => {
    const services = line as unknown as Record<string, unknown>;
    const csv = readFileSync(String(services["directoryFile"]), "utf8");
    assert.match(csv, /^"Name","DNSHostName","DistinguishedName","Enabled"/);
    assert.ok(csv.trim().split("\n").length > 40, "a computer account per domain-joined device");
    assert.match(readFileSync(String(services["vipUsersFile"]), "utf8"), /^# VIP users/);
    assert.equal((services["netbiosDomains"] as string[]).length, 2);
    assert.equal((services["retiredOus"] as string[]).length, 2);
  });

  test("inventory against it with only the base URLs changed, exit 0", () => {
    const partner = line.credentials.find((c) => c.kind === "partner")!;
    const result = spawnSync(
      process.execPath,
      [BIN, "inventory", "--output", "ndjson", "--config", "/dev/null/x.json"],
      {
        encoding: "utf8",
        env: {
          PATH: process.env.PATH,
          CENTRALCTL_ID_URL: line.idUrl,
          CENTRALCTL_API_URL: line.apiUrl,
          SOPHOS_CLIENT_ID: partner.clientId,
          SOPHOS_CLIENT_SECRET: partner.clientSecret,
        },
      },
    );
    // A --config that cannot be read is refused before anything is sent.
    assert.equal(result.status, 2);
    assert.match(result.stderr, /configuration file/);
    const ok = spawnSync(process.execPath, [BIN, "inventory", "--output", "ndjson"], {
      encoding: "utf8",
      env: {
        PATH: process.env.PATH,
        HOME: "/nonexistent-home",
        CENTRALCTL_ID_URL: line.idUrl,
        CENTRALCTL_API_URL: line.apiUrl,
        SOPHOS_CLIENT_ID: partner.clientId,
        SOPHOS_CLIENT_SECRET: partner.clientSecret,
      },
    });
    assert.equal(ok.status, 0, ok.stderr);
    assert.equal(ok.stdout.trim().split("\n").length, 60);
    assert.equal(ok.stderr, "", "no progress noise when stderr is not a terminal");
  });

  test("no credentials at all: exit 4 and a message saying how to provide them", () => {
    const result = spawnSync(process.execPath, [BIN, "tenants"], {
      encoding: "utf8",
      env: { PATH: process.env.PATH, HOME: "/nonexistent-home", CENTRALCTL_API_URL: line.apiUrl },
    });
    assert.equal(result.status, 4);
    assert.match(result.stderr, /SOPHOS_CLIENT_ID/);
  });

  test("an unreadable estate file: exit 2 naming the file", () => {
    const result = spawnSync(process.execPath, [BIN, "sim", "--estate", "/nonexistent/estate.json"], {
      encoding: "utf8",
    });
    assert.equal(result.status, 2);
    assert.match(result.stderr, /\/nonexistent\/estate\.json/);
    assert.equal(result.stdout, "");
  });

  test("demo runs the main jobs on the built-in simulator; only its hygiene section deletes, in the simulator", () => {
    const result = spawnSync(process.execPath, [BIN, "demo"], {
      encoding: "utf8",
      env: { PATH: process.env.PATH },
    });
    assert.equal(result.status, 0, result.stderr);
    assert.match(result.stdout, /Inventory: 1000 endpoints from 5 tenants/);
    assert.match(result.stdout, /Stale devices: \d+ not seen for 90\+ days/);
    assert.match(result.stdout, /Nothing was deleted/);
    assert.match(result.stdout, /IOC hunt: 11 indicators of 11 types/);
    assert.match(result.stdout, /planted answer key: 0 missed, 0 unexpected/);
    // Hygiene: every action, a limited --apply whose deletions are gone from the simulator, a sound journal.
    assert.match(
      result.stdout,
      /hygiene plan: delete [1-9]\d*, review [1-9]\d*, keep [1-9]\d*, skip [1-9]\d*/,
    );
    assert.match(result.stdout, /DRY RUN of plan \S+: [1-9]\d* would be deleted/);
    assert.match(result.stdout, /--max-deletes 3: plan \S+: 3 deleted, 0 failed/);
    assert.match(result.stdout, /: 3 of 3 gone from the simulator/);
    assert.match(result.stdout, /audit --verify: journal intact, \d+ entries, hash chain verified/);
    assert.match(result.stdout, /hygiene review: [1-9]\d* devices wait for a human/);
  });

  test("--help lists every command", () => {
    const result = spawnSync(process.execPath, [BIN, "--help"], { encoding: "utf8" });
    assert.equal(result.status, 0);
    for (const command of [
      "tenants",
      "inventory",
      "alerts",
      "local-sites",
      "admins",
      "roles",
      "firewalls",
      "firewall-groups",
      "sim",
      "demo",
      "hygiene",
      "audit",
      "siem",
      "hunt",
      "dashboard",
    ]) {
      assert.match(result.stdout, new RegExp(`\\b${command}\\b`));
    }
  });
});
