import { strict as assert } from "node:assert";
import { chmodSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, test } from "node:test";
import { createLogger } from "../util/logger.js";
import { ConfigError } from "./config-error.js";
import { loadConfig } from "./load-config.js";

const dir = mkdtempSync(join(tmpdir(), "centralctl-config-"));
after(() => rmSync(dir, { recursive: true, force: true }));

function write(name: string, content: unknown, mode = 0o600): string {
  const file = join(dir, name);
  writeFileSync(file, typeof content === "string" ? content : JSON.stringify(content, null, 2));
  chmodSync(file, mode);
  return file;
}

function capture(): { lines: string[]; logger: ReturnType<typeof createLogger> } {
  const lines: string[] = [];
  return { lines, logger: createLogger("warn", (line) => lines.push(line)) };
}

test("a full file loads, lists are joined for noProxy and relative paths follow the file", async () => {
  const file = write("full.json", {
    idUrl: "http://127.0.0.1:9000",
    apiUrl: "https://api.central.sophos.com",
    clientId: "id-1",
    clientSecret: "env:SOPHOS_CLIENT_SECRET",
    aws: { secretId: "prod/sophos", region: "eu-west-1", clientIdKey: "id", clientSecretKey: "secret" },
    state: "state/state.db",
    caFile: "/etc/ssl/proxy.pem",
    proxy: "http://proxy:3128",
    noProxy: ["localhost", ".corp"],
    concurrency: 8,
    perTenantConcurrency: 2,
    hunt: { templates: "x" },
  });
  const config = await loadConfig(file, { env: {} });
  assert.equal(config.state, join(dir, "state", "state.db"));
  assert.equal(config.caFile, "/etc/ssl/proxy.pem");
  assert.equal(config.noProxy, "localhost,.corp");
  assert.equal(config.aws?.clientSecretKey, "secret");
  assert.deepEqual(config.hunt, { templates: "x" });
  assert.equal(config.source, file);
});

test("the path comes from the argument, else CENTRALCTL_CONFIG", async () => {
  const fromEnv = write("env.json", { clientId: "from-env" });
  assert.equal((await loadConfig(undefined, { env: { CENTRALCTL_CONFIG: fromEnv } })).clientId, "from-env");
  const fromFlag = write("flag.json", { clientId: "from-flag" });
  assert.equal((await loadConfig(fromFlag, { env: { CENTRALCTL_CONFIG: fromEnv } })).clientId, "from-flag");
});

test("a named file that is missing is an error naming it", async () => {
  const missing = join(dir, "nope.json");
  await assert.rejects(loadConfig(missing, { env: {} }), (error: unknown) => {
    return (
      error instanceof ConfigError && error.message.includes(missing) && error.message.includes("ENOENT")
    );
  });
});

test("invalid values and unknown keys are listed by key, with a hint for a near miss", async () => {
  const file = write("bad.json", {
    clientID: "x",
    clientSecret: "do-not-echo-this-secret",
    aws: { region: 3, secretid: "y" },
    concurrency: 0,
    idUrl: "ftp://id",
  });
  await assert.rejects(loadConfig(file, { env: {} }), (error: unknown) => {
    assert.ok(error instanceof ConfigError);
    assert.match(error.message, new RegExp(`${file.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")} is invalid`));
    assert.match(error.message, /clientID: unknown key \(did you mean "clientId"\?\)/);
    assert.match(error.message, /aws\.secretid: unknown key \(did you mean "secretId"\?\)/);
    assert.match(error.message, /aws\.region: expected string, received number/);
    assert.match(error.message, /concurrency: must be at least 1/);
    assert.match(error.message, /idUrl: must be an http\(s\) URL/);
    assert.equal(error.message.includes("do-not-echo-this-secret"), false);
    return true;
  });
});

test("broken JSON is reported at file:line:column without quoting the text", async () => {
  const file = write("broken.json", '{\n  "clientId": "a",\n  "clientSecret": "s3cr3t-value" "x": 1\n}');
  await assert.rejects(loadConfig(file, { env: {} }), (error: unknown) => {
    assert.ok(error instanceof ConfigError);
    assert.ok(error.message.startsWith(`${file}:3:`), error.message);
    assert.equal(error.message.includes("s3cr3t-value"), false);
    return true;
  });
  const notJson = write("text.json", "clientSecret = s3cr3t-value");
  await assert.rejects(loadConfig(notJson, { env: {} }), (error: unknown) => {
    return (
      error instanceof ConfigError &&
      !error.message.includes("s3cr3t-value") &&
      /not valid JSON/.test(error.message)
    );
  });
});

test("a literal clientSecret in a group/world-readable file warns; a 600 file or a reference does not", async () => {
  const shared = capture();
  await loadConfig(write("shared.json", { clientId: "a", clientSecret: "literal-secret-123" }, 0o644), {
    env: {},
    logger: shared.logger,
  });
  assert.equal(shared.lines.length, 1);
  assert.match(shared.lines[0] ?? "", /readable by other users \(mode 644\).*chmod 600/);
  assert.equal((shared.lines[0] ?? "").includes("literal-secret-123"), false);

  const privateFile = capture();
  await loadConfig(write("private.json", { clientSecret: "literal-secret-123" }, 0o600), {
    env: {},
    logger: privateFile.logger,
  });
  const reference = capture();
  await loadConfig(write("ref.json", { clientSecret: "env:X" }, 0o644), {
    env: {},
    logger: reference.logger,
  });
  assert.deepEqual([...privateFile.lines, ...reference.lines], []);
});

test("without --config or CENTRALCTL_CONFIG a missing default file means an empty config", async () => {
  const saved = process.env.XDG_CONFIG_HOME;
  process.env.XDG_CONFIG_HOME = join(dir, "xdg-empty");
  try {
    assert.deepEqual(await loadConfig(undefined, { env: {} }), {});
  } finally {
    if (saved === undefined) delete process.env.XDG_CONFIG_HOME;
    else process.env.XDG_CONFIG_HOME = saved;
  }
});
