import { UsageError } from "../../cli-error.js";
import type { RiskLevel } from "./url-reputation.js";

/** Values of `--risk`, as the reference connector's clean levels (lower-case). */
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

/** The risk levels whose sites `--risk` selects for deletion. */
export function selectedRiskLevels(choice: string): ReadonlySet<RiskLevel> {
  const found = RISK_CHOICES.find((known) => known === choice.toLowerCase());
  if (!found) throw new UsageError(`--risk "${choice}" is not one of ${RISK_CHOICES.join(", ")}`);
  return new Set(SELECTED[found]);
}
