import { spawn, type ChildProcess } from "node:child_process";
import { accessSync, constants } from "node:fs";
import { delimiter, join } from "node:path";
import { unusedPort } from "./unused-port.js";

/** A running moto_server (a real AWS API emulator) on a free local port. */
export interface MotoServer {
  /** e.g. `http://127.0.0.1:41234`: pass as the SDK `endpoint`. */
  endpoint: string;
  stop(): Promise<void>;
}

/** Either a running server, or why the tests that need it are skipped. */
export type MotoOrSkip = { moto: MotoServer; skip?: undefined } | { moto?: undefined; skip: string };

const START_TIMEOUT_MS = 20_000;

/** The `moto_server` executable on the PATH, if any. */
export function findMotoServer(): string | undefined {
  for (const dir of (process.env.PATH ?? "").split(delimiter)) {
    if (dir === "") continue;
    const candidate = join(dir, "moto_server");
    try {
      accessSync(candidate, constants.X_OK);
      return candidate;
    } catch {
      // not in this directory
    }
  }
  return undefined;
}

/**
 * Start moto_server, or explain why the caller should skip. On CI (`CI=true`) a missing
 * moto_server is a failure, not a skip, so the AWS tests can never silently stop running there.
 */
export async function startMotoOrSkip(): Promise<MotoOrSkip> {
  const executable = findMotoServer();
  if (executable === undefined) {
    const reason = "moto_server is not on the PATH (install it with: pip install 'moto[server]')";
    if (process.env.CI === "true")
      throw new Error(`${reason}; CI=true requires the AWS Secrets Manager tests to run`);
    console.error(`skipping AWS Secrets Manager tests: ${reason}`);
    return { skip: reason };
  }
  return { moto: await startMoto(executable) };
}

/** Start moto_server on a free port and wait until it answers HTTP; retries if the port was taken meanwhile. */
export async function startMoto(executable = findMotoServer() ?? "moto_server"): Promise<MotoServer> {
  let lastError: unknown;
  for (let attempt = 0; attempt < 3; attempt += 1) {
    const port = await unusedPort();
    const child = spawn(executable, ["-H", "127.0.0.1", "-p", String(port)], {
      stdio: ["ignore", "ignore", "pipe"],
    });
    let stderr = "";
    child.stderr?.on("data", (chunk: Buffer) => (stderr = (stderr + chunk.toString()).slice(-2_000)));
    const endpoint = `http://127.0.0.1:${port}`;
    try {
      await waitUntilAnswering(endpoint, child, () => stderr);
      return { endpoint, stop: () => stop(child) };
    } catch (error) {
      lastError = error;
      await stop(child);
    }
  }
  throw lastError;
}

async function waitUntilAnswering(
  endpoint: string,
  child: ChildProcess,
  stderr: () => string,
): Promise<void> {
  const deadline = Date.now() + START_TIMEOUT_MS;
  while (Date.now() < deadline) {
    if (child.exitCode !== null || child.signalCode !== null) {
      throw new Error(
        `moto_server exited (${child.exitCode ?? child.signalCode}) before answering: ${stderr()}`,
      );
    }
    try {
      await fetch(`${endpoint}/`, { signal: AbortSignal.timeout(1_000) });
      return;
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }
  throw new Error(`moto_server did not answer on ${endpoint} within ${START_TIMEOUT_MS} ms: ${stderr()}`);
}

async function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  child.kill("SIGTERM");
  const timer = setTimeout(() => child.kill("SIGKILL"), 5_000);
  await exited;
  clearTimeout(timer);
}
