import type { MatchMode } from "../indicator.js";

/** The outcome of checking one value against its type: the normalised value, or why it is invalid. */
export type Checked = { ok: true; value: string; match: MatchMode } | { ok: false; reason: string };

/** A valid value. */
export function valid(value: string, match: MatchMode = "exact"): Checked {
  return { ok: true, value, match };
}

/** An invalid value with the reason a user reads after the entry's name. */
export function invalid(reason: string): Checked {
  return { ok: false, reason };
}

/**
 * Check a value that holds `%` wildcards: it may only use `allowed` characters, and must keep at
 * least one literal character, since a pattern of bare `%` would match every row of every table.
 */
export function checkWildcard(value: string, allowed: RegExp, what: string): Checked {
  if (/^%+$/.test(value)) return invalid("is only wildcards and would match everything");
  const bad = [...value].find((c) => c !== "%" && !allowed.test(c));
  if (bad !== undefined) return invalid(`contains ${JSON.stringify(bad)}, which cannot appear in ${what}`);
  return valid(value, "wildcard");
}

/** Control characters (including NUL, tab and newlines) never belong in an indicator. */
export function findControlCharacter(value: string): string | undefined {
  // eslint-disable-next-line no-control-regex
  const match = /[\u0000-\u001f\u007f]/.exec(value);
  return match ? `\\u${match[0].charCodeAt(0).toString(16).padStart(4, "0")}` : undefined;
}
