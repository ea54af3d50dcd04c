import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { createInterface } from "node:readline";
import { test } from "node:test";
import { request } from "undici";

// `centralctl demo --dashboard`: the walkthrough, then the dashboard over the demo's own state (its
// plan, journal and review queue) and the still-running simulator, until Ctrl-C.
test("demo --dashboard serves the demo's plan, journal and live estate, and cleans up on SIGINT", async (t) => {
  const child = spawn(
    process.execPath,
    ["--import", "tsx", "src/cli/main.ts", "demo", "--dashboard", "--port", "0"],
    {
      stdio: ["ignore", "pipe", "pipe"],
      env: { PATH: process.env.PATH },
    },
  );
  // A failed assertion must not leave the demo (and this test run) waiting for Ctrl-C.
  t.after(() => child.kill("SIGKILL"));
  let stderr = "";
  child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString("utf8")));
  const exited = new Promise<number | null>((resolve) => child.once("exit", resolve));
  const lines = createInterface({ input: child.stdout });
  let plan = "";
  let stateFile = "";
  const url = await new Promise<string>((resolve, reject) => {
    lines.on("line", (line) => {
      plan ||= /DRY RUN of plan (\S+):/.exec(line)?.[1] ?? "";
      const open = /^centralctl dashboard: open (\S+)$/.exec(line)?.[1];
      if (open) resolve(open);
    });
    child.once("exit", () => reject(new Error(`demo exited before serving the dashboard: ${stderr}`)));
  });
  assert.ok(plan, "the demo printed its plan id");

  const signIn = await request(url);
  await signIn.body.dump();
  const cookie = String(signIn.headers["set-cookie"]).split(";")[0] ?? "";
  const get = async (path: string): Promise<string> => {
    const response = await request(new URL(path, url), { headers: { cookie } });
    assert.equal(response.statusCode, 200, path);
    return response.body.text();
  };

  const overview = await get("/");
  stateFile = /State store <code>([^<]+)<\/code>/.exec(overview)?.[1] ?? "";
  assert.ok(existsSync(stateFile), `the footer names the demo's state store: ${stateFile}`);
  assert.ok(overview.includes(plan), "the overview shows the demo's plan");
  const deleted = await get(`/plans/${plan}?action=delete`);
  assert.match(deleted, /badge-delete/);
  const audit = await get("/audit");
  assert.match(audit, /endpoint\.delete/, "the demo's three deletions are in the journal");
  const hunts = await get("/hunts");
  assert.match(hunts, /demo advisory/, "the demo's hunt is saved like a CLI hunt");
  const review = await get("/review");
  assert.match(review, /Open tickets for all \d+/);

  // The estate page reads the simulator the demo started, through the form and its CSRF field.
  const estate = await get("/estate");
  const csrf = /name="csrf" value="([^"]+)"/.exec(estate)?.[1] ?? "";
  const refresh = await request(new URL("/estate/refresh", url), {
    method: "POST",
    headers: { cookie, "content-type": "application/x-www-form-urlencoded" },
    body: new URLSearchParams({ csrf }).toString(),
  });
  await refresh.body.dump();
  assert.equal(refresh.statusCode, 303);
  let page = "";
  for (let i = 0; i < 100 && !/Fetched [^<]*5 tenants/.test(page); i++) {
    await new Promise((resolve) => setTimeout(resolve, 50));
    page = await get("/estate");
  }
  assert.match(page, /Fetched [^<]*:\s+5 tenants, \d+ endpoints/);

  child.kill("SIGINT");
  assert.equal(await exited, 0, stderr);
  assert.equal(existsSync(stateFile), false, "the demo's temporary state is removed");
});
