import assert from "node:assert/strict";
import { spawn, type ChildProcess } from "node:child_process";
import { rmSync } from "node:fs";
import { createServer } from "node:net";
import { join } from "node:path";
import { createInterface } from "node:readline";
import { after, before, describe, test } from "node:test";
import { request } from "undici";
import { tempWorkspace } from "../cli/helpers/run-in-process.js";

// `centralctl dashboard` as a user runs it: a real process, its one stdout line, real sockets.
describe("centralctl dashboard (process)", { concurrency: true }, () => {
  let workspace: string;
  before(() => {
    workspace = tempWorkspace();
  });
  after(() => rmSync(workspace, { recursive: true, force: true }));

  const start = (...args: string[]): ChildProcess =>
    spawn(
      process.execPath,
      [
        "--import",
        "tsx",
        "src/cli/main.ts",
        "--config",
        join(workspace, "config.json"),
        "--state",
        join(workspace, "state.db"),
        "dashboard",
        ...args,
      ],
      { stdio: ["ignore", "pipe", "pipe"], env: { PATH: process.env.PATH, HOME: workspace } },
    );
  const collect = (stream: NodeJS.ReadableStream | null): (() => string) => {
    let text = "";
    stream?.on("data", (chunk: Buffer) => (text += chunk.toString("utf8")));
    return () => text;
  };
  const exit = (child: ChildProcess): Promise<number | null> =>
    new Promise((resolve) => child.once("exit", (code) => resolve(code)));

  test("prints one line with the URL, serves pages through it and exits 0 on SIGINT", async () => {
    const child = start("--port", "0");
    const exited = exit(child);
    const stderr = collect(child.stderr);
    const lines = createInterface({ input: child.stdout! });
    const extra: string[] = [];
    const first = await new Promise<string>((resolve) => lines.once("line", resolve));
    lines.on("line", (line) => extra.push(line));
    const url = /^centralctl dashboard: open (http:\/\/127\.0\.0\.1:\d+\/\?token=[A-Za-z0-9_-]{43})$/.exec(
      first,
    )?.[1];
    assert.ok(url, `the one stdout line names the URL: ${first}`);

    const signIn = await request(url);
    await signIn.body.dump();
    assert.equal(signIn.statusCode, 303);
    const cookie = String(signIn.headers["set-cookie"]).split(";")[0] ?? "";
    const page = await request(new URL("/", url), { headers: { cookie } });
    const text = await page.body.text();
    assert.equal(page.statusCode, 200);
    assert.match(text, /<title>.* · centralctl<\/title>/);
    assert.ok(text.includes(join(workspace, "state.db")), "the footer names the --state store");
    assert.ok(!text.includes(new URL(url).searchParams.get("token") ?? "?"), "no token in the page");
    const unsigned = await request(new URL("/", url));
    await unsigned.body.dump();
    assert.equal(unsigned.statusCode, 401);

    child.kill("SIGINT");
    assert.equal(await exited, 0, stderr());
    assert.deepEqual(extra, [], "nothing else on stdout");
  });

  test("--host 0.0.0.0 without --allow-remote exits 2 and says why", async () => {
    const child = start("--host", "0.0.0.0", "--port", "0");
    const stderr = collect(child.stderr);
    const stdout = collect(child.stdout);
    assert.equal(await exit(child), 2);
    assert.match(stderr(), /--allow-remote/);
    assert.equal(stdout(), "");
  });

  test("a port in use is a clear error suggesting --port 0", async () => {
    const blocker = createServer();
    await new Promise<void>((resolve) => blocker.listen(0, "127.0.0.1", resolve));
    const port = (blocker.address() as { port: number }).port;
    try {
      const child = start("--port", String(port));
      const stderr = collect(child.stderr);
      assert.equal(await exit(child), 1);
      assert.match(stderr(), new RegExp(`port ${port} on 127\\.0\\.0\\.1 is already in use.*--port 0`));
    } finally {
      blocker.close();
    }
  });
});
