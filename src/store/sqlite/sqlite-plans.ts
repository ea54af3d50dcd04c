import type { Database } from "better-sqlite3";
import type { PlanRecord, PlanRepository, PlanSummary } from "../plan-repository.js";

interface PlanRow {
  id: string;
  createdAt: string;
  expiresAt: string;
  contentHash: string;
  summary: string;
  decisionCount: number;
}

/** Decisions are read in pages so no statement stays open while the caller awaits. */
const PAGE = 1_000;

const SELECT_PLAN = `SELECT id, created_at AS createdAt, expires_at AS expiresAt, content_hash AS contentHash,
  summary, decision_count AS decisionCount FROM plans`;

/** {@link PlanRepository} over SQLite tables `plans` and `plan_decisions` (one row per decision). */
export function createSqlitePlans(db: Database): PlanRepository {
  const removePlan = db.prepare<[string]>("DELETE FROM plans WHERE id = ?");
  const insertPlan = db.prepare<[string, string, string, string, string, number]>(
    `INSERT INTO plans (id, created_at, expires_at, content_hash, summary, decision_count)
     VALUES (?, ?, ?, ?, ?, ?)`,
  );
  const insertDecision = db.prepare<[string, number, string]>(
    "INSERT INTO plan_decisions (plan_id, idx, decision) VALUES (?, ?, ?)",
  );
  const getPlan = db.prepare<[string], PlanRow>(`${SELECT_PLAN} WHERE id = ?`);
  const listPlans = db.prepare<[], PlanRow>(`${SELECT_PLAN} ORDER BY created_at DESC, id`);
  const page = db.prepare<[string, number, number], string>(
    "SELECT decision FROM plan_decisions WHERE plan_id = ? AND idx >= ? ORDER BY idx LIMIT ?",
  );
  page.pluck();

  const save = db.transaction((plan: PlanRecord) => {
    // ON DELETE CASCADE drops the old decisions of a plan saved again.
    removePlan.run(plan.id);
    insertPlan.run(
      plan.id,
      plan.createdAt,
      plan.expiresAt,
      plan.contentHash,
      JSON.stringify(plan.summary ?? null),
      plan.decisions.length,
    );
    plan.decisions.forEach((decision, idx) =>
      insertDecision.run(plan.id, idx, JSON.stringify(decision ?? null)),
    );
  });

  function* pages(id: string): Generator<string[]> {
    for (let from = 0; ; from += PAGE) {
      const rows = page.all(id, from, PAGE);
      if (rows.length > 0) yield rows;
      if (rows.length < PAGE) return;
    }
  }

  return {
    save: async (plan) => {
      save(plan);
    },
    get: async (id) => {
      const row = getPlan.get(id);
      if (!row) return undefined;
      const decisions: unknown[] = [];
      for (const rows of pages(id)) for (const text of rows) decisions.push(JSON.parse(text));
      const { decisionCount: _count, ...summary } = toSummary(row);
      return { ...summary, decisions };
    },
    decisions: async function* (id) {
      for (const rows of pages(id)) for (const text of rows) yield JSON.parse(text) as unknown;
    },
    list: async () => listPlans.all().map(toSummary),
    remove: async (id) => removePlan.run(id).changes > 0,
  };
}

function toSummary(row: PlanRow): PlanSummary {
  return { ...row, summary: JSON.parse(row.summary) as unknown };
}
