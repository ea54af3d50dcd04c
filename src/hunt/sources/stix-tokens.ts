/** A lexical token of a STIX 2.1 pattern. */
export type StixToken =
  | { kind: "punct"; text: "[" | "]" | "(" | ")" | "," }
  | { kind: "op"; text: string }
  | { kind: "string"; text: string }
  | { kind: "typed"; text: string; prefix: string }
  | { kind: "number"; text: string }
  | { kind: "path"; text: string }
  | { kind: "word"; text: string };

/** A pattern that is not valid STIX (as opposed to valid but unsupported). */
export class StixSyntaxError extends Error {}

function readQuoted(src: string, start: number): { text: string; end: number } {
  let out = "";
  for (let i = start + 1; i < src.length; i++) {
    const c = src[i];
    if (c === "\\") {
      const next = src[i + 1];
      if (next !== "'" && next !== "\\") throw new StixSyntaxError(`bad escape \\${next ?? ""} at ${i}`);
      out += next;
      i++;
    } else if (c === "'") {
      return { text: out, end: i + 1 };
    } else {
      out += c;
    }
  }
  throw new StixSyntaxError(`unterminated string starting at ${start}`);
}

// An object path: `type:prop(.prop|.'quoted prop'|[index])*`, e.g. `file:hashes.'SHA-256'`.
function readPath(src: string, start: number): { text: string; end: number } {
  const head = /^[a-z0-9-]+:[A-Za-z0-9_-]+/.exec(src.slice(start));
  if (!head) throw new StixSyntaxError(`bad object path at ${start}`);
  let text = head[0];
  let i = start + text.length;
  for (;;) {
    const index = /^\[(\*|\d+)\]/.exec(src.slice(i));
    if (index) {
      text += index[0];
      i += index[0].length;
      continue;
    }
    if (src[i] !== ".") return { text, end: i };
    if (src[i + 1] === "'") {
      const quoted = readQuoted(src, i + 1);
      text += `.${quoted.text}`;
      i = quoted.end;
      continue;
    }
    const seg = /^[A-Za-z0-9_-]+/.exec(src.slice(i + 1));
    if (!seg) throw new StixSyntaxError(`bad object path at ${i}`);
    text += `.${seg[0]}`;
    i += 1 + seg[0].length;
  }
}

/** Split a STIX pattern into tokens. Throws {@link StixSyntaxError} on text that cannot be a pattern. */
export function tokenizeStixPattern(src: string): StixToken[] {
  const tokens: StixToken[] = [];
  let i = 0;
  while (i < src.length) {
    const c = src[i] ?? "";
    const rest = src.slice(i);
    if (/\s/.test(c)) {
      i++;
    } else if ("[](),".includes(c)) {
      tokens.push({ kind: "punct", text: c as "[" });
      i++;
    } else if (/^(!=|<=|>=|=|<|>)/.test(rest)) {
      const op = /^(!=|<=|>=|=|<|>)/.exec(rest)?.[0] ?? "";
      tokens.push({ kind: "op", text: op });
      i += op.length;
    } else if (c === "'") {
      const q = readQuoted(src, i);
      tokens.push({ kind: "string", text: q.text });
      i = q.end;
    } else if (/^[thb]'/.test(rest)) {
      const q = readQuoted(src, i + 1);
      tokens.push({ kind: "typed", text: q.text, prefix: c });
      i = q.end;
    } else if (/^-?\d/.test(rest)) {
      const n = /^-?\d+(\.\d+)?/.exec(rest)?.[0] ?? "";
      tokens.push({ kind: "number", text: n });
      i += n.length;
    } else if (/^[a-z0-9-]+:/.test(rest)) {
      const p = readPath(src, i);
      tokens.push({ kind: "path", text: p.text });
      i = p.end;
    } else if (/^[A-Za-z_]/.test(rest)) {
      const w = /^[A-Za-z_]+/.exec(rest)?.[0] ?? "";
      tokens.push({ kind: "word", text: w });
      i += w.length;
    } else {
      throw new StixSyntaxError(`unexpected ${JSON.stringify(c)} at ${i}`);
    }
  }
  return tokens;
}
