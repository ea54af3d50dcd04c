/**
 * The vocabulary of hygiene decisions: actions, reason codes and what a decision carries. Plain data
 * so decisions can be stored, exported, edited and hashed.
 */
import type { Endpoint } from "../central/types.js";
import type { VipUsers } from "../directory/types.js";
import type { DeviceMatch, DomainSource, MatchBasis } from "./match-types.js";
import type { Policy } from "./policy-schema.js";

/** What hygiene proposes for one Central record. Precedence when reasons disagree: skip > review > keep > delete. */
export type Action = "skip" | "review" | "keep" | "delete";

/** Why a decision was taken. Each code maps to one action (a few depend on the policy, see docs/hygiene-policy.md). */
export type ReasonCode =
  // skip: not looked at again
  | "already_deleted"
  | "open_ticket"
  | "excluded"
  | "infrastructure_role"
  // review: a human decides
  | "previous_failure"
  | "recently_active"
  | "ambiguous_match"
  | "vip_user"
  | "server"
  | "os_build_mismatch"
  | "directory_recent_logon"
  | "last_seen_unknown"
  | "not_in_directory"
  | "stale_without_directory"
  // keep
  | "active"
  | "in_use_in_directory"
  | "deferred_by_run_limit"
  // delete
  | "retired_in_directory"
  | "duplicate_stale_twin";

/**
 * The key fields of both records a decision was based on, so a reviewer can check it without the API.
 * Optional members may hold `undefined` (then they are left out of JSON): every evidence object is
 * built with all keys so a million of them share one compact shape.
 */
export interface Evidence {
  central: {
    id: string;
    hostname: string;
    type: string;
    isServer?: boolean | undefined;
    lastSeenAt?: string | undefined;
    daysSinceSeen?: number | undefined;
    online?: boolean | undefined;
    osName?: string | undefined;
    osBuild?: number | undefined;
    groupName?: string | undefined;
    viaLogin?: string | undefined;
  };
  /** Frozen and shared between decisions with the same values, except when it lists candidates. */
  match: {
    readonly kind: DeviceMatch["kind"];
    readonly domain?: string | undefined;
    readonly domainVia: DomainSource;
    readonly basis?: MatchBasis | undefined;
    /** `source` of every candidate when the match is ambiguous. */
    readonly candidates?: readonly string[] | undefined;
  };
  /** The matched directory computer, when the rules consulted it (not for devices kept as active). */
  directory?:
    | {
        name: string;
        distinguishedName: string;
        dnsHostName?: string | undefined;
        domain?: string | undefined;
        enabled: boolean;
        operatingSystem?: string | undefined;
        osBuild?: number | undefined;
        lastLogonAt?: string | undefined;
        managedBy?: string | undefined;
        source: string;
      }
    | undefined;
  /** The most recently seen other record with the same hostname and domain in the tenant. */
  twin?: { endpointId: string; lastSeenAt: string } | undefined;
}

/** One device's verdict: an action, every reason that fired (strongest first) and a sentence a human can check. */
export interface Decision {
  tenantId: string;
  endpointId: string;
  hostname: string;
  action: Action;
  /** Frozen and shared between decisions with the same list: copy it to change it. */
  reasons: readonly ReasonCode[];
  sentence: string;
  evidence: Evidence;
}

/** What the journal knows about earlier runs. A `Set<string>` of endpoint ids satisfies each member. */
export interface JournalView {
  deletedEndpointIds: { has(endpointId: string): boolean };
  failedEndpointIds: { has(endpointId: string): boolean };
}

/** Endpoints under manual review. A `Set<string>` works; a `Map<endpointId, ticketId>` also names the ticket. */
export interface OpenTickets {
  has(endpointId: string): boolean;
  get?(endpointId: string): string | undefined;
}

/** The live re-check made just before deletion: the endpoint as Central reports it now. */
export interface LiveRecheck {
  lastSeenAt?: string;
  online?: boolean;
}

/** Everything {@link decide} needs for one device; nothing is fetched. */
export interface DecisionInput {
  endpoint: Endpoint;
  match: DeviceMatch;
  policy: Policy;
  journal: JournalView;
  openTickets: OpenTickets;
  /** Milliseconds since the epoch; passed in so decisions are reproducible. */
  now: number;
  vips?: VipUsers | undefined;
  /** Shown in the sentence instead of the tenant id. */
  tenantName?: string | undefined;
  /** The most recently seen other record with the same hostname and domain in this tenant (see decideAll). */
  twin?: { endpointId: string; lastSeenAt: string } | undefined;
  recheck?: LiveRecheck | undefined;
}
