// The estate's `directory` section: generated consistently with Central's last-seen times, validated
// with JSON paths, and exported as a Get-ADComputer CSV that the real directory readers accept.
import assert from "node:assert/strict";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, test } from "node:test";
import { loadVipUsers, readDirectoryFile, type DirectoryComputer } from "../../src/directory/index.js";
import {
  generateEstate,
  parseEstate,
  readEstateFile,
  startSimulator,
  writeEstateFile,
} from "../../src/sim/index.js";
import { writeDirectoryExport } from "../../src/sim/estate/directory/write-directory-export.js";
import { runAgainstSim, tempWorkspace } from "../cli/helpers/run-in-process.js";

const now = Date.parse("2026-06-01T12:00:00.000Z");
const DAY = 86_400_000;
const folder = mkdtempSync(join(tmpdir(), "centralctl-estate-directory-"));

describe("the estate directory section", () => {
  const estate = generateEstate({ seed: 7, tenants: 3, endpointsPerTenant: 300, now });

  test("is deterministic and consistent with Central: in-use accounts are active, retired ones are not", () => {
    const again = generateEstate({ seed: 7, tenants: 3, endpointsPerTenant: 300, now });
    assert.deepEqual(again.tenants[1]!.directory, estate.tenants[1]!.directory);
    for (const tenant of estate.tenants) {
      const directory = tenant.directory!;
      assert.equal(directory.netbios, tenant.domain!.netbios);
      const accounts = new Map(directory.computers.map((c) => [c.name.toLowerCase(), c]));
      const newest = new Map<string, number>();
      for (const e of tenant.endpoints) {
        const key = e.hostname.split(".")[0]!.toLowerCase();
        newest.set(key, Math.max(newest.get(key) ?? 0, Date.parse(e.lastSeenAt)));
      }
      for (const [host, seen] of newest) {
        const account = accounts.get(host);
        if (account === undefined) continue;
        const retired = account.distinguishedName.includes("OU=Disabled Computers");
        if (now - seen < 90 * DAY)
          assert.ok(!retired && account.enabled, `${host} is active but retired in AD`);
        if (retired) assert.ok(now - seen >= 90 * DAY, `${host} is retired in AD but seen recently`);
      }
      assert.ok(
        directory.computers.every((c) =>
          c.distinguishedName.endsWith(directory.retiredOu.slice("OU=Disabled Computers,".length)),
        ),
        "every DN lies in the tenant's domain",
      );
    }
  });

  test("holds every case a hygiene plan must handle", () => {
    const computers = estate.tenants.flatMap((t) => t.directory!.computers);
    const endpoints = estate.tenants.flatMap((t) => t.endpoints);
    const names = new Set(computers.map((c) => c.name.toLowerCase()));
    const count = (predicate: (c: (typeof computers)[number]) => boolean): number =>
      computers.filter(predicate).length;
    assert.ok(count((c) => c.distinguishedName.includes("OU=Disabled Computers")) >= 5, "retired OU");
    assert.ok(count((c) => !c.enabled && !c.distinguishedName.includes("Disabled")) >= 1, "disabled only");
    assert.ok(count((c) => /[a-z]/.test(c.name) && /[A-Z]/.test(c.name)) >= 1, "mixed-case names");
    assert.ok(count((c) => c.dnsHostName === undefined) >= 1, "accounts without DNSHostName");
    assert.ok(count((c) => c.name.includes("-KIOSK-")) >= 3, "accounts without a Sophos agent");
    assert.ok(endpoints.filter((e) => !names.has(e.hostname.split(".")[0]!.toLowerCase())).length >= 10);
    assert.ok(endpoints.some((e) => e.hostname.includes(".") && names.has(e.hostname.split(".")[0]!)));
    const logins = new Set(endpoints.map((e) => e.associatedPerson?.viaLogin.split("\\")[1]));
    const vips = estate.tenants.flatMap((t) => t.directory!.vipUsers);
    assert.ok(vips.length >= 3 && vips.every((v) => logins.has(v)), "VIPs are users of endpoints");
  });

  test("is written as a Get-ADComputer CSV and VIP list that the directory readers load", async () => {
    const csv = join(folder, "ad.csv");
    const written = await writeDirectoryExport(estate, csv, join(folder, "vips.txt"));
    assert.ok(written);
    assert.deepEqual(
      written.netbiosDomains,
      estate.tenants.map((t) => `${t.domain!.netbios}=${t.domain!.dns}`),
    );
    const read: DirectoryComputer[] = [];
    for await (const computer of readDirectoryFile(csv)) read.push(computer);
    const total = estate.tenants.reduce((n, t) => n + t.directory!.computers.length, 0);
    assert.equal(read.length, total);
    assert.equal(written.computers, total);
    const first = estate.tenants[0]!.directory!.computers[0]!;
    const parsed = read.find((c) => c.distinguishedName === first.distinguishedName)!;
    assert.equal(parsed.lastLogonAt, Date.parse(first.lastLogonDate!));
    assert.equal(parsed.enabled, first.enabled);
    assert.ok(
      read.some((c) => !c.enabled),
      "disabled accounts survive the export",
    );
    const vips = await loadVipUsers(written.vipUsersFile);
    assert.equal(vips.size, new Set(estate.tenants.flatMap((t) => t.directory!.vipUsers)).size);
    assert.ok(vips.has(estate.tenants[0]!.directory!.vipUsers[0]!));
  });

  test("survives an estate file round trip, written one computer per line", async () => {
    const file = join(folder, "estate.json");
    await writeEstateFile(estate, file);
    assert.match(readFileSync(file, "utf8"), /\n {10}\{"name":"[^"]+","distinguishedName"/);
    const loaded = await readEstateFile(file);
    assert.deepEqual(loaded.tenants[2]!.directory, estate.tenants[2]!.directory);
  });

  test("an estate without a directory is valid: generated with directory: false, or a file without it", () => {
    assert.equal(
      generateEstate({ seed: 1, tenants: 1, endpointsPerTenant: 5, now, directory: false }).tenants[0]!
        .directory,
      undefined,
    );
    const copy = JSON.parse(JSON.stringify(estate)) as Record<string, unknown> & {
      tenants: Array<Record<string, unknown>>;
    };
    delete copy.tenants[0]!["directory"];
    assert.equal(parseEstate(copy, "x.json").tenants[0]!.directory, undefined);
  });

  test("mistakes are reported with the file and the JSON path", () => {
    const broken = JSON.parse(JSON.stringify(estate)) as {
      tenants: Array<{
        directory: { netbios: string; computers: Array<Record<string, unknown>>; vipUsers: string[] };
      }>;
    };
    const computers = broken.tenants[1]!.directory.computers;
    computers[1]!["lastLogonDate"] = "yesterday";
    computers[2]!["name"] = computers[3]!["name"];
    computers[4]!["distinguishedName"] = "CN=X,OU=Computers,DC=elsewhere,DC=example";
    broken.tenants[0]!.directory.vipUsers.push("CORP\\jdoe");
    broken.tenants[2]!.directory.netbios = "A NAME WITH SPACES";
    const message = (() => {
      try {
        parseEstate(broken, "estate.json");
        return "";
      } catch (error) {
        return (error as Error).message;
      }
    })();
    assert.match(
      message,
      /estate\.json: tenants\[1\]\.directory\.computers\[1\]\.lastLogonDate: expected ISO date-time/,
    );
    assert.match(message, /tenants\[0\]\.directory\.vipUsers\[\d+\]: expected a sAMAccountName/);
    assert.match(message, /tenants\[2\]\.directory\.netbios: expected a NetBIOS domain name/);
    computers[1]!["lastLogonDate"] = "2026-01-01T00:00:00Z";
    broken.tenants[0]!.directory.vipUsers.pop();
    broken.tenants[2]!.directory.netbios = "OK";
    writeFileSync(join(folder, "broken.json"), JSON.stringify(broken));
    assert.throws(
      () => parseEstate(broken, "broken.json"),
      (error: Error) =>
        /broken\.json: tenants\[1\]\.directory\.computers\[3\]\.name: computer \S+ is already at computers\[2\]/.test(
          error.message,
        ) &&
        /tenants\[1\]\.directory\.computers\[4\]\.distinguishedName: not in the directory's domain/.test(
          error.message,
        ),
    );
  });
});

describe("hygiene against the simulator's own directory", () => {
  test("a plan over the exported directory yields every action, each for the reason the directory was built for", async () => {
    const sim = await startSimulator({ seed: 7, tenants: 5, endpointsPerTenant: 200 });
    try {
      const workspace = tempWorkspace();
      const written = (await writeDirectoryExport(
        sim.estate,
        join(workspace, "ad.csv"),
        join(workspace, "vips.txt"),
      ))!;
      const policy = join(workspace, "policy.json");
      writeFileSync(policy, JSON.stringify({ exclusions: { groups: ["Domain Controllers"] } }));
      const planFile = join(workspace, "plan.json");
      const run = await runAgainstSim(
        sim,
        [
          "hygiene",
          "plan",
          "--directory-file",
          written.directoryFile,
          "--vip-users",
          written.vipUsersFile,
          ...written.netbiosDomains.flatMap((pair) => ["--netbios-domain", pair]),
          ...written.retiredOus.flatMap((ou) => ["--retired-ou", ou]),
          "--policy",
          policy,
          "--plan-file",
          planFile,
        ],
        { workspace },
      );
      assert.equal(run.code, 0, run.stderr);
      const plan = JSON.parse(readFileSync(planFile, "utf8")) as {
        decisions: Array<{ action: string; reasons: string[] }>;
      };
      const decisive = new Set(plan.decisions.map((d) => `${d.action}:${d.reasons[0]}`));
      for (const expected of [
        "delete:retired_in_directory",
        "delete:duplicate_stale_twin",
        "review:vip_user",
        "review:os_build_mismatch",
        "review:directory_recent_logon",
        "review:not_in_directory",
        "review:server",
        "keep:active",
        "keep:in_use_in_directory",
        "skip:excluded",
      ]) {
        assert.ok(decisive.has(expected), `no decision ${expected}; got ${[...decisive].join(" ")}`);
      }
    } finally {
      await sim.close();
    }
  });
});
