import type { Database } from "better-sqlite3";
import { GENESIS_HASH, journalHash, verifyJournalChain } from "../journal-chain.js";
import type { JournalEntry, JournalEntryInput, JournalFilter, JournalOutcome } from "../journal-entry.js";
import type { JournalRepository } from "../journal-repository.js";
import { canonicalJson } from "../canonical-json.js";
import { StoreError } from "../store-error.js";
import { durableWrite } from "./durable-write.js";

interface JournalRow {
  seq: number;
  at: string;
  kind: string;
  actor: string;
  tenantId: string | null;
  endpointId: string | null;
  hostname: string | null;
  planId: string | null;
  outcome: JournalOutcome;
  completes: number | null;
  detail: string | null;
  prevHash: string;
  hash: string;
}

const SELECT_ENTRY = `SELECT seq, at, kind, actor, tenant_id AS tenantId, endpoint_id AS endpointId, hostname,
  plan_id AS planId, outcome, completes, detail, prev_hash AS prevHash, hash FROM journal`;

/** {@link JournalRepository} over the SQLite tables `journal` and `journal_head`. */
export function createSqliteJournal(db: Database, now: () => number): JournalRepository {
  const head = db.prepare<[], { seq: number; hash: string }>(
    "SELECT seq, hash FROM journal_head WHERE id = 1",
  );
  const insert = db.prepare(
    `INSERT INTO journal (seq, at, kind, actor, tenant_id, endpoint_id, hostname, plan_id, outcome, completes,
       detail, prev_hash, hash)
     VALUES (@seq, @at, @kind, @actor, @tenantId, @endpointId, @hostname, @planId, @outcome, @completes,
       @detail, @prevHash, @hash)`,
  );
  const setHead = db.prepare<[number, string]>(
    "INSERT INTO journal_head (id, seq, hash) VALUES (1, ?, ?) ON CONFLICT (id) DO UPDATE SET seq = excluded.seq, hash = excluded.hash",
  );
  const all = db.prepare<[], JournalRow>(`${SELECT_ENTRY} ORDER BY seq`);
  const pending = db.prepare<[string], JournalRow>(
    `${SELECT_ENTRY} AS s WHERE s.plan_id = ? AND s.outcome = 'started'
       AND NOT EXISTS (SELECT 1 FROM journal c WHERE c.completes = s.seq)
       AND NOT EXISTS (SELECT 1 FROM journal c WHERE c.completes IS NULL AND c.seq > s.seq
         AND c.outcome <> 'started' AND c.kind = s.kind AND c.plan_id = s.plan_id
         AND c.tenant_id IS s.tenant_id AND c.endpoint_id IS s.endpoint_id)
     ORDER BY s.seq`,
  );

  const append = db.transaction((input: JournalEntryInput): JournalEntry => {
    const last = head.get() ?? { seq: 0, hash: GENESIS_HASH };
    // Round-trip the detail through canonical JSON so what is hashed now is exactly what verify() reads.
    const detail =
      input.detail === undefined
        ? undefined
        : (JSON.parse(canonicalJson(input.detail)) as Record<string, unknown>);
    const unchained = { ...input, ...(detail === undefined ? {} : { detail }) };
    const entry: Omit<JournalEntry, "hash" | "prevHash"> = {
      ...unchained,
      seq: last.seq + 1,
      at: new Date(now()).toISOString(),
    };
    const hash = journalHash(last.hash, entry);
    insert.run({
      seq: entry.seq,
      at: entry.at,
      kind: entry.kind,
      actor: entry.actor,
      tenantId: entry.tenantId ?? null,
      endpointId: entry.endpointId ?? null,
      hostname: entry.hostname ?? null,
      planId: entry.planId ?? null,
      outcome: entry.outcome,
      completes: entry.completes ?? null,
      detail: detail === undefined ? null : canonicalJson(detail),
      prevHash: last.hash,
      hash,
    });
    setHead.run(entry.seq, hash);
    return { ...entry, prevHash: last.hash, hash };
  });

  // One read transaction, so the head and the rows come from the same snapshot even while another
  // process appends.
  const verify = db.transaction(() => {
    const last = head.get();
    return verifyJournalChain(mapRows(all.iterate()), last);
  });

  const appendDurably = (input: JournalEntryInput): JournalEntry =>
    durableWrite(db, () => append.immediate(input));

  return {
    append: async (input) => appendDurably(input),
    complete: async (started, outcome, detail) =>
      appendDurably({
        kind: started.kind,
        actor: started.actor,
        ...pick(started),
        outcome,
        completes: started.seq,
        ...(detail === undefined ? {} : { detail }),
      }),
    list: async (filter = {}) => listEntries(db, filter),
    verify: async () => verify(),
    pendingFor: async (planId) => pending.all(planId).map(toEntry),
  };
}

function pick(entry: JournalEntry): Partial<JournalEntryInput> {
  const { tenantId, endpointId, hostname, planId } = entry;
  return Object.fromEntries(
    Object.entries({ tenantId, endpointId, hostname, planId }).filter(([, value]) => value !== undefined),
  );
}

function* mapRows(rows: Iterable<JournalRow>): Generator<JournalEntry> {
  for (const row of rows) yield toEntry(row);
}

function listEntries(db: Database, filter: JournalFilter): JournalEntry[] {
  const where: string[] = [];
  const params: unknown[] = [];
  const add = (sql: string, value: unknown): void => {
    where.push(sql);
    params.push(value);
  };
  if (filter.kind !== undefined) add("kind = ?", filter.kind);
  if (filter.tenantId !== undefined) add("tenant_id = ?", filter.tenantId);
  if (filter.hostname !== undefined) add("hostname = ? COLLATE NOCASE", filter.hostname);
  if (filter.planId !== undefined) add("plan_id = ?", filter.planId);
  if (filter.outcome !== undefined) add("outcome = ?", filter.outcome);
  if (filter.since !== undefined) add("at >= ?", toIso(filter.since, "since"));
  if (filter.until !== undefined) add("at < ?", toIso(filter.until, "until"));
  const sql =
    `${SELECT_ENTRY}${where.length > 0 ? ` WHERE ${where.join(" AND ")}` : ""} ORDER BY seq` +
    (filter.limit !== undefined ? ` LIMIT ${Math.max(0, Math.floor(filter.limit))}` : "");
  return db
    .prepare<unknown[], JournalRow>(sql)
    .all(...params)
    .map(toEntry);
}

function toIso(value: Date | string, name: string): string {
  const time = new Date(value);
  if (Number.isNaN(time.getTime())) {
    throw new StoreError(
      `The journal filter '${name}' is not a valid time; use ISO 8601, e.g. 2026-01-31T12:00:00Z.`,
    );
  }
  return time.toISOString();
}

function toEntry(row: JournalRow): JournalEntry {
  const entry: JournalEntry = {
    seq: row.seq,
    at: row.at,
    kind: row.kind,
    actor: row.actor,
    outcome: row.outcome,
    prevHash: row.prevHash,
    hash: row.hash,
  };
  if (row.tenantId !== null) entry.tenantId = row.tenantId;
  if (row.endpointId !== null) entry.endpointId = row.endpointId;
  if (row.hostname !== null) entry.hostname = row.hostname;
  if (row.planId !== null) entry.planId = row.planId;
  if (row.completes !== null) entry.completes = row.completes;
  if (row.detail !== null) entry.detail = JSON.parse(row.detail) as Record<string, unknown>;
  return entry;
}
