/**
 * Parse a HEC body: JSON objects one after another, with or without newlines between them
 * (`{"event":"a"}{"event":"b"}`). Returns the values, or the 0-based number of the first event that
 * could not be parsed (HEC's `invalid-event-number`).
 */
export function parseConcatenatedJson(body: string): { values: unknown[] } | { invalidEventNumber: number } {
  const values: unknown[] = [];
  for (const line of body.split("\n")) {
    if (line.trim() === "") continue;
    // Fast path: our sink and most clients send one envelope per line.
    try {
      values.push(JSON.parse(line));
      continue;
    } catch {
      // several objects on one line, or a broken one: split by hand below
    }
    const { pieces, malformed } = splitTopLevel(line);
    for (const piece of pieces) {
      try {
        values.push(JSON.parse(piece));
      } catch {
        return { invalidEventNumber: values.length };
      }
    }
    if (malformed) return { invalidEventNumber: values.length };
  }
  return { values };
}

const QUOTE = 34;
const BACKSLASH = 92;
const OPEN = new Set([123, 91]);
const CLOSE = new Set([125, 93]);
const SPACE = new Set([32, 9, 13, 10]);

/** Cut text into top-level objects/arrays by bracket depth, outside strings, up to the first flaw. */
function splitTopLevel(text: string): { pieces: string[]; malformed: boolean } {
  const pieces: string[] = [];
  let depth = 0;
  let start = 0;
  let inString = false;
  let escaped = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (escaped) escaped = false;
      else if (c === BACKSLASH) escaped = true;
      else if (c === QUOTE) inString = false;
    } else if (c === QUOTE) {
      if (depth === 0) return { pieces, malformed: true };
      inString = true;
    } else if (OPEN.has(c)) {
      if (depth === 0) start = i;
      depth += 1;
    } else if (CLOSE.has(c)) {
      depth -= 1;
      if (depth < 0) return { pieces, malformed: true };
      if (depth === 0) pieces.push(text.slice(start, i + 1));
    } else if (depth === 0 && !SPACE.has(c)) return { pieces, malformed: true };
  }
  return { pieces, malformed: depth !== 0 || inString };
}
