import { INDICATOR_TYPES, type IndicatorType, type MatchMode } from "./indicator.js";
import { checkDomain } from "./validate/check-domain.js";
import { checkHash } from "./validate/check-hash.js";
import { checkIp } from "./validate/check-ip.js";
import { checkPath } from "./validate/check-path.js";
import { checkPort } from "./validate/check-port.js";
import { checkUrl } from "./validate/check-url.js";
import type { Checked } from "./validate/checked.js";
import { refang } from "./validate/refang.js";

// Spellings seen in the wild for our types (the reference connector's own docs use `filepath`).
const ALIASES: Readonly<Record<string, IndicatorType>> = {
  filepath: "file_path",
  hostname: "domain",
  ipv4: "ip",
  ipv6: "ip",
  "sha-256": "sha256",
  "sha-1": "sha1",
};

const NETWORK_TYPES: ReadonlySet<IndicatorType> = new Set(["ip", "domain", "url"]);

/** What to normalise: a type name and value as read, and whether `%` in the value is literal. */
export interface IndicatorInput {
  type: string;
  value: string;
  /** `%` is an ordinary character, not a wildcard (STIX `=`, MISP values). Default false. */
  literal?: boolean;
}

/** A normalised indicator value, or which field is wrong and why. */
export type Normalised =
  | { ok: true; type: IndicatorType; value: string; match: MatchMode }
  | { ok: false; field: "type" | "value"; reason: string };

/** Resolve a type name (case-insensitive, with a few common aliases) to an {@link IndicatorType}. */
export function resolveIndicatorType(name: string): IndicatorType | undefined {
  const key = name.trim().toLowerCase();
  return (INDICATOR_TYPES as readonly string[]).includes(key) ? (key as IndicatorType) : ALIASES[key];
}

function check(type: IndicatorType, value: string, literal: boolean): Checked {
  switch (type) {
    case "ip":
      return checkIp(value, literal);
    case "domain":
      return checkDomain(value, literal);
    case "url":
      return checkUrl(value, literal);
    case "port":
      return checkPort(value, literal);
    case "md5":
    case "sha1":
    case "sha256":
      return checkHash(value, type, literal);
    case "filename":
    case "file_path":
    case "file_path_name":
    case "pathname":
      return checkPath(value, type, literal);
  }
}

/**
 * Validate and normalise one indicator: trim, refang network values, lower-case hashes and domains,
 * canonicalise IPs, then check the value against its type. Pure; never throws.
 * @example normaliseIndicator({ type: "domain", value: "Evil[.]Example" }) // { ok, value: "evil.example" }
 */
export function normaliseIndicator(input: IndicatorInput): Normalised {
  const type = resolveIndicatorType(input.type);
  if (!type) {
    const name = JSON.stringify(input.type.slice(0, 40));
    return {
      ok: false,
      field: "type",
      reason: `unknown indicator type ${name}; use one of ${INDICATOR_TYPES.join(", ")}`,
    };
  }
  const value = NETWORK_TYPES.has(type) ? refang(input.value) : input.value.trim();
  if (value === "") return { ok: false, field: "value", reason: `empty ${type} value` };
  const checked = check(type, value, input.literal ?? false);
  if (!checked.ok) {
    const shown = value.length > 80 ? `${value.slice(0, 80)}…` : value;
    return { ok: false, field: "value", reason: `${JSON.stringify(shown)} ${checked.reason} (type ${type})` };
  }
  return { ok: true, type, value: checked.value, match: checked.match };
}
