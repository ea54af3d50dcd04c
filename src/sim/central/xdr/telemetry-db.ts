/**
 * One tenant's telemetry in an in-memory SQLite database, so that simulated Live Discover and Data
 * Lake queries really run, under the real tables' names (the columns centralctl's IOC templates and
 * the community queries cited in src/hunt/templates/ioc-columns.ts read; other real columns are
 * absent). Each telemetry row is one process start, optionally with one connection.
 *
 * Live Discover — one endpoint, its last `liveDiscoverDays`:
 * - `sophos_process_journal` (time, event_type 0, sophos_pid, path, process_name, cmd_line, sha256)
 * - `sophos_ip_journal` (time, sophos_pid, source, source_port, destination, destination_port, protocol)
 * - `sophos_dns_journal` (time, sophos_pid, name); `sophos_http_journal` (time, sophos_pid, url,
 *   destination_port)
 * - osquery `hash` (path, directory, md5, sha1, sha256): each path's latest hashes ("on disk now").
 * Not modelled: a journal queried without a time constraint returns only its last 15 minutes on a
 * real endpoint; here it returns the whole window.
 *
 * Data Lake — `xdr_data`, every endpoint, online or not, within the run's from/to: per telemetry row
 * a process row (`query_name` running_processes_windows_sophos / _linux_events / _osx_events: path,
 * name, cmdline, sophos_pid, sha256, sha1, md5) and, with a connection, a `sophos_ips_<os>` row
 * (source_ip, destination_ip, destination_port, protocol, sophos_pids) and a `sophos_urls_<os>` row
 * (domain, clean_urls, sophos_pids); every row has time, calendar_time, meta_hostname, meta_eid,
 * endpoint_id, meta_os_platform, query_name. (U) the `_linux`/`_osx` query names are guesses.
 *
 * Dialects: see ./sql-dialect-shim.ts for the Presto and osquery constructs translated.
 */
import Database from "better-sqlite3";
import type { TelemetryRow } from "../../estate/telemetry/telemetry-types.js";
import { registerDialectFunctions, translateToSqlite } from "./sql-dialect-shim.js";

/** A query's answer: column metadata and rows as objects. */
export interface QueryOutput {
  columns: Array<{ name: string; type: "text" | "integer" | "double" }>;
  rows: Array<Record<string, unknown>>;
}

/**
 * Scope a run sets before executing: time range (epoch s), for Live Discover the endpoint, and the
 * simulator's clock (`now`, epoch s; defaults to `to`).
 */
interface Scope {
  from: number;
  to: number;
  endpointId: string;
  now?: number;
}

const PID = `(1000 + id) || ':' || time`;
const OS = `CASE os_platform WHEN 'windows' THEN 'windows' WHEN 'linux' THEN 'linux' ELSE 'osx' END`;
const IN_LD = `endpoint_id = scope_endpoint() AND time BETWEEN scope_from() AND scope_to()`;
const META = `time, from_unixtime(time) AS calendar_time, hostname AS meta_hostname, endpoint_id AS meta_eid,
  endpoint_id, os_platform AS meta_os_platform`;

const VIEWS = [
  `sophos_process_journal AS SELECT time, 0 AS event_type, ${PID} AS sophos_pid, path,
    name AS process_name, '' AS cmd_line, sha256 FROM activity WHERE ${IN_LD}`,
  `sophos_ip_journal AS SELECT time, ${PID} AS sophos_pid, NULL AS source, NULL AS source_port,
    destination_ip AS destination, destination_port, 6 AS protocol
    FROM activity WHERE (destination_ip <> '' OR destination_port > 0) AND ${IN_LD}`,
  `sophos_dns_journal AS SELECT time, ${PID} AS sophos_pid, domain AS name
    FROM activity WHERE domain <> '' AND ${IN_LD}`,
  `sophos_http_journal AS SELECT time, ${PID} AS sophos_pid, url, destination_port
    FROM activity WHERE url <> '' AND ${IN_LD}`,
  `hash AS SELECT a.path, a.directory, a.md5, a.sha1, a.sha256 FROM activity a
    WHERE a.endpoint_id = scope_endpoint() AND a.time = (SELECT max(b.time) FROM activity b
      WHERE b.endpoint_id = a.endpoint_id AND b.path = a.path AND b.time <= scope_to())`,
  `xdr_data AS
    SELECT ${META}, CASE os_platform WHEN 'windows' THEN 'running_processes_windows_sophos'
        ELSE 'running_processes_' || ${OS} || '_events' END AS query_name,
      path, name, '' AS cmdline, ${PID} AS sophos_pid, sha256, sha1, md5, NULL AS source_ip,
      NULL AS destination_ip, NULL AS destination_port, NULL AS protocol, NULL AS sophos_pids,
      NULL AS domain, NULL AS clean_urls
    FROM activity WHERE time BETWEEN scope_from() AND scope_to()
    UNION ALL
    SELECT ${META}, 'sophos_ips_' || ${OS}, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL,
      destination_ip, destination_port, 6, ${PID}, NULL, NULL
    FROM activity WHERE (destination_ip <> '' OR destination_port > 0) AND time BETWEEN scope_from() AND scope_to()
    UNION ALL
    SELECT ${META}, 'sophos_urls_' || ${OS}, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL,
      NULL, NULL, NULL, ${PID}, domain, url
    FROM activity WHERE (domain <> '' OR url <> '') AND time BETWEEN scope_from() AND scope_to()`,
];

function columnType(declared: string | null): "text" | "integer" | "double" {
  const t = (declared ?? "").toUpperCase();
  if (t.includes("INT")) return "integer";
  if (t.includes("REAL") || t.includes("DOUB")) return "double";
  return "text";
}

/** A tenant's telemetry database. */
export class TelemetryDb {
  readonly #db: Database.Database;
  readonly #scope: Required<Scope> = { from: 0, to: 0, endpointId: "", now: 0 };

  constructor(rows: readonly TelemetryRow[]) {
    const db = new Database(":memory:");
    this.#db = db;
    const scope = this.#scope;
    db.function("scope_from", { deterministic: false }, () => scope.from);
    db.function("scope_to", { deterministic: false }, () => scope.to);
    db.function("scope_endpoint", { deterministic: false }, () => scope.endpointId);
    registerDialectFunctions(db, () => scope.now);
    db.exec(`CREATE TABLE activity (id INTEGER PRIMARY KEY, time INTEGER, endpoint_id TEXT,
      hostname TEXT, os_platform TEXT, path TEXT, name TEXT, directory TEXT, sha256 TEXT, sha1 TEXT,
      md5 TEXT, destination_ip TEXT, destination_port INTEGER, domain TEXT, url TEXT)`);
    const insert = db.prepare(`INSERT INTO activity VALUES (NULL,?,?,?,?,?,?,?,?,?,?,?,?,?,?)`);
    db.transaction(() => {
      for (const r of rows) {
        const row = [r.time, r.endpointId, r.hostname, r.osPlatform, r.path, r.name, r.directory];
        insert.run(...row, r.sha256, r.sha1, r.md5, r.ip, r.port, r.domain, r.url);
      }
    })();
    db.exec(`CREATE INDEX activity_endpoint ON activity (endpoint_id, time)`);
    db.exec(`CREATE INDEX activity_path ON activity (endpoint_id, path, time)`);
    for (const view of VIEWS) db.exec(`CREATE VIEW ${view}`);
  }

  /**
   * Run a read-only query within a scope; throws (SQLite's message) on a syntax error, an unknown
   * table or a statement that writes.
   */
  run(sql: string, scope: Scope): QueryOutput {
    const statement = this.#db.prepare(translateToSqlite(sql));
    if (!statement.reader) throw new Error("only SELECT queries are allowed");
    Object.assign(this.#scope, { now: scope.to }, scope);
    const rows = statement.all() as Array<Record<string, unknown>>;
    const columns = statement.columns().map((c) => ({ name: c.name, type: columnType(c.type) }));
    return { columns, rows };
  }

  close(): void {
    this.#db.close();
  }
}
