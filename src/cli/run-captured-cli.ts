import { Writable } from "node:stream";

/** What one in-process CLI run printed and returned. */
export interface CapturedRun {
  code: number;
  stdout: string;
  stderr: string;
}

function capture(): Writable & { text: () => string } {
  const chunks: Buffer[] = [];
  const stream = new Writable({
    write(chunk: Buffer, _encoding, callback) {
      chunks.push(Buffer.from(chunk));
      callback();
    },
  });
  return Object.assign(stream, { text: () => Buffer.concat(chunks).toString("utf8") });
}

/**
 * Run `centralctl args...` in this process through the real argument parser and commands, with its
 * own environment, capturing what it prints. The demo uses it so that what it shows is exactly what
 * the commands do. An error the binary would print becomes stderr and a non-zero code.
 */
export async function runCapturedCli(args: string[], env: NodeJS.ProcessEnv): Promise<CapturedRun> {
  // Loaded on demand: program.ts imports the demo command, so a static import would be circular.
  const { runCli } = await import("./program.js");
  const { describeError } = await import("./describe-error.js");
  const stdout = capture();
  const stderr = capture();
  let code: number;
  try {
    code = await runCli(args, { stdout, stderr, stdinIsTTY: false, env });
  } catch (error) {
    const described = describeError(error);
    stderr.write(`centralctl: ${described.message}\n`);
    code = described.exitCode;
  }
  return { code, stdout: stdout.text(), stderr: stderr.text() };
}
