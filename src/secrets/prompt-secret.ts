import { SecretError } from "./secret-error.js";

/** The terminal a prompt talks to: a TTY input that can be switched to raw mode, and an output. */
export interface PromptTerminal {
  input: NodeJS.ReadableStream & { isTTY?: boolean; setRawMode?: (mode: boolean) => unknown };
  output: NodeJS.WritableStream;
}

const ENTER = new Set(["\r", "\n"]);
const CTRL_C = "\u0003";
const CTRL_D = "\u0004";
const BACKSPACE = new Set(["\u007f", "\b"]);
const ESC = "\u001b";

/**
 * Ask for one line on the terminal. With `hidden` the input is read in raw mode and nothing is
 * echoed (not even asterisks, so the length does not show). The prompt goes to `output`
 * (stderr by default), keeping stdout for results.
 */
export function promptSecret(
  label: string,
  options: { hidden?: boolean; terminal?: PromptTerminal } = {},
): Promise<string> {
  const { input, output } = options.terminal ?? { input: process.stdin, output: process.stderr };
  const hidden = options.hidden ?? true;
  if (!input.isTTY || typeof input.setRawMode !== "function") {
    return Promise.reject(new SecretError(`Cannot ask for ${label}: standard input is not a terminal.`));
  }
  const setRawMode = input.setRawMode.bind(input);
  output.write(`${label}: `);
  setRawMode(true);
  input.setEncoding("utf8");
  input.resume();
  return new Promise((resolve, reject) => {
    let value: string[] = [];
    const finish = (): void => {
      input.removeListener("data", onData);
      setRawMode(false);
      input.pause();
      output.write("\n");
    };
    const onData = (chunk: string | Buffer): void => {
      for (const char of String(chunk)) {
        if (ENTER.has(char) || (char === CTRL_D && value.length > 0)) {
          finish();
          resolve(value.join(""));
          return;
        }
        if (char === CTRL_C || char === CTRL_D) {
          finish();
          reject(new SecretError(`Cancelled while asking for ${label}.`));
          return;
        }
        // Arrow and function keys arrive as escape sequences in one chunk: ignore the rest of it.
        if (char === ESC) break;
        if (BACKSPACE.has(char)) {
          if (value.length > 0 && !hidden) output.write("\b \b");
          value = value.slice(0, -1);
          continue;
        }
        if (char < " ") continue;
        value.push(char);
        if (!hidden) output.write(char);
      }
    };
    input.on("data", onData);
  });
}
