/**
 * Decisions and plans for plan tests: a small two-tenant estate decided by the real rules. Not public API.
 */
import { buildDirectoryIndex } from "../build-directory-index.js";
import { buildPlan } from "../build-plan.js";
import { correlate } from "../correlate.js";
import { decideAll } from "../decide-all.js";
import type { Plan } from "../plan-types.js";
import { policySchema } from "../policy-schema.js";
import type { Policy } from "../policy-schema.js";
import type { Decision } from "../types.js";
import { NOW, computer, daysAgo, endpoint, journal } from "./test-fixtures.js";

/** A policy that retires the fixtures' OU; `overrides` as in a policy file. */
export function planPolicy(overrides: Record<string, unknown> = {}): Policy {
  return policySchema.parse({
    retiredOus: ["OU=Disabled Computers,DC=corp,DC=example,DC=com"],
    ...overrides,
  });
}

/** Decisions for `count` retired, inactive PCs in t-acme plus two active ones in t-beta. */
export function estateDecisions(count = 4, policy = planPolicy()): Decision[] {
  const endpoints = [];
  const computers = [];
  for (let i = 0; i < count; i++) {
    const name = `PC-${String(i).padStart(3, "0")}`;
    endpoints.push(endpoint({ id: `ep-${i}`, hostname: name, lastSeenAt: daysAgo(100 + i) }));
    computers.push(computer({ name }));
  }
  endpoints.push(
    endpoint({ id: "ep-b1", tenant: { id: "t-beta" }, hostname: "BETA-1", lastSeenAt: daysAgo(1) }),
  );
  endpoints.push(
    endpoint({ id: "ep-b2", tenant: { id: "t-beta" }, hostname: "BETA-2", lastSeenAt: daysAgo(2) }),
  );
  const options = { policy, journal: journal(), openTickets: new Set<string>(), now: NOW };
  return decideAll(correlate(endpoints, buildDirectoryIndex(computers)), options);
}

/** A plan of {@link estateDecisions}, built at NOW. */
export function estatePlan(count = 4, policy = planPolicy()): Plan {
  return buildPlan(estateDecisions(count, policy), policy, NOW);
}

/** A deep copy, as a plan file read back from disk would be. */
export function reread<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}
