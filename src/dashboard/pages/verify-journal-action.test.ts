import assert from "node:assert/strict";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, test } from "node:test";
import Database from "better-sqlite3";
import { openStore } from "../../store/index.js";
import { pageContext } from "./internal/page-fixtures.js";
import { verifyJournalAction } from "./verify-journal-action.js";

const dir = mkdtempSync(join(tmpdir(), "centralctl-dash-verify-"));
after(() => rmSync(dir, { recursive: true, force: true }));

test("verify flashes the entry count for an intact journal and the broken entry for an edited one", async () => {
  const path = join(dir, "state.db");
  const store = openStore(path);
  try {
    for (let i = 1; i <= 3; i++)
      await store.journal.append({ kind: "k", actor: "cli", outcome: "noted", detail: { i } });
    assert.deepEqual(await verifyJournalAction(pageContext(store)), {
      redirect: "/audit",
      flash: { kind: "ok", text: "The journal is intact: 3 entries." },
    });
    const raw = new Database(path);
    raw.exec(`DROP TRIGGER journal_no_update; UPDATE journal SET detail = '{"i":99}' WHERE seq = 2`);
    raw.close();
    const broken = await verifyJournalAction(pageContext(store));
    assert.equal(broken.flash?.kind, "error");
    assert.match(broken.flash?.text ?? "", /^The journal is NOT intact at entry 2: /);
  } finally {
    store.close();
  }
});
