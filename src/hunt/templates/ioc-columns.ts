import type { IndicatorType } from "../indicator.js";

/**
 * The telemetry column each indicator type is compared with, in both the Data Lake (`xdr_data`) and
 * the Live Discover journal. `caseless`: compared case-insensitively (hashes, domains, Windows paths
 * and file names). `file_path` is the directory, `file_path_name` and `pathname` the full path
 * (the Sophos IOC queries treat both names as the full path of a file).
 */
export const IOC_COLUMNS: Readonly<Record<IndicatorType, { column: string; caseless: boolean }>> = {
  ip: { column: "destination_ip", caseless: false },
  url: { column: "url", caseless: false },
  domain: { column: "domain", caseless: true },
  port: { column: "destination_port", caseless: false },
  sha256: { column: "sha256", caseless: true },
  sha1: { column: "sha1", caseless: true },
  md5: { column: "md5", caseless: true },
  filename: { column: "name", caseless: true },
  file_path: { column: "directory", caseless: true },
  file_path_name: { column: "path", caseless: true },
  pathname: { column: "path", caseless: true },
};
