import type { Database } from "better-sqlite3";
import type {
  QuarantineGroupRef,
  QuarantineInput,
  QuarantineRecord,
  QuarantineRepository,
  QuarantineState,
} from "../quarantine-repository.js";
import { StoreError } from "../store-error.js";
import { durableWrite } from "./durable-write.js";

interface QuarantineRow {
  tenantId: string;
  endpointId: string;
  hostname: string;
  groupId: string;
  groupName: string;
  originalGroup: string | null;
  state: QuarantineState;
  quarantinedAt: string;
  updatedAt: string;
}

const SELECT = `SELECT tenant_id AS tenantId, endpoint_id AS endpointId, hostname, group_id AS groupId,
  group_name AS groupName, original_group AS originalGroup, state, quarantined_at AS quarantinedAt,
  updated_at AS updatedAt FROM quarantine`;

/** {@link QuarantineRepository} over the SQLite table `quarantine` (one row per tenant and endpoint). */
export function createSqliteQuarantine(db: Database, now: () => number): QuarantineRepository {
  const byKey = db.prepare<[string, string], QuarantineRow>(
    `${SELECT} WHERE tenant_id = ? AND endpoint_id = ?`,
  );
  const upsert = db.prepare(
    `INSERT INTO quarantine (tenant_id, endpoint_id, hostname, group_id, group_name, original_group, state,
       quarantined_at, updated_at)
     VALUES (@tenantId, @endpointId, @hostname, @groupId, @groupName, @originalGroup, 'quarantined', @at, @at)
     ON CONFLICT (tenant_id, endpoint_id) DO UPDATE SET hostname = excluded.hostname,
       group_id = excluded.group_id, group_name = excluded.group_name,
       original_group = excluded.original_group, state = 'quarantined',
       quarantined_at = excluded.quarantined_at, updated_at = excluded.updated_at`,
  );
  const updateState = db.prepare<[QuarantineState, string, string, string]>(
    "UPDATE quarantine SET state = ?, updated_at = ? WHERE tenant_id = ? AND endpoint_id = ?",
  );

  const quarantine = db.transaction((input: QuarantineInput): QuarantineRecord => {
    const existing = byKey.get(input.tenantId, input.endpointId);
    if (existing?.state === "quarantined") return toRecord(existing);
    upsert.run({
      tenantId: input.tenantId,
      endpointId: input.endpointId,
      hostname: input.hostname,
      groupId: input.group.id,
      groupName: input.group.name,
      originalGroup: input.originalGroup === null ? null : JSON.stringify(input.originalGroup),
      at: input.quarantinedAt ?? new Date(now()).toISOString(),
    });
    return toRecord(byKey.get(input.tenantId, input.endpointId)!);
  });

  const setState = db.transaction(
    (tenantId: string, endpointId: string, state: QuarantineState): QuarantineRecord => {
      if (byKey.get(tenantId, endpointId) === undefined) {
        throw new StoreError(
          `Endpoint ${endpointId} of tenant ${tenantId} was never quarantined; nothing to change.`,
        );
      }
      updateState.run(state, new Date(now()).toISOString(), tenantId, endpointId);
      return toRecord(byKey.get(tenantId, endpointId)!);
    },
  );

  return {
    quarantine: async (input) => durableWrite(db, () => quarantine.immediate(input)),
    get: async (tenantId, endpointId) => {
      const row = byKey.get(tenantId, endpointId);
      return row === undefined ? undefined : toRecord(row);
    },
    setState: async (tenantId, endpointId, state) =>
      durableWrite(db, () => setState.immediate(tenantId, endpointId, state)),
    list: async (filter = {}) => {
      const where: string[] = [];
      const params: string[] = [];
      if (filter.tenantId !== undefined) {
        where.push("tenant_id = ?");
        params.push(filter.tenantId);
      }
      if (filter.state !== undefined) {
        where.push("state = ?");
        params.push(filter.state);
      }
      const sql = `${SELECT}${where.length === 0 ? "" : ` WHERE ${where.join(" AND ")}`} ORDER BY quarantined_at, tenant_id, endpoint_id`;
      return db
        .prepare<string[], QuarantineRow>(sql)
        .all(...params)
        .map(toRecord);
    },
  };
}

function toRecord(row: QuarantineRow): QuarantineRecord {
  return {
    tenantId: row.tenantId,
    endpointId: row.endpointId,
    hostname: row.hostname,
    group: { id: row.groupId, name: row.groupName },
    originalGroup: row.originalGroup === null ? null : (JSON.parse(row.originalGroup) as QuarantineGroupRef),
    state: row.state,
    quarantinedAt: row.quarantinedAt,
    updatedAt: row.updatedAt,
  };
}
