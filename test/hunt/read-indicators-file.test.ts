import { strict as assert } from "node:assert";
import { copyFile, mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { test } from "node:test";
import { fileURLToPath } from "node:url";
import {
  IndicatorInputError,
  batchIndicators,
  dedupeIndicators,
  readIndicatorsFile,
} from "../../src/hunt/index.js";

const fixture = (name: string): string => fileURLToPath(new URL(`../fixtures/iocs/${name}`, import.meta.url));

test("IOC JSON file: normalised, refanged and de-duplicated with both entries as provenance", async () => {
  const set = await readIndicatorsFile(fixture("iocs.json"));
  assert.equal(set.format, "ioc-json");
  assert.deepEqual(
    set.indicators.map((i) => [i.type, i.value, i.match]),
    [
      ["ip", "203.0.113.9", "exact"],
      ["domain", "evil.example", "exact"],
      ["url", "https://evil.example/gate.php", "exact"],
      ["port", "4444", "exact"],
      ["sha256", "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855", "exact"],
      ["filename", "invoice.exe", "exact"],
      ["file_path", "C:\\Users\\Public\\evil.exe", "exact"],
      ["pathname", "%\\AppData\\Roaming\\evil%", "wildcard"],
    ],
  );
  assert.deepEqual(
    set.indicators[1]?.provenance.map((p) => p.location),
    ["ioc_data[1]", "ioc_data[8]"],
  );
});

test("invalid IOC JSON lists every bad entry by JSON path", async () => {
  await assert.rejects(readIndicatorsFile(fixture("invalid.json")), (error: unknown) => {
    assert.ok(error instanceof IndicatorInputError);
    const where = error.problems.map((p) => p.where.slice(p.where.indexOf(" ") + 1));
    assert.deepEqual(where, [
      "ioc_data[1].data",
      "ioc_data[2].data",
      "ioc_data[3].indicator_type",
      "ioc_data[4].data",
      "ioc_data[5]",
    ]);
    return true;
  });
  const lenient = await readIndicatorsFile(fixture("invalid.json"), { lenient: true });
  assert.equal(lenient.indicators.length, 1);
  assert.equal(lenient.rejected.length, 5);
});

test("CSV file: errors carry file:line; lenient keeps the good rows", async () => {
  const path = fixture("iocs.csv");
  await assert.rejects(readIndicatorsFile(path), (error: unknown) => {
    assert.ok(error instanceof IndicatorInputError);
    assert.deepEqual(
      error.problems.map((p) => p.where),
      [`${path}:9`, `${path}:10`],
    );
    return true;
  });
  const set = await readIndicatorsFile(path, { lenient: true });
  assert.equal(set.format, "csv");
  assert.deepEqual(
    set.indicators.map((i) => i.value),
    ["203.0.113.9", "evil.example", "https://evil.example/a,b#frag", "d41d8cd98f00b204e9800998ecf8427e"],
  );
  assert.deepEqual(
    set.indicators[1]?.provenance.map((p) => p.location),
    ["line 4", "line 11"],
  );
});

test("STIX bundle: sniffed by content, unsupported patterns reported", async () => {
  const set = await readIndicatorsFile(fixture("bundle.stix.json"));
  assert.equal(set.format, "stix");
  assert.deepEqual(
    set.indicators.map((i) => i.type),
    ["sha256", "ip", "domain", "url", "filename", "md5"],
  );
  assert.equal(set.skipped.length, 4);
  assert.match(set.skipped.map((s) => s.reason).join("\n"), /FOLLOWEDBY[^]*SHA-512|SHA-512[^]*FOLLOWEDBY/);
});

test("format is sniffed when the extension says nothing", async () => {
  const dir = await mkdtemp(join(tmpdir(), "centralctl-iocs-"));
  try {
    await copyFile(fixture("bundle.stix.json"), join(dir, "advisory"));
    await copyFile(fixture("iocs.txt"), join(dir, "list.dat"));
    assert.equal((await readIndicatorsFile(join(dir, "advisory"))).format, "stix");
    assert.equal((await readIndicatorsFile(join(dir, "list.dat"))).format, "csv");
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});

test("missing files and unknown JSON are clear errors naming the path", async () => {
  await assert.rejects(
    readIndicatorsFile("/nonexistent/iocs.json"),
    /\/nonexistent\/iocs\.json: 1 indicator problem:\n {2}- \/nonexistent\/iocs\.json: does not exist/,
  );
  await assert.rejects(readIndicatorsFile(fixture("unknown.json")), /neither IOC JSON .* nor a STIX bundle/);
});

test("sources combine: STIX and CSV merge into one set that batches under the limit", async () => {
  const stix = await readIndicatorsFile(fixture("bundle.stix.json"));
  const csv = await readIndicatorsFile(fixture("iocs.csv"), { lenient: true });
  const merged = dedupeIndicators([...stix.indicators, ...csv.indicators]);
  const domain = merged.find((i) => i.value === "evil.example");
  assert.deepEqual(
    domain?.provenance.map((p) => p.location),
    ["objects[2]", "line 4", "line 11"],
  );
  const batches = batchIndicators(merged, 300);
  assert.ok(batches.length > 1);
  assert.equal(batches.flatMap((b) => b.indicators).length, merged.length);
});
