/** One relative distinguished name: attribute type (lower-cased) and its unescaped value. */
export interface Rdn {
  type: string;
  value: string;
}

const HEX_PAIR = /^[0-9a-fA-F]{2}$/;

/**
 * Split a distinguished name (RFC 4514, as AD writes it) into RDNs, most specific first. Escapes
 * (`\,` and `\2C`) are decoded and the spaces around `,` and `=` dropped, so differently spelled
 * forms of one DN compare equal. Throws a `SyntaxError` for text that is not a DN.
 * @example parseDn("CN=WS1, OU=Disabled Computers,DC=corp") // [{type:"cn",value:"WS1"}, ...]
 */
export function parseDn(dn: string): Rdn[] {
  const rdns: Rdn[] = [];
  let pos = 0;
  const text = dn.trim();
  if (text === "") return rdns;
  while (pos <= text.length) {
    const eq = text.indexOf("=", pos);
    if (eq === -1) throw new SyntaxError(`not a distinguished name: "${dn}" (expected TYPE=value)`);
    const type = text.slice(pos, eq).trim().toLowerCase();
    if (type === "" || /[,\\+"]/.test(type)) {
      throw new SyntaxError(`not a distinguished name: "${dn}" (bad attribute type "${type}")`);
    }
    const { value, end } = readValue(text, eq + 1, dn);
    rdns.push({ type, value });
    pos = end + 1;
    if (end >= text.length) break;
  }
  return rdns;
}

// Reads an RDN value up to the next unescaped comma (or ';', the RFC 2253 alternative). Bytes from
// hex escapes are collected and decoded as UTF-8 together, since one character can span several.
function readValue(text: string, start: number, dn: string): { value: string; end: number } {
  let out = "";
  let bytes: number[] = [];
  let pos = start;
  let trailingSpaces = 0;
  const flush = (): void => {
    if (bytes.length > 0) out += Buffer.from(bytes).toString("utf8");
    bytes = [];
  };
  while (pos < text.length) {
    const ch = text[pos] as string;
    if (ch === "," || ch === ";") break;
    if (ch === "\\") {
      const next = text.slice(pos + 1, pos + 3);
      if (HEX_PAIR.test(next)) {
        bytes.push(Number.parseInt(next, 16));
        pos += 3;
      } else if (pos + 1 < text.length) {
        flush();
        out += text[pos + 1];
        pos += 2;
      } else {
        throw new SyntaxError(`not a distinguished name: "${dn}" (dangling backslash)`);
      }
      trailingSpaces = 0;
      continue;
    }
    flush();
    if (ch === " ") {
      // Leading spaces are dropped; trailing ones are counted and cut when the value ends.
      if (out === "") {
        pos++;
        continue;
      }
      trailingSpaces++;
    } else {
      trailingSpaces = 0;
    }
    out += ch;
    pos++;
  }
  flush();
  return { value: trailingSpaces > 0 ? out.slice(0, -trailingSpaces) : out, end: pos };
}
