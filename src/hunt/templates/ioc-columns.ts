import type { IndicatorType } from "../indicator.js";

/**
 * Where a Live Discover template looks for an indicator: a Sophos journal (or the osquery `hash`
 * table joined to the process journal by path) and the SQL expression compared with the indicator.
 * `column` is the field a hit reports as matched: the same name on both APIs (`destination_ip`,
 * `url`, `domain`, `destination_port`, the hash, `name`, `directory`, `path`) so hits of one
 * endpoint merge across them, whatever the real column.
 */
export interface LdColumn {
  source: "process" | "hash" | "ip" | "dns" | "http";
  expr: string;
  column: string;
  /** Compared case-insensitively (hashes, domains, Windows paths and file names). */
  caseless: boolean;
}

/** Where the Data Lake template looks for an indicator: an `xdr_data` expression. */
export interface XdrColumn {
  expr: string;
  column: string;
  caseless: boolean;
}

/**
 * The directory part of a path in osquery's SQLite: `rtrim` with every character of the path except
 * the separators strips the file name (the reference connector's `ld_ioc_hunter.sql` takes the
 * process name this way), then the trailing separator goes.
 */
const ldDirectory = (path: string): string =>
  `rtrim(rtrim(${path}, replace(replace(${path}, '\\', ''), '/', '')), '\\/')`;

/**
 * Live Discover columns, from real queries (snake_case journal columns, as Sophos renamed them):
 * - `sophos_process_journal` time, path, process_name, sophos_pid, sha256; `sophos_ip_journal`
 *   destination, destination_port; `sophos_dns_journal` name; `sophos_http_journal` url —
 *   SophosRapidResponse/OSQuery `Artefacts/Network/network.02.0 - IOC search in the network, IP,
 *   DNS, and HTTP journals.sql`, `Artefacts/Process/Process.06.0 - IOC hunting in Process Journals.sql`.
 * - md5/sha1 through osquery's `hash` table joined on the journal's path — jkopacko/sophos-xdr-queries
 *   `liveDiscover_ioc_hunt`. (U) The journals' own md5/sha1 columns are not documented anywhere we
 *   found; `hash` hashes the file on disk now, so a file changed or deleted since is missed.
 * - `file_path` (a directory) has no journal column: the directory of `path` is compared.
 */
export const LD_IOC_COLUMNS: Readonly<Record<IndicatorType, LdColumn>> = {
  ip: { source: "ip", expr: "sij.destination", column: "destination_ip", caseless: false },
  url: { source: "http", expr: "shj.url", column: "url", caseless: false },
  domain: { source: "dns", expr: "sdj.name", column: "domain", caseless: true },
  port: {
    source: "ip",
    expr: "CAST(sij.destination_port AS TEXT)",
    column: "destination_port",
    caseless: false,
  },
  sha256: { source: "process", expr: "spj.sha256", column: "sha256", caseless: true },
  sha1: { source: "hash", expr: "h.sha1", column: "sha1", caseless: true },
  md5: { source: "hash", expr: "h.md5", column: "md5", caseless: true },
  filename: {
    source: "process",
    expr: "spj.process_name",
    column: "name",
    caseless: true,
  },
  file_path: {
    source: "process",
    expr: ldDirectory("spj.path"),
    column: "directory",
    caseless: true,
  },
  file_path_name: {
    source: "process",
    expr: "spj.path",
    column: "path",
    caseless: true,
  },
  pathname: { source: "process", expr: "spj.path", column: "path", caseless: true },
};

/**
 * Data Lake `xdr_data` columns, from real queries: `destination_ip`, `destination_port`, `domain`,
 * `clean_urls`, `sha256`, `name`, `path` (Sophos-Community/XDR_Queries `DataLake/showNetActivitySophosPID`;
 * the Sophos community "[QueryCorner] Data Lake - IOC Hunting" post), `sha1` (sophos/sophos-central-api-connector
 * `queries/xdr_queries/xdr_ioc_hunter.sql`). (U) `md5` is in no real Data Lake query we found;
 * (U) `clean_urls` may hold several comma-separated URLs, which an exact match then misses.
 * The directory of `path` is cut with Presto's `regexp_replace`.
 */
export const XDR_IOC_COLUMNS: Readonly<Record<IndicatorType, XdrColumn>> = {
  ip: { expr: "x.destination_ip", column: "destination_ip", caseless: false },
  url: { expr: "x.clean_urls", column: "url", caseless: false },
  domain: { expr: "x.domain", column: "domain", caseless: true },
  port: { expr: "CAST(x.destination_port AS VARCHAR)", column: "destination_port", caseless: false },
  sha256: { expr: "x.sha256", column: "sha256", caseless: true },
  sha1: { expr: "x.sha1", column: "sha1", caseless: true },
  md5: { expr: "x.md5", column: "md5", caseless: true },
  filename: { expr: "x.name", column: "name", caseless: true },
  file_path: {
    expr: "regexp_replace(x.path, '[\\\\/][^\\\\/]*$', '')",
    column: "directory",
    caseless: true,
  },
  file_path_name: { expr: "x.path", column: "path", caseless: true },
  pathname: { expr: "x.path", column: "path", caseless: true },
};
