import { strict as assert } from "node:assert";
import { PassThrough } from "node:stream";
import { test } from "node:test";
import { promptSecret, type PromptTerminal } from "./prompt-secret.js";

function fakeTty(): {
  terminal: PromptTerminal;
  input: PassThrough;
  written: () => string;
  rawModes: boolean[];
} {
  const rawModes: boolean[] = [];
  const input = new PassThrough();
  const tty = Object.assign(input, { isTTY: true, setRawMode: (mode: boolean) => rawModes.push(mode) });
  const output = new PassThrough();
  let text = "";
  output.on("data", (chunk: Buffer) => (text += chunk.toString()));
  return { terminal: { input: tty, output }, input, written: () => text, rawModes };
}

test("a hidden prompt never echoes what is typed and restores the terminal", async () => {
  const tty = fakeTty();
  const answer = promptSecret("Client secret", { terminal: tty.terminal });
  tty.input.write("s3cr3tX");
  tty.input.write("\u007f");
  tty.input.write("t\r");
  assert.equal(await answer, "s3cr3tt");
  assert.equal(tty.written(), "Client secret: \n");
  assert.deepEqual(tty.rawModes, [true, false]);
});

test("a visible prompt echoes, and Ctrl-C cancels with an error", async () => {
  const shown = fakeTty();
  const id = promptSecret("Client ID", { hidden: false, terminal: shown.terminal });
  shown.input.write("abc\n");
  assert.equal(await id, "abc");
  assert.equal(shown.written(), "Client ID: abc\n");

  const cancelled = fakeTty();
  const pending = promptSecret("Client secret", { terminal: cancelled.terminal });
  cancelled.input.write("ab\u0003");
  await assert.rejects(pending, /Cancelled while asking for Client secret/);
  assert.deepEqual(cancelled.rawModes, [true, false]);
});

test("a prompt without a terminal is refused", async () => {
  const input = new PassThrough();
  await assert.rejects(
    promptSecret("Secret", { terminal: { input, output: new PassThrough() } }),
    /not a terminal/,
  );
});
