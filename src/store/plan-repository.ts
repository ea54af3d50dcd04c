/** A stored hygiene plan without its decisions (what lists show). */
export interface PlanSummary {
  id: string;
  /** ISO 8601. */
  createdAt: string;
  /** ISO 8601; an expired plan must be re-planned before it is applied. */
  expiresAt: string;
  /** Hash of the plan content, so an edited export can be recognised. */
  contentHash: string;
  /** Counts and settings the plan was made with (any JSON value). */
  summary: unknown;
  decisionCount: number;
}

/** A plan as saved: its summary plus every decision (one JSON value each). */
export interface PlanRecord extends Omit<PlanSummary, "decisionCount"> {
  decisions: unknown[];
}

/** Hygiene plans. Decisions are stored one row each, so plans of 100k decisions stay cheap. */
export interface PlanRepository {
  /** Store a plan, replacing any plan with the same id (an edited plan is saved again). */
  save(plan: PlanRecord): Promise<void>;
  /** The plan with its decisions in saved order, or `undefined`. */
  get(id: string): Promise<PlanRecord | undefined>;
  /** Decisions one at a time, for plans too big to hold twice in memory. */
  decisions(id: string): AsyncIterable<unknown>;
  /** All plans, newest first, without decisions. */
  list(): Promise<PlanSummary[]>;
  /** Delete a plan and its decisions; returns whether it existed. */
  remove(id: string): Promise<boolean>;
}
