import type { IndicatorType } from "../indicator.js";
import { isAbsolutePath } from "../validate/check-path.js";

/** One indicator value taken from a MISP attribute (a composite gives two). */
export interface MispEntry {
  type: IndicatorType;
  value: string;
  literal: boolean;
}

/** The indicators in a MISP attribute, or why it has none (unsupported) or is broken (malformed). */
export type MispMapping = { entries: MispEntry[] } | { skip: string } | { malformed: string };

// Mapping from integrations.md §1.6. hostname and domain both become `domain` (exact FQDN match).
const SIMPLE: Readonly<Record<string, IndicatorType>> = {
  "ip-src": "ip",
  "ip-dst": "ip",
  port: "port",
  hostname: "domain",
  domain: "domain",
  url: "url",
  md5: "md5",
  sha1: "sha1",
  sha256: "sha256",
};

const COMPOSITE: Readonly<Record<string, readonly [IndicatorType, IndicatorType]>> = {
  "ip-src|port": ["ip", "port"],
  "ip-dst|port": ["ip", "port"],
  "domain|ip": ["domain", "ip"],
  "hostname|port": ["domain", "port"],
  "filename|md5": ["filename", "md5"],
  "filename|sha1": ["filename", "sha1"],
  "filename|sha256": ["filename", "sha256"],
};

const OTHER_HASHES =
  /^(filename\|)?(sha224|sha384|sha512(\/224|\/256)?|sha3-\d+|imphash|ssdeep|tlsh|authentihash|impfuzzy|pehash|vhash|telfhash|cdhash)$/;

/** MISP `filename` is free text: a value with separators is a path (absolute or partial). */
function fileType(value: string): IndicatorType {
  if (!/[\\/]/.test(value)) return "filename";
  return isAbsolutePath(value) ? "file_path" : "pathname";
}

function uriEntry(value: string, includePathOnly: boolean): MispMapping {
  const v = value.trim();
  if (!v.startsWith("/")) return { entries: [{ type: "url", value: v, literal: true }] };
  if (!includePathOnly) {
    return {
      skip: "is a uri without a host, which would match that path on every site (enable path-only uris to hunt it as %path)",
    };
  }
  return { entries: [{ type: "url", value: `%${v}`, literal: false }] };
}

/**
 * Map one MISP attribute to indicator values. Composite types are split on their single `|`.
 * MISP values are data, so `%` in them is literal. Pure.
 */
export function mispAttributeToEntries(
  attribute: { type: string; value: string; object_relation?: string | null | undefined },
  options: { includePathOnlyUris?: boolean } = {},
): MispMapping {
  const { type, value } = attribute;
  const simple = SIMPLE[type];
  if (simple) return { entries: [{ type: simple, value, literal: true }] };
  const composite = COMPOSITE[type];
  if (composite) {
    const parts = value.split("|");
    if (parts.length !== 2)
      return { malformed: `composite ${type} value does not split into two parts on "|"` };
    const [left = "", right = ""] = parts;
    const leftType = composite[0] === "filename" ? fileType(left) : composite[0];
    return {
      entries: [
        { type: leftType, value: left, literal: true },
        { type: composite[1], value: right, literal: true },
      ],
    };
  }
  if (type === "filename") return { entries: [{ type: fileType(value), value, literal: true }] };
  if (type === "uri") return uriEntry(value, options.includePathOnlyUris ?? false);
  if (type === "text" && attribute.object_relation === "fullpath") {
    return { entries: [{ type: isAbsolutePath(value) ? "file_path" : "pathname", value, literal: true }] };
  }
  if (type === "text" && attribute.object_relation === "path")
    return { entries: [{ type: "pathname", value, literal: true }] };
  if (type === "link") return { skip: "is a reference link, not an indicator" };
  if (OTHER_HASHES.test(type))
    return { skip: `MISP type ${type} has no equivalent here (hash types hunted: md5, sha1, sha256)` };
  return { skip: `MISP type ${type} has no equivalent indicator type` };
}
