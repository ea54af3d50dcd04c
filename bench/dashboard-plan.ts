/**
 * Dashboard benchmark: `npx tsx bench/dashboard-plan.ts [--decisions N]` (default 100,000).
 * A plan of N decisions is saved in a throwaway SQLite state store the way `hygiene plan` saves it;
 * then the dashboard is started over that file (cold, as after a restart) and its pages are fetched
 * over HTTP as a browser would: the plan's first view, then filtered and paged views, the overview,
 * the review queue and the audit page.
 * Bounds: the first view of the plan within 2 s, every later page within 250 ms.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { request } from "undici";
import { AuthenticationError } from "../src/central/index.js";
import { STORE_ROUTES } from "../src/dashboard/pages/store-routes.js";
import { manyDecisions, savePlan } from "../src/dashboard/pages/internal/page-fixtures.js";
import { createDashboardServer } from "../src/dashboard/server/index.js";
import { openStore } from "../src/store/index.js";

const at = process.argv.indexOf("--decisions");
const DECISIONS = at > 0 ? Number(process.argv[at + 1]) : 100_000;
const FIRST_VIEW_BOUND_MS = 2_000;
const PAGE_BOUND_MS = 250;

const dir = mkdtempSync(join(tmpdir(), "centralctl-bench-dashboard-"));
const file = join(dir, "state.db");
try {
  const writer = openStore(file);
  let started = performance.now();
  const planId = await savePlan(writer, manyDecisions(DECISIONS), new Date());
  writer.close();
  console.log(
    `Dashboard benchmark: a plan of ${DECISIONS.toLocaleString("en")} decisions (saved in ${Math.round(performance.now() - started)} ms), node ${process.version}`,
  );

  const store = openStore(file);
  const dashboard = await createDashboardServer({
    context: {
      store,
      actor: "dashboard:bench",
      now: () => new Date(),
      central: async () => {
        throw new AuthenticationError("no Central in this benchmark");
      },
    },
    routes: STORE_ROUTES,
    port: 0,
  });
  const signIn = await request(dashboard.url);
  await signIn.body.dump();
  const cookie = String(signIn.headers["set-cookie"]).split(";")[0] ?? "";
  const fetchPage = async (path: string): Promise<{ ms: number; bytes: number }> => {
    const t0 = performance.now();
    const response = await request(new URL(path, dashboard.origin), { headers: { cookie } });
    const body = await response.body.text();
    if (response.statusCode !== 200) throw new Error(`${path} answered ${response.statusCode}`);
    return { ms: performance.now() - t0, bytes: Buffer.byteLength(body) };
  };

  started = performance.now();
  const first = await fetchPage(`/plans/${planId}`);
  console.log(
    `first view of the plan: ${Math.round(first.ms)} ms, ${Math.round(first.bytes / 1024)} KiB (bound ${FIRST_VIEW_BOUND_MS} ms)`,
  );
  const later = [
    `/plans/${planId}?action=delete`,
    `/plans/${planId}?action=review&page=50`,
    `/plans/${planId}?host=PC-0999`,
    `/plans/${planId}?tenant=t-beta&reason=active&page=7`,
    `/plans/${planId}?page=${Math.ceil(DECISIONS / 100)}`,
    "/",
    "/plans",
    "/review",
    "/audit",
    "/quarantine",
    "/delivery",
  ];
  let worst = { path: "", ms: 0 };
  for (const path of later) {
    const { ms, bytes } = await fetchPage(path);
    console.log(`  ${path}: ${ms.toFixed(1)} ms, ${Math.round(bytes / 1024)} KiB`);
    if (ms > worst.ms) worst = { path, ms };
  }
  console.log(`slowest later page: ${worst.path} in ${worst.ms.toFixed(1)} ms (bound ${PAGE_BOUND_MS} ms)`);
  await dashboard.close();
  store.close();
  const ok = first.ms <= FIRST_VIEW_BOUND_MS && worst.ms <= PAGE_BOUND_MS;
  console.log(ok ? "within bounds" : "OUT OF BOUNDS");
  process.exitCode = ok ? 0 : 1;
} finally {
  rmSync(dir, { recursive: true, force: true });
}
