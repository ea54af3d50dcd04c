import { type Checked, checkWildcard, invalid, valid } from "./checked.js";

/** Check a TCP/UDP port: a whole number 1-65535, written without leading zeros. */
export function checkPort(raw: string, literal: boolean): Checked {
  if (!literal && raw.includes("%")) return checkWildcard(raw, /[0-9]/, "a port number");
  if (!/^\d+$/.test(raw)) return invalid("is not a whole number; a port is 1-65535");
  const port = Number(raw);
  if (port < 1 || port > 65535) return invalid(`is out of range; a port is 1-65535`);
  return valid(String(port));
}
