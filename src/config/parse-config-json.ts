import { ConfigError } from "./config-error.js";

/**
 * `JSON.parse` with errors that point at `file:line:column`. V8's own message can quote a piece
 * of the text, which might be a secret, so only its reason is kept.
 */
export function parseConfigJson(text: string, file: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    const message = (error as Error).message;
    const position = /at position (\d+)/.exec(message);
    const reason = message.replace(/ in JSON at position \d+.*$/, "").replace(/, ".*$/s, "");
    const where = position ? `${file}:${lineAndColumn(text, Number(position[1]))}` : file;
    throw new ConfigError(
      `${where}: the configuration file is not valid JSON (${reason}). Fix the file, or point --config elsewhere.`,
      file,
      undefined,
      { cause: error },
    );
  }
}

function lineAndColumn(text: string, offset: number): string {
  const before = text.slice(0, offset);
  const line = before.split("\n").length;
  const column = offset - before.lastIndexOf("\n");
  return `${line}:${column}`;
}
