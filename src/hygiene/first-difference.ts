import { canonicalJson } from "./canonical-json.js";

const SHOWN = 60;

/**
 * Describes the first place two JSON values differ, in key order, for a refusal message:
 * `action "review" → "delete"`, `evidence.central.lastSeenAt "…" → "…"`, `field "note" added`.
 */
export function firstDifference(before: unknown, after: unknown, path = ""): string {
  if (isRecord(before) && isRecord(after)) {
    const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])].sort();
    for (const key of keys) {
      const sub = path === "" ? key : `${path}.${key}`;
      if (!(key in after) || after[key] === undefined) return `field "${sub}" removed`;
      if (!(key in before) || before[key] === undefined) return `field "${sub}" added`;
      if (canonicalJson(before[key]) !== canonicalJson(after[key]))
        return firstDifference(before[key], after[key], sub);
    }
    return "no difference";
  }
  if (Array.isArray(before) && Array.isArray(after) && before.length === after.length) {
    for (let i = 0; i < before.length; i++) {
      if (canonicalJson(before[i]) !== canonicalJson(after[i]))
        return firstDifference(before[i], after[i], `${path}[${i}]`);
    }
    return "no difference";
  }
  return `${path === "" ? "value" : path} ${shown(before)} → ${shown(after)}`;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function shown(value: unknown): string {
  const text = canonicalJson(value);
  return text.length > SHOWN ? `${text.slice(0, SHOWN - 1)}…` : text;
}
