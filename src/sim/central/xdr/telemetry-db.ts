/**
 * One tenant's telemetry in an in-memory SQLite database, so that simulated Live Discover and Data
 * Lake queries really run. Tables a query can name (documented in docs/estate-format.md terms here):
 *
 * Data Lake: `xdr_data` (time INTEGER epoch s, calendar_time TEXT ISO, meta_hostname,
 *   meta_endpoint_id, endpoint_id, meta_os_platform, path, name, directory, sha256, sha1, md5,
 *   destination_ip, destination_port INTEGER, domain, url) — every endpoint, online or not, limited
 *   to the run's `from`/`to`.
 * Live Discover: `sophos_activity_journal` (time, path, name, directory, sha256, sha1, md5,
 *   destination_ip, destination_port, domain, url) — the one endpoint being queried, its last
 *   `liveDiscoverDays` only. (Real endpoints expose many osquery tables; this is one documented stand-in.)
 *
 * SQL dialect is SQLite (with JSON1 `json_each`/`json_extract`); the real Data Lake speaks Presto.
 * Extra functions: `regexp_like(text, pattern)`, `from_unixtime(seconds)` (ISO text).
 */
import Database from "better-sqlite3";
import type { TelemetryRow } from "../../estate/telemetry/telemetry-types.js";

/** A query's answer: column metadata and rows as objects. */
export interface QueryOutput {
  columns: Array<{ name: string; type: "text" | "integer" | "double" }>;
  rows: Array<Record<string, unknown>>;
}

/** Scope a run sets before executing: time range (epoch s) and, for Live Discover, the endpoint. */
interface Scope {
  from: number;
  to: number;
  endpointId: string;
}

const COLUMNS = `time, path, name, directory, sha256, sha1, md5, destination_ip, destination_port, domain, url`;

function columnType(declared: string | null): "text" | "integer" | "double" {
  const t = (declared ?? "").toUpperCase();
  if (t.includes("INT")) return "integer";
  if (t.includes("REAL") || t.includes("DOUB")) return "double";
  return "text";
}

/** A tenant's telemetry database. */
export class TelemetryDb {
  readonly #db: Database.Database;
  readonly #scope: Scope = { from: 0, to: 0, endpointId: "" };

  constructor(rows: readonly TelemetryRow[]) {
    const db = new Database(":memory:");
    this.#db = db;
    const scope = this.#scope;
    db.function("scope_from", { deterministic: false }, () => scope.from);
    db.function("scope_to", { deterministic: false }, () => scope.to);
    db.function("scope_endpoint", { deterministic: false }, () => scope.endpointId);
    db.function("regexp_like", (text: unknown, pattern: unknown) =>
      typeof text === "string" && typeof pattern === "string" && new RegExp(pattern).test(text) ? 1 : 0,
    );
    db.function("from_unixtime", (s: unknown) =>
      typeof s === "number" ? new Date(s * 1000).toISOString() : null,
    );
    db.exec(`CREATE TABLE activity (time INTEGER, endpoint_id TEXT, hostname TEXT, os_platform TEXT,
      path TEXT, name TEXT, directory TEXT, sha256 TEXT, sha1 TEXT, md5 TEXT, destination_ip TEXT,
      destination_port INTEGER, domain TEXT, url TEXT)`);
    const insert = db.prepare(`INSERT INTO activity VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)`);
    db.transaction(() => {
      for (const r of rows) {
        insert.run(
          r.time,
          r.endpointId,
          r.hostname,
          r.osPlatform,
          r.path,
          r.name,
          r.directory,
          r.sha256,
          r.sha1,
          r.md5,
          r.ip,
          r.port,
          r.domain,
          r.url,
        );
      }
    })();
    db.exec(`CREATE INDEX activity_endpoint ON activity (endpoint_id, time)`);
    db.exec(`CREATE VIEW xdr_data AS SELECT time, from_unixtime(time) AS calendar_time,
      hostname AS meta_hostname, endpoint_id AS meta_endpoint_id, endpoint_id, os_platform AS meta_os_platform,
      path, name, directory, sha256, sha1, md5, destination_ip, destination_port, domain, url
      FROM activity WHERE time BETWEEN scope_from() AND scope_to()`);
    db.exec(`CREATE VIEW sophos_activity_journal AS SELECT ${COLUMNS} FROM activity
      WHERE endpoint_id = scope_endpoint() AND time BETWEEN scope_from() AND scope_to()`);
  }

  /**
   * Run a read-only query within a scope; throws (SQLite's message) on a syntax error, an unknown
   * table or a statement that writes.
   */
  run(sql: string, scope: Scope): QueryOutput {
    const statement = this.#db.prepare(sql);
    if (!statement.reader) throw new Error("only SELECT queries are allowed");
    Object.assign(this.#scope, scope);
    const rows = statement.all() as Array<Record<string, unknown>>;
    const columns = statement.columns().map((c) => ({ name: c.name, type: columnType(c.type) }));
    return { columns, rows };
  }

  close(): void {
    this.#db.close();
  }
}
