// Run by crash-recovery.test.ts in a child process: does some durable work, then kills itself with
// SIGKILL in the middle of a write, as a power cut or an OOM kill would.
import { openStore } from "../../src/store/index.js";

const [path, scenario] = process.argv.slice(2);
if (!path || !scenario) throw new Error("usage: crash-child.ts STATE_PATH commit|journal");
const store = openStore(path);

function die(): never {
  process.kill(process.pid, "SIGKILL");
  throw new Error("unreachable: SIGKILL did not stop the process");
}

if (scenario === "commit") {
  await store.cursors.commitDelivery("alerts", "t1", ["before-crash"], "cursor-before");
  function* ids(): Generator<string> {
    for (let i = 0; i < 1_000; i += 1) {
      if (i === 500) die();
      yield `lost-${i}`;
    }
  }
  await store.cursors.commitDelivery("alerts", "t1", ids(), "cursor-after");
} else {
  const started = await store.journal.append({
    kind: "endpoint.delete",
    actor: "test",
    tenantId: "t1",
    endpointId: "e1",
    planId: "plan-crash",
    outcome: "started",
  });
  process.stdout.write(`${started.seq}\n`);
  die();
}
