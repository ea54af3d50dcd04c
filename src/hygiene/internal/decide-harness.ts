/**
 * A one-call harness for decide() tests: the fixtures' retired workstation, a policy with the
 * Disabled Computers OU, an empty journal; each test overrides what it is about. Not public API.
 */
import type { Endpoint } from "../../central/types.js";
import type { DirectoryComputer } from "../../directory/types.js";
import { buildDirectoryIndex } from "../build-directory-index.js";
import { decide } from "../decide.js";
import { matchDevice } from "../match-device.js";
import type { DeviceMatch } from "../match-types.js";
import { policySchema } from "../policy-schema.js";
import type { Decision, DecisionInput } from "../types.js";
import { NOW, computer, endpoint, journal } from "./test-fixtures.js";
import type { Overrides } from "./test-fixtures.js";

/** The OU the harness policy retires. */
export const RETIRED_OU = "OU=Disabled Computers,DC=corp,DC=example,DC=com";

/** What a test may change; `computers: []` with `directory: true` gives an empty directory. */
export interface Scenario extends Partial<
  Omit<DecisionInput, "endpoint" | "match" | "policy" | "tenantName">
> {
  /** Defaults to "Acme"; null leaves it out so the sentence shows the tenant id. */
  tenantName?: string | null;
  endpoint?: Overrides<Endpoint>;
  computers?: DirectoryComputer[];
  /** false: the simple flow without a directory. */
  directory?: boolean;
  policy?: Record<string, unknown>;
  match?: DeviceMatch;
}

/** Runs decide() on the scenario. */
export function run(scenario: Scenario = {}): Decision {
  const { endpoint: ep, computers, directory, policy, match, tenantName, ...rest } = scenario;
  const device = endpoint(ep);
  const index = directory === false ? undefined : buildDirectoryIndex(computers ?? [computer()]);
  return decide({
    endpoint: device,
    match: match ?? matchDevice(device, index),
    policy: policySchema.parse({ retiredOus: [RETIRED_OU], ...policy }),
    journal: journal(),
    openTickets: new Set<string>(),
    now: NOW,
    ...(tenantName === null ? {} : { tenantName: tenantName ?? "Acme" }),
    ...rest,
  });
}
