import type { Database } from "better-sqlite3";
import type {
  HuntHitQuery,
  HuntRun,
  HuntRunHit,
  HuntRunInput,
  HuntRunRepository,
} from "../hunt-run-repository.js";

interface RunRow {
  id: number;
  name: string;
  startedAt: string;
  finishedAt: string;
  api: HuntRun["api"];
  indicatorCount: number;
  source: string;
  options: string;
  tenantsAsked: number;
  failures: string;
  interrupted: number;
  hitCount: number;
}

interface HitRow extends Omit<HuntRunHit, "source"> {
  source: string | null;
}

/** What the `options` column holds. */
interface RunOptions {
  from?: string;
  to?: string;
  tenantFilter: string[];
}

const SELECT_RUN = `SELECT id, name, started_at AS startedAt, finished_at AS finishedAt, api,
  indicator_count AS indicatorCount, source, options, tenants_asked AS tenantsAsked, failures,
  interrupted, hit_count AS hitCount FROM hunt_runs`;

// NULL parameters switch a filter off; instr() rather than LIKE, so `%` and `_` in a search are literal.
const HIT_FILTER = `run_id = @runId AND (@tenantId IS NULL OR tenant_id = @tenantId)
  AND (@hostname IS NULL OR instr(lower(hostname), lower(@hostname)) > 0)
  AND (@indicator IS NULL OR instr(lower(indicator), lower(@indicator)) > 0)`;

const DAY_MS = 86_400_000;

/** {@link HuntRunRepository} over SQLite tables `hunt_runs` and `hunt_run_hits`. */
export function createSqliteHuntRuns(db: Database, now: () => number): HuntRunRepository {
  const insertRun = db.prepare(
    `INSERT INTO hunt_runs (name, started_at, finished_at, api, indicator_count, source, options,
       tenants_asked, failures, interrupted, hit_count)
     VALUES (@name, @startedAt, @finishedAt, @api, @indicatorCount, @source, @options, @tenantsAsked,
       @failures, @interrupted, @hitCount)`,
  );
  const insertHit = db.prepare(
    `INSERT INTO hunt_run_hits (run_id, seq, tenant_id, tenant_name, endpoint_id, hostname, indicator_type,
       indicator, matched_column, found, seen_at, api, row_count, source)
     VALUES (@runId, @seq, @tenantId, @tenantName, @endpointId, @hostname, @indicatorType, @indicator,
       @matchedColumn, @where, @when, @api, @count, @source)`,
  );
  const byId = db.prepare<[number], RunRow>(`${SELECT_RUN} WHERE id = ?`);
  const list = db.prepare<[number, number], RunRow>(`${SELECT_RUN} ORDER BY id DESC LIMIT ? OFFSET ?`);
  const count = db.prepare<[], number>("SELECT count(*) FROM hunt_runs").pluck();
  const hitPage = db.prepare<[Record<string, unknown>], HitRow>(
    `SELECT tenant_id AS tenantId, tenant_name AS tenantName, endpoint_id AS endpointId, hostname,
       indicator_type AS indicatorType, indicator, matched_column AS matchedColumn, found AS "where",
       seen_at AS "when", api, row_count AS count, source
     FROM hunt_run_hits WHERE ${HIT_FILTER} ORDER BY seq LIMIT @limit OFFSET @offset`,
  );
  const hitTotal = db
    .prepare<[Record<string, unknown>], number>(`SELECT count(*) FROM hunt_run_hits WHERE ${HIT_FILTER}`)
    .pluck();
  const hitTenants = db.prepare<[number], { tenantId: string; tenantName: string }>(
    `SELECT tenant_id AS tenantId, min(tenant_name) AS tenantName FROM hunt_run_hits WHERE run_id = ?
     GROUP BY tenant_id ORDER BY lower(min(tenant_name)), tenant_id`,
  );
  const prune = db.prepare<[string]>("DELETE FROM hunt_runs WHERE finished_at < ?");
  // finished_at is always toISOString() (UTC, `Z`), so text order is time order and the index serves.
  const before = db.prepare<[string], RunRow>(`${SELECT_RUN} WHERE finished_at < ? ORDER BY id DESC`);

  const save = db.transaction((run: HuntRunInput): number => {
    const { hits, source, from, to, tenantFilter, failures, interrupted, ...rest } = run;
    const options: RunOptions = {
      tenantFilter,
      ...(from === undefined ? {} : { from }),
      ...(to === undefined ? {} : { to }),
    };
    const { lastInsertRowid } = insertRun.run({
      ...rest,
      source: JSON.stringify(source),
      options: JSON.stringify(options),
      failures: JSON.stringify(failures),
      interrupted: interrupted ? 1 : 0,
      hitCount: hits.length,
    });
    const runId = Number(lastInsertRowid);
    hits.forEach((hit, seq) => insertHit.run({ ...hit, runId, seq, source: hit.source ?? null }));
    return runId;
  });

  const mustGet = (id: number): HuntRun => toRun(byId.get(id) as RunRow);
  const filterOf = (runId: number, query: HuntHitQuery): Record<string, unknown> => ({
    runId,
    tenantId: query.tenantId || null,
    hostname: query.hostname || null,
    indicator: query.indicator || null,
  });

  return {
    save: async (run) => mustGet(save.immediate(run)),
    list: async (page = {}) => list.all(page.limit ?? -1, page.offset ?? 0).map(toRun),
    count: async () => count.get() ?? 0,
    get: async (id) => {
      const row = byId.get(id);
      return row ? toRun(row) : undefined;
    },
    hits: async (runId, query) => {
      const filter = filterOf(runId, query);
      const hits = hitPage.all({ ...filter, limit: query.limit, offset: query.offset }).map(toHit);
      return { hits, total: hitTotal.get(filter) ?? 0 };
    },
    hitTenants: async (runId) => hitTenants.all(runId),
    prune: async (days) => prune.run(new Date(now() - days * DAY_MS).toISOString()).changes,
    finishedBefore: async (cutoff) => before.all(cutoff.toISOString()).map(toRun),
    pruneBefore: async (cutoff) => prune.run(cutoff.toISOString()).changes,
  };
}

function toRun(row: RunRow): HuntRun {
  const { source, options, failures, interrupted, ...rest } = row;
  const { tenantFilter, from, to } = JSON.parse(options) as RunOptions;
  return {
    ...rest,
    source: JSON.parse(source) as HuntRun["source"],
    tenantFilter,
    ...(from === undefined ? {} : { from }),
    ...(to === undefined ? {} : { to }),
    failures: JSON.parse(failures) as HuntRun["failures"],
    interrupted: interrupted === 1,
  };
}

function toHit(row: HitRow): HuntRunHit {
  const { source, ...rest } = row;
  return source === null ? rest : { ...rest, source };
}
