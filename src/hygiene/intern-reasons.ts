import type { Finding } from "./finding.js";
import type { ReasonCode } from "./types.js";

/** Shared, frozen reason lists: an estate produces a few dozen distinct lists, not a million. */
const lists = new Map<string, readonly ReasonCode[]>();

/**
 * The codes of the findings, in order, as a frozen array shared by every decision with the same
 * list. Frozen so a caller cannot change another decision's reasons by mutating its own.
 */
export function internReasons(findings: readonly Finding[]): readonly ReasonCode[] {
  let key = "";
  for (let i = 0; i < findings.length; i++) key += (i > 0 ? "," : "") + (findings[i] as Finding).code;
  let list = lists.get(key);
  if (list === undefined) {
    list = Object.freeze(findings.map((f) => f.code));
    lists.set(key, list);
  }
  return list;
}
