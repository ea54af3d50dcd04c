import type { RiskLevel } from "./site-reputation.js";

/** Clean-up levels, as the reference connector's `--clean_level` (lower-case). */
export const RISK_CHOICES = ["high", "high_medium", "medium", "low", "all"] as const;
export type RiskChoice = (typeof RISK_CHOICES)[number];

// `all` is every classified level; UNCLASSIFIED is never selected, whatever the choice.
const SELECTED: Record<RiskChoice, readonly RiskLevel[]> = {
  high: ["HIGH"],
  high_medium: ["HIGH", "MEDIUM"],
  medium: ["MEDIUM"],
  low: ["LOW"],
  all: ["HIGH", "MEDIUM", "LOW", "TRUSTED"],
};

/** The risk levels whose sites a clean-up level selects for deletion (never `UNCLASSIFIED`). */
export function riskLevelsFor(choice: RiskChoice): ReadonlySet<RiskLevel> {
  return new Set(SELECTED[choice]);
}

/** The clean-up level a text names (any case), or undefined. */
export function parseRiskChoice(text: string): RiskChoice | undefined {
  return RISK_CHOICES.find((known) => known === text.toLowerCase());
}
