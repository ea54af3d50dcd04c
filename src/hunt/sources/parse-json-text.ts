import { IndicatorInputError } from "../indicator-input-error.js";

/** Parse JSON text (a leading byte-order mark is allowed), or fail naming the source and position. */
export function parseJsonText(text: string, source: string): unknown {
  try {
    return JSON.parse(text.replace(/^\uFEFF/, ""));
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const position = /at position (\d+)/.exec(message);
    let where = source;
    if (position) {
      const before = text.slice(0, Number(position[1]));
      const line = before.split("\n").length;
      where = `${source}:${line}:${before.length - before.lastIndexOf("\n")}`;
    }
    throw new IndicatorInputError(
      source,
      [{ where, type: "", value: "", reason: `is not valid JSON (${message})` }],
      "Fix the JSON syntax and try again.",
    );
  }
}
