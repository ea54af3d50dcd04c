import { test } from "node:test";
import assert from "node:assert/strict";
import { INDICATOR_TYPES } from "../../../hunt/indicator.js";
import { generateEstate } from "../generate-estate.js";
import { enableTelemetry, TELEMETRY_DEFAULTS } from "./enable-telemetry.js";
import { generateTelemetry } from "./generate-telemetry.js";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { readEstateFile } from "../read-estate-file.js";
import { writeEstateFile } from "../write-estate-file.js";

const estate = () =>
  generateEstate({ seed: 5, tenants: 3, endpointsPerTenant: 30, now: Date.parse("2025-03-01T12:00:00Z") });

test("every indicator type is planted on online, offline and out-of-LD-window endpoints", () => {
  const planted = enableTelemetry(estate());
  assert.deepEqual(
    planted.map((p) => p.type),
    [...INDICATOR_TYPES],
  );
  for (const p of planted) {
    assert.ok(p.endpoints.some((e) => e.ldVisible));
    assert.ok(p.endpoints.some((e) => !e.online));
    assert.ok(p.endpoints.some((e) => e.online && !e.ldVisible));
  }
});

test("telemetry is deterministic from the estate", () => {
  const a = generateTelemetry(estate(), TELEMETRY_DEFAULTS);
  const b = generateTelemetry(estate(), TELEMETRY_DEFAULTS);
  assert.deepEqual([...a.rowsByTenant.entries()], [...b.rowsByTenant.entries()]);
  assert.deepEqual(a.planted, b.planted);
});

test("the telemetry sections survive an estate file round trip", async () => {
  const original = generateEstate({
    seed: 5,
    tenants: 2,
    endpointsPerTenant: 10,
    telemetry: { queryDurationMs: 50 },
  });
  const path = join(mkdtempSync(join(tmpdir(), "telemetry-")), "estate.json");
  await writeEstateFile(original, path);
  const loaded = await readEstateFile(path);
  assert.deepEqual(loaded["telemetry"], original["telemetry"]);
  assert.deepEqual(loaded["plantedIndicators"], original["plantedIndicators"]);
});

test("planted rows keep path, name and directory consistent; md5 and sha1 sit on paths of their own", () => {
  const { rowsByTenant } = generateTelemetry(estate(), TELEMETRY_DEFAULTS);
  const rows = [...rowsByTenant.values()].flat();
  const find = (field: "name" | "directory" | "path" | "md5", value: string) =>
    rows.filter((r) => r[field] === value);
  for (const r of find("name", "mimikatz_x64.exe")) assert.ok(r.path.endsWith("\\mimikatz_x64.exe"));
  for (const r of find("directory", "C:\\ProgramData\\Zx1Loader"))
    assert.equal(r.path, `${r.directory}\\${r.name}`);
  const dropper = find("path", "C:\\Windows\\Temp\\dropper.dll");
  assert.ok(dropper.length > 0 && dropper.every((r) => r.name === "dropper.dll"));
  const md5 = find("md5", "5f4dcc3b5aa765d61d8327deb882cf99");
  assert.ok(md5.length > 0);
  for (const r of md5)
    assert.equal(rows.filter((o) => o.path === r.path && o.endpointId === r.endpointId).length, 1);
});
