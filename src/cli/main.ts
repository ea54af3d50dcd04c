#!/usr/bin/env node
import { ExitCode } from "./exit-codes.js";
import { runCli } from "./program.js";
import { describeError } from "./describe-error.js";

/** The single exit point of the `centralctl` binary. */
async function main(): Promise<void> {
  const terminal = {
    stdout: process.stdout,
    stderr: process.stderr,
    stdinIsTTY: process.stdin.isTTY === true,
    env: process.env,
  };
  try {
    process.exitCode = await runCli(process.argv.slice(2), terminal);
  } catch (error) {
    const { message, exitCode } = describeError(error);
    process.stderr.write(`centralctl: ${message}\n`);
    process.exitCode = exitCode;
  }
}

process.stdout.on("error", (error: NodeJS.ErrnoException) => {
  // `centralctl inventory | head` closes the pipe early: that is not a failure.
  if (error.code === "EPIPE") process.exit(process.exitCode ?? ExitCode.ok);
  throw error;
});

void main().then(() => {
  if (process.exitCode === undefined) process.exitCode = ExitCode.ok;
});
