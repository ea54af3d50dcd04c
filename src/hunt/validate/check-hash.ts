import { type Checked, checkWildcard, invalid, valid } from "./checked.js";

/** Hex digits in each hash type this hunter supports. */
export const HASH_LENGTHS = { md5: 32, sha1: 40, sha256: 64 } as const;

/** One of the supported hash types. */
export type HashType = keyof typeof HASH_LENGTHS;

/** Check an MD5/SHA-1/SHA-256 hash: hex digits of the right length, lower-cased. */
export function checkHash(raw: string, type: HashType, literal: boolean): Checked {
  const text = raw.toLowerCase();
  const length = HASH_LENGTHS[type];
  if (!literal && text.includes("%")) {
    if (text.replaceAll("%", "").length > length) return invalid(`has more than ${length} hex digits`);
    return checkWildcard(text, /[0-9a-f]/, `a ${type} hash`);
  }
  const bad = /[^0-9a-f]/.exec(text);
  if (bad) return invalid(`contains ${JSON.stringify(bad[0])}; a ${type} hash is ${length} hex digits`);
  if (text.length !== length) {
    const other = (Object.keys(HASH_LENGTHS) as HashType[]).find((t) => HASH_LENGTHS[t] === text.length);
    const hint = other ? ` (${text.length} is the length of a ${other}; use that type)` : "";
    return invalid(`has ${text.length} hex digits; a ${type} hash has ${length}${hint}`);
  }
  return valid(text);
}
