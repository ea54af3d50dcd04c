import { domainToASCII } from "node:url";
import { type Checked, checkWildcard, invalid, valid } from "./checked.js";

const LABEL = /^[a-z0-9_](?:[a-z0-9_-]{0,61}[a-z0-9_])?$/;

/**
 * Check a DNS name. Names are lower-cased, a trailing root dot is dropped, internationalised names
 * become their `xn--` form (what DNS logs record), and a leading `*.` becomes `%.`. Underscores are
 * allowed because real hostnames (`_dmarc`, service records) use them.
 */
export function checkDomain(raw: string, literal: boolean): Checked {
  let text = raw.toLowerCase().replace(/\.$/, "");
  if (/^[a-z][a-z0-9+.-]*:\/\//.test(text) || text.includes("/")) {
    return invalid("looks like a URL; use the url type for it, or give only the host name");
  }
  if (text.startsWith("*.")) text = `%${text.slice(1)}`;
  if (text.includes("*")) return invalid("uses '*'; use '%' as the wildcard");
  if (!literal && text.includes("%")) return checkWildcard(text, /[\p{L}\p{N}._-]/u, "a domain name");
  if (/^[\d.]+$/.test(text) || text.includes(":")) {
    return invalid("looks like an IP address or host:port; use the ip (and port) type");
  }
  const ascii = domainToASCII(text);
  if (ascii === "") return invalid("is not a valid domain name");
  if (ascii.length > 253) return invalid(`is ${ascii.length} characters long; a domain name has at most 253`);
  const labels = ascii.split(".");
  if (labels.length < 2) return invalid("has a single label; give the full domain name (e.g. evil.example)");
  for (const label of labels) {
    if (label === "") return invalid("has an empty label (two dots in a row, or a leading dot)");
    if (label.length > 63) return invalid(`has a label of ${label.length} characters; the limit is 63`);
    if (!LABEL.test(label)) return invalid(`has an invalid label ${JSON.stringify(label)}`);
  }
  if (/^\d+$/.test(labels[labels.length - 1] ?? "")) return invalid("ends in an all-numeric label");
  return valid(ascii);
}
