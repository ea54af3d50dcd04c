import { resolve } from "node:path";
import type { HuntApiChoice, HuntFailure, HuntHit } from "../../../hunt/runner/index.js";
import type { HuntRunInput, HuntRunSource } from "../../../store/index.js";
import { redactSecrets } from "../../../util/redact.js";
import { hitRecord } from "./hunt-columns.js";
import type { IndicatorSourceFlags } from "./read-hunt-indicators.js";

/**
 * Where the indicators came from, as the store keeps it: MISP events and tags, or the IOC file's
 * absolute path (so the dashboard's re-run command works from any directory). Inline IOC JSON is
 * not kept, and neither is the MISP URL: it may carry credentials, and the key never leaves the env.
 */
export function huntRunSource(flags: IndicatorSourceFlags): HuntRunSource {
  if (flags.iocs !== undefined)
    return flags.iocs.trim().startsWith("{")
      ? { kind: "inline" }
      : { kind: "file", path: resolve(flags.iocs) };
  return { kind: "misp", events: [...(flags.mispEvent ?? [])], tags: [...(flags.mispTag ?? [])] };
}

/** What a finished, partial or interrupted hunt knows about itself when it is saved. */
export interface HuntRunFacts {
  flags: IndicatorSourceFlags & {
    name: string;
    api: HuntApiChoice;
    from?: string;
    to?: string;
    tenants: string[];
  };
  startedAt: Date;
  finishedAt: Date;
  indicatorCount: number;
  tenantsAsked: number;
  failures: readonly HuntFailure[];
  /** Every hit the hunt found (before `--new-only`), or none when it was interrupted. */
  hits: readonly HuntHit[];
  interrupted: boolean;
}

/**
 * The store record of a hunt run. Hits are the records `centralctl hunt` writes; failure messages
 * pass through {@link redactSecrets} because they quote remote errors.
 */
export function huntRunRecord(facts: HuntRunFacts): HuntRunInput {
  const { flags } = facts;
  return {
    name: flags.name,
    startedAt: facts.startedAt.toISOString(),
    finishedAt: facts.finishedAt.toISOString(),
    api: flags.api,
    indicatorCount: facts.indicatorCount,
    source: huntRunSource(flags),
    ...(flags.from === undefined ? {} : { from: flags.from }),
    ...(flags.to === undefined ? {} : { to: flags.to }),
    tenantFilter: [...flags.tenants],
    tenantsAsked: facts.tenantsAsked,
    failures: facts.failures.map((f) => ({
      tenantId: f.tenantId,
      tenantName: f.tenantName,
      api: f.api,
      message: redactSecrets(f.message),
    })),
    interrupted: facts.interrupted,
    // The record `centralctl hunt` writes is the stored hit, field for field.
    hits: facts.hits.map(hitRecord),
  };
}
