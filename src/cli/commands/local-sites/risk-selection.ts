import { parseRiskChoice, riskLevelsFor, RISK_CHOICES, type RiskLevel } from "../../../local-sites/index.js";
import { UsageError } from "../../cli-error.js";

/** The risk levels `--risk` selects for deletion; an unknown value is a usage error naming the choices. */
export function selectedRiskLevels(choice: string): ReadonlySet<RiskLevel> {
  const found = parseRiskChoice(choice);
  if (!found) throw new UsageError(`--risk "${choice}" is not one of ${RISK_CHOICES.join(", ")}`);
  return riskLevelsFor(found);
}
