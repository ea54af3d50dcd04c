import { strict as assert } from "node:assert";
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { after, describe, test } from "node:test";
import { openStore } from "../../src/store/index.js";

const dir = mkdtempSync(join(tmpdir(), "centralctl-crash-"));
after(() => rmSync(dir, { recursive: true, force: true }));
const child = fileURLToPath(new URL("./crash-child.ts", import.meta.url));

function crash(path: string, scenario: "commit" | "journal"): string {
  const result = spawnSync(process.execPath, ["--import", "tsx", child, path, scenario], {
    encoding: "utf8",
  });
  assert.equal(result.signal, "SIGKILL", `the child should die by SIGKILL; stderr: ${result.stderr}`);
  return result.stdout;
}

describe("state survives a process killed in the middle of a write", () => {
  test("a commitDelivery cut short by SIGKILL leaves the previous commit and nothing of the cut one", async () => {
    const path = join(dir, "commit.db");
    crash(path, "commit");
    const store = openStore(path);
    try {
      assert.equal(await store.cursors.get("alerts", "t1"), "cursor-before");
      assert.equal(await store.cursors.isDelivered("alerts", "t1", "before-crash"), true);
      const lost = Array.from({ length: 500 }, (_, i) => `lost-${i}`);
      assert.deepEqual(await store.cursors.filterUndelivered("alerts", "t1", lost), lost);
    } finally {
      store.close();
    }
  });

  test("a deletion journaled as started before a SIGKILL is pending after restart", async () => {
    const path = join(dir, "journal.db");
    const seq = Number(crash(path, "journal").trim());
    const store = openStore(path);
    try {
      const pending = await store.journal.pendingFor("plan-crash");
      assert.deepEqual(
        pending.map((entry) => [entry.seq, entry.endpointId]),
        [[seq, "e1"]],
      );
      assert.deepEqual(await store.journal.verify(), { ok: true, entries: 1 });
    } finally {
      store.close();
    }
  });
});
