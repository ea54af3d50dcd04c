import type { Action, ReasonCode } from "./types.js";

/** One rule that fired: its code, the action it argues for and the clause it adds to the sentence. */
export interface Finding {
  code: ReasonCode;
  action: Action;
  /** Human text for the sentence; empty when the leading activity clause already says it. */
  clause: string;
}

/**
 * Precedence of actions, strongest first: skip > review > keep > delete. The decision takes the
 * strongest action among its findings, so a single doubt (review) or hands-off rule (skip) always
 * outweighs a reason to delete, and deletion happens only when nothing else fired.
 */
export const ACTION_RANK: Readonly<Record<Action, number>> = { skip: 0, review: 1, keep: 2, delete: 3 };
