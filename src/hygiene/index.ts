/**
 * Estate hygiene, pure core: correlate Central devices with the directory, decide per device with
 * auditable rules, and build / check / limit plans. No I/O here; readers, store and commands call it.
 */
export { normaliseHostname } from "./normalise-hostname.js";
export type { NormalisedHostname } from "./normalise-hostname.js";
export { deriveDomain } from "./derive-domain.js";
export type { DerivedDomain } from "./derive-domain.js";
export { buildDirectoryIndex } from "./build-directory-index.js";
export type { DirectoryIndex, DirectoryIndexOptions } from "./build-directory-index.js";
export { matchDevice } from "./match-device.js";
export { correlate } from "./correlate.js";
export type { CorrelatedDevice, DeviceMatch, DomainSource, MatchBasis } from "./match-types.js";
export { decide } from "./decide.js";
export { decideAll } from "./decide-all.js";
export type { DecideAllOptions } from "./decide-all.js";
export { ACTION_RANK } from "./finding.js";
export { parsePolicy } from "./parse-policy.js";
export { PolicyError } from "./policy-error.js";
export { defaultPolicy, policySchema } from "./policy-schema.js";
export type { Policy } from "./policy-schema.js";
export { buildPlan } from "./build-plan.js";
export { validateEditedPlan } from "./validate-edited-plan.js";
export { circuitBreaker } from "./circuit-breaker.js";
export type { CircuitBreakerResult, TenantDeleteShare } from "./circuit-breaker.js";
export { canonicalJson } from "./canonical-json.js";
export { hashDecisions } from "./hash-decisions.js";
export type { TenantNameLookup } from "./hash-decisions.js";
export { planTenantNames } from "./plan-tenant-names.js";
export { PLAN_FORMAT } from "./plan-types.js";
export type { OffendingDecision, Plan, PlanRefusal, PlanSummary, PlanValidation } from "./plan-types.js";
export type {
  Action,
  Decision,
  DecisionInput,
  Evidence,
  JournalView,
  LiveRecheck,
  OpenTickets,
  ReasonCode,
} from "./types.js";
export { resolveQuarantineSettings } from "./quarantine/quarantine-settings.js";
export type { QuarantineSettings } from "./quarantine/quarantine-settings.js";
export { decideQuarantineStep } from "./quarantine/decide-quarantine-step.js";
export type { QuarantineStep, QuarantineStepInput } from "./quarantine/decide-quarantine-step.js";
