import { strict as assert } from "node:assert";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, describe, test } from "node:test";
import { readDirectoryFile, type DirectoryComputer } from "../../src/directory/index.js";

describe("readDirectoryFile: a large export streams", () => {
  const rows = 50_000;
  let dir: string;
  let file: string;
  before(async () => {
    dir = await mkdtemp(join(tmpdir(), "centralctl-dir-"));
    file = join(dir, "large.csv");
    const lines = [
      '"DistinguishedName","DNSHostName","Enabled","LastLogonDate","Name","OperatingSystemVersion","whenChanged"',
    ];
    for (let i = 0; i < rows; i++) {
      const name = `WS${String(i).padStart(6, "0")}`;
      lines.push(
        `"CN=${name},OU=Workstations,DC=corp,DC=example,DC=com","${name.toLowerCase()}.corp.example.com","True",` +
          `"${(i % 12) + 1}/${(i % 28) + 1}/2026 ${(i % 12) + 1}:04:05 PM","${name}","10.0 (19045)","2026-11-23T15:04:05Z"`,
      );
    }
    await writeFile(file, `${lines.join("\r\n")}\r\n`);
  });
  after(() => rm(dir, { recursive: true, force: true }));

  test(`reads ${rows} rows, checked first, with line numbers intact`, async () => {
    const cpuBefore = process.cpuUsage();
    const started = performance.now();
    let count = 0;
    let last: DirectoryComputer | undefined;
    for await (const computer of readDirectoryFile(file, { timeZone: "UTC" })) {
      count++;
      last = computer;
    }
    const cpu = process.cpuUsage(cpuBefore);
    const perCpuSecond = Math.round(count / ((cpu.user + cpu.system) / 1e6));
    const perSecond = Math.round(count / ((performance.now() - started) / 1000));
    console.log(
      `${count} rows validated then read: ${perSecond} rows/s, ${perCpuSecond} rows per CPU second`,
    );
    assert.equal(count, rows);
    assert.equal(last?.source, `${file}:${rows + 1}`);
    // A floor that catches a regression such as a quadratic re-scan of the buffer, not a benchmark:
    // CPU time rather than wall time, because CI machines are shared.
    assert.ok(perCpuSecond > 8_000, `only ${perCpuSecond} rows per CPU second`);
  });
});
