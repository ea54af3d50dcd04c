import { setTimeout as sleep } from "node:timers/promises";
import { UsageError } from "../../cli-error.js";
import type { CommandContext } from "../../context.js";
import { ExitCode, type ExitCodeValue } from "../../exit-codes.js";
import type { Column } from "../../output/column.js";
import { parseIntegerFlag, parsePointInTime } from "../../parse-time.js";
import { runTenantCollection, type Attributed, type CollectionTarget } from "../../tenant-collection.js";
import { pollSiem, siemStream, type SiemFeed } from "./poll-siem.js";
import type { SiemRecord } from "./siem-page-schema.js";

/** Flags of `centralctl siem events|alerts`. */
export interface SiemOptions extends CollectionTarget {
  since?: string;
  follow?: boolean;
  interval?: string;
  limit?: string;
  reset?: boolean;
  /** Stop following after this many polls (scripts and tests); unlimited when absent. */
  maxPolls?: string;
  /** Ends `--follow` early (Ctrl-C); the current poll finishes and commits first. */
  signal?: AbortSignal;
}

/** Columns of the table and CSV output. */
export const SIEM_COLUMNS: Column<Attributed<SiemRecord>>[] = [
  { header: "tenant", value: (item) => item.tenant.name },
  { header: "when", value: (item) => item.when },
  { header: "severity", value: (item) => item.severity },
  { header: "type", value: (item) => item.type },
  { header: "name", value: (item) => (item["name"] ?? item["description"]) as string | undefined },
  { header: "id", value: (item) => item.id },
];

const DAY_MS = 86_400_000;

/**
 * `centralctl siem events|alerts`: what the SIEM API has that earlier runs did not deliver, per
 * tenant, from a cursor kept in the state store. `--follow` polls again every `--interval`.
 */
export async function siemCommand(
  context: CommandContext,
  feed: SiemFeed,
  options: SiemOptions,
): Promise<ExitCodeValue> {
  const interval = parseInterval(options.interval ?? "60s");
  const limit = parseIntegerFlag("--limit", options.limit ?? "1000", 1, 1000);
  const maxPolls =
    options.maxPolls === undefined
      ? undefined
      : parseIntegerFlag("--max-polls", options.maxPolls, 1, 1_000_000);
  const store = await context.store();
  if (options.reset) await store.cursors.reset(siemStream(feed));
  let code: ExitCodeValue = ExitCode.ok;
  for (let polls = 1; ; polls++) {
    const now = new Date();
    const since = parseSince(options.since ?? "12h", now);
    code = await runTenantCollection<SiemRecord>(
      context,
      {
        kind: `siem-${feed}`,
        columns: SIEM_COLUMNS,
        collect: (tenantClient, emit, checkpoint) =>
          pollSiem({ store, tenantClient, feed, emit, checkpoint, since, now, limit }),
      },
      options,
    );
    if (!options.follow || (maxPolls !== undefined && polls >= maxPolls) || options.signal?.aborted)
      return code;
    await sleep(interval, undefined, options.signal ? { signal: options.signal } : {}).catch(() => undefined);
    if (options.signal?.aborted) return code;
  }
}

/** `--since`: an age or a date within the last 24 h (the SIEM API serves no more). */
function parseSince(value: string, now: Date): Date {
  const since = parsePointInTime("--since", value, now);
  if (now.getTime() - since.getTime() > DAY_MS)
    throw new UsageError(`--since "${value}" reaches back more than 24 h: the SIEM API keeps 24 h of data`);
  return since;
}

/** `--interval`: `60s`, `5m`, or plain seconds; at least one second. */
function parseInterval(value: string): number {
  const match = /^(\d+)(ms|s|m|h)?$/.exec(value.trim());
  const unit = { ms: 1, s: 1000, m: 60_000, h: 3_600_000 }[(match?.[2] ?? "s") as "ms" | "s" | "m" | "h"];
  const ms = match ? Number(match[1]) * unit : Number.NaN;
  if (!(ms >= 1000 || (match?.[2] === "ms" && ms >= 10)))
    throw new UsageError(`--interval "${value}" must be a duration such as 60s or 5m (at least 1s)`);
  return ms;
}
