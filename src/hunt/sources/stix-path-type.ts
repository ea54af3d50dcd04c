import type { IndicatorType } from "../indicator.js";
import { isAbsolutePath } from "../validate/check-path.js";

const HASHES: Readonly<Record<string, IndicatorType>> = { SHA256: "sha256", SHA1: "sha1", MD5: "md5" };

const PATHS: Readonly<Record<string, IndicatorType>> = {
  "ipv4-addr:value": "ip",
  "ipv6-addr:value": "ip",
  "network-traffic:dst_ref.value": "ip",
  "network-traffic:src_ref.value": "ip",
  "network-traffic:dst_port": "port",
  "network-traffic:src_port": "port",
  "domain-name:value": "domain",
  "url:value": "url",
  "file:name": "filename",
  "process:image_ref.name": "filename",
  "process:binary_ref.name": "filename",
  "file:parent_directory_ref.path": "pathname",
  "directory:path": "pathname",
};

// Objects whose `hashes` dictionary describes the file that ran or was written.
const HASH_OWNERS = new Set(["file:hashes", "process:image_ref.hashes", "process:binary_ref.hashes"]);

/**
 * The indicator type for a STIX object path and value, or undefined when this hunter has none. A
 * `file:name` holding separators is a path: `file_path` when absolute, otherwise `pathname`.
 */
export function stixPathToType(path: string, value: string): IndicatorType | undefined {
  const dot = path.lastIndexOf(".");
  if (dot > 0 && HASH_OWNERS.has(path.slice(0, dot))) {
    return HASHES[
      path
        .slice(dot + 1)
        .toUpperCase()
        .replaceAll("-", "")
        .replaceAll("_", "")
    ];
  }
  const type = PATHS[path];
  if (type === "filename" && /[\\/]/.test(value)) return isAbsolutePath(value) ? "file_path" : "pathname";
  return type;
}
